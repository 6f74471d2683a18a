#include "scoredevaluation.h"

#include "storage/scorecardrepository.h"

namespace huddle::models {

QList<core::Criterion> ScoredEvaluation::flatCriteria() const
{
    QList<core::Criterion> flat;
    for (const core::CriterionDefinition &definition : criteria)
        flat << definition.criterion;
    return flat;
}

core::Result<ScoredEvaluation> loadScoredEvaluation(const storage::Database &database, qint64 evaluationId,
                                                    const QString &viewer)
{
    auto detail = storage::EvaluationRepository(database).load(evaluationId, viewer);
    if (!detail)
        return detail.error();
    const auto scorecard = storage::ScorecardRepository(database).version(detail->draft.scorecardVersionId);
    if (!scorecard)
        return scorecard.error();
    ScoredEvaluation scored{detail.value(), {}};
    for (const core::ScorecardSection &section : scorecard->definition.sections)
        scored.criteria << section.criteria;
    return scored;
}

} // namespace huddle::models
