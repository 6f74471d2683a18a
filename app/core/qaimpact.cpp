// How many points of the QA score each criterion cost: the numbers behind "mistakes by impact" (domain.md).
#include "qaimpact.h"

namespace huddle::core {

bool isFailed(const Criterion &criterion, const CriterionAnswer &answer)
{
    return !answer.notApplicable && earnedPoints(criterion, answer) < maxPoints(criterion.kind);
}

QList<double> pointsLost(const QList<Criterion> &criteria, const QList<CriterionAnswer> &answers)
{
    const std::optional<double> score = qaScorePct(criteria, answers);
    if (!score)
        return {};
    double possible = 0;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (!answers[i].notApplicable)
            possible += criteria[i].weight * maxPoints(criteria[i].kind);

    QList<double> lost(criteria.size(), 0.0);
    double ownLoss = 0;
    QList<qsizetype> failedAutoFail;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (!isFailed(criteria[i], answers[i]))
            continue;
        const int missing = maxPoints(criteria[i].kind) - earnedPoints(criteria[i], answers[i]);
        lost[i] = 100.0 * criteria[i].weight * missing / possible;
        ownLoss += lost[i];
        if (criteria[i].autoFail)
            failedAutoFail.append(i);
    }
    // An auto-fail also wipes out what the other criteria earned; that part is the critical mistake's doing.
    if (!failedAutoFail.isEmpty()) {
        const double wipedOut = 100.0 - ownLoss;
        for (const qsizetype i : failedAutoFail)
            lost[i] += wipedOut / static_cast<double>(failedAutoFail.size());
    }
    return lost;
}

} // namespace huddle::core
