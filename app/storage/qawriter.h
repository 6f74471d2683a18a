#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace huddle::storage {

class Database;

struct StoredScorecard {
    qint64 scorecardId = 0;
    qint64 versionId = 0;
    core::ScorecardDefinition definition;
    QList<qint64> criterionIds; // in the order of definition.flatCriteria()
};

// Writes scorecards and evaluations. Runs inside whatever transaction the connection has open (a
// RecordWriter's, for bulk work).
class QaWriter {
public:
    explicit QaWriter(const Database &database);

    core::Result<StoredScorecard> insertScorecard(const core::ScorecardDefinition &definition);
    // Scores the answers with core::qaScorePct and stores evaluation, answers and score.
    core::Result<qint64> insertEvaluation(const StoredScorecard &scorecard,
                                          const core::EvaluationRecord &evaluation);

private:
    QSqlDatabase m_db;
};

} // namespace huddle::storage
