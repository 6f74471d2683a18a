// The scorecard designer, offscreen, on the QA site of the storage tests (Test card, Care card, Peer card):
// the list, editing through the item form with undo, live validation, saving in place while unused and as a
// new version once an evaluation uses the scorecard, retire and restore, JSON export and import, and the
// question before unsaved edits are dropped.
#include "core/scorecardjson.h"
#include "keyboardinput.h"
#include "qafixture.h"
#include "scorecarddesigner.h"
#include "scorecarditemform.h"
#include "screenshotsite.h"
#include "storage/database.h"
#include "storage/evaluationrepository.h"
#include "storage/scorecardrepository.h"
#include "support/testmain.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace huddle;

using keyboardinput::answerNextMessageBox;
using widgetlookup::child;

namespace {

QString text(const QObject *parent, const char *label)
{
    return child<QLabel>(parent, label)->text();
}

} // namespace

class TestScorecardDesigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheScorecards();
    void editsThroughTheFormWithUndo();
    void invalidScorecardCannotBeSaved();
    void savesInPlaceWhileUnused();
    void savesANewVersionOnceUsed();
    void structureButtonsAndKeys();
    void retireAndRestore();
    void exportAndImportJson();
    void closeAsksBeforeDroppingEdits();
    void screenshotOfTheDesigner();

private:
    void openDesigner();
    void select(const QString &name);
    QTreeView *tree() const { return child<QTreeView>(m_designer.get(), "scorecardTree"); }
    QModelIndex criterion(int section, int row, int column = 0) const
    {
        return tree()->model()->index(row, column, tree()->model()->index(section, 0));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<qafixture::QaSite> m_qa;
    std::unique_ptr<ui::ScorecardDesigner> m_designer;
    int m_run = 0;
};

void TestScorecardDesigner::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestScorecardDesigner::init()
{
    auto qa = qafixture::openQaSite(m_dir.filePath(QStringLiteral("qa%1.db").arg(++m_run)));
    QVERIFY2(qa, qa ? "" : qPrintable(qa.error().toString()));
    m_qa = std::make_unique<qafixture::QaSite>(std::move(qa.value()));
}

void TestScorecardDesigner::cleanup()
{
    if (m_designer) {
        const QPointer<QTimer> poll = answerNextMessageBox(QMessageBox::Discard);
        m_designer->reject();
        delete poll.data();
    }
    m_designer.reset();
    m_qa.reset();
}

void TestScorecardDesigner::openDesigner()
{
    m_designer = std::make_unique<ui::ScorecardDesigner>(*m_qa->database, QStringLiteral("Lead"));
    m_designer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_designer.get()));
}

void TestScorecardDesigner::select(const QString &name)
{
    auto *list = child<QTreeView>(m_designer.get(), "scorecardList");
    const QModelIndexList found =
        list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY2(!found.isEmpty(), qPrintable(name));
    list->setCurrentIndex(found.constFirst());
    QCOMPARE(child<QLineEdit>(m_designer.get(), "scorecardName")->text(), name);
}

void TestScorecardDesigner::listsTheScorecards()
{
    openDesigner();
    auto *list = child<QTreeView>(m_designer.get(), "scorecardList");
    // By name: Care card, Chat QA, Peer card, Peer review, Test card, Voice QA (the defaults of a new
    // database)
    QCOMPARE(list->model()->rowCount(), 6);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Care card"));
    QCOMPARE(list->model()->index(2, 2).data().toString(), QStringLiteral("Peer review"));
    QCOMPARE(list->model()->index(4, 4).data().toString(),
             QStringLiteral("5")); // the small site's evaluations
    select(QStringLiteral("Care card"));
    QCOMPARE(tree()->model()->rowCount(), 2);
    QCOMPARE(child<QComboBox>(m_designer.get(), "scorecardChannel")->currentText(), QStringLiteral("Call"));
    QCOMPARE(criterion(1, 0, 2).data().toString(), QStringLiteral("63.2 %")); // Solved: 3×4 of 19
    QVERIFY(text(m_designer.get(), "scorecardValidation")
                .contains(QStringLiteral("Valid: 4 criteria in 2 sections")));
    QCOMPARE(text(m_designer.get(), "saveEffect"),
             QStringLiteral("Saves version 1 in place: no evaluation uses it yet."));
    QVERIFY(!child<QPushButton>(m_designer.get(), "saveScorecard")->isEnabled()); // nothing changed yet
}

void TestScorecardDesigner::editsThroughTheFormWithUndo()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    auto *form = m_designer->findChild<ui::ScorecardItemForm *>();
    tree()->setCurrentIndex(criterion(1, 1)); // Empathy
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Empathy"));
    QVERIFY(form->naAllowedBox()->isChecked());
    form->weightEdit()->setValue(3);
    QCOMPARE(criterion(1, 1, 2).data().toString(), QStringLiteral("44.4 %")); // 3×4 of 1 + 2 + 12 + 12 = 27
    form->autoFailBox()->setChecked(true);
    QCOMPARE(criterion(1, 1, 4).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    form->nameEdit()->setFocus();
    form->nameEdit()->selectAll();
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Calm"));
    QCOMPARE(criterion(1, 1).data().toString(), QStringLiteral("Calm"));
    QVERIFY(child<QPushButton>(m_designer.get(), "saveScorecard")->isEnabled());
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier); // the typing, at once
    QCOMPARE(criterion(1, 1).data().toString(), QStringLiteral("Empathy"));
    QCOMPARE(form->nameEdit()->text(), QStringLiteral("Empathy"));
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!form->autoFailBox()->isChecked());
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form->weightEdit()->value(), 1.0);
    QVERIFY(!child<QPushButton>(m_designer.get(), "saveScorecard")->isEnabled()); // back where it was saved
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(form->weightEdit()->value(), 3.0);
}

void TestScorecardDesigner::invalidScorecardCannotBeSaved()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    auto *form = m_designer->findChild<ui::ScorecardItemForm *>();
    tree()->setCurrentIndex(criterion(1, 1));
    form->nameEdit()->setText(QString());
    QTest::keyClicks(form->nameEdit(), QStringLiteral("Greeting"));
    QVERIFY(!child<QPushButton>(m_designer.get(), "saveScorecard")->isEnabled());
    QVERIFY2(text(m_designer.get(), "scorecardValidation").contains(QStringLiteral("already used")),
             qPrintable(text(m_designer.get(), "scorecardValidation")));
    QTest::keyClick(m_designer.get(), Qt::Key_S, Qt::ControlModifier); // refused with the reason
    QVERIFY(text(m_designer.get(), "designerMessage").startsWith(QStringLiteral("Not saved")));
    QCOMPARE(storage::ScorecardRepository(*m_qa->database)
                 .latest(m_qa->care.scorecardId)
                 ->definition.sections[1]
                 .criteria[1]
                 .name,
             QStringLiteral("Empathy"));
}

void TestScorecardDesigner::savesInPlaceWhileUnused()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    auto *form = m_designer->findChild<ui::ScorecardItemForm *>();
    tree()->setCurrentIndex(criterion(0, 0));
    form->guidelineEdit()->setPlainText(QStringLiteral("Name, company, offer to help"));
    QSignalSpy changed(m_designer.get(), &ui::ScorecardDesigner::scorecardsChanged);
    QTest::keyClick(m_designer.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(m_designer.get(), "designerMessage"), QStringLiteral("Saved “Care card” as version 1."));
    const auto stored = storage::ScorecardRepository(*m_qa->database).latest(m_qa->care.scorecardId);
    QCOMPARE(stored->versionId, m_qa->care.versionId); // replaced in place
    QCOMPARE(stored->definition.sections[0].criteria[0].guideline,
             QStringLiteral("Name, company, offer to help"));
}

void TestScorecardDesigner::savesANewVersionOnceUsed()
{
    const auto published =
        storage::EvaluationRepository(*m_qa->database)
            .publish(qafixture::careDraft(*m_qa, "c2", {{false, 1}, {false, 1}, {false, 5}, {true, 0}}),
                     QStringLiteral("Quinn"));
    QVERIFY(published);
    openDesigner();
    select(QStringLiteral("Care card"));
    QCOMPARE(text(m_designer.get(), "saveEffect"),
             QStringLiteral("Saves as version 2 because 1 evaluation(s) use version 1; they keep it."));
    auto *form = m_designer->findChild<ui::ScorecardItemForm *>();
    tree()->setCurrentIndex(criterion(1, 0));
    form->kindBox()->setCurrentIndex(0);
    Q_EMIT form->kindBox()->activated(0); // Solved becomes a yes/no
    QCOMPARE(criterion(1, 0, 3).data().toString(), QStringLiteral("Yes / no"));
    QVERIFY(m_designer->save());
    QCOMPARE(text(m_designer.get(), "designerMessage"), QStringLiteral("Saved “Care card” as version 2."));
    const auto latest = storage::ScorecardRepository(*m_qa->database).latest(m_qa->care.scorecardId);
    QCOMPARE(latest->definition.version, 2);
    QCOMPARE(latest->definition.sections[1].criteria[0].criterion.kind, core::CriterionKind::YesNo);
    const auto kept =
        storage::EvaluationRepository(*m_qa->database).load(published.value(), QStringLiteral("Quinn"));
    QCOMPARE(kept->draft.scorecardVersionId, m_qa->care.versionId);
    QCOMPARE(child<QTreeView>(m_designer.get(), "scorecardList")->model()->index(0, 1).data().toString(),
             QStringLiteral("2"));
}

void TestScorecardDesigner::structureButtonsAndKeys()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    tree()->setCurrentIndex(criterion(0, 1)); // Verified
    QTest::mouseClick(child<QToolButton>(m_designer.get(), "addCriterion"), Qt::LeftButton);
    QCOMPARE(criterion(0, 2).data().toString(), QStringLiteral("New criterion"));
    QCOMPARE(tree()->currentIndex(), criterion(0, 2));
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(criterion(0, 1).data().toString(), QStringLiteral("New criterion"));
    QVERIFY(child<QToolButton>(m_designer.get(), "moveUp")->isEnabled());
    QTest::keyClick(tree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(criterion(0, 0).data().toString(), QStringLiteral("New criterion"));
    QVERIFY(!child<QToolButton>(m_designer.get(), "moveUp")->isEnabled());
    QTest::keyClick(tree(), Qt::Key_Delete);
    QCOMPARE(tree()->model()->rowCount(tree()->model()->index(0, 0)), 2);
    QTest::mouseClick(child<QToolButton>(m_designer.get(), "addSection"), Qt::LeftButton);
    QCOMPARE(tree()->model()->rowCount(), 3);
    QCOMPARE(tree()->model()->index(2, 0).data().toString(), QStringLiteral("New section"));
    QVERIFY(
        text(m_designer.get(), "scorecardValidation").contains(QStringLiteral("5 criteria in 3 sections")));
}

void TestScorecardDesigner::retireAndRestore()
{
    openDesigner();
    select(QStringLiteral("Peer card"));
    auto *retire = child<QPushButton>(m_designer.get(), "retireScorecard");
    QCOMPARE(retire->text(), QStringLiteral("Re&tire"));
    QTest::mouseClick(retire, Qt::LeftButton);
    QVERIFY(child<QCheckBox>(m_designer.get(), "showRetired")->isChecked());
    auto *list = child<QTreeView>(m_designer.get(), "scorecardList");
    const QModelIndex retired = list->model()->index(2, 0);
    QCOMPARE(retired.data().toString(), QStringLiteral("Peer card (retired)"));
    QCOMPARE(retired.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::gray));
    QCOMPARE(retire->text(), QStringLiteral("Res&tore"));
    QCOMPARE(storage::ScorecardRepository(*m_qa->database).list(false)->size(), 5);
    child<QCheckBox>(m_designer.get(), "showRetired")->setChecked(false);
    QCOMPARE(list->model()->rowCount(), 5);
    child<QCheckBox>(m_designer.get(), "showRetired")->setChecked(true);
    QTest::mouseClick(retire, Qt::LeftButton);
    QCOMPARE(storage::ScorecardRepository(*m_qa->database).list(false)->size(), 6);
}

void TestScorecardDesigner::exportAndImportJson()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    const QString path = m_dir.filePath(QStringLiteral("care.json"));
    QVERIFY(m_designer->exportJson(path));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), core::scorecardToJson(m_qa->care.definition));

    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(
        core::scorecardToJson(m_qa->care.definition).replace("\"weight\": 1", "\"weight\": \"heavy\""));
    badFile.close();
    QVERIFY(!m_designer->importJson(bad));
    QVERIFY2(text(m_designer.get(), "designerMessage").contains(QStringLiteral("bad.json")),
             qPrintable(text(m_designer.get(), "designerMessage")));

    QVERIFY(m_designer->importJson(path));
    QCOMPARE(text(m_designer.get(), "saveEffect"), QStringLiteral("Saves a new scorecard, version 1."));
    QVERIFY(!m_designer->save()); // the name is taken
    auto *name = child<QLineEdit>(m_designer.get(), "scorecardName");
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Care card (night shift)"));
    QVERIFY(m_designer->save());
    const auto all = storage::ScorecardRepository(*m_qa->database).list(false);
    QCOMPARE(all->size(), 7);
    QCOMPARE(all->constFirst().name, QStringLiteral("Care card"));
    QCOMPARE(all->at(1).name, QStringLiteral("Care card (night shift)"));
    QCOMPARE(all->at(1).criteria, 4);
}

void TestScorecardDesigner::closeAsksBeforeDroppingEdits()
{
    openDesigner();
    select(QStringLiteral("Care card"));
    QTest::mouseClick(child<QToolButton>(m_designer.get(), "addSection"), Qt::LeftButton);
    answerNextMessageBox(QMessageBox::Cancel);
    m_designer->reject();
    QVERIFY(m_designer->isVisible());
    answerNextMessageBox(QMessageBox::Cancel); // switching to another scorecard asks too, and stays
    child<QTreeView>(m_designer.get(), "scorecardList")
        ->setCurrentIndex(child<QTreeView>(m_designer.get(), "scorecardList")->model()->index(2, 0));
    QTRY_COMPARE(child<QLineEdit>(m_designer.get(), "scorecardName")->text(), QStringLiteral("Care card"));
    QCOMPARE(tree()->model()->rowCount(), 3);
    answerNextMessageBox(QMessageBox::Discard);
    m_designer->reject();
    QVERIFY(!m_designer->isVisible());
    QCOMPARE(storage::ScorecardRepository(*m_qa->database)
                 .latest(m_qa->care.scorecardId)
                 ->definition.sections.size(),
             2);
    m_designer.reset();
}

void TestScorecardDesigner::screenshotOfTheDesigner()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    auto site = screenshotsite::open(m_dir.filePath(QStringLiteral("designer-demo.db")));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    ui::ScorecardDesigner designer(*site->database, QStringLiteral("Quinn Coach"));
    designer.resize(1366, 768);
    designer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&designer));
    auto *list = child<QTreeView>(&designer, "scorecardList");
    const QModelIndexList voice =
        list->model()->match(list->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Voice QA"), 1);
    QVERIFY(!voice.isEmpty());
    list->setCurrentIndex(voice.constFirst());
    auto *tree = child<QTreeView>(&designer, "scorecardTree");
    tree->setCurrentIndex(
        tree->model()->index(1, 0, tree->model()->index(0, 0))); // the auto-fail identity check
    tree->setFocus();
    QTest::qWait(50);
    QVERIFY(designer.grab().save(QDir(folder).filePath(QStringLiteral("scorecard-designer.png"))));
}

HUDDLE_TEST_MAIN("test_ui_scorecarddesigner", TestScorecardDesigner)
#include "tst_scorecarddesigner.moc"
