#include "timelinerepository.h"
#include "translation.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace huddle::storage {

namespace {

// A tooltip shows the start of a note, not a page of it.
QString excerpt(const QString &body)
{
    constexpr int longest = 80;
    const QString line = body.simplified();
    return line.size() <= longest ? line : line.left(longest - 1) + QChar(0x2026);
}

QString noteTitle(const QString &reviewer, const QString &body)
{
    return tr("Review note by %1: %2").arg(reviewer, excerpt(body));
}

// By day; within a day evaluations, then notes, then sessions; then by id.
void sortByDay(QList<core::TimelineEvent> &events)
{
    std::sort(events.begin(), events.end(), [](const core::TimelineEvent &a, const core::TimelineEvent &b) {
        return std::tuple(a.day, a.kind, a.id) < std::tuple(b.day, b.kind, b.id);
    });
}

// "csat,aht" → "CSAT, AHT".
QString focusText(const QString &codes)
{
    QStringList names = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed().toUpper();
    return names.join(QStringLiteral(", "));
}

// The WHERE clause shared by the three kinds: period, then team, then agents; `team` is the condition that
// puts a row in the team, with one placeholder.
struct TimelineConditions {
    QStringList where;
    QVariantList bindings;
};

TimelineConditions conditions(const QString &day, const QString &team, const QString &agent,
                              core::DateRange range, std::optional<qint64> teamId,
                              const QList<qint64> &agentIds)
{
    TimelineConditions c{{day + QStringLiteral(" BETWEEN ? AND ?")},
                         {dayText(range.from), dayText(range.to)}};
    if (teamId) {
        c.where.append(team);
        c.bindings.append(*teamId);
    }
    if (!agentIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : agentIds) {
            marks.append(QStringLiteral("?"));
            c.bindings.append(id);
        }
        c.where.append(QStringLiteral("%1 IN (%2)").arg(agent, marks.join(QStringLiteral(", "))));
    }
    return c;
}

// Runs `select` (columns: id, day, agent id, agent name, then two of the kind's own) with the conditions
// appended and turns each row into an event with `make`.
template <typename Make>
core::Status collect(const QSqlDatabase &db, const QString &select, const TimelineConditions &c,
                     core::TimelineEventKind kind, Make make, QList<core::TimelineEvent> &events)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(select + QStringLiteral(" WHERE ") + c.where.join(QStringLiteral(" AND ")));
    for (const QVariant &value : c.bindings)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading the timeline"));
    while (q.next()) {
        core::TimelineEvent event;
        event.kind = kind;
        event.id = q.value(0).toLongLong();
        event.day = dayFrom(q.value(1));
        event.agentId = q.value(2).toLongLong();
        event.agentName = q.value(3).toString();
        make(q, event);
        events.append(event);
    }
    return core::Done{};
}

} // namespace

TimelineRepository::TimelineRepository(const Database &database)
    : m_database(&database)
{
}

core::Status TimelineRepository::readEvaluationsAndSessions(core::DateRange range,
                                                            std::optional<qint64> teamId,
                                                            const QList<qint64> &agentIds,
                                                            QList<core::TimelineEvent> &events) const
{
    const QSqlDatabase db = m_database->connection();
    // Read through evaluations_team_day (or _agent_day, _day): status and score come from the index.
    TimelineConditions evaluations =
        conditions(QStringLiteral("e.conversation_day"), QStringLiteral("e.team_id = ?"),
                   QStringLiteral("e.agent_id"), range, teamId, agentIds);
    evaluations.where.append(QStringLiteral("e.kind = 'qa' AND e.status IN ('published', 'final')"));
    const core::Status status = collect(
        db,
        QStringLiteral("SELECT e.id, e.conversation_day, e.agent_id, a.display_name, e.evaluator, e.score_pct"
                       " FROM evaluations e LEFT JOIN agents a ON a.id = e.agent_id"),
        evaluations, core::TimelineEventKind::QaEvaluation,
        [](const QSqlQuery &q, core::TimelineEvent &event) {
            event.title = tr("QA evaluation by %1").arg(q.value(4).toString());
            if (!q.value(5).isNull())
                event.score = q.value(5).toDouble();
        },
        events);
    if (!status)
        return status;
    // Sessions carry no team: the agent's membership on the session's day decides.
    return collect(
        db,
        QStringLiteral("SELECT s.id, s.day, s.agent_id, a.display_name, s.coach, s.focus_kpis"
                       " FROM coaching_sessions s LEFT JOIN agents a ON a.id = s.agent_id"),
        conditions(QStringLiteral("s.day"),
                   QStringLiteral("EXISTS (SELECT 1 FROM team_memberships m WHERE m.agent_id = s.agent_id"
                                  " AND m.team_id = ? AND s.day >= m.valid_from"
                                  " AND (m.valid_to IS NULL OR s.day < m.valid_to))"),
                   QStringLiteral("s.agent_id"), range, teamId, agentIds),
        core::TimelineEventKind::CoachingSession,
        [](const QSqlQuery &q, core::TimelineEvent &event) {
            const QString focus = focusText(q.value(5).toString());
            event.title = focus.isEmpty()
                              ? tr("Coaching session by %1").arg(q.value(4).toString())
                              : tr("Coaching session by %1 on %2").arg(q.value(4).toString(), focus);
        },
        events);
}

core::Result<QList<core::TimelineEvent>> TimelineRepository::events(core::DateRange range,
                                                                    std::optional<qint64> teamId,
                                                                    const QList<qint64> &agentIds) const
{
    QList<core::TimelineEvent> events;
    if (!range.isValid())
        return events;
    if (core::Status read = readEvaluationsAndSessions(range, teamId, agentIds, events); !read)
        return read.error();
    const core::Status notes = collect(
        m_database->connection(),
        QStringLiteral("SELECT n.id, n.conversation_day, n.agent_id, a.display_name, n.reviewer, n.body"
                       " FROM review_notes n LEFT JOIN agents a ON a.id = n.agent_id"),
        conditions(QStringLiteral("n.conversation_day"), QStringLiteral("n.team_id = ?"),
                   QStringLiteral("n.agent_id"), range, teamId, agentIds),
        core::TimelineEventKind::ReviewNote,
        [](const QSqlQuery &q, core::TimelineEvent &event) {
            event.title = noteTitle(q.value(4).toString(), q.value(5).toString());
        },
        events);
    if (!notes)
        return notes.error();
    sortByDay(events);
    return events;
}

core::Result<QList<core::TimelineEvent>> TimelineRepository::events(core::DateRange range,
                                                                    std::optional<qint64> teamId,
                                                                    const QList<qint64> &agentIds,
                                                                    const QList<ReviewNoteEntry> &notes) const
{
    QList<core::TimelineEvent> events;
    if (!range.isValid())
        return events;
    if (core::Status read = readEvaluationsAndSessions(range, teamId, agentIds, events); !read)
        return read.error();
    for (const ReviewNoteEntry &note : notes)
        events.append(noteEvent(note));
    sortByDay(events);
    return events;
}

core::TimelineEvent TimelineRepository::noteEvent(const ReviewNoteEntry &note)
{
    core::TimelineEvent event;
    event.kind = core::TimelineEventKind::ReviewNote;
    event.id = note.id;
    event.day = note.conversationDay;
    event.agentId = note.agentId;
    event.agentName = note.agentName;
    event.title = noteTitle(note.reviewer, note.body);
    return event;
}

} // namespace huddle::storage
