#include "bonusplantext.h"

#include "kpitext.h"
#include "moneyinput.h"

#include <QStringList>

namespace huddle::models {

namespace {

QString number(double value)
{
    return numberInputText(value, QLocale());
}

} // namespace

QString BonusPlanText::measureName(const QString &code)
{
    const auto measure = core::bonusMeasureFromCode(code);
    return measure ? measureName(*measure) : code;
}

QString BonusPlanText::measureName(const core::BonusMeasure &measure)
{
    switch (measure.metric) {
    case core::BonusMetric::Kpi:
        return kpiName(measure.kpi);
    case core::BonusMetric::WeightedScore:
        return tr("Weighted KPI score");
    case core::BonusMetric::NoCallNoShows:
        return tr("No-call-no-shows");
    case core::BonusMetric::UnexcusedAbsences:
        return tr("Unexcused absences");
    case core::BonusMetric::Violations:
        return tr("Attendance violations");
    case core::BonusMetric::LateArrivals:
        return tr("Late arrivals");
    case core::BonusMetric::SalesCount:
        return tr("Sales (count)");
    case core::BonusMetric::SalesAmount:
        return tr("Sales amount");
    case core::BonusMetric::Handled:
        return tr("Conversations handled");
    case core::BonusMetric::CsatResponses:
        return tr("CSAT responses");
    case core::BonusMetric::QaEvaluations:
        return tr("QA evaluations");
    case core::BonusMetric::PerfectCsat:
        return tr("Perfect CSAT month");
    }
    return {};
}

QString BonusPlanText::sampleName(const core::BonusMeasure &measure)
{
    if (measure.metric == core::BonusMetric::PerfectCsat)
        return tr("responses");
    if (measure.metric != core::BonusMetric::Kpi)
        return tr("observations");
    switch (measure.kpi) {
    case core::KpiId::Attendance:
        return tr("shifts");
    case core::KpiId::Csat:
    case core::KpiId::Nps:
        return tr("responses");
    case core::KpiId::Qa:
        return tr("evaluations");
    default:
        return tr("conversations");
    }
}

QString BonusPlanText::comparisonName(core::Comparison comparison)
{
    switch (comparison) {
    case core::Comparison::AtLeast:
        return tr("≥ at least");
    case core::Comparison::AtMost:
        return tr("≤ at most");
    case core::Comparison::Below:
        return tr("< below");
    case core::Comparison::Above:
        return tr("> above");
    }
    return {};
}

QString BonusPlanText::kindName(core::ComponentKind kind)
{
    switch (kind) {
    case core::ComponentKind::Flat:
        return tr("Flat amount");
    case core::ComponentKind::PerUnit:
        return tr("Per sale, by tier");
    case core::ComponentKind::Tiered:
        return tr("Tiered by band");
    case core::ComponentKind::Percent:
        return tr("Percent of a base");
    }
    return {};
}

QString BonusPlanText::baseName(core::PercentBase base)
{
    return base == core::PercentBase::SalesAmount ? tr("the sales amount") : tr("the components above");
}

QString BonusPlanText::effectName(core::GateEffect effect)
{
    switch (effect) {
    case core::GateEffect::Zero:
        return tr("Bonus becomes 0");
    case core::GateEffect::ReducePercent:
        return tr("Reduce by a percentage");
    case core::GateEffect::ReduceAmount:
        return tr("Reduce by an amount");
    }
    return {};
}

QString BonusPlanText::conditionText(const core::BonusCondition &condition)
{
    const QString sample = sampleText(condition.minSample);
    if (condition.measure.metric == core::BonusMetric::PerfectCsat)
        return measureName(condition.measure) + sample;
    return QStringLiteral("%1 %2 %3%4")
        .arg(measureName(condition.measure), core::comparisonSign(condition.comparison),
             number(condition.value), sample);
}

QString BonusPlanText::sampleText(int minSample)
{
    return minSample > 0 ? tr(" (n ≥ %L1)").arg(minSample) : QString();
}

QString BonusPlanText::bandRange(const core::KpiBandAmount &band)
{
    return band.to ? QStringLiteral("%1–%2").arg(number(band.from), number(*band.to))
                   : QStringLiteral("≥ %1").arg(number(band.from));
}

QString BonusPlanText::componentSummary(const core::BonusComponent &component, const core::MoneyFormat &money)
{
    QStringList parts;
    switch (component.kind) {
    case core::ComponentKind::Flat:
        return tr("%1 → %2").arg(conditionText(component.condition), money.format(component.amount));
    case core::ComponentKind::PerUnit:
        for (const core::TierRate &rate : component.tierRates)
            parts << QStringLiteral("%1 %2").arg(rate.tier, money.format(rate.cents));
        return tr("Per sale: %1; other tiers %2")
            .arg(parts.isEmpty() ? tr("no tiers") : parts.join(QStringLiteral(", ")),
                 money.format(component.otherTierCents));
    case core::ComponentKind::Tiered:
        for (const core::KpiBandAmount &band : component.bands)
            parts << tr("%1 → %2").arg(bandRange(band), money.format(band.cents));
        return tr("%1%2: %3")
            .arg(measureName(component.measure), sampleText(component.measureMinSample),
                 parts.isEmpty() ? tr("no bands") : parts.join(QStringLiteral(", ")));
    case core::ComponentKind::Percent:
        return tr("%1 % of %2").arg(percentInputText(component.basisPoints), baseName(component.base));
    }
    return {};
}

QString BonusPlanText::gateEffectText(const core::BonusGate &gate, const core::MoneyFormat &money)
{
    switch (gate.effect) {
    case core::GateEffect::Zero:
        return tr("bonus → 0");
    case core::GateEffect::ReducePercent:
        return tr("− %1 %").arg(percentInputText(gate.basisPoints));
    case core::GateEffect::ReduceAmount:
        return tr("− %1").arg(money.format(gate.amount));
    }
    return {};
}

} // namespace huddle::models
