#include "kpivalues.h"

namespace huddle::core {

namespace {

Rate percentage(qint64 successes, qint64 n)
{
    Rate rate;
    rate.n = n;
    rate.successes = successes;
    if (n > 0)
        rate.value = 100.0 * static_cast<double>(successes) / static_cast<double>(n);
    return rate;
}

Measure mean(double sum, qint64 n)
{
    Measure measure;
    measure.n = n;
    if (n > 0)
        measure.value = sum / static_cast<double>(n);
    return measure;
}

HandleBasis ahtBasis(const KpiTotals &t)
{
    if (t.handleCount == 0)
        return HandleBasis::None;
    if (t.talkOnlyCount == t.handleCount)
        return HandleBasis::TalkOnly;
    return t.talkOnlyCount > 0 ? HandleBasis::PartlyTalkOnly : HandleBasis::Components;
}

// NPS = % promoters (9–10) − % detractors (0–6).
Measure netPromoterScore(const KpiTotals &t)
{
    Measure nps;
    nps.n = t.npsResponses;
    if (t.npsResponses > 0)
        nps.value = 100.0 * static_cast<double>(t.npsPromoters - t.npsDetractors) /
                    static_cast<double>(t.npsResponses);
    return nps;
}

// CpH = handled ÷ on-queue hours (domain.md). Without logged on-queue time there is no rate: dividing by
// zero hours would be infinite, and zero would read as "handled nothing".
Measure contactsPerHour(const KpiTotals &t)
{
    Measure cph;
    cph.n = t.handled;
    if (t.onQueueSeconds > 0)
        cph.value = static_cast<double>(t.handled) * 3600.0 / static_cast<double>(t.onQueueSeconds);
    return cph;
}

} // namespace

KpiValues computeKpis(const KpiTotals &t, const KpiDefinitions &definitions)
{
    KpiValues v;
    v.offered = t.offered;
    v.handled = t.handled;
    v.csatPct = percentage(t.csat.satisfied, t.csat.responses);
    if (t.csat.scale && t.csat.responses > 0)
        v.csatMean = t.csat.scoreSum / static_cast<double>(t.csat.responses);
    v.perfectCsat = t.csat.responses > 0 && t.csat.responses >= definitions.perfectCsatMinResponses &&
                    t.csat.satisfied == t.csat.responses;
    v.ahtSeconds = mean(static_cast<double>(t.handleSecondsSum), t.handleCount);
    v.ahtBasis = ahtBasis(t);
    v.asaSeconds = mean(static_cast<double>(t.waitSecondsSum), t.waitCount);
    v.serviceLevelPct = percentage(t.answeredWithinSl, t.offered);
    v.abandonPct = percentage(t.abandoned, t.offered);
    v.fcrPct = percentage(t.resolved, t.resolvedKnown);
    v.cph = contactsPerHour(t);
    v.nps = netPromoterScore(t);
    v.salesCount = t.salesCount;
    v.salesCents = t.salesCents;
    v.conversionPct = percentage(t.salesCount, t.handled);
    v.attendancePct = percentage(t.shiftsAttended, t.shiftsScheduled);
    v.attendanceViolations = t.violations;
    v.lateCount = t.lateCount;
    v.qaPct = mean(t.qaScoreSum, t.qaEvaluations);
    return v;
}

} // namespace huddle::core
