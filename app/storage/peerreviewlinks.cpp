#include "peerreviewlinks.h"

#include "boundquery.h"
#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

PeerReviewLinks::PeerReviewLinks(const Database &database)
    : m_database(&database)
{
}

core::Status PeerReviewLinks::link(qint64 conversationId, qint64 reviewerAgentId, qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    // One note of the reviewer's on the conversation: the oldest not yet tied to an evaluation.
    if (auto done =
            runBound(q,
                     QStringLiteral("UPDATE review_notes SET evaluation_id = ? WHERE id = (SELECT MIN(id)"
                                    " FROM review_notes WHERE conversation_id = ? AND reviewer_agent_id = ?"
                                    " AND evaluation_id IS NULL)"),
                     {evaluationId, conversationId, reviewerAgentId},
                     QStringLiteral("tying a review note to evaluation %1").arg(evaluationId));
        !done)
        return done;
    if (q.numRowsAffected() != 1)
        return core::Error{
            QStringLiteral("no review note of agent %1 on conversation %2 to tie to evaluation %3")
                .arg(reviewerAgentId)
                .arg(conversationId)
                .arg(evaluationId),
            {}};
    return core::Done{};
}

} // namespace huddle::storage
