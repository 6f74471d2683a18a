#include "qascore.h"

#include "qaimpact.h"

namespace huddle::core {

int maxPoints(CriterionKind kind)
{
    return kind == CriterionKind::YesNo ? 1 : 4;
}

bool isValidAnswer(const Criterion &criterion, const CriterionAnswer &answer)
{
    if (answer.notApplicable)
        return criterion.naAllowed;
    return criterion.kind == CriterionKind::YesNo ? answer.points == 0 || answer.points == 1
                                                  : answer.points >= 1 && answer.points <= 5;
}

int earnedPoints(const Criterion &criterion, const CriterionAnswer &answer)
{
    return criterion.kind == CriterionKind::YesNo ? answer.points : answer.points - 1;
}

std::optional<double> qaScorePct(const QList<Criterion> &criteria, const QList<CriterionAnswer> &answers)
{
    if (criteria.size() != answers.size())
        return std::nullopt;
    double earned = 0;
    double possible = 0;
    bool autoFailed = false;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion &criterion = criteria[i];
        const CriterionAnswer &answer = answers[i];
        if (!isValidAnswer(criterion, answer))
            return std::nullopt;
        if (answer.notApplicable)
            continue;
        if (criterion.autoFail && isFailed(criterion, answer))
            autoFailed = true;
        earned += criterion.weight * earnedPoints(criterion, answer);
        possible += criterion.weight * maxPoints(criterion.kind);
    }
    if (possible <= 0)
        return std::nullopt;
    return autoFailed ? 0.0 : 100.0 * earned / possible;
}

} // namespace huddle::core
