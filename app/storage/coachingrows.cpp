#include "coachingrows.h"
#include "translation.h"

#include "boundquery.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

// Sessions carry no team of their own: the agent's membership on the session day decides (memberships end
// the day before valid_to). next_id is the agent's next session by day, then id — the one that meets a
// follow-up. Both as columns of `s`, so lists can filter and sort on them.
const QString sessionsInContext = QStringLiteral(
    "(SELECT s0.*, (SELECT m.team_id FROM team_memberships m WHERE m.agent_id = s0.agent_id"
    " AND m.valid_from <= s0.day AND (m.valid_to IS NULL OR s0.day < m.valid_to)"
    " ORDER BY m.valid_from DESC LIMIT 1) AS team_id,"
    " (SELECT n.id FROM coaching_sessions n WHERE n.agent_id = s0.agent_id"
    " AND (n.day > s0.day OR (n.day = s0.day AND n.id > s0.id)) ORDER BY n.day, n.id LIMIT 1) AS next_id"
    " FROM coaching_sessions s0) s LEFT JOIN agents a ON a.id = s.agent_id LEFT JOIN teams t ON t.id = "
    "s.team_id");

// Runs `sql` and turns each row into a T with `read`, which may refuse a row.
template <typename T, typename Read>
core::Result<QList<T>> collect(const Database &database, const QString &sql, const QVariantList &bindings,
                               const QString &what, Read read)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (auto done = runBound(q, sql, bindings, what); !done)
        return done.error();
    QList<T> rows;
    while (q.next()) {
        core::Result<T> row = read(q);
        if (!row)
            return row.error();
        rows.append(std::move(row.value()));
    }
    return rows;
}

core::Result<core::SessionStatus> statusFrom(const QVariant &code, qint64 sessionId)
{
    if (const auto status = core::sessionStatusFromCode(code.toString()))
        return *status;
    return core::Error{
        tr("coaching session %1 has an unknown status “%2”").arg(sessionId).arg(code.toString()), {}};
}

core::Result<core::AgendaKind> kindFrom(const QVariant &code, qint64 itemId)
{
    if (const auto kind = core::agendaKindFromCode(code.toString()))
        return *kind;
    return core::Error{tr("agenda item %1 has an unknown kind “%2”").arg(itemId).arg(code.toString()), {}};
}

// Columns from `first` on: id, session_id, body, owner, due_day, done, done_day.
CoachingAction actionFrom(const QSqlQuery &q, int first)
{
    CoachingAction a;
    a.id = q.value(first).toLongLong();
    a.sessionId = q.value(first + 1).toLongLong();
    a.body = q.value(first + 2).toString();
    a.owner = q.value(first + 3).toString();
    a.due = dayFrom(q.value(first + 4));
    a.done = q.value(first + 5).toInt() != 0;
    a.doneDay = dayFrom(q.value(first + 6));
    return a;
}

const QString actionColumns =
    QStringLiteral("x.id, x.session_id, x.body, x.owner, x.due_day, x.done, x.done_day");

core::Result<CoachingAgendaItem> agendaItemFrom(const QSqlQuery &q)
{
    CoachingAgendaItem item;
    item.id = q.value(0).toLongLong();
    const auto kind = kindFrom(q.value(1), item.id);
    if (!kind)
        return kind.error();
    item.kind = kind.value();
    item.title = q.value(2).toString();
    item.detail = q.value(3).toString();
    item.kpi = q.value(4).toString();
    item.conversationId = q.value(5).toLongLong();
    item.actionId = q.value(6).toLongLong();
    item.notes = q.value(7).toString();
    item.discussed = q.value(8).toInt() != 0;
    return item;
}

QDateTime optionalInstant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : instantFrom(value);
}

// Columns: agent_id, coach, day, status, focus_kpis, notes, acknowledged_day, follow_up_day, created_at,
// updated_at, agent name, team id, team name.
core::Result<CoachingSession> sessionRowFrom(const QSqlQuery &q, qint64 sessionId)
{
    CoachingSession s;
    s.id = sessionId;
    s.agentId = q.value(0).toLongLong();
    s.coach = q.value(1).toString();
    s.day = dayFrom(q.value(2));
    const auto status = statusFrom(q.value(3), sessionId);
    if (!status)
        return status.error();
    s.status = status.value();
    auto focus = focusFrom(q.value(4).toString());
    if (!focus)
        return focus.error();
    s.focus = focus.value();
    s.notes = q.value(5).toString();
    s.acknowledgedDay = dayFrom(q.value(6));
    s.followUp = dayFrom(q.value(7));
    s.createdAt = optionalInstant(q.value(8));
    s.updatedAt = optionalInstant(q.value(9));
    s.agentName = q.value(10).toString();
    s.teamId = q.value(11).toLongLong();
    s.teamName = q.value(12).toString();
    return s;
}

core::Result<CoachingSession> readSessionRow(const Database &database, qint64 sessionId)
{
    auto rows = collect<CoachingSession>(
        database,
        QStringLiteral(
            "SELECT s.agent_id, s.coach, s.day, s.status, s.focus_kpis, s.notes, s.acknowledged_day,"
            " s.follow_up_day, s.created_at, s.updated_at, a.display_name, s.team_id, t.name FROM ") +
            sessionsInContext + QStringLiteral(" WHERE s.id = ?"),
        {sessionId}, QStringLiteral("reading coaching session %1").arg(sessionId),
        [&](const QSqlQuery &q) { return sessionRowFrom(q, sessionId); });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return core::Error{tr("there is no coaching session %1").arg(sessionId), {}};
    return rows->takeFirst();
}

core::Result<CoachingSessionSummary> summaryFrom(const QSqlQuery &q)
{
    CoachingSessionSummary s;
    s.id = q.value(0).toLongLong();
    s.agentId = q.value(1).toLongLong();
    s.agentName = q.value(2).toString();
    s.teamId = q.value(3).toLongLong();
    s.teamName = q.value(4).toString();
    s.coach = q.value(5).toString();
    s.day = dayFrom(q.value(6));
    const auto status = statusFrom(q.value(7), s.id);
    if (!status)
        return status.error();
    s.status = status.value();
    const auto focus = focusFrom(q.value(8).toString());
    if (!focus)
        return focus.error();
    s.focus = focus.value();
    s.followUp = dayFrom(q.value(9));
    s.acknowledgedDay = dayFrom(q.value(10));
    s.actions = q.value(11).toInt();
    s.openActions = q.value(12).toInt();
    s.nextSessionId = q.value(13).toLongLong();
    s.nextSessionDay = dayFrom(q.value(14));
    return s;
}

} // namespace

QString focusCodes(const QList<core::KpiId> &focus)
{
    QStringList codes;
    for (core::KpiId kpi : focus)
        codes.append(core::kpiCode(kpi));
    return codes.join(QLatin1Char(','));
}

core::Result<QList<core::KpiId>> focusFrom(const QString &codes)
{
    QList<core::KpiId> focus;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kpi = core::kpiFromCode(code.trimmed());
        if (!kpi)
            return core::Error{tr("unknown focus KPI “%1” in a coaching session").arg(code.trimmed()), {}};
        focus.append(*kpi);
    }
    return focus;
}

core::Result<CoachingSession> readSession(const Database &database, qint64 sessionId)
{
    auto session = readSessionRow(database, sessionId);
    if (!session)
        return session;
    auto agenda = collect<CoachingAgendaItem>(
        database,
        QStringLiteral("SELECT id, kind, title, detail, kpi, conversation_id, action_id, notes, discussed"
                       " FROM coaching_agenda_items WHERE session_id = ? ORDER BY position, id"),
        {sessionId}, QStringLiteral("reading the agenda of coaching session %1").arg(sessionId),
        agendaItemFrom);
    if (!agenda)
        return agenda.error();
    session->agenda = agenda.value();
    auto actions = collect<CoachingAction>(
        database,
        QStringLiteral("SELECT %1 FROM coaching_actions x WHERE x.session_id = ? ORDER BY x.position, x.id")
            .arg(actionColumns),
        {sessionId}, QStringLiteral("reading the action items of coaching session %1").arg(sessionId),
        [](const QSqlQuery &q) { return core::Result<CoachingAction>(actionFrom(q, 0)); });
    if (!actions)
        return actions.error();
    session->actions = actions.value();
    auto homework = collect<qint64>(
        database,
        QStringLiteral("SELECT phrase_id FROM coaching_homework WHERE session_id = ? ORDER BY phrase_id"),
        {sessionId}, QStringLiteral("reading the homework of coaching session %1").arg(sessionId),
        [](const QSqlQuery &q) { return core::Result<qint64>(q.value(0).toLongLong()); });
    if (!homework)
        return homework.error();
    session->homework = homework.value();
    return session;
}

core::Result<QList<CoachingSessionSummary>> readSummaries(const Database &database, const QString &where,
                                                          const QString &orderBy,
                                                          const QVariantList &bindings)
{
    return collect<CoachingSessionSummary>(
        database,
        QStringLiteral("SELECT s.id, s.agent_id, a.display_name, s.team_id, t.name, s.coach, s.day, s.status,"
                       " s.focus_kpis, s.follow_up_day, s.acknowledged_day,"
                       " (SELECT COUNT(*) FROM coaching_actions x WHERE x.session_id = s.id),"
                       " (SELECT COUNT(*) FROM coaching_actions x WHERE x.session_id = s.id AND x.done = 0),"
                       " s.next_id, nx.day FROM %1 LEFT JOIN coaching_sessions nx ON nx.id = s.next_id"
                       " WHERE %2 ORDER BY %3")
            .arg(sessionsInContext, where, orderBy),
        bindings, QStringLiteral("reading coaching sessions"), summaryFrom);
}

core::Result<QList<OpenActionEntry>> readOpenActions(const Database &database, const QString &where,
                                                     const QVariantList &bindings, QDate today)
{
    return collect<OpenActionEntry>(
        database,
        QStringLiteral("SELECT %1, s.agent_id, a.display_name, s.team_id, t.name, s.day, s.coach"
                       " FROM %2 JOIN coaching_actions x ON x.session_id = s.id WHERE x.done = 0 AND %3"
                       " ORDER BY x.due_day IS NULL, x.due_day, s.day, s.id, x.position, x.id")
            .arg(actionColumns, sessionsInContext, where),
        bindings, QStringLiteral("reading open action items"), [&](const QSqlQuery &q) {
            OpenActionEntry e;
            e.action = actionFrom(q, 0);
            e.agentId = q.value(7).toLongLong();
            e.agentName = q.value(8).toString();
            e.teamId = q.value(9).toLongLong();
            e.teamName = q.value(10).toString();
            e.sessionDay = dayFrom(q.value(11));
            e.coach = q.value(12).toString();
            e.overdue = e.action.due.isValid() && e.action.due < today;
            return core::Result<OpenActionEntry>(e);
        });
}

} // namespace huddle::storage
