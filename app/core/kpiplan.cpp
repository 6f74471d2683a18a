#include "kpiplan.h"
#include "translation.h"

#include <QCoreApplication>

#include <cmath>

namespace huddle::core {

namespace {

constexpr std::array<const char *, KpiCount> kpiCodes{"attendance", "csat", "sales", "qa",
                                                      "aht",        "fcr",  "cph",   "nps"};

// The range a KPI's value, and so its thresholds, can take. CpH and AHT have no upper bound.
struct ValueRange {
    double low;
    double high;
};

ValueRange valueRange(KpiId kpi)
{
    switch (kpi) {
    case KpiId::Aht:
    case KpiId::Cph:
        return {0, HUGE_VAL};
    case KpiId::Nps:
        return {-100, 100};
    case KpiId::Attendance:
    case KpiId::Csat:
    case KpiId::Sales:
    case KpiId::Qa:
    case KpiId::Fcr:
        break;
    }
    return {0, 100};
}

// Below, met and exceeded must move strictly in the KPI's good direction: equal edges would leave a band
// nobody can land in, which is a typing mistake rather than a plan.
bool thresholdsOrdered(const KpiThresholds &t, bool lowerBetter)
{
    return lowerBetter ? t.below > t.met && t.met > t.exceeded : t.below < t.met && t.met < t.exceeded;
}

std::optional<QString> thresholdProblem(KpiId kpi, const KpiThresholds &t)
{
    const QString code = kpiCode(kpi);
    for (double edge : {t.below, t.met, t.exceeded}) {
        const ValueRange range = valueRange(kpi);
        if (!std::isfinite(edge) || edge < range.low || edge > range.high)
            return std::isinf(range.high)
                       ? tr("%1: thresholds must be numbers of at least %2").arg(code).arg(range.low)
                       : tr("%1: thresholds must lie between %2 and %3")
                             .arg(code)
                             .arg(range.low)
                             .arg(range.high);
    }
    if (!thresholdsOrdered(t, lowerIsBetter(kpi)))
        return lowerIsBetter(kpi) ? tr("%1: thresholds must fall from below to exceeded").arg(code)
                                  : tr("%1: thresholds must rise from below to exceeded").arg(code);
    return std::nullopt;
}

int bandPoints(const KpiPlan &plan, Band band)
{
    switch (band) {
    case Band::FarBelow:
        return plan.bandPoints[0];
    case Band::Below:
        return plan.bandPoints[1];
    case Band::Met:
        return plan.bandPoints[2];
    case Band::Exceeded:
        return plan.bandPoints[3];
    case Band::None:
        break;
    }
    return 0;
}

// Half of the smallest step a KPI is displayed with: percentages, CpH and NPS to 0.1, AHT to whole seconds.
double displayHalfUnit(KpiId kpi)
{
    return kpi == KpiId::Aht ? 0.5 : 0.05;
}

} // namespace

QString kpiCode(KpiId kpi)
{
    return QString::fromLatin1(kpiCodes[static_cast<int>(kpi)]);
}

std::optional<KpiId> kpiFromCode(QStringView code)
{
    for (KpiId kpi : AllKpis)
        if (code == QLatin1String(kpiCodes[static_cast<int>(kpi)]))
            return kpi;
    return std::nullopt;
}

bool lowerIsBetter(KpiId kpi)
{
    return kpi == KpiId::Aht;
}

KpiReading readKpi(const KpiValues &values, KpiId kpi)
{
    const auto reading = [](const Measure &measure) { return KpiReading{measure.value, measure.n}; };
    switch (kpi) {
    case KpiId::Attendance:
        return reading(values.attendancePct);
    case KpiId::Csat:
        return reading(values.csatPct);
    case KpiId::Sales:
        return reading(values.conversionPct);
    case KpiId::Qa:
        return reading(values.qaPct);
    case KpiId::Aht:
        return reading(values.ahtSeconds);
    case KpiId::Fcr:
        return reading(values.fcrPct);
    case KpiId::Cph:
        return reading(values.cph);
    case KpiId::Nps:
        return reading(values.nps);
    }
    return {};
}

// Thresholds are common contact-centre benchmarks, meant as a starting point each site tunes in the KPI
// plan dialog. CSAT "met" 80 % and AHT "met" 420 s are the chart targets of KpiTargets.
KpiPlan KpiPlan::defaults()
{
    KpiPlan plan;
    const auto set = [&plan](KpiId kpi, int weight, KpiThresholds thresholds) {
        plan.entry(kpi) = {weight, thresholds};
    };
    set(KpiId::Attendance, 30, {90, 95, 99}); // % of scheduled shifts attended
    set(KpiId::Csat, 25, {70, 80, 90});       // % satisfied responses
    set(KpiId::Sales, 20, {2, 4, 6});         // conversion: sales per 100 handled
    set(KpiId::Qa, 15, {70, 80, 90});         // % of QA points earned
    set(KpiId::Aht, 10, {540, 420, 360});     // seconds; lower is better: 9, 7 and 6 minutes
    set(KpiId::Fcr, 0, {60, 70, 80});         // % resolved on first contact
    set(KpiId::Cph, 0, {4, 6, 8});            // handled per on-queue hour
    set(KpiId::Nps, 0, {0, 30, 50});          // promoters − detractors
    return plan;
}

Status KpiPlan::validate() const
{
    int sum = 0;
    for (KpiId kpi : AllKpis) {
        const int weight = entry(kpi).weight;
        if (weight < 0 || weight > 100)
            return Error{tr("%1: weight %2 is outside 0–100").arg(kpiCode(kpi)).arg(weight), {}};
        sum += weight;
    }
    if (sum != 100)
        return Error{tr("weights sum to %1, not 100").arg(sum), {}};
    for (KpiId kpi : AllKpis)
        if (const auto problem = thresholdProblem(kpi, entry(kpi).thresholds))
            return Error{*problem, {}};
    for (std::size_t i = 0; i < bandPoints.size(); ++i) {
        const bool inRange = bandPoints[i] >= 0 && bandPoints[i] <= 100;
        if (!inRange || (i > 0 && bandPoints[i] < bandPoints[i - 1]))
            return Error{tr("band points must lie in 0–100 and never fall from far below to exceeded"), {}};
    }
    return Done{};
}

KpiTargets KpiPlan::targets() const
{
    return {entry(KpiId::Csat).thresholds.met, entry(KpiId::Aht).thresholds.met};
}

Band bandOf(const KpiThresholds &t, double value, bool lowerBetter)
{
    if (std::isnan(value))
        return Band::None;
    // Flipping the sign turns "at or below" into "at or above", so one ladder serves both directions.
    const double sign = lowerBetter ? -1.0 : 1.0;
    const double v = sign * value;
    if (v >= sign * t.exceeded)
        return Band::Exceeded;
    if (v >= sign * t.met)
        return Band::Met;
    if (v >= sign * t.below)
        return Band::Below;
    return Band::FarBelow;
}

WeightedScore weightedScore(const KpiValues &values, const KpiPlan &plan)
{
    WeightedScore result;
    double points = 0;
    for (KpiId kpi : AllKpis) {
        KpiAssessment &part = result.parts[static_cast<int>(kpi)];
        part.kpi = kpi;
        part.reading = readKpi(values, kpi);
        part.weight = plan.entry(kpi).weight;
        if (part.reading.value)
            part.band = bandOf(plan.entry(kpi).thresholds, *part.reading.value, lowerIsBetter(kpi));
        if (part.weight <= 0 || part.band == Band::None)
            continue;
        points += part.weight * bandPoints(plan, part.band);
        result.weightCovered += part.weight;
    }
    // Renormalised over the weight that had data: an agent without sales is judged on the rest, and
    // weightCovered tells how much of the plan that was.
    if (result.weightCovered > 0)
        result.score = points / result.weightCovered;
    return result;
}

Movement movement(KpiId kpi, const KpiReading &now, const KpiReading &before)
{
    if (!now.value || !before.value || std::isnan(*now.value) || std::isnan(*before.value))
        return Movement::None;
    const double change = *now.value - *before.value;
    if (std::abs(change) < displayHalfUnit(kpi))
        return Movement::Same;
    return (change > 0) != lowerIsBetter(kpi) ? Movement::Better : Movement::Worse;
}

} // namespace huddle::core
