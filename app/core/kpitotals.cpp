#include "kpitotals.h"

namespace huddle::core {

void CsatTally::add(int score, CsatScale responseScale, qint64 count, const CsatRules &rules)
{
    if (count <= 0)
        return;
    responses += count;
    if (rules.isSatisfied(score, responseScale))
        satisfied += count;
    scoreSum += static_cast<double>(score) * static_cast<double>(count);
    if (!scale && !mixedScales)
        scale = responseScale;
    else if (scale && *scale != responseScale) {
        scale.reset();
        mixedScales = true;
    }
}

void CsatTally::merge(const CsatTally &other)
{
    if (other.responses == 0)
        return;
    if (responses == 0) {
        *this = other;
        return;
    }
    responses += other.responses;
    satisfied += other.satisfied;
    scoreSum += other.scoreSum;
    if (other.mixedScales || !scale || !other.scale || *scale != *other.scale) {
        scale.reset();
        mixedScales = true;
    }
}

KpiTotals &KpiTotals::operator+=(const KpiTotals &o)
{
    offered += o.offered;
    handled += o.handled;
    abandoned += o.abandoned;
    handleCount += o.handleCount;
    handleSecondsSum += o.handleSecondsSum;
    talkOnlyCount += o.talkOnlyCount;
    waitCount += o.waitCount;
    waitSecondsSum += o.waitSecondsSum;
    answeredWithinSl += o.answeredWithinSl;
    resolvedKnown += o.resolvedKnown;
    resolved += o.resolved;
    onQueueSeconds += o.onQueueSeconds;
    csat.merge(o.csat);
    npsResponses += o.npsResponses;
    npsPromoters += o.npsPromoters;
    npsDetractors += o.npsDetractors;
    salesCount += o.salesCount;
    salesCents += o.salesCents;
    shiftsScheduled += o.shiftsScheduled;
    shiftsAttended += o.shiftsAttended;
    lateCount += o.lateCount;
    violations += o.violations;
    qaEvaluations += o.qaEvaluations;
    qaScoreSum += o.qaScoreSum;
    return *this;
}

} // namespace huddle::core
