// Bonus plan codes (the words of the JSON form, the database and the CLI; never translated) and the
// example plan of domain.md.
#include "bonusplan.h"
#include "translation.h"

#include <QCoreApplication>

#include <array>

namespace huddle::core {

namespace {

struct MetricCode {
    BonusMetric metric;
    const char *code;
};

// Every metric but Kpi, whose codes are the KPI codes themselves.
constexpr std::array<MetricCode, 11> metricCodes{{
    {BonusMetric::PerfectCsat, "perfect_csat"},
    {BonusMetric::WeightedScore, "weighted_score"},
    {BonusMetric::NoCallNoShows, "ncns"},
    {BonusMetric::UnexcusedAbsences, "unexcused"},
    {BonusMetric::Violations, "violations"},
    {BonusMetric::LateArrivals, "late"},
    {BonusMetric::SalesCount, "sales_count"},
    {BonusMetric::SalesAmount, "sales_amount"},
    {BonusMetric::Handled, "handled"},
    {BonusMetric::CsatResponses, "csat_responses"},
    {BonusMetric::QaEvaluations, "qa_evaluations"},
}};

// Looks `code` up in a table of {enum, "code"} pairs, the shape every enum of a plan has.
template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<std::pair<Enum, const char *>, N> &table, QStringView code)
{
    for (const auto &[value, text] : table)
        if (code == QLatin1String(text))
            return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString toCode(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, text] : table)
        if (entry == value)
            return QString::fromLatin1(text);
    return {};
}

const std::array<std::pair<Comparison, const char *>, 4> comparisonCodes{{
    {Comparison::AtLeast, ">="},
    {Comparison::AtMost, "<="},
    {Comparison::Below, "<"},
    {Comparison::Above, ">"},
}};
const std::array<std::pair<ComponentKind, const char *>, 4> kindCodes{{
    {ComponentKind::Flat, "flat"},
    {ComponentKind::PerUnit, "per_unit"},
    {ComponentKind::Tiered, "tiered"},
    {ComponentKind::Percent, "percent"},
}};
const std::array<std::pair<PercentBase, const char *>, 2> baseCodes{{
    {PercentBase::SalesAmount, "sales_amount"},
    {PercentBase::Subtotal, "subtotal"},
}};
const std::array<std::pair<GateEffect, const char *>, 3> effectCodes{{
    {GateEffect::Zero, "zero"},
    {GateEffect::ReducePercent, "reduce_percent"},
    {GateEffect::ReduceAmount, "reduce_amount"},
}};

BonusCondition countAtLeast(BonusMetric metric, double count)
{
    BonusCondition condition;
    condition.measure.metric = metric;
    condition.comparison = Comparison::AtLeast;
    condition.value = count;
    return condition;
}

BonusGate zeroGate(const char *id, const QString &label, BonusCondition condition)
{
    BonusGate gate;
    gate.id = QString::fromLatin1(id);
    gate.label = label;
    gate.condition = condition;
    gate.effect = GateEffect::Zero;
    return gate;
}

} // namespace

QString bonusMeasureCode(const BonusMeasure &measure)
{
    if (measure.metric == BonusMetric::Kpi) {
        const int kpi = static_cast<int>(measure.kpi);
        return kpi >= 0 && kpi < KpiCount ? kpiCode(measure.kpi) : QString();
    }
    for (const MetricCode &entry : metricCodes)
        if (entry.metric == measure.metric)
            return QString::fromLatin1(entry.code);
    return {};
}

std::optional<BonusMeasure> bonusMeasureFromCode(QStringView code)
{
    if (const auto kpi = kpiFromCode(code))
        return BonusMeasure{BonusMetric::Kpi, *kpi};
    for (const MetricCode &entry : metricCodes)
        if (code == QLatin1String(entry.code))
            return BonusMeasure{entry.metric, KpiId::Csat};
    return std::nullopt;
}

QStringList bonusMeasureCodes()
{
    QStringList codes{QString::fromLatin1(metricCodes[0].code), QString::fromLatin1(metricCodes[1].code)};
    for (KpiId kpi : AllKpis)
        codes << kpiCode(kpi);
    for (std::size_t i = 2; i < metricCodes.size(); ++i)
        codes << QString::fromLatin1(metricCodes[i].code);
    return codes;
}

QString comparisonCode(Comparison comparison)
{
    return toCode(comparisonCodes, comparison);
}

std::optional<Comparison> comparisonFromCode(QStringView code)
{
    return fromCode(comparisonCodes, code);
}

QString comparisonSign(Comparison comparison)
{
    // The codes with the two-character ones as the mathematical signs.
    return comparisonCode(comparison)
        .replace(QLatin1String(">="), QStringLiteral("≥"))
        .replace(QLatin1String("<="), QStringLiteral("≤"));
}

QString componentKindCode(ComponentKind kind)
{
    return toCode(kindCodes, kind);
}

std::optional<ComponentKind> componentKindFromCode(QStringView code)
{
    return fromCode(kindCodes, code);
}

QString percentBaseCode(PercentBase base)
{
    return toCode(baseCodes, base);
}

std::optional<PercentBase> percentBaseFromCode(QStringView code)
{
    return fromCode(baseCodes, code);
}

QString gateEffectCode(GateEffect effect)
{
    return toCode(effectCodes, effect);
}

std::optional<GateEffect> gateEffectFromCode(QStringView code)
{
    return fromCode(effectCodes, code);
}

// domain.md "Monthly bonus": $80 for a perfect-CSAT month, $8–20 per sale by product tier, no attendance
// bonus but attendance violations block it; the QA gate is the "QA average < 80 %".
BonusPlan BonusPlan::example()
{
    BonusPlan plan;
    plan.name = tr("Example plan: perfect CSAT and sales by tier");

    BonusComponent csat;
    csat.id = QStringLiteral("perfect_csat");
    csat.label = tr("Perfect CSAT month");
    csat.kind = ComponentKind::Flat;
    csat.condition.measure.metric = BonusMetric::PerfectCsat;
    csat.condition.minSample = 5;
    csat.amount = 8000;

    BonusComponent sales;
    sales.id = QStringLiteral("sales_per_tier");
    sales.label = tr("Sales by product tier");
    sales.kind = ComponentKind::PerUnit;
    sales.tierRates = {{QStringLiteral("A"), 800}, {QStringLiteral("B"), 1200}, {QStringLiteral("C"), 2000}};
    plan.components = {csat, sales};

    BonusGate qa;
    qa.id = QStringLiteral("qa_below_80");
    qa.label = tr("QA average below 80 %");
    qa.condition.measure = {BonusMetric::Kpi, KpiId::Qa};
    qa.condition.comparison = Comparison::Below;
    qa.condition.value = 80;
    qa.condition.minSample = 1;
    qa.effect = GateEffect::ReducePercent;
    qa.basisPoints = 5000;
    plan.gates = {
        zeroGate("no_call_no_show", tr("Any no-call-no-show"), countAtLeast(BonusMetric::NoCallNoShows, 1)),
        zeroGate("unexcused_absences", tr("Two or more unexcused absences"),
                 countAtLeast(BonusMetric::UnexcusedAbsences, 2)),
        qa,
    };
    return plan;
}

QString planNumberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace huddle::core
