#pragma once

#include "core/coaching.h"
#include "core/daterange.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

struct CoachingAgendaItem {
    qint64 id = 0; // 0 until stored
    core::AgendaKind kind = core::AgendaKind::Custom;
    QString title;             // frozen at planning time
    QString detail;            // frozen at planning time
    QString kpi;               // KPI code of a Kpi item
    qint64 conversationId = 0; // Conversation and PeerNote items; 0: none
    qint64 actionId = 0;       // Action items: the earlier session's action; 0: none
    QString notes;             // written during the session
    bool discussed = false;

    bool operator==(const CoachingAgendaItem &) const = default;
};

struct CoachingAction {
    qint64 id = 0;        // 0 until stored
    qint64 sessionId = 0; // the session that agreed it
    QString body;
    QString owner; // "agent", the team leader's name, …; free text
    QDate due;     // may be invalid: no due date
    bool done = false;
    QDate doneDay; // set when done

    bool operator==(const CoachingAction &) const = default;
};

struct CoachingSession {
    qint64 id = 0; // 0 until stored
    qint64 agentId = 0;
    QString coach;
    QDate day;
    core::SessionStatus status = core::SessionStatus::Planned;
    QList<core::KpiId> focus;
    QString notes;                    // the session's overall notes ("what was agreed")
    QDate acknowledgedDay;            // invalid: not acknowledged
    QDate followUp;                   // invalid: none
    QList<CoachingAgendaItem> agenda; // in order
    QList<CoachingAction> actions;    // agreed in this session, in order
    QList<qint64> homework;           // phrase ids (a set: load() gives them ascending)
    // Read-only context, filled by load()
    QString agentName;
    qint64 teamId = 0; // the agent's team on the session day (0: none)
    QString teamName;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC

    bool acknowledged() const { return acknowledgedDay.isValid(); }
};

// A row of the session lists (Coaching page).
struct CoachingSessionSummary {
    qint64 id = 0;
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    QString coach;
    QDate day;
    core::SessionStatus status = core::SessionStatus::Planned;
    QList<core::KpiId> focus;
    QDate followUp;
    QDate acknowledgedDay;
    int actions = 0;     // agreed in the session
    int openActions = 0; // … not done yet
    // The agent's next session after this one (0: none): a follow-up is met once the agent has a later
    // session.
    qint64 nextSessionId = 0;
    QDate nextSessionDay;
};

struct CoachingFilter {
    core::DateRange range;        // session days; invalid: all
    std::optional<qint64> teamId; // the agent's team on the session day
    std::optional<qint64> agentId;
    std::optional<core::SessionStatus> status;
};

// A follow-up still to do: a session with a follow-up day and no later session for the agent yet.
struct FollowUp {
    CoachingSessionSummary session;
    bool overdue = false; // follow-up day before `today`
};

// An open action item with its session, for the per-team list.
struct OpenActionEntry {
    CoachingAction action;
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    QDate sessionDay;
    QString coach;
    bool overdue = false; // due before `today`
};

// Coaching sessions with their agenda, action items and homework. Every write is one transaction and an
// audit entry (entity "coaching_session", actions "plan", "save", "hold", "close", "reopen", "delete";
// entity "coaching_action", action "done"/"undone").
//
// A session's team is the team the agent was in on the session day (team_memberships; none when the agent
// had no team that day), like every other per-day figure: a session stays with the team that held it after
// the agent moves. Team filters of the lists use that team, for the session and its action items alike.
class CoachingRepository {
public:
    explicit CoachingRepository(const Database &database);

    // Stores a new session (status as given, normally Planned) with its agenda, actions and homework.
    // Refuses an unknown agent, an invalid day, a focus list core::validateFocus refuses (1–3 KPIs), an
    // agenda item without a title or an action item without text. Ids in the agenda and actions are ignored:
    // every row is new.
    core::Result<qint64> create(const CoachingSession &session, const QString &actor, const QDateTime &now);
    core::Result<CoachingSession> load(qint64 sessionId) const;
    // Replaces the session's fields, agenda, actions (by id: kept, changed, added; missing ones deleted)
    // and homework. A closed session only takes acknowledgement, follow-up and action done-state changes;
    // anything else is refused with a message saying it is closed and naming what cannot change. The
    // status is left as stored (setStatus changes it). Agenda items and action items keep their ids; ids
    // not of this session are refused. A done action needs its done day. A save that changes nothing writes
    // nothing (no audit entry).
    core::Status save(const CoachingSession &session, const QString &actor, const QDateTime &now);
    // Planned → Held → Closed, Planned → Closed; Closed → Held is "reopen" and needs a non-blank reason
    // (audited). Back to Planned is refused. Asking for the status the session already has does nothing.
    core::Status setStatus(qint64 sessionId, core::SessionStatus status, const QString &reason,
                           const QString &actor, const QDateTime &now);
    // Only planned sessions can be deleted.
    core::Status remove(qint64 sessionId, const QString &actor, const QDateTime &now);

    // Marks one action (of any session, closed ones too) done on `day` or open again.
    core::Status setActionDone(qint64 actionId, bool done, QDate day, const QString &actor,
                               const QDateTime &now);

    // Newest first.
    core::Result<QList<CoachingSessionSummary>> sessions(const CoachingFilter &filter) const;
    // The agent's latest session before `day` (any status), if any.
    core::Result<std::optional<CoachingSessionSummary>> previousSession(qint64 agentId, QDate day) const;
    // Open follow-ups of the team's agents (or all), overdue first, then by follow-up day. Any later
    // session of the agent (by day, then id; planned ones too) meets a follow-up.
    core::Result<QList<FollowUp>> followUps(std::optional<qint64> teamId, QDate today) const;
    // Open action items of the team's agents (or all), by due day (none last), then session day.
    core::Result<QList<OpenActionEntry>> openActions(std::optional<qint64> teamId,
                                                     std::optional<qint64> agentId, QDate today) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::CoachingRepository)
};

} // namespace huddle::storage
