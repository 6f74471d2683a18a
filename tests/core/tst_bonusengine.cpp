// Tests of the bonus engine on hand-computed months: every component kind, every gate effect, the cap, the
// perfect-CSAT rule at its edges, tier and band boundaries, an agent with no data, adjustments and the
// sentences a person reads. Every result is also checked to have lines that sum to its total.
#include "core/bonusengine.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QtTest>

using namespace huddle::core;

namespace {

const MoneyFormat dollars{QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")};

QDate day(int d)
{
    return QDate(2026, 10, d);
}

BonusInputs csat(qint64 responses, qint64 satisfied)
{
    BonusInputs inputs;
    inputs.kpiPlan = KpiPlan::defaults();
    inputs.totals.csat.responses = responses;
    inputs.totals.csat.satisfied = satisfied;
    return inputs;
}

// 9 sales of tier A ($8) and 5 of tier C ($20): $72 + $100 = $172 (the example).
void addSales(BonusInputs &inputs)
{
    inputs.salesByTier = {{QStringLiteral("A"), 9, 90000}, {QStringLiteral("C"), 5, 60000}};
    inputs.totals.salesCount = 14;
    inputs.totals.salesCents = 150000;
    inputs.totals.handled = 200;
}

BonusInputs perfectMonthWithSales()
{
    BonusInputs inputs = csat(23, 23);
    addSales(inputs);
    return inputs;
}

void setQa(BonusInputs &inputs, qint64 evaluations, double scoreSum)
{
    inputs.totals.qaEvaluations = evaluations;
    inputs.totals.qaScoreSum = scoreSum;
}

BonusComponent component(const char *id, ComponentKind kind)
{
    BonusComponent c;
    c.id = QString::fromLatin1(id);
    c.label = QString::fromLatin1(id);
    c.kind = kind;
    return c;
}

BonusGate gate(const char *id, BonusMeasure measure, Comparison comparison, double value, GateEffect effect)
{
    BonusGate g;
    g.id = QString::fromLatin1(id);
    g.label = QString::fromLatin1(id);
    g.condition.measure = measure;
    g.condition.comparison = comparison;
    g.condition.value = value;
    g.effect = effect;
    return g;
}

BonusPlan salesOnly()
{
    BonusPlan plan = BonusPlan::example();
    plan.components.removeFirst();
    plan.gates.clear();
    return plan;
}

// The invariants of every result: Σ lines = total, components ≥ 0 summing to the subtotal, gates and the
// cap ≤ 0, the total never negative without adjustments.
void checkLines(const BonusPlan &plan, const AgentBonus &bonus)
{
    Cents sum = 0;
    Cents components = 0;
    int componentLines = 0;
    for (const BonusLine &line : bonus.lines) {
        sum += line.amount;
        QVERIFY2(!line.explanation.isEmpty(), qPrintable(line.id));
        if (line.kind == BonusLineKind::Component) {
            QVERIFY(line.amount >= 0);
            QCOMPARE(line.id, plan.components[componentLines].id); // plan order, one line each
            components += line.amount;
            ++componentLines;
        } else {
            QVERIFY(line.amount <= 0);
        }
    }
    QCOMPARE(componentLines, plan.components.size());
    QCOMPARE(bonus.subtotal, components);
    QCOMPARE(bonus.total, sum);
    QVERIFY(bonus.total >= 0);
}

AgentBonus run(const BonusPlan &plan, const BonusInputs &inputs)
{
    const AgentBonus result = computeAgentBonus(plan, inputs, dollars);
    checkLines(plan, result);
    return result;
}

} // namespace

class TestBonusEngine : public QObject {
    Q_OBJECT

private slots:
    void examplePlanPays();
    void perfectCsatEdges_data();
    void perfectCsatEdges();
    void noCallNoShowZeroesAndEndsGates();
    void unexcusedAbsences();
    void qaGateReducesByHalf();
    void qaGateEdges();
    void percentGatesTakeFromSubtotal();
    void reduceAmountNeverBelowZero();
    void cap();
    void perUnitOtherTiers();
    void tieredBoundaries_data();
    void tieredBoundaries();
    void tieredWeightedScore();
    void percentComponents();
    void flatOnOtherMeasures();
    void zeroData();
    void inputsJson();
    void otherLocale();
    void adjustment();
    void codes();
};

void TestBonusEngine::examplePlanPays()
{
    const BonusPlan plan = BonusPlan::example();
    const AgentBonus bonus = run(plan, perfectMonthWithSales());
    QCOMPARE(bonus.lines.size(), 2);
    QCOMPARE(bonus.lines[0].explanation, QStringLiteral("CSAT 100 % on 23 responses → $80.00"));
    QCOMPARE(bonus.lines[0].amount, Cents(8000));
    QCOMPARE(bonus.lines[0].evidence, BonusEvidence::Csat);
    QCOMPARE(bonus.lines[1].explanation,
             QStringLiteral("14 sales: 9 × tier A $8.00 + 5 × tier C $20.00 = $172.00"));
    QCOMPARE(bonus.lines[1].amount, Cents(17200));
    QCOMPARE(bonus.lines[1].evidence, BonusEvidence::Sales);
    QCOMPARE(bonus.subtotal, Cents(25200));
    QCOMPARE(bonus.total, Cents(25200));
}

void TestBonusEngine::perfectCsatEdges_data()
{
    QTest::addColumn<qint64>("responses");
    QTest::addColumn<qint64>("satisfied");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("one unsatisfied") << qint64(25) << qint64(24) << qint64(0)
                                     << "CSAT 96.0 % on 25 responses: not 100 % → $0.00";
    QTest::newRow("too few") << qint64(3) << qint64(3) << qint64(0)
                             << "CSAT 100 % on 3 responses: fewer than 5 responses → $0.00";
    QTest::newRow("exactly the minimum")
        << qint64(5) << qint64(5) << qint64(8000) << "CSAT 100 % on 5 responses → $80.00";
    QTest::newRow("one response") << qint64(1) << qint64(1) << qint64(0)
                                  << "CSAT 100 % on 1 response: fewer than 5 responses → $0.00";
    // 2499 of 2500 is 99.96 %: shown rounded down so it never reads "100.0 % … not 100 %".
    QTest::newRow("almost") << qint64(2500) << qint64(2499) << qint64(0)
                            << "CSAT 99.9 % on 2500 responses: not 100 % → $0.00";
    QTest::newRow("none") << qint64(0) << qint64(0) << qint64(0) << "no CSAT responses → $0.00";
}

void TestBonusEngine::perfectCsatEdges()
{
    QFETCH(qint64, responses);
    QFETCH(qint64, satisfied);
    QFETCH(qint64, amount);
    QFETCH(QString, explanation);
    const BonusPlan plan = BonusPlan::example();
    const AgentBonus bonus = run(plan, csat(responses, satisfied));
    QCOMPARE(bonus.lines[0].amount, amount);
    QCOMPARE(bonus.lines[0].explanation, explanation);
}

void TestBonusEngine::noCallNoShowZeroesAndEndsGates()
{
    const BonusPlan plan = BonusPlan::example();
    BonusInputs inputs = perfectMonthWithSales();
    inputs.noCallNoShowDays = {day(14)};
    inputs.unexcusedDays = {day(3), day(21)}; // would zero it again: the chain has ended
    setQa(inputs, 4, 290);                    // would halve it: the chain has ended
    const AgentBonus bonus = run(plan, inputs);
    QCOMPARE(bonus.lines.size(), 3);
    const BonusLine &gate = bonus.lines[2];
    QCOMPARE(gate.kind, BonusLineKind::Gate);
    QCOMPARE(gate.id, QStringLiteral("no_call_no_show"));
    QCOMPARE(gate.amount, Cents(-25200));
    QCOMPARE(gate.explanation, QStringLiteral("1 no-call-no-show on 2026-10-14 → bonus $0.00"));
    QCOMPARE(gate.evidence, BonusEvidence::Attendance);
    QCOMPARE(bonus.subtotal, Cents(25200));
    QCOMPARE(bonus.total, Cents(0));
}

void TestBonusEngine::unexcusedAbsences()
{
    const BonusPlan plan = BonusPlan::example();
    BonusInputs inputs = perfectMonthWithSales();
    inputs.unexcusedDays = {day(3)};
    QCOMPARE(run(plan, inputs).total, Cents(25200)); // one is not enough (≥ 2)
    inputs.unexcusedDays = {day(3), day(21)};
    const AgentBonus bonus = run(plan, inputs);
    QCOMPARE(bonus.lines.size(), 3);
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral("2 unexcused absences (2026-10-03, 2026-10-21) → bonus $0.00"));
    QCOMPARE(bonus.total, Cents(0));
}

void TestBonusEngine::qaGateReducesByHalf()
{
    const BonusPlan plan = BonusPlan::example();
    BonusInputs inputs = csat(25, 24); // no CSAT bonus: the subtotal is the $172.00 of sales
    addSales(inputs);
    setQa(inputs, 4, 290); // mean 72.5 %
    const AgentBonus bonus = run(plan, inputs);
    QCOMPARE(bonus.lines.size(), 3);
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral("QA 72.5 % on 4 evaluations, below 80 % → -50 % = -$86.00"));
    QCOMPARE(bonus.lines[2].amount, Cents(-8600));
    QCOMPARE(bonus.lines[2].evidence, BonusEvidence::Qa);
    QCOMPARE(bonus.total, Cents(8600));
}

void TestBonusEngine::qaGateEdges()
{
    const BonusPlan plan = BonusPlan::example();
    BonusInputs inputs = perfectMonthWithSales();
    setQa(inputs, 2, 160); // exactly 80 %: not below
    QCOMPARE(run(plan, inputs).lines.size(), 2);
    setQa(inputs, 0, 0); // no evaluations: no data, the gate does not hold
    QCOMPARE(run(plan, inputs).lines.size(), 2);
    setQa(inputs, 1, 79.99);
    const AgentBonus bonus = run(plan, inputs);
    // 79.99 would print as "80.0", the threshold itself; the value gets the decimals it needs.
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral("QA 79.99 % on 1 evaluation, below 80 % → -50 % = -$126.00"));
    QCOMPARE(bonus.total, Cents(12600));
}

void TestBonusEngine::percentGatesTakeFromSubtotal()
{
    BonusPlan plan = salesOnly();
    const BonusMeasure qa{BonusMetric::Kpi, KpiId::Qa};
    plan.gates = {gate("first", qa, Comparison::Below, 90, GateEffect::ReducePercent),
                  gate("second", qa, Comparison::Below, 95, GateEffect::ReducePercent)};
    plan.gates[0].basisPoints = 6000;
    plan.gates[1].basisPoints = 6000;
    BonusInputs inputs = perfectMonthWithSales();
    setQa(inputs, 1, 85);
    const AgentBonus bonus = run(plan, inputs);
    // 60 % of $172.00 = $103.20; the second would take $103.20 again but only $68.80 is left.
    QCOMPARE(bonus.lines[1].amount, Cents(-10320));
    QCOMPARE(bonus.lines[2].amount, Cents(-6880));
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral(
                 "QA 85.0 % on 1 evaluation, below 95 % → -60 % = -$103.20, only $68.80 left = -$68.80"));
    QCOMPARE(bonus.total, Cents(0));
}

void TestBonusEngine::reduceAmountNeverBelowZero()
{
    BonusPlan plan = salesOnly();
    plan.gates = {
        gate("late", {BonusMetric::LateArrivals}, Comparison::AtLeast, 3, GateEffect::ReduceAmount)};
    plan.gates[0].amount = 2000;
    BonusInputs inputs = perfectMonthWithSales();
    inputs.lateDays = {day(1), day(2)};
    QCOMPARE(run(plan, inputs).total, Cents(17200)); // two late days: the gate does not hold
    inputs.lateDays = {day(1), day(2), day(5)};
    AgentBonus bonus = run(plan, inputs);
    QCOMPARE(bonus.lines[1].amount, Cents(-2000));
    QCOMPARE(bonus.lines[1].explanation,
             QStringLiteral("3 late arrivals (2026-10-01, 2026-10-02, 2026-10-05) → -$20.00"));
    QCOMPARE(bonus.total, Cents(15200));

    inputs.salesByTier = {{QStringLiteral("A"), 1, 1000}}; // $8.00 earned, $20.00 to take
    bonus = run(plan, inputs);
    QCOMPARE(bonus.lines[1].amount, Cents(-800));
    QCOMPARE(
        bonus.lines[1].explanation,
        QStringLiteral("3 late arrivals (2026-10-01, 2026-10-02, 2026-10-05) → -$20.00, only $8.00 left = "
                       "-$8.00"));
    QCOMPARE(bonus.total, Cents(0));
}

void TestBonusEngine::cap()
{
    BonusPlan plan = BonusPlan::example();
    plan.cap = 15000;
    AgentBonus bonus = run(plan, perfectMonthWithSales());
    QCOMPARE(bonus.lines.size(), 3);
    QCOMPARE(bonus.lines[2].kind, BonusLineKind::Cap);
    QCOMPARE(bonus.lines[2].id, QStringLiteral("cap"));
    QCOMPARE(bonus.lines[2].amount, Cents(-10200)); // $252.00 − $150.00
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral("$252.00 is over the cap of $150.00 per agent → -$102.00"));
    QCOMPARE(bonus.total, Cents(15000));
    plan.cap = 25200; // exactly the total: no cap line
    bonus = run(plan, perfectMonthWithSales());
    QCOMPARE(bonus.lines.size(), 2);
    QCOMPARE(bonus.total, Cents(25200));
}

void TestBonusEngine::perUnitOtherTiers()
{
    BonusPlan plan = salesOnly();
    plan.components[0].otherTierCents = 500;
    BonusInputs inputs;
    // " B " matches tier B after trimming; "b" does not (case-sensitive) and earns the other-tier rate.
    inputs.salesByTier = {
        {QString(), 2, 3000}, {QStringLiteral(" B "), 1, 500}, {QStringLiteral("b"), 3, 900}};
    const AgentBonus bonus = run(plan, inputs);
    // 2 × $5 + 1 × $12 + 3 × $5 = $37.00
    QCOMPARE(bonus.lines[0].amount, Cents(3700));
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral("6 sales: 2 × no tier $5.00 + 1 × tier B $12.00 + 3 × tier b $5.00 = $37.00"));

    // Sales the totals count without any tier list are untiered.
    BonusInputs untiered;
    untiered.totals.salesCount = 1;
    untiered.totals.salesCents = 100;
    QCOMPARE(run(plan, untiered).lines[0].explanation, QStringLiteral("1 sale: 1 × no tier $5.00 = $5.00"));
}

void TestBonusEngine::tieredBoundaries_data()
{
    QTest::addColumn<qint64>("satisfied"); // of 20 responses
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("below every band")
        << qint64(15) << qint64(0) << "CSAT 75.0 % on 20 responses: in no band → $0.00";
    QTest::newRow("from is inclusive")
        << qint64(16) << qint64(2500) << "CSAT 80.0 % on 20 responses, band 80 % to under 90 % → $25.00";
    QTest::newRow("inside") << qint64(17) << qint64(2500)
                            << "CSAT 85.0 % on 20 responses, band 80 % to under 90 % → $25.00";
    QTest::newRow("to is exclusive") << qint64(18) << qint64(5000)
                                     << "CSAT 90.0 % on 20 responses, band 90 % and up → $50.00";
    QTest::newRow("open end") << qint64(20) << qint64(5000)
                              << "CSAT 100.0 % on 20 responses, band 90 % and up → $50.00";
}

void TestBonusEngine::tieredBoundaries()
{
    QFETCH(qint64, satisfied);
    QFETCH(qint64, amount);
    QFETCH(QString, explanation);
    BonusPlan plan;
    BonusComponent c = component("csat_bands", ComponentKind::Tiered);
    c.measure = {BonusMetric::Kpi, KpiId::Csat};
    // Both orders: a band's edges decide, not which band is listed first.
    for (const auto &bands : {QList<KpiBandAmount>{{80, 90, 2500}, {90, std::nullopt, 5000}},
                              QList<KpiBandAmount>{{90, std::nullopt, 5000}, {80, 90, 2500}}}) {
        c.bands = bands;
        plan.components = {c};
        const AgentBonus bonus = run(plan, csat(20, satisfied));
        QCOMPARE(bonus.lines[0].amount, amount);
        QCOMPARE(bonus.lines[0].explanation, explanation);
    }
    plan.components[0].measureMinSample = 25;
    const AgentBonus few = run(plan, csat(20, satisfied));
    QCOMPARE(few.lines[0].amount, Cents(0));
    QVERIFY2(few.lines[0].explanation.endsWith(QStringLiteral(": fewer than 25 responses → $0.00")),
             qPrintable(few.lines[0].explanation));
}

// Weighted score with the plan's own weights: CSAT alone, bands of the team's plan (70 / 80 / 90), points
// 0 / 50 / 80 / 100. CSAT 85 % is "met" → 80 points → score 80.
void TestBonusEngine::tieredWeightedScore()
{
    BonusPlan plan;
    BonusComponent c = component("score_bands", ComponentKind::Tiered);
    c.measure.metric = BonusMetric::WeightedScore;
    c.bands = {{80, 90, 2500}, {90, std::nullopt, 5000}};
    plan.components = {c};
    plan.scoreWeights = {{KpiId::Csat, 100}};
    AgentBonus bonus = run(plan, csat(20, 17));
    QCOMPARE(bonus.lines[0].amount, Cents(2500));
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral("weighted KPI score 80.0, band 80 to under 90 → $25.00"));
    QCOMPARE(bonus.lines[0].evidence, BonusEvidence::Kpi);
    bonus = run(plan, csat(20, 19)); // 95 %: exceeded → 100
    QCOMPARE(bonus.lines[0].amount, Cents(5000));

    // The team's weights (attendance 30, CSAT 25, …) with only CSAT data: covered weight 25 %.
    plan.scoreWeights.clear();
    bonus = run(plan, csat(20, 19));
    QCOMPARE(
        bonus.lines[0].explanation,
        QStringLiteral("weighted KPI score 100.0 (data on 25 % of the weights), band 90 and up → $50.00"));
    plan.components[0].measureMinSample = 50; // at least half the weights must have data
    bonus = run(plan, csat(20, 19));
    QCOMPARE(bonus.lines[0].amount, Cents(0));
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral(
                 "weighted KPI score 100.0 (data on 25 % of the weights): data on less than 50 % of the "
                 "weights → $0.00"));
}

void TestBonusEngine::percentComponents()
{
    BonusPlan plan = salesOnly();
    BonusComponent commission = component("commission", ComponentKind::Percent);
    commission.base = PercentBase::SalesAmount;
    commission.basisPoints = 250;
    BonusComponent kicker = component("kicker", ComponentKind::Percent);
    kicker.base = PercentBase::Subtotal;
    kicker.basisPoints = 1000;
    plan.components << commission << kicker;
    const AgentBonus bonus = run(plan, perfectMonthWithSales());
    // 2.5 % of $1,500.00 = $37.50; 10 % of ($172.00 + $37.50) = $20.95.
    QCOMPARE(bonus.lines[1].amount, Cents(3750));
    QCOMPARE(bonus.lines[1].explanation, QStringLiteral("2.5 % of sales $1,500.00 → $37.50"));
    QCOMPARE(bonus.lines[2].amount, Cents(2095));
    QCOMPARE(bonus.lines[2].explanation, QStringLiteral("10 % of the components above, $209.50 → $20.95"));
    QCOMPARE(bonus.total, Cents(17200 + 3750 + 2095));

    // 2.5 % of $0.30 = 0.75 cent → 1 cent (half away from zero); of $0.10 = 0.25 cent → 0.
    BonusInputs small;
    small.totals.salesCents = 30;
    QCOMPARE(run(plan, small).lines[1].amount, Cents(1));
    small.totals.salesCents = 10;
    QCOMPARE(run(plan, small).lines[1].amount, Cents(0));
}

void TestBonusEngine::flatOnOtherMeasures()
{
    BonusPlan plan;
    BonusComponent attendance = component("attendance", ComponentKind::Flat);
    attendance.condition = {{BonusMetric::Kpi, KpiId::Attendance}, Comparison::AtLeast, 95, 10};
    attendance.amount = 3000;
    BonusComponent volume = component("volume", ComponentKind::Flat);
    volume.condition = {{BonusMetric::SalesAmount}, Comparison::AtLeast, 1500, 0};
    volume.amount = 1000;
    plan.components = {attendance, volume};
    BonusInputs inputs = perfectMonthWithSales();
    inputs.totals.shiftsScheduled = 20;
    inputs.totals.shiftsAttended = 19; // 95 %: at least 95
    AgentBonus bonus = run(plan, inputs);
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral("attendance 95.0 % on 20 shifts, at least 95 % → $30.00"));
    QCOMPARE(bonus.lines[0].evidence, BonusEvidence::Attendance);
    // Exactly $1,500.00 of sales meets "at least 1500", compared in cents.
    QCOMPARE(bonus.lines[1].explanation, QStringLiteral("sales of $1,500.00, at least $1,500.00 → $10.00"));
    QCOMPARE(bonus.total, Cents(4000));

    inputs.totals.shiftsAttended = 18;
    inputs.totals.salesCents = 149999;
    bonus = run(plan, inputs);
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral("attendance 90.0 % on 20 shifts: below 95 % → $0.00"));
    QCOMPARE(bonus.lines[1].explanation, QStringLiteral("sales of $1,499.99: below $1,500.00 → $0.00"));
    inputs.totals.shiftsScheduled = 8;
    inputs.totals.shiftsAttended = 8;
    QCOMPARE(run(plan, inputs).lines[0].explanation,
             QStringLiteral("attendance 100.0 % on 8 shifts: fewer than 10 scheduled shifts → $0.00"));
    QCOMPARE(run(plan, BonusInputs{}).lines[0].explanation, QStringLiteral("no scheduled shifts → $0.00"));
}

void TestBonusEngine::zeroData()
{
    BonusPlan plan = BonusPlan::example();
    BonusComponent score = component("score", ComponentKind::Tiered);
    score.measure.metric = BonusMetric::WeightedScore;
    score.bands = {{0, std::nullopt, 100}};
    BonusComponent commission = component("commission", ComponentKind::Percent);
    commission.basisPoints = 500;
    plan.components << score << commission;
    plan.gates << gate("slow", {BonusMetric::Kpi, KpiId::Aht}, Comparison::Above, 600, GateEffect::Zero);
    plan.cap = 0;
    const AgentBonus bonus = run(plan, BonusInputs{});
    QCOMPARE(bonus.lines.size(), 4); // every component, no gate holds, the cap does not bite
    for (const BonusLine &line : bonus.lines)
        QCOMPARE(line.amount, Cents(0));
    QCOMPARE(bonus.lines[0].explanation, QStringLiteral("no CSAT responses → $0.00"));
    QCOMPARE(bonus.lines[1].explanation, QStringLiteral("no sales → $0.00"));
    QCOMPARE(bonus.lines[2].explanation, QStringLiteral("no KPI data for the weighted score → $0.00"));
    QCOMPARE(bonus.lines[3].explanation, QStringLiteral("5 % of sales $0.00 → $0.00"));
    QCOMPARE(bonus.total, Cents(0));
}

void TestBonusEngine::inputsJson()
{
    BonusInputs inputs = perfectMonthWithSales();
    inputs.noCallNoShowDays = {day(14)};
    const AgentBonus bonus = run(BonusPlan::example(), inputs);
    const QJsonObject csatFacts{
        {"measure", "perfect_csat"}, {"responses", 23}, {"satisfied", 23}, {"min_sample", 5}};
    QCOMPARE(bonus.lines[0].inputs, csatFacts);
    const QJsonArray tiers = bonus.lines[1].inputs[QLatin1String("tiers")].toArray();
    QCOMPARE(bonus.lines[1].inputs[QLatin1String("sales")].toInteger(), 14);
    QCOMPARE(tiers[1].toObject(),
             (QJsonObject{{"tier", "C"}, {"count", 5}, {"rate", "20.00"}, {"amount", "100.00"}}));
    const QJsonObject gate = bonus.lines[2].inputs;
    QCOMPARE(gate[QLatin1String("measure")].toString(), QStringLiteral("ncns"));
    QCOMPARE(gate[QLatin1String("value")].toDouble(), 1.0);
    QCOMPARE(gate[QLatin1String("days")].toArray(), (QJsonArray{"2026-10-14"}));
    QCOMPARE(gate[QLatin1String("before")].toString(), QStringLiteral("252.00"));
    QCOMPARE(gate[QLatin1String("effect")].toString(), QStringLiteral("zero"));
}

void TestBonusEngine::otherLocale()
{
    const MoneyFormat euros{QLocale(QLocale::German, QLocale::Germany), QStringLiteral("EUR")};
    const QString nbsp = QStringLiteral("\u00A0");
    BonusInputs inputs = csat(25, 24);
    addSales(inputs);
    setQa(inputs, 4, 290);
    const AgentBonus bonus = computeAgentBonus(BonusPlan::example(), inputs, euros);
    QCOMPARE(bonus.lines[0].explanation,
             QStringLiteral("CSAT 96,0 % on 25 responses: not 100 % → 0,00") + nbsp + QStringLiteral("€"));
    QCOMPARE(bonus.lines[2].explanation,
             QStringLiteral("QA 72,5 % on 4 evaluations, below 80 % → -50 % = -86,00") + nbsp +
                 QStringLiteral("€"));
}

void TestBonusEngine::adjustment()
{
    const BonusLine line = adjustmentLine(day(17), 8000, 0, dollars);
    QCOMPARE(line.kind, BonusLineKind::Adjustment);
    QCOMPARE(line.id, QStringLiteral("adjustment:2026-10"));
    QCOMPARE(line.amount, Cents(-8000));
    QCOMPARE(line.explanation,
             QStringLiteral(
                 "Adjustment for October 2026: the data changed after the lock (paid $80.00, now $0.00) → "
                 "-$80.00"));
    QCOMPARE(line.inputs, (QJsonObject{{"month", "2026-10"}, {"paid", "80.00"}, {"now", "0.00"}}));
    QCOMPARE(adjustmentLine(day(1), 8600, 17200, dollars).amount, Cents(8600));
    QVERIFY(bonusRoundingRule().contains(QStringLiteral("half away from zero")));
}

void TestBonusEngine::codes()
{
    for (auto kind :
         {BonusLineKind::Component, BonusLineKind::Gate, BonusLineKind::Cap, BonusLineKind::Adjustment})
        QCOMPARE(bonusLineKindFromCode(bonusLineKindCode(kind)), std::optional<BonusLineKind>(kind));
    QCOMPARE(bonusLineKindCode(BonusLineKind::Cap), QStringLiteral("cap"));
    for (auto evidence : {BonusEvidence::None, BonusEvidence::Csat, BonusEvidence::Sales,
                          BonusEvidence::Attendance, BonusEvidence::Qa, BonusEvidence::Kpi})
        QCOMPARE(bonusEvidenceFromCode(bonusEvidenceCode(evidence)), std::optional<BonusEvidence>(evidence));
    QCOMPARE(bonusEvidenceCode(BonusEvidence::Attendance), QStringLiteral("attendance"));
    QVERIFY(!bonusEvidenceFromCode(u"rows"));
}

HUDDLE_TEST_APPLESS_MAIN("test_bonusengine", TestBonusEngine)
#include "tst_bonusengine.moc"
