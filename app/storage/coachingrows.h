#pragma once

#include "coachingrepository.h"
#include "core/result.h"

#include <QString>
#include <QVariantList>

// Internal to storage: reading coaching sessions, their agenda, action items and homework, and the rows of
// the Coaching page's lists. CoachingRepository, the effect reader and the export share them.
namespace huddle::storage {

class Database;

// "csat,aht" ↔ {Csat, Aht}: the storage form of a session's focus.
QString focusCodes(const QList<core::KpiId> &focus);
// Refuses a code core::kpiFromCode does not know; an empty text is an empty focus (sessions recorded
// before planning existed may have none).
core::Result<QList<core::KpiId>> focusFrom(const QString &codes);

// A whole session (context included), or an error naming the id when there is none.
core::Result<CoachingSession> readSession(const Database &database, qint64 sessionId);

// Session summaries matching `where` (a condition over the alias `s`, which has the sessions' columns plus
// team_id and next_id; "1 = 1" for all), ordered by `orderBy`; `bindings` fill the placeholders of both,
// in that order.
core::Result<QList<CoachingSessionSummary>> readSummaries(const Database &database, const QString &where,
                                                          const QString &orderBy,
                                                          const QVariantList &bindings);

// Open action items whose sessions match `where` (over `s` as above; `x` is the action), by due day (none
// last), then session day.
core::Result<QList<OpenActionEntry>> readOpenActions(const Database &database, const QString &where,
                                                     const QVariantList &bindings, QDate today);

} // namespace huddle::storage
