// Tests of bonus plans: the example plan of domain.md, validation messages naming the field, the JSON form
// (round trip, stable bytes, strict reading with field-named errors) and the codes.
#include "core/bonusplan.h"
#include "coremetatypes.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace huddle::core;

namespace {

using BonusPlanEdit = std::function<void(BonusPlan &)>;

BonusComponent tieredScore()
{
    BonusComponent c;
    c.id = QStringLiteral("score_bands");
    c.label = QStringLiteral("Weighted KPI score");
    c.kind = ComponentKind::Tiered;
    c.measure.metric = BonusMetric::WeightedScore;
    c.bands = {{80, 90, 2500}, {90, std::nullopt, 5000}};
    return c;
}

BonusComponent percentOfSales()
{
    BonusComponent c;
    c.id = QStringLiteral("commission");
    c.label = QStringLiteral("Commission");
    c.kind = ComponentKind::Percent;
    c.base = PercentBase::SalesAmount;
    c.basisPoints = 250;
    return c;
}

// Every kind of component and gate, a cap and score weights: what a round trip must keep.
BonusPlan fullPlan()
{
    BonusPlan plan = BonusPlan::example();
    plan.components << tieredScore() << percentOfSales();
    plan.components[1].otherTierCents = 500;
    BonusGate late;
    late.id = QStringLiteral("late");
    late.label = QStringLiteral("Late three times");
    late.condition.measure.metric = BonusMetric::LateArrivals;
    late.condition.value = 3;
    late.effect = GateEffect::ReduceAmount;
    late.amount = 2000;
    plan.gates << late;
    plan.cap = 50000;
    plan.scoreWeights = {{KpiId::Csat, 60}, {KpiId::Qa, 40}};
    return plan;
}

QJsonObject exampleJson()
{
    return QJsonDocument::fromJson(BonusPlan::example().toJson()).object();
}

// Replaces `key` of element `index` of array `list` of the root.
void setIn(QJsonObject &root, const char *list, int index, const char *key, const QJsonValue &value)
{
    QJsonArray array = root[QLatin1String(list)].toArray();
    QJsonObject object = array[index].toObject();
    if (value.isUndefined())
        object.remove(QLatin1String(key));
    else
        object[QLatin1String(key)] = value;
    array[index] = object;
    root[QLatin1String(list)] = array;
}

} // namespace

Q_DECLARE_METATYPE(BonusPlanEdit)

class TestBonusPlan : public QObject {
    Q_OBJECT

private slots:
    void examplePlan();
    void exampleIsValid();
    void validate_data();
    void validate();
    void jsonRoundTrip();
    void jsonStable();
    void jsonShape();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromJsonAcceptsNumbersAsMoney();
    void codes();
};

void TestBonusPlan::examplePlan()
{
    const BonusPlan plan = BonusPlan::example();
    QCOMPARE(plan.components.size(), 2);
    const BonusComponent &csat = plan.components[0];
    QCOMPARE(csat.id, QStringLiteral("perfect_csat"));
    QCOMPARE(csat.kind, ComponentKind::Flat);
    QCOMPARE(csat.condition.measure.metric, BonusMetric::PerfectCsat);
    QCOMPARE(csat.condition.minSample, 5);
    QCOMPARE(csat.amount, Cents(8000));
    const BonusComponent &sales = plan.components[1];
    QCOMPARE(sales.id, QStringLiteral("sales_per_tier"));
    QCOMPARE(sales.kind, ComponentKind::PerUnit);
    const QList<TierRate> rates{
        {QStringLiteral("A"), 800}, {QStringLiteral("B"), 1200}, {QStringLiteral("C"), 2000}};
    QCOMPARE(sales.tierRates, rates);
    QCOMPARE(sales.otherTierCents, Cents(0));

    QCOMPARE(plan.gates.size(), 3);
    QCOMPARE(plan.gates[0].id, QStringLiteral("no_call_no_show"));
    QCOMPARE(plan.gates[0].condition.measure.metric, BonusMetric::NoCallNoShows);
    QCOMPARE(plan.gates[0].condition.comparison, Comparison::AtLeast);
    QCOMPARE(plan.gates[0].condition.value, 1.0);
    QCOMPARE(plan.gates[0].effect, GateEffect::Zero);
    QCOMPARE(plan.gates[1].id, QStringLiteral("unexcused_absences"));
    QCOMPARE(plan.gates[1].condition.measure.metric, BonusMetric::UnexcusedAbsences);
    QCOMPARE(plan.gates[1].condition.value, 2.0);
    QCOMPARE(plan.gates[1].effect, GateEffect::Zero);
    const BonusGate &qa = plan.gates[2];
    QCOMPARE(qa.id, QStringLiteral("qa_below_80"));
    QCOMPARE(qa.condition.measure, (BonusMeasure{BonusMetric::Kpi, KpiId::Qa}));
    QCOMPARE(qa.condition.comparison, Comparison::Below);
    QCOMPARE(qa.condition.value, 80.0);
    QCOMPARE(qa.condition.minSample, 1);
    QCOMPARE(qa.effect, GateEffect::ReducePercent);
    QCOMPARE(qa.basisPoints, 5000);
    QVERIFY(!plan.cap);
    QVERIFY(plan.scoreWeights.isEmpty());
    for (const BonusComponent &c : plan.components)
        QVERIFY(!c.label.isEmpty());
}

void TestBonusPlan::exampleIsValid()
{
    const Status status = BonusPlan::example().validate();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    const Status full = fullPlan().validate();
    QVERIFY2(full.ok(), qPrintable(full.ok() ? QString() : full.error().message));
}

void TestBonusPlan::validate_data()
{
    QTest::addColumn<BonusPlanEdit>("edit");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *name, BonusPlanEdit edit, const char *message) {
        QTest::newRow(name) << edit << QString::fromUtf8(message);
    };
    add(
        "overlapping bands",
        [](BonusPlan &p) {
            p.components << tieredScore();
            p.components[2].bands = {{80, 90, 2500}, {90, std::nullopt, 5000}, {85, 95, 100}};
        },
        "components[2].bands[2]: overlaps bands[0] (80–90)");
    add(
        "open band overlaps",
        [](BonusPlan &p) {
            p.components << tieredScore();
            p.components[2].bands = {{90, std::nullopt, 5000}, {95, 99, 100}};
        },
        "components[2].bands[1]: overlaps bands[0] (90 and up)");
    add(
        "empty band",
        [](BonusPlan &p) {
            p.components << tieredScore();
            p.components[2].bands[0].to = 80;
        },
        "components[2].bands[0]: from 80 must be below to 80");
    add(
        "no bands",
        [](BonusPlan &p) {
            p.components << tieredScore();
            p.components[2].bands.clear();
        },
        "components[2].bands: a tiered component needs at least one band");
    add(
        "bands on yes/no", [](BonusPlan &p) { p.components << tieredScore(), p.components[2].measure = {}; },
        "components[2].measure: perfect_csat is yes or no; bands need a number");
    add(
        "weights sum",
        [](BonusPlan &p) {
            p.scoreWeights = {{KpiId::Csat, 50}, {KpiId::Qa, 45}};
        },
        "score_weights: weights sum to 95, not 100");
    add(
        "weight range",
        [](BonusPlan &p) {
            p.scoreWeights = {{KpiId::Csat, 120}, {KpiId::Qa, -20}};
        },
        "score_weights.csat: weight 120 is outside 0–100");
    add(
        "duplicate id", [](BonusPlan &p) { p.gates[1].id = QStringLiteral("perfect_csat"); },
        "gates[1].id: \"perfect_csat\" is already used");
    add(
        "reserved id", [](BonusPlan &p) { p.components[0].id = QStringLiteral("cap"); },
        "components[0].id: \"cap\" is already used");
    add(
        "bad id", [](BonusPlan &p) { p.components[1].id = QStringLiteral("Sales tier"); },
        "components[1].id: \"Sales tier\" must be lower-case letters, digits and _");
    add(
        "missing label", [](BonusPlan &p) { p.gates[0].label = QStringLiteral("  "); },
        "gates[0].label: missing");
    add(
        "negative amount", [](BonusPlan &p) { p.components[0].amount = -1; },
        "components[0].amount: must not be negative, got -0.01");
    add(
        "negative tier rate", [](BonusPlan &p) { p.components[1].tierRates[2].cents = -2000; },
        "components[1].tier_rates[2].amount: must not be negative, got -20.00");
    add(
        "duplicate tier", [](BonusPlan &p) { p.components[1].tierRates[1].tier = QStringLiteral(" A "); },
        "components[1].tier_rates[1].tier: tier \"A\" appears twice");
    add(
        "empty tier", [](BonusPlan &p) { p.components[1].tierRates[0].tier.clear(); },
        "components[1].tier_rates[0].tier: missing");
    add(
        "percent over 100", [](BonusPlan &p) { p.gates[2].basisPoints = 10001; },
        "gates[2].percent: 100.01 % is outside 0–100 %");
    add(
        "negative cap", [](BonusPlan &p) { p.cap = -100; }, "cap: must not be negative, got -1.00");
    add(
        "negative min sample", [](BonusPlan &p) { p.gates[2].condition.minSample = -1; },
        "gates[2].condition.min_sample: must not be negative, got -1");
    add(
        "unknown measure",
        [](BonusPlan &p) {
            p.gates[0].condition.measure = {BonusMetric::Kpi, static_cast<KpiId>(42)};
        },
        "gates[0].condition.measure: unknown measure \"\"");
    add(
        "nan value", [](BonusPlan &p) { p.gates[2].condition.value = std::nan(""); },
        "gates[2].condition.value: not a number");
}

void TestBonusPlan::validate()
{
    QFETCH(BonusPlanEdit, edit);
    QFETCH(QString, message);
    BonusPlan plan = BonusPlan::example();
    edit(plan);
    const Status status = plan.validate();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message, message);
}

void TestBonusPlan::jsonRoundTrip()
{
    for (const BonusPlan &plan : {BonusPlan::example(), fullPlan()}) {
        const auto back = BonusPlan::fromJson(plan.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->toJson(), plan.toJson());
        QVERIFY(back.value() == plan);
    }
}

void TestBonusPlan::jsonStable()
{
    const QByteArray first = BonusPlan::example().toJson();
    QCOMPARE(BonusPlan::example().toJson(), first);
    QCOMPARE(BonusPlan::fromJson(first)->toJson(), first);
    // Key order in the input does not matter for the bytes written back.
    const QByteArray compact = QJsonDocument::fromJson(first).toJson(QJsonDocument::Compact);
    QCOMPARE(BonusPlan::fromJson(compact)->toJson(), first);
}

// The shape others (storage, the plan editor, hand-written plans) rely on, checked field by field.
void TestBonusPlan::jsonShape()
{
    const QJsonObject root = QJsonDocument::fromJson(fullPlan().toJson()).object();
    QCOMPARE(root[QLatin1String("version")].toInt(), 1);
    QCOMPARE(root[QLatin1String("cap")].toString(), QStringLiteral("500.00"));
    QCOMPARE(root[QLatin1String("score_weights")].toObject()[QLatin1String("csat")].toInt(), 60);
    const QJsonArray components = root[QLatin1String("components")].toArray();
    const QJsonObject csat = components[0].toObject();
    QCOMPARE(csat[QLatin1String("kind")].toString(), QStringLiteral("flat"));
    QCOMPARE(csat[QLatin1String("amount")].toString(), QStringLiteral("80.00"));
    QCOMPARE(csat[QLatin1String("condition")].toObject()[QLatin1String("measure")].toString(),
             QStringLiteral("perfect_csat"));
    const QJsonObject sales = components[1].toObject();
    QCOMPARE(sales[QLatin1String("tier_rates")].toArray()[2].toObject()[QLatin1String("amount")].toString(),
             QStringLiteral("20.00"));
    QCOMPARE(sales.keys(), (QStringList{"id", "kind", "label", "other_tier_amount", "tier_rates"}));
    const QJsonObject bands = components[2].toObject();
    QCOMPARE(bands[QLatin1String("bands")].toArray()[1].toObject().contains(QLatin1String("to")), false);
    QCOMPARE(components[3].toObject()[QLatin1String("percent")].toString(), QStringLiteral("2.5"));
    const QJsonObject qa = root[QLatin1String("gates")].toArray()[2].toObject();
    QCOMPARE(qa[QLatin1String("percent")].toString(), QStringLiteral("50"));
    QCOMPARE(qa[QLatin1String("condition")].toObject()[QLatin1String("comparison")].toString(),
             QStringLiteral("<"));
    QVERIFY(!QJsonDocument::fromJson(BonusPlan::example().toJson()).object().contains(QLatin1String("cap")));
}

void TestBonusPlan::fromJsonErrors_data()
{
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *name, JsonEdit edit, const char *message) {
        QTest::newRow(name) << edit << QString::fromUtf8(message);
    };
    add(
        "three decimals",
        [](QJsonObject &r) { setIn(r, "components", 0, "amount", QStringLiteral("80.123")); },
        "components[0].amount: expected a decimal amount like \"80.00\", got \"80.123\"");
    add(
        "three decimals as number", [](QJsonObject &r) { setIn(r, "components", 0, "amount", 80.123); },
        "components[0].amount: expected a decimal amount like \"80.00\", got 80.123");
    add(
        "unknown measure",
        [](QJsonObject &r) {
            QJsonObject condition =
                r[QLatin1String("gates")].toArray()[0].toObject()[QLatin1String("condition")].toObject();
            condition[QLatin1String("measure")] = QStringLiteral("csatt");
            setIn(r, "gates", 0, "condition", condition);
        },
        "gates[0].condition.measure: unknown measure \"csatt\"");
    add(
        "unknown key", [](QJsonObject &r) { setIn(r, "components", 1, "tier_ratez", QJsonArray()); },
        "components[1]: unknown field \"tier_ratez\" (expected id, label, kind, tier_rates, "
        "other_tier_amount)");
    add(
        "key of another kind", [](QJsonObject &r) { setIn(r, "components", 0, "bands", QJsonArray()); },
        "components[0]: unknown field \"bands\" (expected id, label, kind, condition, amount)");
    add(
        "unknown root key", [](QJsonObject &r) { r[QLatin1String("caps")] = QStringLiteral("1.00"); },
        "plan: unknown field \"caps\" (expected version, name, components, gates, cap, score_weights)");
    add(
        "missing amount", [](QJsonObject &r) { setIn(r, "components", 0, "amount", QJsonValue::Undefined); },
        "components[0].amount: missing");
    add(
        "unknown kind", [](QJsonObject &r) { setIn(r, "components", 0, "kind", QStringLiteral("bonus")); },
        "components[0].kind: unknown kind \"bonus\"");
    add(
        "unknown effect", [](QJsonObject &r) { setIn(r, "gates", 1, "effect", QStringLiteral("halve")); },
        "gates[1].effect: unknown effect \"halve\"");
    add(
        "bad percent", [](QJsonObject &r) { setIn(r, "gates", 2, "percent", QStringLiteral("50%")); },
        "gates[2].percent: expected a percentage like \"2.5\", got \"50%\"");
    add(
        "missing gate value",
        [](QJsonObject &r) {
            QJsonObject condition =
                r[QLatin1String("gates")].toArray()[2].toObject()[QLatin1String("condition")].toObject();
            condition.remove(QLatin1String("value"));
            setIn(r, "gates", 2, "condition", condition);
        },
        "gates[2].condition.value: missing");
    add(
        "weights",
        [](QJsonObject &r) {
            r[QLatin1String("score_weights")] = QJsonObject{{"csat", 50}, {"qa", 45}};
        },
        "score_weights: weights sum to 95, not 100");
    add(
        "unknown weight KPI",
        [](QJsonObject &r) {
            r[QLatin1String("score_weights")] = QJsonObject{{"csat", 50}, {"speed", 50}};
        },
        "score_weights: unknown KPI \"speed\"");
    add(
        "version", [](QJsonObject &r) { r[QLatin1String("version")] = 2; },
        "plan.version: 2 is not a version this Huddle reads (1)");
    add(
        "components not a list", [](QJsonObject &r) { r[QLatin1String("components")] = QStringLiteral("x"); },
        "components: expected a list, got \"x\"");
}

void TestBonusPlan::fromJsonErrors()
{
    QFETCH(JsonEdit, edit);
    QFETCH(QString, message);
    QJsonObject root = exampleJson();
    edit(root);
    const auto plan = BonusPlan::fromJson(QJsonDocument(root).toJson());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().message, message);
    QVERIFY(!BonusPlan::fromJson("{not json").ok());
    QVERIFY(!BonusPlan::fromJson("[]").ok());
}

void TestBonusPlan::fromJsonAcceptsNumbersAsMoney()
{
    QJsonObject root = exampleJson();
    setIn(root, "components", 0, "amount", 80);
    setIn(root, "gates", 2, "percent", 12.5);
    const auto plan = BonusPlan::fromJson(QJsonDocument(root).toJson());
    QVERIFY(plan.ok());
    QCOMPARE(plan->components[0].amount, Cents(8000));
    QCOMPARE(plan->gates[2].basisPoints, 1250);
}

void TestBonusPlan::codes()
{
    QStringList codes = bonusMeasureCodes();
    QCOMPARE(codes.size(), 19);
    QCOMPARE(codes.removeDuplicates(), 0);
    for (const QString &code : codes) {
        const auto measure = bonusMeasureFromCode(code);
        QVERIFY2(measure, qPrintable(code));
        QCOMPARE(bonusMeasureCode(*measure), code);
    }
    QCOMPARE(bonusMeasureFromCode(u"qa"),
             (std::optional<BonusMeasure>(BonusMeasure{BonusMetric::Kpi, KpiId::Qa})));
    QCOMPARE(bonusMeasureFromCode(u"ncns")->metric, BonusMetric::NoCallNoShows);
    QVERIFY(!bonusMeasureFromCode(u"csatt"));
    for (auto c : {Comparison::AtLeast, Comparison::AtMost, Comparison::Below, Comparison::Above})
        QCOMPARE(comparisonFromCode(comparisonCode(c)), std::optional<Comparison>(c));
    QCOMPARE(comparisonCode(Comparison::Below), QStringLiteral("<"));
    QCOMPARE(componentKindCode(ComponentKind::PerUnit), QStringLiteral("per_unit"));
    QCOMPARE(percentBaseFromCode(u"subtotal"), std::optional<PercentBase>(PercentBase::Subtotal));
    QCOMPARE(gateEffectCode(GateEffect::ReduceAmount), QStringLiteral("reduce_amount"));
    QVERIFY(!gateEffectFromCode(u"zeroes"));
}

HUDDLE_TEST_APPLESS_MAIN("test_bonusplan", TestBonusPlan)
#include "tst_bonusplan.moc"
