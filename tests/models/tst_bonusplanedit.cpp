// The bonus plan editor's models without widgets: the domain.md example plan built by driving the tables'
// edit roles, saved through BonusPlanRepository and read back with planFor; an overlapping band refused with
// the message naming it and nothing stored; JSON export → import; undo restoring the plan exactly; every
// table under QAbstractItemModelTester; money typed as text; the version list with the built-in and
// inherited rows.
#include "core/bonusplan.h"
#include "models/bonusbandmodel.h"
#include "models/bonuscomponentmodel.h"
#include "models/bonusgatemodel.h"
#include "models/bonusplaneditmodel.h"
#include "models/bonusplanlistmodel.h"
#include "models/bonusplanroles.h"
#include "models/bonusplantext.h"
#include "models/bonustierratemodel.h"
#include "models/moneyinput.h"
#include "sitefixture.h"
#include "storage/bonusplanrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace huddle;
using models::BonusPlanEditModel;

namespace {

const QDate October{2026, 10, 1};

// What the test types where the example plan has ids and labels of its own.
struct Typed {
    QString name = QStringLiteral("Floor bonus 2026");
    QStringList componentIds{QStringLiteral("perfect_month"), QStringLiteral("sales_by_tier")};
    QStringList componentLabels{QStringLiteral("Perfect month"), QStringLiteral("Sales")};
    QStringList gateIds{QStringLiteral("no_show"), QStringLiteral("absences"), QStringLiteral("low_qa")};
    QStringList gateLabels{QStringLiteral("No-show"), QStringLiteral("Two absences"),
                           QStringLiteral("QA below 80")};
};

bool set(QAbstractItemModel *model, int row, int column, const QVariant &value, int role = Qt::EditRole)
{
    return model->setData(model->index(row, column), value, role);
}

// domain.md "Monthly bonus": $80 for a perfect-CSAT month (≥ 5 responses); $8, $12, $20 per sale of tier
// A, B, C; any no-call-no-show, or ≥ 2 unexcused absences → $0; QA average < 80 % (≥ 1 evaluation) → −50 %.
// Typed as a payroll admin would, through the tables' roles only.
void buildExample(BonusPlanEditModel &edit, const Typed &typed)
{
    edit.setPlan(core::BonusPlan{}, false);
    edit.setName(typed.name);
    auto *components = edit.components();
    QCOMPARE(components->addRow(-1), 0);
    QVERIFY(set(components, 0, models::BonusComponentModel::Id, typed.componentIds[0]));
    QVERIFY(set(components, 0, models::BonusComponentModel::Label, typed.componentLabels[0]));
    QCOMPARE(components->index(0, 0).data(models::KindRole).toString(), QStringLiteral("flat"));
    QVERIFY(set(components, 0, 0, QStringLiteral("perfect_csat"), models::ConditionMeasureRole));
    QCOMPARE(components->index(0, 0).data(models::ConditionMinSampleRole).toInt(), 5); // the default n
    QVERIFY(set(components, 0, 0, 8000, models::CentsRole));

    QCOMPARE(components->addRow(0), 1);
    QVERIFY(set(components, 1, models::BonusComponentModel::Id, typed.componentIds[1]));
    QVERIFY(set(components, 1, models::BonusComponentModel::Label, typed.componentLabels[1]));
    QVERIFY(set(components, 1, 0, QStringLiteral("per_unit"), models::KindRole));
    edit.setCurrentComponent(1);
    auto *tiers = edit.tierRates();
    const QStringList amounts{QStringLiteral("8"), QStringLiteral("12.00"), QStringLiteral("$20")};
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(tiers->addRow(row - 1), row);
        QVERIFY(set(tiers, row, models::BonusTierRateModel::Tier, QString(QChar(u'A' + row))));
        QVERIFY(set(tiers, row, models::BonusTierRateModel::Amount, amounts[row]));
    }
    QVERIFY(!set(tiers, 0, models::BonusTierRateModel::Amount, QStringLiteral("8.001"))); // never rounded

    auto *gates = edit.gates();
    struct Gate {
        const char *measure;
        const char *comparison;
        double value;
        int minSample;
        const char *effect;
        int basisPoints;
    };
    const QList<Gate> wanted{{"ncns", ">=", 1, 0, "zero", 0},
                             {"unexcused", ">=", 2, 0, "zero", 0},
                             {"qa", "<", 80, 1, "reduce_percent", 5000}};
    for (int row = 0; row < wanted.size(); ++row) {
        QCOMPARE(gates->addRow(row - 1), row);
        QVERIFY(set(gates, row, models::BonusGateModel::Id, typed.gateIds[row]));
        QVERIFY(set(gates, row, models::BonusGateModel::Label, typed.gateLabels[row]));
        QVERIFY(set(gates, row, 0, QString::fromLatin1(wanted[row].measure), models::ConditionMeasureRole));
        QVERIFY(
            set(gates, row, 0, QString::fromLatin1(wanted[row].comparison), models::ConditionComparisonRole));
        set(gates, row, 0, wanted[row].value, models::ConditionValueRole);
        set(gates, row, 0, wanted[row].minSample, models::ConditionMinSampleRole);
        set(gates, row, 0, QString::fromLatin1(wanted[row].effect), models::EffectRole);
        set(gates, row, 0, wanted[row].basisPoints, models::BasisPointsRole);
    }
}

// The example with what the test typed in place of its name, ids and labels.
core::BonusPlan exampleAsTyped(const Typed &typed)
{
    core::BonusPlan expected = core::BonusPlan::example();
    expected.name = typed.name;
    for (int i = 0; i < expected.components.size() && i < typed.componentIds.size(); ++i) {
        expected.components[i].id = typed.componentIds[i];
        expected.components[i].label = typed.componentLabels[i];
    }
    for (int i = 0; i < expected.gates.size() && i < typed.gateIds.size(); ++i) {
        expected.gates[i].id = typed.gateIds[i];
        expected.gates[i].label = typed.gateLabels[i];
    }
    return expected;
}

// A plan of every kind and the optional parts, for the round trips.
void buildEveryKind(BonusPlanEditModel &edit)
{
    buildExample(edit, Typed{});
    auto *components = edit.components();
    QCOMPARE(components->addRow(1), 2);
    QVERIFY(set(components, 2, 0, QStringLiteral("tiered"), models::KindRole));
    QVERIFY(set(components, 2, 0, QStringLiteral("weighted_score"), models::BandMeasureRole));
    edit.setCurrentComponent(2);
    auto *bands = edit.bands();
    QCOMPARE(bands->addRow(-1), 0);
    QVERIFY(set(bands, 0, models::BonusBandModel::From, QStringLiteral("80")));
    QVERIFY(set(bands, 0, models::BonusBandModel::To, QStringLiteral("90")));
    QVERIFY(set(bands, 0, models::BonusBandModel::Amount, QStringLiteral("25")));
    QCOMPARE(bands->addRow(0), 1);
    QCOMPARE(bands->index(1, models::BonusBandModel::From).data(Qt::EditRole).toString(),
             QStringLiteral("90"));
    QVERIFY(set(bands, 1, models::BonusBandModel::Amount, QStringLiteral("50.00")));
    QCOMPARE(components->addRow(2), 3);
    QVERIFY(set(components, 3, 0, QStringLiteral("percent"), models::KindRole));
    QVERIFY(set(components, 3, 0, *models::parsePercentInput(u"2.5"), models::BasisPointsRole));
    edit.setCap(50000);
    edit.setOwnScoreWeights(true);
    edit.setScoreWeight(core::KpiId::Attendance, 20);
    edit.setScoreWeight(core::KpiId::Fcr, 10);
}

} // namespace

class TestBonusPlanEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsTheExampleAndSavesIt();
    void overlappingBandIsRefusedAndNothingStored();
    void jsonExportImportRoundTrip();
    void undoRestoresThePreviousValue();
    void typingIntoOneFieldIsOneUndoStep();
    void readOnlyRefusesEdits();
    void tablesPassTheTester();
    void moneyTypedAsText();
    void problemPathsPointAtRows();
    void summariesByHand();
    void listShowsWhatAppliesPerScope();

private:
    QTemporaryDir m_dir;
    int m_run = 0;
};

void TestBonusPlanEdit::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestBonusPlanEdit::buildsTheExampleAndSavesIt()
{
    auto site = fixture::openSmallSite(m_dir.filePath(QStringLiteral("example%1.db").arg(++m_run)));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    BonusPlanEditModel edit;
    const Typed typed;
    buildExample(edit, typed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(edit.validation(), edit.validation() ? "" : qPrintable(edit.validation().error().toString()));
    // By hand, before comparing with the built-in example.
    const core::BonusPlan &plan = edit.plan();
    QCOMPARE(plan.components[0].amount, 8000);
    QCOMPARE(plan.components[1].tierRates,
             (QList<core::TierRate>{
                 {QStringLiteral("A"), 800}, {QStringLiteral("B"), 1200}, {QStringLiteral("C"), 2000}}));
    QCOMPARE(plan.gates[2].effect, core::GateEffect::ReducePercent);
    QCOMPARE(plan.gates[2].condition.measure, (core::BonusMeasure{core::BonusMetric::Kpi, core::KpiId::Qa}));
    QCOMPARE(plan, exampleAsTyped(typed));

    storage::BonusPlanRepository plans(*site->database);
    auto saved = plans.save(std::nullopt, October, plan, QStringLiteral("Payroll"),
                            QStringLiteral("from the model test"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    edit.markSaved();
    QVERIFY(!edit.isModified());
    auto inForce = plans.planFor(site->site.alpha, QDate(2026, 11, 1));
    QVERIFY(inForce);
    QCOMPARE(inForce->id, saved->id);
    QCOMPARE(inForce->plan, exampleAsTyped(typed));
}

void TestBonusPlanEdit::overlappingBandIsRefusedAndNothingStored()
{
    auto site = fixture::openSmallSite(m_dir.filePath(QStringLiteral("overlap%1.db").arg(++m_run)));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    BonusPlanEditModel edit;
    buildEveryKind(edit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(edit.validation(), edit.validation() ? "" : qPrintable(edit.validation().error().toString()));
    // 80–90 and now 85–: they overlap.
    QVERIFY(set(edit.bands(), 1, models::BonusBandModel::From, QStringLiteral("85")));
    const core::Status valid = edit.validation();
    QVERIFY(!valid);
    QVERIFY2(valid.error().message.startsWith(QStringLiteral("components[2].bands[1]")),
             qPrintable(valid.error().message));
    const models::BonusPlanProblem problem = models::bonusPlanProblem(valid.error().message);
    QCOMPARE(problem.part, models::BonusPlanProblem::Part::Component);
    QCOMPARE(problem.row, 2);
    QCOMPARE(problem.detail, models::BonusPlanProblem::Detail::Band);
    QCOMPARE(problem.detailRow, 1);

    storage::BonusPlanRepository plans(*site->database);
    QVERIFY(!plans.save(std::nullopt, October, edit.plan(), QStringLiteral("Payroll"), QString()));
    QVERIFY(plans.versions());
    QVERIFY(plans.versions()->isEmpty());
    QVERIFY(plans.planFor(std::nullopt, October)->isBuiltIn());
}

void TestBonusPlanEdit::jsonExportImportRoundTrip()
{
    BonusPlanEditModel edit;
    buildEveryKind(edit);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(edit.validation(), edit.validation() ? "" : qPrintable(edit.validation().error().toString()));
    const QByteArray json = edit.plan().toJson();
    auto imported = core::BonusPlan::fromJson(json);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->toJson(), json);
    QCOMPARE(imported.value(), edit.plan());
    QCOMPARE(imported->cap, std::optional<core::Cents>(50000));
    QCOMPARE(imported->components[3].basisPoints, 250);
    QCOMPARE(imported->scoreWeights.value(core::KpiId::Fcr), 10);
    BonusPlanEditModel reopened;
    reopened.setPlan(imported.value(), false);
    QCOMPARE(reopened.components()->rowCount(), 4);
    QCOMPARE(reopened.gates()->rowCount(), 3);
    QCOMPARE(reopened.scoreWeightSum(), 100); // 30 + 25 + 20 + 15 + 10 with attendance 20 and FCR 10
}

void TestBonusPlanEdit::undoRestoresThePreviousValue()
{
    BonusPlanEditModel edit;
    buildEveryKind(edit);
    if (QTest::currentTestFailed())
        return;
    edit.markSaved();
    const core::BonusPlan before = edit.plan();
    auto *components = edit.components();
    QVERIFY(set(components, 0, 0, 9000, models::CentsRole));
    QCOMPARE(components->index(0, 0).data(models::CentsRole).toLongLong(), 9000);
    edit.undoStack()->undo();
    QCOMPARE(components->index(0, 0).data(models::CentsRole).toLongLong(), 8000);
    QCOMPARE(edit.plan(), before);
    QVERIFY(!edit.isModified());
    edit.undoStack()->redo();
    QCOMPARE(edit.plan().components[0].amount, 9000);
    const int changedAmount = edit.undoStack()->index();

    // Structure: remove, move, and the tier table of another component, all back in order.
    QVERIFY(components->removeRows(1, 1));
    QCOMPARE(components->moveRow(0, 1), 1);
    QCOMPARE(components->index(1, models::BonusComponentModel::Id).data().toString(),
             QStringLiteral("perfect_month"));
    edit.setCap(std::nullopt);
    edit.setOwnScoreWeights(false);
    QVERIFY(edit.plan().scoreWeights.isEmpty());
    while (edit.undoStack()->index() > changedAmount)
        edit.undoStack()->undo();
    QCOMPARE(edit.plan().components[0].amount, 9000);
    edit.undoStack()->undo();
    QCOMPARE(edit.plan(), before);
}

void TestBonusPlanEdit::typingIntoOneFieldIsOneUndoStep()
{
    BonusPlanEditModel edit;
    edit.setPlan(core::BonusPlan::example());
    for (const QString &name : {QStringLiteral("F"), QStringLiteral("Fl"), QStringLiteral("Floor")})
        edit.setName(name);
    for (const QString &label : {QStringLiteral("P"), QStringLiteral("Pe")})
        QVERIFY(set(edit.components(), 0, models::BonusComponentModel::Label, label));
    QCOMPARE(edit.undoStack()->count(), 2);
    edit.undoStack()->undo();
    QCOMPARE(edit.plan().components[0].label, core::BonusPlan::example().components[0].label);
    QCOMPARE(edit.plan().name, QStringLiteral("Floor"));
    edit.undoStack()->undo();
    QCOMPARE(edit.plan(), core::BonusPlan::example());
}

void TestBonusPlanEdit::readOnlyRefusesEdits()
{
    BonusPlanEditModel edit;
    edit.setPlan(core::BonusPlan::example());
    edit.setReadOnly(true);
    QVERIFY(!set(edit.components(), 0, 0, 1, models::CentsRole));
    QVERIFY(!(edit.components()->flags(edit.components()->index(0, 0)) & Qt::ItemIsEditable));
    QCOMPARE(edit.components()->addRow(-1), -1);
    edit.setName(QStringLiteral("Changed"));
    QCOMPARE(edit.plan(), core::BonusPlan::example());
    QCOMPARE(edit.undoStack()->count(), 0);
}

void TestBonusPlanEdit::tablesPassTheTester()
{
    BonusPlanEditModel edit;
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester components(edit.components(), mode);
    QAbstractItemModelTester gates(edit.gates(), mode);
    QAbstractItemModelTester tiers(edit.tierRates(), mode);
    QAbstractItemModelTester bands(edit.bands(), mode);
    buildEveryKind(edit);
    edit.setCurrentComponent(1);
    QCOMPARE(edit.tierRates()->rowCount(), 3);
    QCOMPARE(edit.bands()->rowCount(), 0);
    QVERIFY(edit.tierRates()->removeRows(0, 2));
    QCOMPARE(edit.tierRates()->index(0, 0).data().toString(), QStringLiteral("C"));
    edit.setCurrentComponent(2);
    QCOMPARE(edit.bands()->rowCount(), 2);
    QCOMPARE(edit.bands()->moveRow(1, -1), 0);
    QCOMPARE(edit.gates()->moveRow(2, 1), -1); // the last one stays last
    QCOMPARE(edit.gates()->moveRow(2, -1), 1);
    QVERIFY(edit.components()->removeRows(0, 2));
    QCOMPARE(edit.currentComponent(), 1);
    while (edit.undoStack()->canUndo())
        edit.undoStack()->undo();
    QCOMPARE(edit.components()->rowCount(), 0);
    while (edit.undoStack()->canRedo())
        edit.undoStack()->redo();
    QCOMPARE(edit.components()->rowCount(), 2);
    edit.setPlan(core::BonusPlan::example());
    QCOMPARE(edit.gates()->rowCount(), 3);
}

void TestBonusPlanEdit::moneyTypedAsText()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QCOMPARE(models::parseMoneyInput(u"80", us), std::optional<core::Cents>(8000));
    QCOMPARE(models::parseMoneyInput(u" $1,500.00 ", us), std::optional<core::Cents>(150000));
    QCOMPARE(models::parseMoneyInput(u"80,5", us), std::optional<core::Cents>(8050)); // a decimal comma
    QCOMPARE(models::parseMoneyInput(u"-3.25", us), std::optional<core::Cents>(-325));
    QCOMPARE(models::parseMoneyInput(u"1.500", us), std::nullopt); // three decimals, not $1,500
    QCOMPARE(models::parseMoneyInput(u"1,50,0", us), std::nullopt);
    QCOMPARE(models::parseMoneyInput(u"eighty", us), std::nullopt);
    QCOMPARE(models::parseMoneyInput(u"1.500,00 €", de), std::optional<core::Cents>(150000));
    QCOMPARE(models::parseMoneyInput(u"1.500", de), std::optional<core::Cents>(150000));
    QCOMPARE(models::parseMoneyInput(u"12,5", de), std::optional<core::Cents>(1250));
    QCOMPARE(models::parseMoneyInput(u"12.5", de), std::optional<core::Cents>(1250));
    QCOMPARE(models::moneyInputText(8050, de), QStringLiteral("80,50"));
    QCOMPARE(models::moneyInputText(8050, us), QStringLiteral("80.50"));
    QCOMPARE(models::parsePercentInput(u"2,5 %", de), std::optional<int>(250));
    QCOMPARE(models::parsePercentInput(u"50", us), std::optional<int>(5000));
    QCOMPARE(models::parsePercentInput(u"0.125", us), std::nullopt);
    QCOMPARE(models::percentInputText(250, de), QStringLiteral("2,5"));
    QCOMPARE(models::parseNumberInput(u"92,5", de), std::optional<double>(92.5));
    QCOMPARE(models::parseNumberInput(u"92.5", de), std::optional<double>(92.5));
    QCOMPARE(models::parseNumberInput(u"", us), std::nullopt);
}

void TestBonusPlanEdit::problemPathsPointAtRows()
{
    using models::BonusPlanProblem;
    QCOMPARE(models::bonusPlanProblem(QStringLiteral("components[2].bands[1]: overlaps bands[0] (80–90)")),
             (BonusPlanProblem{BonusPlanProblem::Part::Component, 2, BonusPlanProblem::Detail::Band, 1}));
    QCOMPARE(models::bonusPlanProblem(QStringLiteral("components[1].tier_rates[0].tier: empty")),
             (BonusPlanProblem{BonusPlanProblem::Part::Component, 1, BonusPlanProblem::Detail::TierRate, 0}));
    QCOMPARE(
        models::bonusPlanProblem(QStringLiteral("gates[0].condition.measure: unknown measure \"csatt\"")),
        (BonusPlanProblem{BonusPlanProblem::Part::Gate, 0, BonusPlanProblem::Detail::None, -1}));
    QCOMPARE(models::bonusPlanProblem(QStringLiteral("score_weights: weights sum to 95, not 100")).part,
             BonusPlanProblem::Part::ScoreWeights);
    QCOMPARE(models::bonusPlanProblem(QStringLiteral("the plan needs a name")).part,
             BonusPlanProblem::Part::None);
}

void TestBonusPlanEdit::summariesByHand()
{
    BonusPlanEditModel edit;
    edit.setMoneyFormat({QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")});
    buildEveryKind(edit);
    if (QTest::currentTestFailed())
        return;
    const auto summary = [&edit](int row) {
        return edit.components()->index(row, models::BonusComponentModel::Summary).data().toString();
    };
    QCOMPARE(summary(0), QStringLiteral("Perfect CSAT month (n ≥ 5) → $80.00"));
    QCOMPARE(summary(1), QStringLiteral("Per sale: A $8.00, B $12.00, C $20.00; other tiers $0.00"));
    QCOMPARE(summary(2), QStringLiteral("Weighted KPI score: 80–90 → $25.00, ≥ 90 → $50.00"));
    QCOMPARE(summary(3), QStringLiteral("2.5 % of the sales amount"));
    const auto gate = [&edit](int row, int column) {
        return edit.gates()->index(row, column).data().toString();
    };
    QCOMPARE(gate(0, models::BonusGateModel::Condition), QStringLiteral("No-call-no-shows ≥ 1"));
    QCOMPARE(gate(2, models::BonusGateModel::Condition), QStringLiteral("QA % < 80 (n ≥ 1)"));
    QCOMPARE(gate(2, models::BonusGateModel::Effect), QStringLiteral("− 50 %"));
    QCOMPARE(gate(1, models::BonusGateModel::Effect), QStringLiteral("bonus → 0"));
    QCOMPARE(edit.bands()->index(1, models::BonusBandModel::To).data().toString(), QStringLiteral("—"));
    QCOMPARE(edit.bands()->index(1, models::BonusBandModel::Amount).data().toString(),
             QStringLiteral("$50.00"));
}

void TestBonusPlanEdit::listShowsWhatAppliesPerScope()
{
    auto site = fixture::openSmallSite(m_dir.filePath(QStringLiteral("list%1.db").arg(++m_run)));
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    storage::BonusPlanRepository plans(*site->database);
    const auto teams = storage::DirectoryRepository(*site->database).teams();
    QVERIFY(teams);
    models::BonusPlanListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setVersions(plans.versions().value(), teams.value());
    QCOMPARE(list.rowCount(), 3); // the site (built-in), Alpha and Bravo (the site's)
    QCOMPARE(list.index(0, models::BonusPlanListModel::Note).data().toString(),
             QStringLiteral("Built-in example plan"));
    QCOMPARE(list.entryAt(0)->version.plan, core::BonusPlan::example());
    QCOMPARE(list.index(1, models::BonusPlanListModel::Scope).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(list.entryAt(1)->kind, models::BonusPlanListModel::Kind::Inherited);

    core::BonusPlan teamPlan = core::BonusPlan::example();
    teamPlan.name = QStringLiteral("Bravo plan");
    teamPlan.cap = 10000;
    QVERIFY(
        plans.save(std::nullopt, October, core::BonusPlan::example(), QStringLiteral("Payroll"), QString()));
    auto bravo =
        plans.save(site->site.bravo, October, teamPlan, QStringLiteral("Payroll"), QStringLiteral("capped"));
    QVERIFY2(bravo, bravo ? "" : qPrintable(bravo.error().toString()));
    auto bravo2 =
        plans.save(site->site.bravo, QDate(2026, 12, 1), teamPlan, QStringLiteral("Lee"), QString());
    QVERIFY(bravo2);
    list.setVersions(plans.versions().value(), teams.value());
    // Site v1, Alpha (the site's), Bravo v2, Bravo v1
    QCOMPARE(list.rowCount(), 4);
    QCOMPARE(list.entryAt(0)->kind, models::BonusPlanListModel::Kind::Stored);
    QCOMPARE(list.index(2, models::BonusPlanListModel::Version).data().toString(), QStringLiteral("2"));
    QCOMPARE(list.index(2, models::BonusPlanListModel::ValidFrom).data().toString(),
             QStringLiteral("2026-12"));
    QCOMPARE(list.index(3, models::BonusPlanListModel::Note).data().toString(), QStringLiteral("capped"));
    QCOMPARE(list.index(3, models::BonusPlanListModel::CreatedBy).data().toString(),
             QStringLiteral("Payroll"));
    QCOMPARE(list.rowOfVersion(bravo->id), 3);
    QCOMPARE(list.rowOfScope(site->site.bravo), 2);
    QCOMPARE(list.titleText(3), QStringLiteral("Bravo — version 1, valid from 2026-10"));
    QCOMPARE(list.titleText(1), QStringLiteral("Alpha — no plan of its own"));
}

HUDDLE_TEST_MAIN("test_bonusplanedit", TestBonusPlanEdit)
#include "tst_bonusplanedit.moc"
