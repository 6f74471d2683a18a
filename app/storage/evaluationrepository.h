#pragma once

#include "core/result.h"

#include <optional>

namespace huddle::storage {

class Database;

// QA evaluations as the dashboard needs them so far: which conversation an evaluation scored, so that a
// QA marker on the timeline opens that conversation. (Issue 6's QA page grows this into the full
// aggregate.)
class EvaluationRepository {
public:
    explicit EvaluationRepository(const Database &database);

    // The evaluated conversation's id; empty when no evaluation has that id.
    core::Result<std::optional<qint64>> conversationOf(qint64 evaluationId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
