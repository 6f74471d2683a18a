// The bonus plan dialog, offscreen, on the small site of the storage tests (teams Alpha and Bravo): the
// domain.md example plan built from nothing through the widgets (buttons, table cells, combo boxes, money
// typed as text), saved as the site's version and read back with BonusPlanRepository::planFor; an
// overlapping band refused with the message naming it, the row selected and nothing stored; JSON export and
// import; undo and redo from the keyboard; the question before an unsaved draft is dropped. A screenshot
// when HUDDLE_SCREENSHOT_DIR is set.
#include "amountedit.h"
#include "bonuscomponentform.h"
#include "bonusconditionedit.h"
#include "bonusgateform.h"
#include "bonusplandialog.h"
#include "bonusplaneditor.h"
#include "bonusversionheader.h"
#include "core/bonusplan.h"
#include "keyboardinput.h"
#include "models/bonusbandmodel.h"
#include "models/bonuscomponentmodel.h"
#include "models/bonusgatemodel.h"
#include "models/bonustierratemodel.h"
#include "sitefixture.h"
#include "storage/bonusplanrepository.h"
#include "storage/database.h"
#include "support/testmain.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace huddle;
using models::BonusComponentModel;
using models::BonusGateModel;

using keyboardinput::answerNextMessageBox;
using widgetlookup::child;

namespace {

void click(const QObject *parent, const char *button)
{
    QAbstractButton *found = child<QAbstractButton>(parent, button);
    QVERIFY2(found && found->isEnabled(), button);
    QTest::mouseClick(found, Qt::LeftButton);
}

// As a user picks an entry: the combo box's activated signal is what the forms listen to.
void choose(QComboBox *box, const QString &code)
{
    const int index = box->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

// Types into a line edit (replacing what it shows) and presses Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

// F2 on the cell, the text, Enter: the table's own editor.
void typeIntoCell(QTableView *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_F2);
    const QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "no line edit in the cell");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!editor || !editor->isVisible()); // the delegate commits on the next turn of the event loop
}

const QDate October{2026, 10, 1};

} // namespace

class TestBonusPlanDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsTheBuiltInPlanReadOnly();
    void buildsTheExampleThroughTheWidgets();
    void overlappingBandIsRefused();
    void exportAndImportJson();
    void undoAndRedoFromTheKeyboard();
    void closeAsksBeforeDroppingADraft();
    void versionSavedElsewhereRefusesTheDraftAndIsListed();
    void screenshotOfTheDialog();

private:
    void openDialog();
    ui::BonusPlanEditor *editor() const { return m_dialog->editor(); }
    ui::BonusComponentForm *componentForm() const { return editor()->componentForm(); }
    ui::BonusGateForm *gateForm() const { return editor()->gateForm(); }
    void startEmptyDraft();
    void addFlatComponent();
    void addTierComponent();
    void addGate(const QString &measure, const QString &comparison, double value, int minSample,
                 const QString &effect, const QString &amount);
    void addBand(const QString &from, const QString &to, const QString &amount);

    QTemporaryDir m_dir;
    std::unique_ptr<fixture::OpenedSite> m_site;
    std::unique_ptr<ui::BonusPlanDialog> m_dialog;
    int m_run = 0;
};

void TestBonusPlanDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestBonusPlanDialog::init()
{
    auto site = fixture::openSmallSite(m_dir.filePath(QStringLiteral("site%1.db").arg(++m_run)));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    m_site = std::make_unique<fixture::OpenedSite>(std::move(site.value()));
    openDialog();
}

// A draft left by a failed test is discarded without asking.
void TestBonusPlanDialog::cleanup()
{
    QPointer<QTimer> discard;
    if (m_dialog && m_dialog->isVisible())
        discard = answerNextMessageBox(QMessageBox::Discard);
    if (m_dialog)
        m_dialog->reject();
    delete discard.data();
    m_dialog.reset();
    m_site.reset();
}

void TestBonusPlanDialog::openDialog()
{
    m_dialog = std::make_unique<ui::BonusPlanDialog>(*m_site->database, QStringLiteral("Payroll"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

// New version… of the built-in plan, then every component and gate removed with the buttons.
void TestBonusPlanDialog::startEmptyDraft()
{
    click(m_dialog.get(), "newVersion");
    QVERIFY(child<QPushButton>(m_dialog.get(), "savePlan")->isVisible());
    QTableView *components = editor()->componentTable();
    while (components->model()->rowCount() > 0) {
        components->setCurrentIndex(components->model()->index(0, 0));
        click(m_dialog.get(), "componentRemove");
    }
    editor()->tabs()->setCurrentIndex(1);
    QTableView *gates = editor()->gateTable();
    while (gates->model()->rowCount() > 0) {
        gates->setCurrentIndex(gates->model()->index(0, 0));
        click(m_dialog.get(), "gateRemove");
    }
    editor()->tabs()->setCurrentIndex(0);
    QCOMPARE(m_dialog->findChild<QLabel *>(QStringLiteral("planValidation"))->text().isEmpty(), false);
}

void TestBonusPlanDialog::addFlatComponent()
{
    QTableView *components = editor()->componentTable();
    click(m_dialog.get(), "componentAdd");
    const int row = components->currentIndex().row();
    typeIntoCell(components, row, BonusComponentModel::Id, QStringLiteral("perfect_month"));
    typeIntoCell(components, row, BonusComponentModel::Label, QStringLiteral("Perfect month"));
    choose(componentForm()->kindBox(), QStringLiteral("flat"));
    choose(componentForm()->conditionEdit()->measureBox(), QStringLiteral("perfect_csat"));
    componentForm()->conditionEdit()->minSampleEdit()->setValue(5);
    typeInto(componentForm()->amountEdit(), QStringLiteral("80"));
}

void TestBonusPlanDialog::addTierComponent()
{
    QTableView *components = editor()->componentTable();
    click(m_dialog.get(), "componentAdd");
    const int row = components->currentIndex().row();
    typeIntoCell(components, row, BonusComponentModel::Id, QStringLiteral("sales_by_tier"));
    typeIntoCell(components, row, BonusComponentModel::Label, QStringLiteral("Sales"));
    choose(componentForm()->kindBox(), QStringLiteral("per_unit"));
    QTableView *tiers = componentForm()->tierTable();
    QVERIFY(tiers->isVisible());
    const QStringList amounts{QStringLiteral("8"), QStringLiteral("12.00"), QStringLiteral("$20")};
    for (int tier = 0; tier < 3; ++tier) {
        click(m_dialog.get(), "tierAdd");
        QCOMPARE(tiers->currentIndex().row(), tier);
        typeIntoCell(tiers, tier, models::BonusTierRateModel::Tier, QString(QChar(u'A' + tier)));
        typeIntoCell(tiers, tier, models::BonusTierRateModel::Amount, amounts[tier]);
    }
}

void TestBonusPlanDialog::addGate(const QString &measure, const QString &comparison, double value,
                                  int minSample, const QString &effect, const QString &amount)
{
    editor()->tabs()->setCurrentIndex(1);
    click(m_dialog.get(), "gateAdd");
    ui::BonusConditionEdit *condition = gateForm()->conditionEdit();
    choose(condition->measureBox(), measure);
    choose(condition->comparisonBox(), comparison);
    condition->valueEdit()->setValue(value);
    condition->minSampleEdit()->setValue(minSample);
    choose(gateForm()->effectBox(), effect);
    if (!amount.isEmpty())
        typeInto(gateForm()->valueEdit(), amount);
}

void TestBonusPlanDialog::addBand(const QString &from, const QString &to, const QString &amount)
{
    QTableView *bands = componentForm()->bandTable();
    click(m_dialog.get(), "bandAdd");
    const int row = bands->currentIndex().row();
    typeIntoCell(bands, row, models::BonusBandModel::From, from);
    typeIntoCell(bands, row, models::BonusBandModel::To, to);
    typeIntoCell(bands, row, models::BonusBandModel::Amount, amount);
}

void TestBonusPlanDialog::listsTheBuiltInPlanReadOnly()
{
    QTableView *list = m_dialog->versionList();
    QCOMPARE(list->model()->rowCount(), 3); // the site, Alpha, Bravo
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Site"));
    QCOMPARE(list->model()->index(0, 5).data().toString(), QStringLiteral("Built-in example plan"));
    QCOMPARE(child<QLabel>(m_dialog.get(), "versionTitle")->text(),
             QStringLiteral("Site — built-in example plan"));
    QCOMPARE(editor()->componentTable()->model()->rowCount(), core::BonusPlan::example().components.size());
    QVERIFY(editor()->nameEdit()->isReadOnly());
    QVERIFY(!componentForm()->kindBox()->isEnabled());
    QVERIFY(!child<QToolButton>(m_dialog.get(), "componentAdd")->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "savePlan")->isVisible());
}

void TestBonusPlanDialog::buildsTheExampleThroughTheWidgets()
{
    startEmptyDraft();
    typeInto(editor()->nameEdit(), QStringLiteral("Floor bonus 2026"));
    addFlatComponent();
    addTierComponent();
    addGate(QStringLiteral("ncns"), QStringLiteral(">="), 1, 0, QStringLiteral("zero"), {});
    addGate(QStringLiteral("unexcused"), QStringLiteral(">="), 2, 0, QStringLiteral("zero"), {});
    addGate(QStringLiteral("qa"), QStringLiteral("<"), 80, 1, QStringLiteral("reduce_percent"),
            QStringLiteral("50"));
    if (QTest::currentTestFailed())
        return;
    // The labels and ids of the gates are the table's; typed like the components'.
    const QStringList gateIds{QStringLiteral("no_show"), QStringLiteral("absences"),
                              QStringLiteral("low_qa")};
    const QStringList gateLabels{QStringLiteral("No-show"), QStringLiteral("Two absences"),
                                 QStringLiteral("QA below 80")};
    for (int row = 0; row < 3; ++row) {
        typeIntoCell(editor()->gateTable(), row, BonusGateModel::Id, gateIds[row]);
        typeIntoCell(editor()->gateTable(), row, BonusGateModel::Label, gateLabels[row]);
    }
    QCOMPARE(editor()->gateTable()->model()->index(2, BonusGateModel::Effect).data().toString(),
             QStringLiteral("− 50 %"));
    QVERIFY2(child<QLabel>(m_dialog.get(), "planValidation")->text().startsWith(QStringLiteral("✔")),
             qPrintable(child<QLabel>(m_dialog.get(), "planValidation")->text()));
    m_dialog->header()->scopeBox()->setCurrentIndex(0); // the site
    m_dialog->header()->validFromEdit()->setDate(October);
    typeInto(m_dialog->header()->noteEdit(), QStringLiteral("domain.md example"));

    click(m_dialog.get(), "savePlan");
    QCOMPARE(m_dialog->message(), QStringLiteral("Saved version 1 for Site, valid from 2026-10."));
    QVERIFY(m_dialog->plansChanged());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "savePlan")->isVisible()); // the saved version, read-only

    core::BonusPlan expected = core::BonusPlan::example();
    expected.name = QStringLiteral("Floor bonus 2026");
    expected.components[0].id = QStringLiteral("perfect_month");
    expected.components[0].label = QStringLiteral("Perfect month");
    expected.components[1].id = QStringLiteral("sales_by_tier");
    expected.components[1].label = QStringLiteral("Sales");
    for (int row = 0; row < 3; ++row) {
        expected.gates[row].id = gateIds[row];
        expected.gates[row].label = gateLabels[row];
    }
    const auto stored = storage::BonusPlanRepository(*m_site->database).planFor(m_site->site.alpha, October);
    QVERIFY(stored);
    QCOMPARE(stored->createdBy, QStringLiteral("Payroll"));
    QCOMPARE(stored->note, QStringLiteral("domain.md example"));
    QCOMPARE(stored->plan.components[1].tierRates[2].cents, 2000); // "$20", by hand
    QCOMPARE(QString::fromUtf8(stored->plan.toJson()), QString::fromUtf8(expected.toJson())); // shows where
    QCOMPARE(stored->plan, expected);
}

void TestBonusPlanDialog::overlappingBandIsRefused()
{
    click(m_dialog.get(), "newVersion");
    editor()->componentTable()->setCurrentIndex(editor()->componentTable()->model()->index(1, 0));
    click(m_dialog.get(), "componentAdd"); // after the selected one: the last
    QCOMPARE(editor()->componentTable()->currentIndex().row(), 2);
    choose(componentForm()->kindBox(), QStringLiteral("tiered"));
    choose(componentForm()->bandMeasureBox(), QStringLiteral("weighted_score"));
    addBand(QStringLiteral("80"), QStringLiteral("90"), QStringLiteral("25"));
    addBand(QStringLiteral("85"), QString(), QStringLiteral("50"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(editor()->componentTable()->model()->index(2, BonusComponentModel::Summary).data().toString(),
             QStringLiteral("Weighted KPI score: 80–90 → $25.00, ≥ 85 → $50.00"));
    // Somewhere else first, so that selecting the band is the dialog's doing.
    editor()->componentTable()->setCurrentIndex(editor()->componentTable()->model()->index(0, 0));
    editor()->tabs()->setCurrentIndex(1);
    QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_dialog->message().startsWith(QStringLiteral("Not saved: components[2].bands[1]")),
             qPrintable(m_dialog->message()));
    QCOMPARE(editor()->tabs()->currentIndex(), 0);
    QCOMPARE(editor()->componentTable()->currentIndex().row(), 2);
    QCOMPARE(componentForm()->bandTable()->currentIndex().row(), 1);
    QVERIFY(!m_dialog->plansChanged());
    QVERIFY(storage::BonusPlanRepository(*m_site->database).versions()->isEmpty());
}

void TestBonusPlanDialog::exportAndImportJson()
{
    const QString path = m_dir.filePath(QStringLiteral("example.json"));
    QVERIFY(m_dialog->exportJson(path));
    QFile exported(path);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), core::BonusPlan::example().toJson());

    const QString bad = m_dir.filePath(QStringLiteral("bad-plan.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(core::BonusPlan::example().toJson().replace("\"per_unit\"", "\"per_sale\""));
    badFile.close();
    QVERIFY(!m_dialog->importJson(bad));
    QVERIFY2(m_dialog->message().contains(QStringLiteral("bad-plan.json")), qPrintable(m_dialog->message()));
    QVERIFY(!child<QPushButton>(m_dialog.get(), "savePlan")->isVisible()); // nothing loaded

    QVERIFY(m_dialog->importJson(path));
    QCOMPARE(m_dialog->header()->noteEdit()->text(), QStringLiteral("Imported from example.json"));
    m_dialog->header()->scopeBox()->setCurrentIndex(
        m_dialog->header()->scopeBox()->findData(m_site->site.bravo));
    m_dialog->header()->validFromEdit()->setDate(October);
    QVERIFY(m_dialog->save());
    const auto bravo = storage::BonusPlanRepository(*m_site->database).planFor(m_site->site.bravo, October);
    QVERIFY(bravo);
    QCOMPARE(bravo->teamId, std::optional<qint64>(m_site->site.bravo));
    QCOMPARE(bravo->plan, core::BonusPlan::example());
    // Alpha still has the site's, which is the built-in example.
    QVERIFY(
        storage::BonusPlanRepository(*m_site->database).planFor(m_site->site.alpha, October)->isBuiltIn());
}

void TestBonusPlanDialog::undoAndRedoFromTheKeyboard()
{
    click(m_dialog.get(), "newVersion");
    editor()->componentTable()->setCurrentIndex(editor()->componentTable()->model()->index(0, 0));
    const QString before = componentForm()->amountEdit()->text();
    QCOMPARE(before, QStringLiteral("80.00"));
    typeInto(componentForm()->amountEdit(), QStringLiteral("90,50"));
    const QModelIndex summary = editor()->componentTable()->model()->index(0, BonusComponentModel::Summary);
    QVERIFY2(summary.data().toString().endsWith(QStringLiteral("$90.50")),
             qPrintable(summary.data().toString()));
    editor()->componentTable()->setFocus();
    QTest::keyClick(editor()->componentTable(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(componentForm()->amountEdit()->text(), before);
    QVERIFY(summary.data().toString().endsWith(QStringLiteral("$80.00")));
    QTest::keyClick(editor()->componentTable(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(componentForm()->amountEdit()->text(), QStringLiteral("90.50"));
}

// A colleague saves the site's first plan while a draft for the site is open here: the save is refused with
// their name, their version appears in the list, the draft and its scope stay, and saving again makes
// version 2.
void TestBonusPlanDialog::versionSavedElsewhereRefusesTheDraftAndIsListed()
{
    click(m_dialog.get(), "newVersion");
    m_dialog->header()->scopeBox()->setCurrentIndex(0); // the site
    m_dialog->header()->validFromEdit()->setDate(October);
    auto *list = m_dialog->findChild<QTableView *>(QStringLiteral("planVersions"));
    QVERIFY(list);
    const int rowsBefore = list->model()->rowCount();

    auto other = storage::Database::open(m_site->database->path(), storage::OpenMode::MustExist);
    QVERIFY(other);
    core::BonusPlan theirs = core::BonusPlan::example();
    theirs.name = QStringLiteral("Lee's plan");
    QVERIFY(storage::BonusPlanRepository(*other.value())
                .save(std::nullopt, October, theirs, QStringLiteral("Lee"), QString(), 0));

    click(m_dialog.get(), "savePlan");
    QVERIFY2(m_dialog->message().startsWith(QStringLiteral(
                 "Not saved: version 1 of the bonus plan for the site was saved by Lee at ")) &&
                 m_dialog->message().endsWith(QStringLiteral("The list now shows that version; your draft is "
                                                             "unchanged.")),
             qPrintable(m_dialog->message()));
    // Lee's version in place of the built-in example the list showed for the site.
    QCOMPARE(list->model()->rowCount(), rowsBefore);
    QStringList cells;
    for (int column = 0; column < list->model()->columnCount(); ++column)
        cells << list->model()->index(0, column).data().toString();
    QVERIFY2(cells.contains(QStringLiteral("Lee")), qPrintable(cells.join(QLatin1Char('|'))));
    QVERIFY(child<QPushButton>(m_dialog.get(), "savePlan")->isVisible()); // still the draft
    QCOMPARE(m_dialog->header()->scopeBox()->currentIndex(), 0);
    QCOMPARE(m_dialog->header()->validFromEdit()->date(), October);

    click(m_dialog.get(), "savePlan");
    QCOMPARE(m_dialog->message(), QStringLiteral("Saved version 2 for Site, valid from 2026-10."));
}

void TestBonusPlanDialog::closeAsksBeforeDroppingADraft()
{
    click(m_dialog.get(), "newVersion");
    answerNextMessageBox(QMessageBox::Cancel);
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    answerNextMessageBox(QMessageBox::Discard);
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(storage::BonusPlanRepository(*m_site->database).versions()->isEmpty());
    m_dialog.reset();
}

void TestBonusPlanDialog::screenshotOfTheDialog()
{
    const QString folder = qEnvironmentVariable("HUDDLE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("HUDDLE_SCREENSHOT_DIR is not set");
    storage::BonusPlanRepository plans(*m_site->database);
    QVERIFY(plans.save(std::nullopt, QDate(2026, 9, 1), core::BonusPlan::example(),
                       QStringLiteral("Dana Payroll"),
                       QStringLiteral("The example plan of the BPO contract")));
    m_dialog.reset();
    openDialog(); // again, to list the saved version
    m_dialog->resize(1366, 800);
    click(m_dialog.get(), "newVersion");
    editor()->componentTable()->setCurrentIndex(editor()->componentTable()->model()->index(1, 0));
    click(m_dialog.get(), "componentAdd");
    choose(componentForm()->kindBox(), QStringLiteral("tiered"));
    choose(componentForm()->bandMeasureBox(), QStringLiteral("weighted_score"));
    addBand(QStringLiteral("80"), QStringLiteral("90"), QStringLiteral("25"));
    addBand(QStringLiteral("90"), QString(), QStringLiteral("50"));
    typeIntoCell(editor()->componentTable(), 2, BonusComponentModel::Id, QStringLiteral("score_band"));
    typeIntoCell(editor()->componentTable(), 2, BonusComponentModel::Label, QStringLiteral("Weighted score"));
    typeInto(m_dialog->header()->noteEdit(), QStringLiteral("Adds a weighted-score band for Q4"));
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(QStringLiteral("bonus-plan-dialog.png"))));
    editor()->tabs()->setCurrentIndex(1);
    editor()->gateTable()->setCurrentIndex(editor()->gateTable()->model()->index(2, 0));
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(QStringLiteral("bonus-plan-dialog-gates.png"))));
    editor()->tabs()->setCurrentIndex(2);
    click(m_dialog.get(), "ownScoreWeights");
    child<QSpinBox>(m_dialog.get(), "weight_attendance")->setValue(25);
    QTest::qWait(50);
    QVERIFY(m_dialog->grab().save(QDir(folder).filePath(QStringLiteral("bonus-plan-dialog-weights.png"))));
}

HUDDLE_TEST_MAIN("test_ui_bonusplandialog", TestBonusPlanDialog)
#include "tst_bonusplandialog.moc"
