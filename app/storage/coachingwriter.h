#pragma once

#include "coachingchanges.h"
#include "coachingrepository.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace huddle::storage {

class Database;

// Internal to storage: the write steps of CoachingRepository. Each runs inside the transaction the caller
// has open, so the caller's rollback undoes all of them; `now` stamps updated_at (and created_at).
class CoachingWriter {
public:
    CoachingWriter(const Database &database, const QDateTime &now);

    core::Result<qint64> insertSession(const CoachingSession &session);
    // The session's own columns that differ from `stored` (not its status), and updated_at. Only those: on a
    // server an agent may set the acknowledgement and nothing else of their session (storage/users.h).
    core::Status updateSession(const CoachingSession &stored, const CoachingSession &session);
    core::Status updateStatus(qint64 sessionId, core::SessionStatus status);
    core::Status touch(qint64 sessionId); // updated_at only
    core::Status deleteSession(qint64 sessionId);

    // Brings the stored rows to `items`, in order: items with an id are updated in place when they changed
    // (content or position), items without one inserted, stored items missing from `items` deleted. An id
    // that is not one of `stored` is refused.
    core::Result<ListChanges> writeAgenda(qint64 sessionId, const QList<CoachingAgendaItem> &items,
                                          const QList<CoachingAgendaItem> &stored);
    // The same for action items; `actions` carry `sessionId` and no done day unless done.
    core::Result<ListChanges> writeActions(qint64 sessionId, const QList<CoachingAction> &actions,
                                           const QList<CoachingAction> &stored);
    core::Status replaceHomework(qint64 sessionId, const QList<qint64> &phraseIds);

    core::Status setActionDone(qint64 actionId, bool done, QDate day);

private:
    // The conversation and the earlier action item an agenda item refers to exist; a refusal names them.
    core::Status checkLinks(const CoachingAgendaItem &item, int position);
    core::Status run(const QString &sql, const QVariantList &values, const QString &what);
    // Runs an `INSERT … RETURNING id` and gives back the new row's id.
    core::Result<qint64> insert(const QString &sql, const QVariantList &values, const QString &what);

    const Database &m_database;
    QDateTime m_now;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::CoachingWriter)
};

} // namespace huddle::storage
