#include "coachingrepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "coachingchanges.h"
#include "coachingrows.h"
#include "coachingwriter.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString sessionEntity = QStringLiteral("coaching_session");
const QString actionEntity = QStringLiteral("coaching_action");

// One row of a single-value query, or `missing` when there is none.
core::Result<QVariant> lookUp(const Database &database, const QString &sql, qint64 id, const QString &missing)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, sql, {id}, QStringLiteral("looking up %1").arg(id)); !done)
        return done.error();
    if (!q.next())
        return core::Error{missing, {}};
    return q.value(0);
}

// Each action item says what was agreed, and a done one when it was done.
Status checkActions(const QList<CoachingAction> &actions)
{
    for (int i = 0; i < actions.size(); ++i) {
        if (actions[i].body.trimmed().isEmpty())
            return core::Error{
                tr("action item %1 says nothing: write what was agreed or remove it").arg(i + 1), {}};
        if (actions[i].done && !actions[i].doneDay.isValid())
            return core::Error{tr("action item %1 is marked done without the day it was done").arg(i + 1),
                               {}};
    }
    return core::Done{};
}

// What a planned or held session must be: an existing agent, a day, 1–3 focus KPIs, agenda items with a
// title and meaningful action items.
Status checkSession(const Database &database, const CoachingSession &session)
{
    if (auto agent = lookUp(database, QStringLiteral("SELECT id FROM agents WHERE id = ?"), session.agentId,
                            tr("there is no agent %1 to coach").arg(session.agentId));
        !agent)
        return agent.error();
    if (!session.day.isValid())
        return core::Error{tr("a coaching session needs a valid day"), {}};
    if (auto focus = core::validateFocus(session.focus); !focus)
        return focus;
    for (int i = 0; i < session.agenda.size(); ++i)
        if (session.agenda[i].title.trimmed().isEmpty())
            return core::Error{tr("agenda item %1 has no title").arg(i + 1), {}};
    return checkActions(session.actions);
}

// The form stored and compared: action items belong to the session and only done ones have a done day.
CoachingSession normalized(CoachingSession session, qint64 sessionId)
{
    session.id = sessionId;
    for (CoachingAction &action : session.actions) {
        action.sessionId = sessionId;
        if (!action.done)
            action.doneDay = {};
    }
    return session;
}

// Allowed status changes (between different statuses) and the audit action of each; refusals say why.
core::Result<QString> statusChange(core::SessionStatus from, core::SessionStatus to, const QString &reason)
{
    using core::SessionStatus;
    if (from == SessionStatus::Closed && to == SessionStatus::Held) {
        if (reason.isEmpty())
            return core::Error{tr("reopening a closed session needs a reason"), {}};
        return QStringLiteral("reopen");
    }
    if (to == SessionStatus::Closed)
        return QStringLiteral("close");
    if (from == SessionStatus::Planned && to == SessionStatus::Held)
        return QStringLiteral("hold");
    if (from == SessionStatus::Held)
        return core::Error{tr("a held session cannot go back to planned"), {}};
    return core::Error{tr("a closed session can only be reopened as held"), {}};
}

// The conditions of a list query over the sessions `s`, with their placeholders' values in order.
struct SessionConditions {
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList bindings;

    void add(const QString &condition, const QVariant &value)
    {
        where << condition;
        bindings << value;
    }
    void add(const QString &condition, const std::optional<qint64> &value)
    {
        if (value)
            add(condition, QVariant(*value));
    }
    QString sql() const { return where.join(QStringLiteral(" AND ")); }
};

core::Status audit(const Database &database, const QString &actor, const QString &entity, qint64 id,
                   const QString &action, const QJsonObject &detail)
{
    return AuditLog(database).append(actor, entity, id, action, detail);
}

} // namespace

CoachingRepository::CoachingRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<qint64> CoachingRepository::create(const CoachingSession &session, const QString &actor,
                                                const QDateTime &now)
{
    // A new session: ids the caller may have copied from another one are not this session's rows.
    CoachingSession fresh = normalized(session, 0);
    for (CoachingAgendaItem &item : fresh.agenda)
        item.id = 0;
    for (CoachingAction &action : fresh.actions)
        action.id = 0;
    return inTransaction(
        m_database->connection(), tr("planning a coaching session"), [&]() -> core::Result<qint64> {
            if (auto valid = checkSession(*m_database, fresh); !valid)
                return valid.error();
            CoachingWriter writer(*m_database, now);
            const auto id = writer.insertSession(fresh);
            if (!id)
                return id;
            if (auto actions = writer.writeActions(id.value(), normalized(fresh, id.value()).actions, {});
                !actions)
                return actions.error();
            if (auto agenda = writer.writeAgenda(id.value(), fresh.agenda, {}); !agenda)
                return agenda.error();
            if (auto homework = writer.replaceHomework(id.value(), fresh.homework); !homework)
                return homework.error();
            if (auto done = audit(*m_database, actor, sessionEntity, id.value(), QStringLiteral("plan"),
                                  sessionDetail(fresh));
                !done)
                return done.error();
            return id;
        });
}

core::Result<CoachingSession> CoachingRepository::load(qint64 sessionId) const
{
    return readSession(*m_database, sessionId);
}

core::Status CoachingRepository::save(const CoachingSession &session, const QString &actor,
                                      const QDateTime &now)
{
    const CoachingSession given = normalized(session, session.id);
    return inTransaction(
        m_database->connection(), tr("saving coaching session %1").arg(session.id), [&]() -> core::Status {
            const auto stored = readSession(*m_database, given.id);
            if (!stored)
                return stored.error();
            if (stored->status == core::SessionStatus::Closed) {
                if (const QStringList frozen = frozenChanges(stored.value(), given); !frozen.isEmpty())
                    return core::Error{tr("coaching session %1 is closed: %2 can no longer change (reopen it "
                                          "to edit them)")
                                           .arg(given.id)
                                           .arg(frozen.join(QStringLiteral(", "))),
                                       {}};
                if (auto valid = checkActions(given.actions); !valid)
                    return valid;
            } else if (auto valid = checkSession(*m_database, given); !valid) {
                return valid;
            }
            CoachingWriter writer(*m_database, now);
            const bool fieldsChanged = sessionFieldsDiffer(stored.value(), given);
            if (fieldsChanged)
                if (auto done = writer.updateSession(stored.value(), given); !done)
                    return done;
            const auto actions = writer.writeActions(given.id, given.actions, stored->actions);
            if (!actions)
                return actions.error();
            const auto agenda = writer.writeAgenda(given.id, given.agenda, stored->agenda);
            if (!agenda)
                return agenda.error();
            const bool homeworkChanged = homeworkSet(stored->homework) != homeworkSet(given.homework);
            if (homeworkChanged)
                if (auto done = writer.replaceHomework(given.id, given.homework); !done)
                    return done;
            if (!fieldsChanged && !homeworkChanged && actions->isEmpty() && agenda->isEmpty())
                return core::Done{}; // nothing to stamp or audit
            if (!fieldsChanged)
                if (auto done = writer.touch(given.id); !done)
                    return done;
            return audit(*m_database, actor, sessionEntity, given.id, QStringLiteral("save"),
                         saveDetail(stored.value(), given, agenda.value(), actions.value()));
        });
}

core::Status CoachingRepository::setStatus(qint64 sessionId, core::SessionStatus status,
                                           const QString &reason, const QString &actor, const QDateTime &now)
{
    return inTransaction(
        m_database->connection(), tr("changing the status of coaching session %1").arg(sessionId),
        [&]() -> core::Status {
            const auto stored = readSession(*m_database, sessionId);
            if (!stored)
                return stored.error();
            if (stored->status == status)
                return core::Done{}; // already there: nothing to record
            const auto action = statusChange(stored->status, status, reason.trimmed());
            if (!action)
                return action.error();
            if (auto done = CoachingWriter(*m_database, now).updateStatus(sessionId, status); !done)
                return done;
            QJsonObject detail{
                {QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("before"), core::sessionStatusCode(stored->status)},
                             {QStringLiteral("after"), core::sessionStatusCode(status)}}}};
            if (!reason.trimmed().isEmpty())
                detail.insert(QStringLiteral("reason"), reason.trimmed());
            return audit(*m_database, actor, sessionEntity, sessionId, action.value(), detail);
        });
}

core::Status CoachingRepository::remove(qint64 sessionId, const QString &actor, const QDateTime &now)
{
    return inTransaction(
        m_database->connection(), tr("deleting coaching session %1").arg(sessionId), [&]() -> core::Status {
            const auto stored = readSession(*m_database, sessionId);
            if (!stored)
                return stored.error();
            if (stored->status != core::SessionStatus::Planned)
                return core::Error{
                    stored->status == core::SessionStatus::Held
                        ? tr("coaching session %1 has been held; only planned sessions can be deleted")
                              .arg(sessionId)
                        : tr("coaching session %1 is closed; only planned sessions can be deleted")
                              .arg(sessionId),
                    {}};
            if (auto done = CoachingWriter(*m_database, now).deleteSession(sessionId); !done)
                return done;
            return audit(*m_database, actor, sessionEntity, sessionId, QStringLiteral("delete"),
                         sessionDetail(stored.value()));
        });
}

core::Status CoachingRepository::setActionDone(qint64 actionId, bool done, QDate day, const QString &actor,
                                               const QDateTime &now)
{
    if (done && !day.isValid())
        return core::Error{tr("marking an action item done needs the day it was done"), {}};
    return inTransaction(
        m_database->connection(), tr("marking action item %1").arg(actionId), [&]() -> core::Status {
            const auto sessionId =
                lookUp(*m_database, QStringLiteral("SELECT session_id FROM coaching_actions WHERE id = ?"),
                       actionId, tr("there is no action item %1").arg(actionId));
            if (!sessionId)
                return sessionId.error();
            CoachingWriter writer(*m_database, now);
            if (auto written = writer.setActionDone(actionId, done, day); !written)
                return written;
            if (auto touched = writer.touch(sessionId->toLongLong()); !touched)
                return touched;
            QJsonObject detail{{QStringLiteral("session"), sessionId->toLongLong()}};
            if (done)
                detail.insert(QStringLiteral("day"), dayText(day));
            return audit(*m_database, actor, actionEntity, actionId,
                         done ? QStringLiteral("done") : QStringLiteral("undone"), detail);
        });
}

core::Result<QList<CoachingSessionSummary>> CoachingRepository::sessions(const CoachingFilter &filter) const
{
    SessionConditions c;
    if (filter.range.isValid()) {
        c.add(QStringLiteral("s.day >= ?"), dayText(filter.range.from));
        c.add(QStringLiteral("s.day <= ?"), dayText(filter.range.to));
    }
    c.add(QStringLiteral("s.team_id = ?"), filter.teamId);
    c.add(QStringLiteral("s.agent_id = ?"), filter.agentId);
    if (filter.status)
        c.add(QStringLiteral("s.status = ?"), core::sessionStatusCode(*filter.status));
    return readSummaries(*m_database, c.sql(), QStringLiteral("s.day DESC, s.id DESC"), c.bindings);
}

core::Result<std::optional<CoachingSessionSummary>> CoachingRepository::previousSession(qint64 agentId,
                                                                                        QDate day) const
{
    const auto rows = readSummaries(*m_database, QStringLiteral("s.agent_id = ? AND s.day < ?"),
                                    QStringLiteral("s.day DESC, s.id DESC LIMIT 1"), {agentId, dayText(day)});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<CoachingSessionSummary>()
                           : std::optional<CoachingSessionSummary>(rows->constFirst());
}

core::Result<QList<FollowUp>> CoachingRepository::followUps(std::optional<qint64> teamId, QDate today) const
{
    SessionConditions c;
    c.where = {QStringLiteral("s.follow_up_day IS NOT NULL AND s.next_id IS NULL")};
    c.add(QStringLiteral("s.team_id = ?"), teamId);
    c.bindings << dayText(today); // the ORDER BY's
    const auto rows = readSummaries(
        *m_database, c.sql(),
        QStringLiteral("CASE WHEN s.follow_up_day < ? THEN 0 ELSE 1 END, s.follow_up_day, s.day, s.id"),
        c.bindings);
    if (!rows)
        return rows.error();
    QList<FollowUp> followUps;
    for (const CoachingSessionSummary &session : rows.value())
        followUps.append({session, session.followUp < today});
    return followUps;
}

core::Result<QList<OpenActionEntry>> CoachingRepository::openActions(std::optional<qint64> teamId,
                                                                     std::optional<qint64> agentId,
                                                                     QDate today) const
{
    SessionConditions c;
    c.add(QStringLiteral("s.team_id = ?"), teamId);
    c.add(QStringLiteral("s.agent_id = ?"), agentId);
    return readOpenActions(*m_database, c.sql(), c.bindings, today);
}

} // namespace huddle::storage
