// Disputes offscreen on the small site (tests/storage/sitefixture.cpp): the open dialog refuses with the
// rule's own message (draft, window passed, already disputed) and opens a criterion dispute; the disputes tab
// decides one as a partial acceptance with a re-score, checked against what storage then holds (final score,
// dispute outcome, score history shown below the table).
#include "calibrationfixture.h"
#include "criterionanswersedit.h"
#include "currentuser.h"
#include "disputedecisiondialog.h"
#include "disputeopendialog.h"
#include "disputesview.h"
#include "evaluationdialog.h"
#include "models/disputelistmodel.h"
#include "models/kpiformat.h"
#include "models/scorehistorymodel.h"
#include "sitefixture.h"
#include "storage/database.h"
#include "storage/disputerepository.h"
#include "storage/evaluationrepository.h"
#include "support/testmain.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

namespace {

const QString QaQuinn = QStringLiteral("QA Quinn");
const QString Tina = QStringLiteral("TL Tina");
const QString Ari = QStringLiteral("Arbiter Ari");

QString refusalFor(const storage::EvaluationDetail &detail, const core::DisputeRules &rules)
{
    const core::Status allowed = core::canOpenDispute(detail.draft.kind, detail.status, detail.publishedAt,
                                                      QDateTime::currentDateTimeUtc(), rules);
    return allowed ? QString() : allowed.error().toString();
}

} // namespace

class TestDisputes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void openDialogRefusesWithTheRule();
    void openDialogOpensACriterionDispute();
    void decidePartialAcceptanceWithARescore();
    void openEvaluationFromTheList();

private:
    std::optional<qint64> fixtureEvaluation(core::EvaluationStatus status,
                                            const QString &conversationKey) const;
    ui::DisputeDecisionDialog *decideFromTheList(ui::DisputesView &view, qint64 disputeId);
    void checkStoredDecision(qint64 evaluationId);
    void checkDecidedListing(ui::DisputesView &view, qint64 disputeId, qint64 evaluationId);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    fixture::SmallSite m_site;
    core::DisputeRules m_rules;
};

void TestDisputes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = calibrationfixture::openQaTestSite(m_dir.filePath(QStringLiteral("site.huddle")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    m_database = std::move(opened.value().database);
    m_site = opened.value().site;
    const auto rules = storage::DisputeRepository(*m_database).rules();
    QVERIFY(rules);
    m_rules = rules.value();
}

void TestDisputes::cleanupTestCase()
{
    ui::setCurrentUserName(QString()); // the tests' own settings: back to the login name
}

std::optional<qint64> TestDisputes::fixtureEvaluation(core::EvaluationStatus status,
                                                      const QString &conversationKey) const
{
    storage::EvaluationFilter filter;
    filter.range = {fixture::D1, fixture::D4};
    const auto listed = storage::EvaluationRepository(*m_database).list(filter);
    if (!listed)
        return std::nullopt;
    for (const storage::EvaluationListEntry &entry : listed.value())
        if (entry.status == status && entry.conversationId == m_site.conversations.value(conversationKey))
            return entry.id;
    return std::nullopt;
}

void TestDisputes::openDialogRefusesWithTheRule()
{
    const storage::EvaluationRepository evaluations(*m_database);
    // The fixture's draft (c9) and its evaluation published on 4 March 2024, long past the window (c1).
    for (const auto &[status, key] : {std::pair{core::EvaluationStatus::Draft, QStringLiteral("c9")},
                                      std::pair{core::EvaluationStatus::Published, QStringLiteral("c1")}}) {
        const auto id = fixtureEvaluation(status, key);
        QVERIFY(id);
        const auto detail = evaluations.load(*id, Tina);
        QVERIFY(detail);
        const QString expected = refusalFor(detail.value(), m_rules);
        QVERIFY(!expected.isEmpty());
        ui::DisputeOpenDialog dialog(*m_database, *id, Tina);
        QCOMPARE(dialog.refusal(), expected);
        QCOMPARE(dialog.problem(), expected);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.reasonEdit()->isEnabled());
    }
}

void TestDisputes::openDialogOpensACriterionDispute()
{
    const auto evaluation = calibrationfixture::publishScore(
        *m_database, 0, m_site.conversations.value(QStringLiteral("c7")), QaQuinn, 1, 3);
    QVERIFY2(evaluation, evaluation ? "" : qPrintable(evaluation.error().toString()));
    const auto published = storage::EvaluationRepository(*m_database).load(evaluation.value(), Tina);
    QVERIFY(published);

    ui::DisputeOpenDialog dialog(*m_database, evaluation.value(), Tina);
    QSignalSpy opened(&dialog, &ui::DisputeOpenDialog::disputeOpened);
    QVERIFY(dialog.refusal().isEmpty());
    const QDateTime end = core::disputeWindowEnd(published->publishedAt, m_rules);
    QVERIFY2(dialog.windowText().contains(QLocale().toString(end, QStringLiteral("d MMM yyyy"))),
             qPrintable(dialog.windowText()));
    QCOMPARE(dialog.scopeBox()->count(), 3);
    QCOMPARE(dialog.scopeBox()->itemText(0), QStringLiteral("The whole evaluation"));
    QCOMPARE(dialog.scopeBox()->itemText(1), QStringLiteral("Verified — answered Yes"));
    QCOMPARE(dialog.scopeBox()->itemText(2), QStringLiteral("Solved — answered 3 of 5"));
    QVERIFY(!dialog.okButton()->isEnabled()); // no reason yet
    dialog.scopeBox()->setCurrentIndex(2);
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("The customer confirmed it was solved"));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);

    const auto stored = storage::DisputeRepository(*m_database).forEvaluation(evaluation.value());
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->id, opened[0][0].toLongLong());
    QCOMPARE(stored.value()->criterionIndex, 1);
    QCOMPARE(stored.value()->criterionName, QStringLiteral("Solved"));
    QCOMPARE(stored.value()->raisedBy, Tina);
    QCOMPARE(stored.value()->reason, QStringLiteral("The customer confirmed it was solved"));

    // Now disputed: a second dialog refuses with the rule's message.
    const auto disputed = storage::EvaluationRepository(*m_database).load(evaluation.value(), Tina);
    QCOMPARE(disputed->status, core::EvaluationStatus::Disputed);
    ui::DisputeOpenDialog again(*m_database, evaluation.value(), Tina);
    QCOMPARE(again.refusal(), refusalFor(disputed.value(), m_rules));
    QVERIFY(!again.okButton()->isEnabled());
}

void TestDisputes::decidePartialAcceptanceWithARescore()
{
    // Solved 3 → 4 on the Test card: 7/13 = 53.8 % → 10/13 = 76.9 %.
    const auto evaluation = calibrationfixture::publishScore(
        *m_database, 0, m_site.conversations.value(QStringLiteral("c2")), QaQuinn, 1, 3);
    QVERIFY(evaluation);
    const auto disputeId = storage::DisputeRepository(*m_database)
                               .open(evaluation.value(), 1, Tina, QStringLiteral("Solved on the call"),
                                     QDateTime::currentDateTimeUtc());
    QVERIFY2(disputeId, disputeId ? "" : qPrintable(disputeId.error().toString()));

    ui::setCurrentUserName(Ari);
    ui::DisputesView view;
    view.resize(1366, 768);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy changed(&view, &ui::QaTab::qaDataChanged);
    view.reload(m_database.get(), {});
    ui::DisputeDecisionDialog *dialog = decideFromTheList(view, disputeId.value());
    QVERIFY(dialog && dialog->isVisible());

    // A criterion dispute: only the contested answer can change.
    QVERIFY(!dialog->answersEdit()->answerBox(0)->isEnabled());
    QVERIFY(dialog->answersEdit()->answerBox(1)->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    // Rejecting locks the answers as they were scored.
    QComboBox *solved = dialog->answersEdit()->answerBox(1);
    solved->setCurrentIndex(solved->findData(5));
    QTest::mouseClick(dialog->outcomeButton(core::DisputeOutcome::Rejected), Qt::LeftButton);
    QVERIFY(!solved->isEnabled());
    QCOMPARE(solved->currentText(), QStringLiteral("3 of 5"));

    // A partial acceptance must change the score: the rule's own message shows until it does.
    const QString reason = QStringLiteral("Solved, but the follow-up was late");
    QTest::mouseClick(dialog->outcomeButton(core::DisputeOutcome::PartiallyAccepted), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), reason);
    const auto before = storage::EvaluationRepository(*m_database).load(evaluation.value(), Ari);
    const QList<core::Criterion> criteria{{1, core::CriterionKind::YesNo, true, true},
                                          {3, core::CriterionKind::Scale1to5, false, true}};
    const core::Status unchanged =
        core::checkDecision(core::DisputeOutcome::PartiallyAccepted, reason, 1, criteria,
                            before->draft.answers, before->draft.answers);
    QVERIFY(!unchanged);
    QCOMPARE(dialog->problem(), unchanged.error().toString());
    QVERIFY(!dialog->okButton()->isEnabled());
    solved->setCurrentIndex(solved->findData(4));
    QCOMPARE(dialog->scoreText(), QStringLiteral("53.8 % → 76.9 %"));
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);

    checkStoredDecision(evaluation.value());
    checkDecidedListing(view, disputeId.value(), evaluation.value());
}

ui::DisputeDecisionDialog *TestDisputes::decideFromTheList(ui::DisputesView &view, qint64 disputeId)
{
    auto *table = view.findChild<QTableView *>(QStringLiteral("disputeList"));
    const auto *model = qobject_cast<const models::DisputeListModel *>(table->model());
    if (model->rowOf(disputeId) < 0)
        return nullptr;
    table->setCurrentIndex(model->index(model->rowOf(disputeId), 0));
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("decideDispute")), Qt::LeftButton);
    return view.findChild<ui::DisputeDecisionDialog *>();
}

// Storage holds the final score and answers, the outcome and the history.
void TestDisputes::checkStoredDecision(qint64 evaluationId)
{
    const auto after = storage::EvaluationRepository(*m_database).load(evaluationId, Ari);
    QVERIFY(after);
    QCOMPARE(after->status, core::EvaluationStatus::Final);
    QCOMPARE(after->draft.answers[1].points, 4);
    QVERIFY(qAbs(*after->scorePct - 1000.0 / 13) < 1e-9);
    const auto decided = storage::DisputeRepository(*m_database).forEvaluation(evaluationId);
    QVERIFY(decided && decided.value());
    QCOMPARE(decided.value()->outcome, std::optional(core::DisputeOutcome::PartiallyAccepted));
    QCOMPARE(decided.value()->arbitrator, Ari);
    QVERIFY(qAbs(*decided.value()->scoreAfter - 1000.0 / 13) < 1e-9);
}

// Decided: gone from the open ones, listed under all with storage's history below the table.
void TestDisputes::checkDecidedListing(ui::DisputesView &view, qint64 disputeId, qint64 evaluationId)
{
    const auto history = storage::EvaluationRepository(*m_database).history(evaluationId);
    QVERIFY(history && history->size() >= 2);
    QCOMPARE(history->first().status, core::EvaluationStatus::Published);
    QCOMPARE(history->last().status, core::EvaluationStatus::Final);

    auto *table = view.findChild<QTableView *>(QStringLiteral("disputeList"));
    const auto *model = qobject_cast<const models::DisputeListModel *>(table->model());
    auto *filter = view.findChild<QComboBox *>(QStringLiteral("disputeFilter"));
    filter->setCurrentIndex(filter->findData(true));
    QCOMPARE(model->rowOf(disputeId), -1);
    filter->setCurrentIndex(filter->findData(false));
    table->setCurrentIndex(model->index(model->rowOf(disputeId), 0));
    QCOMPARE(model->index(model->rowOf(disputeId), models::DisputeListModel::Score).data().toString(),
             QStringLiteral("53.8 % → 76.9 %"));
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("decideDispute"))->isEnabled());
    const QAbstractItemModel *shown = view.findChild<QTableView *>(QStringLiteral("scoreHistory"))->model();
    QCOMPARE(shown->rowCount(), history->size());
    for (int row = 0; row < history->size(); ++row) {
        QCOMPARE(shown->index(row, models::ScoreHistoryModel::Who).data().toString(), history->at(row).actor);
        QCOMPARE(shown->index(row, models::ScoreHistoryModel::Score).data().toString(),
                 models::formatPercent(history->at(row).scorePct));
    }
    QCOMPARE(shown->index(history->size() - 1, models::ScoreHistoryModel::Score).data().toString(),
             QStringLiteral("76.9 %"));
    const QString detail = view.findChild<QLabel *>(QStringLiteral("disputeDetail"))->text();
    QVERIFY2(detail.contains(QStringLiteral("Partially accepted by Arbiter Ari")), qPrintable(detail));
}

void TestDisputes::openEvaluationFromTheList()
{
    ui::DisputesView view;
    view.show();
    view.reload(m_database.get(), {});
    auto *open = view.findChild<QPushButton *>(QStringLiteral("openDisputedEvaluation"));
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    ui::EvaluationDialog *form = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] { return (form = view.findChild<ui::EvaluationDialog *>()) && form->isVisible(); }, 5000));
    form->reject();
}

HUDDLE_TEST_MAIN("test_ui_disputes", TestDisputes)
#include "tst_disputes.moc"
