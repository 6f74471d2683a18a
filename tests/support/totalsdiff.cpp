#include "totalsdiff.h"

#include <QStringList>
#include <QtMath>

namespace huddle::testsupport {

QString diffTotals(const core::KpiTotals &a, const core::KpiTotals &e)
{
    QStringList diffs;
#define HUDDLE_FIELD(f)                                                                                      \
    if (a.f != e.f)                                                                                          \
    diffs << QStringLiteral(#f " is %1, expected %2").arg(a.f).arg(e.f)
    HUDDLE_FIELD(offered);
    HUDDLE_FIELD(handled);
    HUDDLE_FIELD(abandoned);
    HUDDLE_FIELD(handleCount);
    HUDDLE_FIELD(handleSecondsSum);
    HUDDLE_FIELD(talkOnlyCount);
    HUDDLE_FIELD(waitCount);
    HUDDLE_FIELD(waitSecondsSum);
    HUDDLE_FIELD(answeredWithinSl);
    HUDDLE_FIELD(resolvedKnown);
    HUDDLE_FIELD(resolved);
    HUDDLE_FIELD(csat.responses);
    HUDDLE_FIELD(csat.satisfied);
    HUDDLE_FIELD(csat.mixedScales);
    HUDDLE_FIELD(npsResponses);
    HUDDLE_FIELD(npsPromoters);
    HUDDLE_FIELD(npsDetractors);
    HUDDLE_FIELD(salesCount);
    HUDDLE_FIELD(salesCents);
    HUDDLE_FIELD(shiftsScheduled);
    HUDDLE_FIELD(shiftsAttended);
    HUDDLE_FIELD(lateCount);
    HUDDLE_FIELD(violations);
    HUDDLE_FIELD(qaEvaluations);
#undef HUDDLE_FIELD
    if (qAbs(a.csat.scoreSum - e.csat.scoreSum) > 1e-9)
        diffs << QStringLiteral("csat.scoreSum is %1, expected %2").arg(a.csat.scoreSum).arg(e.csat.scoreSum);
    if (a.csat.scale != e.csat.scale)
        diffs << QStringLiteral("csat.scale differs");
    if (qAbs(a.qaScoreSum - e.qaScoreSum) > 1e-9)
        diffs << QStringLiteral("qaScoreSum is %1, expected %2").arg(a.qaScoreSum).arg(e.qaScoreSum);
    return diffs.join(QStringLiteral("; "));
}

} // namespace huddle::testsupport
