#include "peerreviewassignments.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

namespace {

const QString assignmentEntity = QStringLiteral("peer_review_assignment");

// Done: the reviewer's note on the conversation is tied to a published peer review (publishPeerReview writes
// both in one transaction, so a tied note means a published review).
const QString selectAssignmentsSql = QStringLiteral(
    "SELECT p.id, p.conversation_id, c.external_id, c.day, c.agent_id, a.display_name, p.reviewer_agent_id,"
    " r.display_name, p.assigned_by, p.assigned_at, (SELECT MAX(n.evaluation_id) FROM review_notes n"
    " WHERE n.conversation_id = p.conversation_id AND n.reviewer_agent_id = p.reviewer_agent_id)"
    " FROM peer_review_assignments p JOIN conversations c ON c.id = p.conversation_id"
    " LEFT JOIN agents a ON a.id = c.agent_id JOIN agents r ON r.id = p.reviewer_agent_id");

// Bindings: reviewer, asked by, asked at, conversation. The handler is copied from the conversation.
const QString insertAssignmentSql = QStringLiteral(
    "INSERT INTO peer_review_assignments (conversation_id, reviewer_agent_id, agent_id, assigned_by,"
    " assigned_at) SELECT c.id, ?, c.agent_id, ?, ? FROM conversations c WHERE c.id = ?");

PeerReviewAssignment assignmentFromRow(const QSqlQuery &q)
{
    PeerReviewAssignment row;
    row.id = q.value(0).toLongLong();
    row.conversationId = q.value(1).toLongLong();
    row.conversationRef = q.value(2).toString();
    row.conversationDay = dayFrom(q.value(3));
    row.agentId = q.value(4).toLongLong();
    row.agentName = q.value(5).toString();
    row.reviewerAgentId = q.value(6).toLongLong();
    row.reviewerName = q.value(7).toString();
    row.assignedBy = q.value(8).toString();
    row.assignedAt = instantFrom(q.value(9));
    row.reviewId = q.value(10).toLongLong();
    return row;
}

// To do first, the longest waiting on top; then done ones, the latest on top.
bool assignmentListedBefore(const PeerReviewAssignment &a, const PeerReviewAssignment &b)
{
    if (a.done() != b.done())
        return !a.done();
    if (a.assignedAt != b.assignedAt)
        return a.done() ? a.assignedAt > b.assignedAt : a.assignedAt < b.assignedAt;
    return a.id < b.id;
}

} // namespace

PeerReviewAssignments::PeerReviewAssignments(const Database &database)
    : m_database(&database)
{
}

core::Result<qint64> PeerReviewAssignments::assign(qint64 conversationId, qint64 reviewerAgentId,
                                                   const QString &actor, const QDateTime &now) const
{
    const QString what = tr("asking for a peer review of conversation %1").arg(conversationId);
    return inTransaction(m_database->connection(), what, [&]() -> core::Result<qint64> {
        QSqlQuery q(m_database->connection());
        if (auto done =
                runBound(q,
                         QStringLiteral("SELECT c.agent_id, (SELECT display_name FROM agents WHERE id ="
                                        " ?), EXISTS (SELECT 1 FROM peer_review_assignments WHERE"
                                        " conversation_id = c.id AND reviewer_agent_id = ?)"
                                        " FROM conversations c WHERE c.id = ?"),
                         {reviewerAgentId, reviewerAgentId, conversationId}, what);
            !done)
            return done.error();
        if (!q.next())
            return core::Error{tr("there is no conversation %1").arg(conversationId), {}};
        if (q.value(0).isNull())
            return core::Error{
                tr("conversation %1 was not handled by an agent: there is no colleague's work to review")
                    .arg(conversationId),
                {}};
        if (q.value(1).isNull())
            return core::Error{tr("there is no agent %1 to ask for the review").arg(reviewerAgentId), {}};
        const QString reviewer = q.value(1).toString();
        if (q.value(0).toLongLong() == reviewerAgentId)
            return core::Error{tr("agents do not peer-review their own conversations"), {}};
        if (q.value(2).toBool())
            return core::Error{tr("%1 is already asked to review this conversation").arg(reviewer), {}};
        const auto id = insertBound(q, insertAssignmentSql + QStringLiteral(" RETURNING id"),
                                    {reviewerAgentId, actor, instantText(now), conversationId}, what);
        if (!id)
            return id;
        if (auto done = AuditLog(*m_database)
                            .append(actor, assignmentEntity, id.value(), QStringLiteral("assign"),
                                    {{QStringLiteral("conversationId"), conversationId},
                                     {QStringLiteral("reviewer"), reviewer}});
            !done)
            return done.error();
        return id;
    });
}

core::Status PeerReviewAssignments::record(qint64 conversationId, qint64 reviewerAgentId,
                                           const QString &assignedBy, const QDateTime &assignedAt) const
{
    QSqlQuery q(m_database->connection());
    return runBound(q, insertAssignmentSql,
                    {reviewerAgentId, assignedBy, instantText(assignedAt), conversationId},
                    tr("asking for a peer review of conversation %1").arg(conversationId));
}

core::Status PeerReviewAssignments::withdraw(qint64 assignmentId, const QString &actor) const
{
    const QString what = tr("withdrawing peer review assignment %1").arg(assignmentId);
    return inTransaction(m_database->connection(), what, [&]() -> core::Status {
        const auto assignment = read(assignmentId);
        if (!assignment)
            return assignment.error();
        if (assignment->done())
            return core::Error{
                tr("%1 has reviewed conversation %2: a done review stays, as the record of who "
                   "reviewed what")
                    .arg(assignment->reviewerName, assignment->conversationRef),
                {}};
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q, QStringLiteral("DELETE FROM peer_review_assignments WHERE id = ?"),
                                 {assignmentId}, what);
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor, assignmentEntity, assignmentId, QStringLiteral("withdraw"),
                    {{QStringLiteral("conversationId"), assignment->conversationId},
                     {QStringLiteral("reviewer"), assignment->reviewerName}});
    });
}

core::Result<QList<PeerReviewAssignment>> PeerReviewAssignments::list(std::optional<qint64> reviewer,
                                                                      bool toDoOnly) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    const QString where = reviewer ? QStringLiteral(" WHERE p.reviewer_agent_id = ?") : QString();
    if (auto done =
            runBound(q, selectAssignmentsSql + where, reviewer ? QVariantList{*reviewer} : QVariantList{},
                     tr("reading peer review assignments"));
        !done)
        return done.error();
    QList<PeerReviewAssignment> rows;
    while (q.next()) {
        PeerReviewAssignment row = assignmentFromRow(q);
        if (!toDoOnly || !row.done())
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), assignmentListedBefore);
    return rows;
}

core::Result<PeerReviewAssignment> PeerReviewAssignments::read(qint64 assignmentId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, selectAssignmentsSql + QStringLiteral(" WHERE p.id = ?"), {assignmentId},
                             tr("reading peer review assignment %1").arg(assignmentId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no peer review assignment %1").arg(assignmentId), {}};
    return assignmentFromRow(q);
}

} // namespace huddle::storage
