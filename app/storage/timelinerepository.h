#pragma once

#include "core/daterange.h"
#include "core/result.h"
#include "core/timelineevent.h"
#include "reviewnoterepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

// What coaches did in a period, as markers for the KPI timeline: published and final QA evaluations and
// review notes on the conversations of the period (on the conversation's day), and coaching sessions
// (on the session's day).
class TimelineRepository {
public:
    explicit TimelineRepository(const Database &database);

    // Events of the team's agents (every team when empty) — of only `agentIds` when that is not empty —
    // ordered by day, then kind, then id. An evaluation or note belongs to the team the conversation was
    // credited to; a coaching session to the team the agent was in on its day.
    core::Result<QList<core::TimelineEvent>> events(core::DateRange range, std::optional<qint64> teamId,
                                                    const QList<qint64> &agentIds = {}) const;
    // The same with the review notes of the same filter given, as ReviewNoteRepository::notes read them
    // for a page that shows them anyway, instead of reading them again.
    core::Result<QList<core::TimelineEvent>> events(core::DateRange range, std::optional<qint64> teamId,
                                                    const QList<qint64> &agentIds,
                                                    const QList<ReviewNoteEntry> &notes) const;

    static core::TimelineEvent noteEvent(const ReviewNoteEntry &note);

private:
    core::Status readEvaluationsAndSessions(core::DateRange range, std::optional<qint64> teamId,
                                            const QList<qint64> &agentIds,
                                            QList<core::TimelineEvent> &events) const;

    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::TimelineRepository)
};

} // namespace huddle::storage
