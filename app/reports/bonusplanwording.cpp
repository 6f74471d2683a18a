#include "bonusplanwording.h"

#include "bonusreportparts.h"
#include "core/plural.h"

#include <cmath>

namespace huddle::reports {

namespace {

QString kpiName(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return BonusPdf::tr("attendance %");
    case core::KpiId::Csat:
        return BonusPdf::tr("CSAT %");
    case core::KpiId::Sales:
        return BonusPdf::tr("sales conversion %");
    case core::KpiId::Qa:
        return BonusPdf::tr("QA score %");
    case core::KpiId::Aht:
        return BonusPdf::tr("AHT (seconds)");
    case core::KpiId::Fcr:
        return BonusPdf::tr("FCR %");
    case core::KpiId::Cph:
        return BonusPdf::tr("conversations per hour");
    case core::KpiId::Nps:
        return BonusPdf::tr("NPS");
    }
    return {};
}

bool isPercentKpi(core::KpiId kpi)
{
    return kpi != core::KpiId::Aht && kpi != core::KpiId::Cph && kpi != core::KpiId::Nps;
}

// A threshold in the measure's unit: money for the sales amount, "80 %" for percentages.
QString measureValue(const core::BonusMeasure &measure, double value, const core::MoneyFormat &money)
{
    if (measure.metric == core::BonusMetric::SalesAmount)
        return money.format(std::llround(value * 100));
    const QString number = money.locale.toString(value, 'g', QLocale::FloatingPointShortest);
    if (measure.metric == core::BonusMetric::Kpi && isPercentKpi(measure.kpi))
        return BonusPdf::tr("%1 %").arg(number);
    return number;
}

QString bandText(const core::BonusMeasure &measure, const core::KpiBandAmount &band,
                 const core::MoneyFormat &money)
{
    const QString from = measureValue(measure, band.from, money);
    if (!band.to)
        return BonusPdf::tr("%1 and above → %2").arg(from, money.format(band.cents));
    return BonusPdf::tr("%1 to under %2 → %3")
        .arg(from, measureValue(measure, *band.to, money), money.format(band.cents));
}

QString perUnitText(const core::BonusComponent &component, const core::MoneyFormat &money)
{
    QStringList rates;
    for (const core::TierRate &rate : component.tierRates)
        rates.append(BonusPdf::tr("tier %1 %2").arg(rate.tier, money.format(rate.cents)));
    return BonusPdf::tr("per sale: %1; any other tier %2.")
        .arg(rates.join(BonusPdf::tr(", ")), money.format(component.otherTierCents));
}

QString tieredText(const core::BonusComponent &component, const core::MoneyFormat &money)
{
    QStringList bands;
    for (const core::KpiBandAmount &band : component.bands)
        bands.append(bandText(component.measure, band, money));
    QString text = BonusPdf::tr("by %1: %2.").arg(bonusMeasureName(component.measure), bands.join(u"; "));
    if (component.measureMinSample > 0)
        text +=
            QLatin1Char(' ') +
            core::translatedPlural("huddle::reports::BonusPdf",
                                   QT_TRANSLATE_N_NOOP("huddle::reports::BonusPdf",
                                                       "No band applies on fewer than %n observation(s)."),
                                   component.measureMinSample);
    return text;
}

QString percentText(const core::BonusComponent &component)
{
    const QString share = core::basisPointsText(component.basisPoints);
    return component.base == core::PercentBase::SalesAmount
               ? BonusPdf::tr("%1 % of the agent's sales amount.").arg(share)
               : BonusPdf::tr("%1 % of the components listed before it.").arg(share);
}

QString kpiWeights(const QMap<core::KpiId, int> &weights)
{
    QStringList parts;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        parts.append(BonusPdf::tr("%1 %2 %").arg(kpiName(it.key())).arg(it.value()));
    return parts.join(BonusPdf::tr(", "));
}

} // namespace

QString bonusMeasureName(const core::BonusMeasure &measure)
{
    switch (measure.metric) {
    case core::BonusMetric::Kpi:
        return kpiName(measure.kpi);
    case core::BonusMetric::WeightedScore:
        return BonusPdf::tr("weighted KPI score");
    case core::BonusMetric::NoCallNoShows:
        return BonusPdf::tr("no-call-no-shows");
    case core::BonusMetric::UnexcusedAbsences:
        return BonusPdf::tr("unexcused absences");
    case core::BonusMetric::Violations:
        return BonusPdf::tr("attendance violations");
    case core::BonusMetric::LateArrivals:
        return BonusPdf::tr("late arrivals");
    case core::BonusMetric::SalesCount:
        return BonusPdf::tr("sales");
    case core::BonusMetric::SalesAmount:
        return BonusPdf::tr("sales amount");
    case core::BonusMetric::Handled:
        return BonusPdf::tr("conversations handled");
    case core::BonusMetric::CsatResponses:
        return BonusPdf::tr("CSAT responses");
    case core::BonusMetric::QaEvaluations:
        return BonusPdf::tr("QA evaluations");
    case core::BonusMetric::PerfectCsat:
        return BonusPdf::tr("perfect-CSAT month");
    }
    return {};
}

QString bonusConditionText(const core::BonusCondition &condition, const core::MoneyFormat &money,
                           const core::KpiDefinitions &definitions)
{
    if (condition.measure.metric == core::BonusMetric::PerfectCsat) {
        const int minimum =
            condition.minSample > 0 ? condition.minSample : definitions.perfectCsatMinResponses;
        return core::translatedPlural(
            "huddle::reports::BonusPdf",
            QT_TRANSLATE_N_NOOP("huddle::reports::BonusPdf",
                                "a perfect-CSAT month (CSAT 100 % on at least %n response(s))"),
            minimum);
    }
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(bonusMeasureName(condition.measure), core::comparisonSign(condition.comparison),
                            measureValue(condition.measure, condition.value, money));
    if (condition.minSample > 0)
        text += core::translatedPlural(
            "huddle::reports::BonusPdf",
            QT_TRANSLATE_N_NOOP("huddle::reports::BonusPdf", ", judged on at least %n observation(s)"),
            condition.minSample);
    return text;
}

QString bonusComponentText(const core::BonusComponent &component, const core::MoneyFormat &money,
                           const core::KpiDefinitions &definitions)
{
    QString rule;
    switch (component.kind) {
    case core::ComponentKind::Flat:
        rule = BonusPdf::tr("%1 when %2.")
                   .arg(money.format(component.amount),
                        bonusConditionText(component.condition, money, definitions));
        break;
    case core::ComponentKind::PerUnit:
        rule = perUnitText(component, money);
        break;
    case core::ComponentKind::Tiered:
        rule = tieredText(component, money);
        break;
    case core::ComponentKind::Percent:
        rule = percentText(component);
        break;
    }
    return BonusPdf::tr("%1: %2").arg(component.label, rule);
}

QString bonusGateText(const core::BonusGate &gate, const core::MoneyFormat &money,
                      const core::KpiDefinitions &definitions)
{
    const QString when = bonusConditionText(gate.condition, money, definitions);
    QString rule;
    switch (gate.effect) {
    case core::GateEffect::Zero:
        rule = BonusPdf::tr("when %1 → bonus %2.").arg(when, money.format(0));
        break;
    case core::GateEffect::ReducePercent:
        rule = BonusPdf::tr("when %1 → reduced by %2 % of the components' subtotal.")
                   .arg(when, core::basisPointsText(gate.basisPoints));
        break;
    case core::GateEffect::ReduceAmount:
        rule = BonusPdf::tr("when %1 → reduced by %2 (never below %3).")
                   .arg(when, money.format(gate.amount), money.format(0));
        break;
    }
    return BonusPdf::tr("%1: %2").arg(gate.label, rule);
}

QStringList bonusPlanLimits(const core::BonusPlan &plan, const core::MoneyFormat &money)
{
    return {plan.cap ? BonusPdf::tr("Cap per agent: %1.").arg(money.format(*plan.cap))
                     : BonusPdf::tr("No cap per agent."),
            plan.scoreWeights.isEmpty()
                ? BonusPdf::tr("Weighted KPI score: the weights of the team's KPI plan.")
                : BonusPdf::tr("Weighted KPI score weights: %1.").arg(kpiWeights(plan.scoreWeights))};
}

QString bonusPlanHeading(const BonusPlanUsed &used, const QString &scope, const QLocale &locale)
{
    if (used.planId == 0)
        return BonusPdf::tr("%1: built-in example plan “%2”").arg(scope, used.plan.name);
    return BonusPdf::tr("%1: “%2”, version %3, valid from %4")
        .arg(scope, used.plan.name, locale.toString(used.version), bonusMonthTitle(used.validFrom, locale));
}

QStringList bonusDefinitionTexts(const core::KpiDefinitions &definitions, const QLocale &locale)
{
    const core::CsatRules &rules = definitions.csat;
    const auto from = [&](int min, int max) { return locale.toString(rules.satisfiedThreshold({min, max})); };
    return {
        BonusPdf::tr(
            "CSAT %: satisfied responses ÷ all responses, credited to the agent who handled the "
            "conversation. Satisfied: %1–5 on 1–5, %2–10 on 1–10, %3–10 on 0–10, \"good\" on good/bad.")
            .arg(from(1, 5), from(1, 10), from(0, 10)),
        BonusPdf::tr("Perfect-CSAT month: CSAT 100 % with at least %1 responses in the month (a plan's "
                     "condition may set its own minimum).")
            .arg(locale.toString(definitions.perfectCsatMinResponses)),
        BonusPdf::tr("Attendance %: shifts attended ÷ scheduled shifts. Violations: unexcused absences and "
                     "no-call-no-shows; late arrivals are counted separately."),
        BonusPdf::tr(
            "QA score %: Σ (weight × points earned) ÷ Σ (weight × points possible) over the criteria "
            "that apply; a failed auto-fail criterion scores the evaluation 0."),
        BonusPdf::tr(
            "Sales: the agent's sales in the month, counted and summed by product tier; conversion = "
            "sales ÷ conversations handled."),
        BonusPdf::tr(
            "Weighted KPI score: each KPI mapped to 0–100 points by the team's target bands, combined "
            "with weights that sum to 100."),
        BonusPdf::tr("Rates on fewer than %1 observations are small samples: read them with care.")
            .arg(locale.toString(definitions.smallSample)),
        BonusPdf::tr("A month is a calendar month of days in the site's time zone.")};
}

} // namespace huddle::reports
