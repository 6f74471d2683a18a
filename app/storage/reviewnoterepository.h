#pragma once

#include "core/daterange.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace huddle::storage {

class Database;

struct ReviewNoteEntry {
    qint64 id = 0;
    QDate day;
    QDateTime createdAt;
    QString reviewer;
    qint64 conversationId = 0;
    QString conversationRef; // the conversation's external id
    QDate conversationDay;   // the day the reviewed conversation happened
    QString agentName;       // who handled the reviewed conversation
    QString body;
    qint64 agentId = 0;         // … and their id (0: nobody)
    qint64 reviewerAgentId = 0; // the reviewer's id when a fellow agent wrote the note (a peer); 0: a coach
};

// Peer-review and coach notes on conversations, newest first.
class ReviewNoteRepository {
public:
    explicit ReviewNoteRepository(const Database &database);

    // Notes on conversations handled in `range` by the agent, or by the team, or by anyone.
    core::Result<QList<ReviewNoteEntry>> notes(core::DateRange range, std::optional<qint64> teamId,
                                               std::optional<qint64> agentId) const;
    core::Result<QList<ReviewNoteEntry>> notesForConversation(qint64 conversationId) const;

private:
    core::Result<QList<ReviewNoteEntry>> select(const QString &where, const QVariantList &bindings) const;

    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
