#include "bonusmeasure.h"

#include <algorithm>
#include <cmath>

namespace huddle::core {

namespace {

// The plan's own score weights replace the team's; band thresholds stay the team's (bonusplan.h).
KpiPlan scorePlan(const BonusPlan &plan, const KpiPlan &teamPlan)
{
    if (plan.scoreWeights.isEmpty())
        return teamPlan;
    KpiPlan weighted = teamPlan;
    for (KpiId kpi : AllKpis)
        weighted.entry(kpi).weight = plan.scoreWeights.value(kpi, 0);
    return weighted;
}

bool compares(double value, Comparison comparison, double threshold)
{
    switch (comparison) {
    case Comparison::AtLeast:
        return value >= threshold;
    case Comparison::AtMost:
        return value <= threshold;
    case Comparison::Below:
        return value < threshold;
    case Comparison::Above:
        return value > threshold;
    }
    return false;
}

} // namespace

BonusFacts::BonusFacts(const BonusPlan &plan, const BonusInputs &inputs)
    : m_inputs(&inputs)
    , m_values(computeKpis(inputs.totals, inputs.definitions))
    , m_score(weightedScore(m_values, scorePlan(plan, inputs.kpiPlan)))
{
}

MeasureReading BonusFacts::read(const BonusMeasure &measure) const
{
    MeasureReading reading;
    reading.measure = measure;
    const KpiTotals &totals = m_inputs->totals;
    switch (measure.metric) {
    case BonusMetric::Kpi: {
        const KpiReading kpi = readKpi(m_values, measure.kpi);
        reading.value = kpi.value;
        reading.n = kpi.n;
        return reading;
    }
    case BonusMetric::WeightedScore:
        reading.value = m_score.score;
        reading.n = m_score.weightCovered;
        return reading;
    case BonusMetric::PerfectCsat:
        // Integer counts, never a floating-point "CSAT == 100": every response satisfied.
        reading.n = totals.csat.responses;
        reading.hits = totals.csat.satisfied;
        if (reading.n > 0)
            reading.value = reading.hits == reading.n ? 1.0 : 0.0;
        return reading;
    default:
        return readCount(measure);
    }
}

MeasureReading BonusFacts::readCount(const BonusMeasure &measure) const
{
    MeasureReading reading;
    reading.measure = measure;
    const KpiTotals &totals = m_inputs->totals;
    const auto count = [&reading](qint64 value, qint64 sample) {
        reading.value = static_cast<double>(value);
        reading.n = sample;
    };
    switch (measure.metric) {
    case BonusMetric::NoCallNoShows:
        reading.days = m_inputs->noCallNoShowDays;
        break;
    case BonusMetric::UnexcusedAbsences:
        reading.days = m_inputs->unexcusedDays;
        break;
    case BonusMetric::Violations:
        reading.days = m_inputs->noCallNoShowDays + m_inputs->unexcusedDays;
        std::sort(reading.days.begin(), reading.days.end());
        break;
    case BonusMetric::LateArrivals:
        reading.days = m_inputs->lateDays;
        break;
    case BonusMetric::SalesCount:
        count(totals.salesCount, totals.handled);
        return reading;
    case BonusMetric::SalesAmount:
        // In currency units, as the plan states it; judge() compares in cents.
        reading.value = static_cast<double>(totals.salesCents) / 100.0;
        reading.n = totals.handled;
        return reading;
    case BonusMetric::Handled:
        count(totals.handled, totals.handled);
        return reading;
    case BonusMetric::CsatResponses:
        count(totals.csat.responses, totals.csat.responses);
        return reading;
    case BonusMetric::QaEvaluations:
        count(totals.qaEvaluations, totals.qaEvaluations);
        return reading;
    default:
        return reading;
    }
    // Attendance counts are the days the reader listed; their sample is the scheduled shifts.
    count(reading.days.size(), totals.shiftsScheduled);
    return reading;
}

Verdict judge(const BonusCondition &condition, const MeasureReading &reading)
{
    const bool perfect = condition.measure.metric == BonusMetric::PerfectCsat;
    if (!reading.value)
        return Verdict::NoData;
    // A perfect month needs at least one response even when a plan says 0.
    const qint64 minimum = perfect ? std::max(condition.minSample, 1) : condition.minSample;
    if (reading.n < minimum)
        return Verdict::TooFewSamples;
    if (perfect)
        return reading.hits == reading.n ? Verdict::Holds : Verdict::NotMet;
    double value = *reading.value;
    double threshold = condition.value;
    if (condition.measure.metric == BonusMetric::SalesAmount) {
        // Whole cents on both sides, so "sales ≥ 1500" holds for exactly $1,500.00.
        value = std::round(value * 100.0);
        threshold = std::round(threshold * 100.0);
    }
    return compares(value, condition.comparison, threshold) ? Verdict::Holds : Verdict::NotMet;
}

bool inBand(const KpiBandAmount &band, double value)
{
    return value >= band.from && (!band.to || value < *band.to);
}

BonusEvidence evidenceOf(const BonusMeasure &measure)
{
    switch (measure.metric) {
    case BonusMetric::PerfectCsat:
    case BonusMetric::CsatResponses:
        return BonusEvidence::Csat;
    case BonusMetric::QaEvaluations:
        return BonusEvidence::Qa;
    case BonusMetric::NoCallNoShows:
    case BonusMetric::UnexcusedAbsences:
    case BonusMetric::Violations:
    case BonusMetric::LateArrivals:
        return BonusEvidence::Attendance;
    case BonusMetric::SalesCount:
    case BonusMetric::SalesAmount:
        return BonusEvidence::Sales;
    case BonusMetric::Kpi:
        switch (measure.kpi) {
        case KpiId::Csat:
            return BonusEvidence::Csat;
        case KpiId::Qa:
            return BonusEvidence::Qa;
        case KpiId::Attendance:
            return BonusEvidence::Attendance;
        case KpiId::Sales:
            return BonusEvidence::Sales;
        default:
            return BonusEvidence::Kpi;
        }
    case BonusMetric::WeightedScore:
    case BonusMetric::Handled:
        break;
    }
    return BonusEvidence::Kpi;
}

bool isCount(const BonusMeasure &measure)
{
    switch (measure.metric) {
    case BonusMetric::NoCallNoShows:
    case BonusMetric::UnexcusedAbsences:
    case BonusMetric::Violations:
    case BonusMetric::LateArrivals:
    case BonusMetric::SalesCount:
    case BonusMetric::Handled:
    case BonusMetric::CsatResponses:
    case BonusMetric::QaEvaluations:
        return true;
    default:
        return false;
    }
}

} // namespace huddle::core
