#pragma once

#include "core/records.h"
#include "core/result.h"
#include "storage/evaluationrepository.h"

#include <QList>

namespace huddle::storage {
class Database;
}

namespace huddle::models {

// An evaluation with the criteria of the scorecard version it was scored with, flattened in flatCriteria()
// order so that criteria[i] is what answers[i] answers: what the dispute dialogs show.
struct ScoredEvaluation {
    storage::EvaluationDetail detail;
    QList<core::CriterionDefinition> criteria;

    QList<core::Criterion> flatCriteria() const;
};

core::Result<ScoredEvaluation> loadScoredEvaluation(const storage::Database &database, qint64 evaluationId,
                                                    const QString &viewer);

} // namespace huddle::models
