// The calibration tab offscreen on the small site (tests/storage/sitefixture.cpp): a session made through
// the New session dialog, a second evaluator's worklist that reveals nothing of the first's score, Enter
// opening the blind evaluation form, closing with confirmation, and the results of the hand-computed session
// of tests/models/calibrationfixture.cpp (α 0.797) with their export.
#include "calibrationfixture.h"
#include "calibrationresultsview.h"
#include "calibrationsessiondialog.h"
#include "calibrationview.h"
#include "calibrationworklist.h"
#include "currentuser.h"
#include "evaluationdialog.h"
#include "models/calibrationsessionmodel.h"
#include "models/calibrationtext.h"
#include "sitefixture.h"
#include "storage/calibrationrepository.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "support/csvtext.h"
#include "support/testmain.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using calibrationfixture::Alex;
using calibrationfixture::Bea;

namespace {

// The item of the dialog's conversation list whose label starts with `ref`.
QListWidgetItem *conversationItem(QListWidget *list, const QString &ref)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(ref + QStringLiteral(" ")))
            return list->item(row);
    return nullptr;
}

QStringList visibleTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            texts << model.index(row, column).data().toString();
    return texts;
}

QMessageBox *waitForMessageBox(QWidget *parent)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox *>()) && box->isVisible(); },
                          5000);
    return box;
}

} // namespace

class TestCalibrationView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void newSessionDialogValidatesAndCreates();
    void secondEvaluatorSeesNoScores();
    void enterOpensTheBlindForm();
    void closingShowsTheResults();
    void resultsExportAndTotals();

private:
    void selectSession(qint64 sessionId);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    fixture::SmallSite m_site;
    models::Scope m_scope;
    std::unique_ptr<ui::CalibrationView> m_view;
};

void TestCalibrationView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = calibrationfixture::openQaTestSite(m_dir.filePath(QStringLiteral("site.huddle")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_database = std::move(opened.value().database);
    m_site = opened.value().site;
    m_scope.range = {fixture::D1, fixture::D4};
}

void TestCalibrationView::cleanupTestCase()
{
    ui::setCurrentUserName(QString()); // the tests' own settings: back to the login name
}

void TestCalibrationView::init()
{
    ui::setCurrentUserName(Alex);
    m_view = std::make_unique<ui::CalibrationView>();
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->reload(m_database.get(), m_scope);
}

void TestCalibrationView::cleanup()
{
    m_view.reset();
}

void TestCalibrationView::selectSession(qint64 sessionId)
{
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("calibrationSessions"));
    QVERIFY(table);
    const auto *model = qobject_cast<const models::CalibrationSessionModel *>(table->model());
    QVERIFY(model && model->rowOf(sessionId) >= 0);
    table->setCurrentIndex(model->index(model->rowOf(sessionId), 0));
}

void TestCalibrationView::newSessionDialogValidatesAndCreates()
{
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("newCalibrationSession")),
                      Qt::LeftButton);
    auto *dialog = m_view->findChild<ui::CalibrationSessionDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->evaluatorsEdit()->toPlainText(), Alex); // the current user, prefilled
    // QA scorecards only (the defaults and the site's Test card); the peer-review form is not offered.
    QVERIFY(dialog->scorecardBox()->findText(QStringLiteral("Peer review"), Qt::MatchStartsWith) < 0);
    const int testCard = dialog->scorecardBox()->findText(QStringLiteral("Test card (version 1)"));
    QVERIFY(testCard >= 0);
    dialog->scorecardBox()->setCurrentIndex(testCard);
    QVERIFY(!dialog->okButton()->isEnabled());
    QCOMPARE(dialog->problem(), QStringLiteral("Give the session a name."));
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Week 12 calls"));
    QCOMPARE(dialog->problem(), QStringLiteral("Tick at least one conversation to score."));

    // The scope's handled conversations: c4 and c8 were abandoned.
    QCOMPARE(dialog->conversationList()->count(), 7);
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("EXT-c5"));
    QCOMPARE(dialog->conversationList()->count(), 1);
    conversationItem(dialog->conversationList(), QStringLiteral("EXT-c5"))->setCheckState(Qt::Checked);
    dialog->searchEdit()->clear();
    QCOMPARE(dialog->conversationList()->count(), 7);
    QCOMPARE(dialog->conversationList()->item(0)->checkState(), Qt::Checked); // a choice stays in view, first
    conversationItem(dialog->conversationList(), QStringLiteral("EXT-c1"))->setCheckState(Qt::Checked);
    conversationItem(dialog->conversationList(), QStringLiteral("EXT-c2"))->setCheckState(Qt::Checked);
    QCOMPARE(dialog->problem(),
             QStringLiteral("Name at least two evaluators, one per line: agreement needs two opinions."));
    dialog->evaluatorsEdit()->moveCursor(QTextCursor::End);
    QTest::keyClick(dialog->evaluatorsEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog->evaluatorsEdit(), QStringLiteral("alex evaluator"));
    QCOMPARE(dialog->problem(), QStringLiteral("alex evaluator is listed twice."));
    QVERIFY(!dialog->okButton()->isEnabled());
    dialog->evaluatorsEdit()->setPlainText(Alex + QStringLiteral("\n  \n") + Bea + QStringLiteral("\n"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const qint64 created = dialog->sessionId();
    QVERIFY(created > 0);
    const auto session = storage::CalibrationRepository(*m_database).session(created);
    QVERIFY(session);
    QCOMPARE(session->name, QStringLiteral("Week 12 calls"));
    QCOMPARE(session->evaluators, (QStringList{Alex, Bea}));
    QCOMPARE(session->createdBy, Alex);
    const auto items = storage::CalibrationRepository(*m_database).worklist(created, Alex);
    QVERIFY(items);
    QStringList refs;
    for (const storage::CalibrationWorkItem &item : items.value())
        refs << item.conversationRef;
    QCOMPARE(refs,
             (QStringList{QStringLiteral("EXT-c5"), QStringLiteral("EXT-c1"), QStringLiteral("EXT-c2")}));

    // The tab shows the new session with Alex's worklist.
    auto *worklist = m_view->findChild<ui::CalibrationWorklist *>();
    QVERIFY(worklist->isVisible());
    QCOMPARE(worklist->model()->rowCount(), 3);
    QVERIFY2(worklist->summaryText().contains(QStringLiteral("0 of 6 scores")),
             qPrintable(worklist->summaryText()));
}

void TestCalibrationView::secondEvaluatorSeesNoScores()
{
    const auto version = calibrationfixture::testCardVersion(*m_database);
    QVERIFY(version);
    const qint64 c1 = m_site.conversations.value(QStringLiteral("c1"));
    const qint64 c2 = m_site.conversations.value(QStringLiteral("c2"));
    const auto session =
        storage::CalibrationRepository(*m_database)
            .create({QStringLiteral("Blind"), version.value(), {c1, c2}, {Alex, Bea}, Alex, {}});
    QVERIFY(session);
    const auto alexScore = calibrationfixture::publishScore(*m_database, session.value(), c1, Alex, 1, 5);
    QVERIFY2(alexScore, alexScore ? "" : qPrintable(alexScore.error().toString()));

    ui::setCurrentUserName(Bea);
    m_view->reload(m_database.get(), m_scope);
    selectSession(session.value());
    auto *worklist = m_view->findChild<ui::CalibrationWorklist *>();
    QVERIFY(worklist->isVisible());
    const QStringList texts = visibleTexts(*worklist->model());
    QCOMPARE(worklist->model()->rowCount(), 2);
    QCOMPARE(texts.filter(QStringLiteral("Not started")).size(), 2);
    QVERIFY2(texts.filter(QStringLiteral("%")).isEmpty(), qPrintable(texts.join(QLatin1Char('|'))));
    // Only the total progress, never whose: the summary names no score and the table of sessions neither.
    const QString summary = worklist->summaryText();
    QVERIFY2(summary.contains(QStringLiteral("0 of 2 conversations")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 of 4 scores")), qPrintable(summary));
    QVERIFY(!summary.contains(QStringLiteral("100")));
    const auto *sessions = m_view->findChild<QTableView *>(QStringLiteral("calibrationSessions"))->model();
    QVERIFY(visibleTexts(*sessions).filter(QStringLiteral("%")).isEmpty());
    // And storage refuses Bea the score itself.
    QVERIFY(!storage::EvaluationRepository(*m_database).load(alexScore.value(), Bea));

    ui::setCurrentUserName(Alex);
    m_view->reload(m_database.get(), m_scope);
    QCOMPARE(worklist->model()->index(0, models::CalibrationWorklistModel::YourScore).data().toString(),
             QStringLiteral("Scored"));
    QVERIFY(worklist->summaryText().contains(QStringLiteral("1 of 2 conversations")));
}

void TestCalibrationView::enterOpensTheBlindForm()
{
    const auto version = calibrationfixture::testCardVersion(*m_database);
    const qint64 c9 = m_site.conversations.value(QStringLiteral("c9"));
    const auto session =
        storage::CalibrationRepository(*m_database)
            .create({QStringLiteral("Keyboard"), version.value(), {c9}, {Alex, Bea}, Bea, {}});
    QVERIFY(session);
    m_view->reload(m_database.get(), m_scope);
    selectSession(session.value());
    auto *worklist = m_view->findChild<ui::CalibrationWorklist *>();
    QVERIFY(worklist->isVisible());
    worklist->view()->setFocus();
    QTest::keyClick(worklist->view(), Qt::Key_Return);
    ui::EvaluationDialog *form = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (form = m_view->findChild<ui::EvaluationDialog *>()) && form->isVisible(); }, 5000));
    form->reject();
}

void TestCalibrationView::closingShowsTheResults()
{
    const auto session = calibrationfixture::handComputedSession(*m_database, m_site, false);
    QVERIFY2(session, session ? "" : qPrintable(session.error().toString()));
    m_view->reload(m_database.get(), m_scope);
    selectSession(session.value());
    auto *close = m_view->findChild<QPushButton *>(QStringLiteral("closeCalibrationSession"));
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QMessageBox *confirm = waitForMessageBox(m_view.get());
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QStringLiteral("scores become visible")), qPrintable(confirm->text()));
    QAbstractButton *closeButton = nullptr;
    for (QAbstractButton *button : confirm->buttons())
        if (button->text() == QStringLiteral("Close session"))
            closeButton = button;
    QVERIFY(closeButton);
    QTest::mouseClick(closeButton, Qt::LeftButton);

    const auto closed = storage::CalibrationRepository(*m_database).session(session.value());
    QVERIFY(closed && !closed->isOpen());
    QVERIFY(!close->isEnabled());
    auto *results = m_view->findChild<ui::CalibrationResultsView *>();
    QVERIFY(results->isVisible());
    const auto report = storage::CalibrationRepository(*m_database).report(session.value());
    QVERIFY(report);
    QVERIFY2(results->alphaText().contains(QStringLiteral("α = ") +
                                           models::formatAlpha(report->results.totalAlpha)),
             qPrintable(results->alphaText()));
    QVERIFY(results->alphaText().contains(QStringLiteral("0.797"))); // by hand: 1 − 250/1234
    QVERIFY(results->alphaText().contains(models::verdictColor(core::AlphaVerdict::Tentative).name()));
    QCOMPARE(results->agreementView()->model()->rowCount(), 2);
}

void TestCalibrationView::resultsExportAndTotals()
{
    const auto session = calibrationfixture::handComputedSession(*m_database, m_site, true);
    QVERIFY(session);
    m_view->reload(m_database.get(), m_scope);
    selectSession(session.value());
    auto *results = m_view->findChild<ui::CalibrationResultsView *>();
    QVERIFY(results->isVisible());

    // Double-click on the widest spread (c5) lists each evaluator's total.
    QTableView *spread = results->spreadView();
    const QRect cell = spread->visualRect(spread->model()->index(0, 0));
    QTest::mouseClick(spread->viewport(), Qt::LeftButton, {},
                      cell.center()); // a double-click follows a press
    QTest::mouseDClick(spread->viewport(), Qt::LeftButton, {}, cell.center());
    QMessageBox *totals = waitForMessageBox(results);
    QVERIFY(totals);
    QCOMPARE(totals->text(), Alex + QStringLiteral(": 0.0 %\n") + Bea + QStringLiteral(": 30.8 %"));
    totals->close();

    const QString path = m_dir.filePath(QStringLiteral("totals.csv"));
    const core::Status written = results->exportTable(results->gridView(), path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = testsupport::parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.value(0),
             (QStringList{QStringLiteral("Conversation"), QStringLiteral("Agent"), Alex, Bea}));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[1].mid(0, 2), (QStringList{QStringLiteral("EXT-c1"), QStringLiteral("Ana")}));
    QCOMPARE(rows[1][2].toDouble(), 100.0);
    QVERIFY(qAbs(rows[1][3].toDouble() - 1000.0 / 13) < 0.05);
}

HUDDLE_TEST_MAIN("test_ui_calibration", TestCalibrationView)
#include "tst_calibrationview.moc"
