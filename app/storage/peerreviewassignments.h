#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::storage {

class Database;

struct PeerReviewAssignment {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString conversationRef; // the conversation's external id
    QDate conversationDay;
    qint64 agentId = 0; // who handled the conversation
    QString agentName;
    qint64 reviewerAgentId = 0;
    QString reviewerName;
    QString assignedBy;
    QDateTime assignedAt;
    qint64 reviewId = 0; // the reviewer's published peer review of the conversation; 0 while it is to do

    bool done() const { return reviewId != 0; }
};

// Peer reviews asked of agents (schema level 10): a QA coach or team leader picks a colleague to review a
// conversation, and the review is done when that colleague's peer review of it is published. On a server the
// assignment is also what lets the reviewer see the conversation and write the review (row security).
class PeerReviewAssignments {
public:
    explicit PeerReviewAssignments(const Database &database);

    // Refused for a conversation no agent handled, for its own handler, and when already asked.
    core::Result<qint64> assign(qint64 conversationId, qint64 reviewerAgentId, const QString &actor,
                                const QDateTime &now) const;
    // Withdraws a review still to do; a done one stays, as the record of who reviewed what.
    core::Status withdraw(qint64 assignmentId, const QString &actor) const;
    // Bulk path for generated data (the demo): records an assignment inside the transaction the connection
    // already has open, without the checks and the audit entry of assign().
    core::Status record(qint64 conversationId, qint64 reviewerAgentId, const QString &assignedBy,
                        const QDateTime &assignedAt) const;
    // Assignments to do first (oldest first), then done ones (newest first); only `reviewer`'s when given,
    // only those to do when `toDoOnly`.
    core::Result<QList<PeerReviewAssignment>> list(std::optional<qint64> reviewer, bool toDoOnly) const;

private:
    core::Result<PeerReviewAssignment> read(qint64 assignmentId) const;

    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::PeerReviewAssignments)
};

} // namespace huddle::storage
