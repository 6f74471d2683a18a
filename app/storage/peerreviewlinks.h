#pragma once

#include "core/result.h"

namespace huddle::storage {

class Database;

// Bulk path for generated data (the demo): ties review notes written with RecordWriter to the peer evaluation
// they came with, inside the transaction the connection already has open. Notes written through the console
// are tied when they are written (EvaluationRepository::publishPeerReview).
class PeerReviewLinks {
public:
    explicit PeerReviewLinks(const Database &database);

    // The reviewer's untied note on the conversation gets the evaluation; refused when there is none.
    core::Status link(qint64 conversationId, qint64 reviewerAgentId, qint64 evaluationId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
