// The warning-ladder part of AttendanceRepository: the site's ladder in settings, and where agents stand on
// it.
#include "attendancerepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

namespace {

const QString ladderKey = QStringLiteral("attendance_ladder");
const QString windowKey = QStringLiteral("attendance_ladder_window_days");

struct StoredLadderSettings {
    std::optional<QString> ladderJson; // empty: the built-in ladder
    std::optional<QString> windowDays;
};

core::Result<StoredLadderSettings> readSettings(const Database &database)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                             {ladderKey, windowKey}, QStringLiteral("reading the attendance ladder"));
        !done)
        return done.error();
    StoredLadderSettings stored;
    while (q.next())
        (q.value(0).toString() == ladderKey ? stored.ladderJson : stored.windowDays) = q.value(1).toString();
    return stored;
}

core::Result<core::AttendanceLadder> ladderFrom(const StoredLadderSettings &stored)
{
    if (stored.ladderJson) {
        auto ladder = core::AttendanceLadder::fromJson(stored.ladderJson->toUtf8());
        if (!ladder)
            return core::Error{tr("the stored attendance ladder is invalid: %1").arg(ladder.error().message),
                               {}};
        return ladder.value();
    }
    core::AttendanceLadder ladder = core::AttendanceLadder::defaults();
    if (stored.windowDays) {
        bool ok = false;
        ladder.windowDays = stored.windowDays->toInt(&ok);
        if (!ok)
            return core::Error{
                tr("the setting %1 holds “%2”, not a number of days").arg(windowKey, *stored.windowDays), {}};
    }
    if (auto valid = ladder.validate(); !valid)
        return core::Error{tr("the setting %1 is invalid: %2").arg(windowKey, valid.error().message), {}};
    return ladder;
}

QJsonValue auditValue(const std::optional<QString> &json)
{
    if (!json)
        return QJsonValue(); // the built-in ladder
    const QJsonDocument document = QJsonDocument::fromJson(json->toUtf8());
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(*json);
}

// The agents the ladder table lists: the team's members on `day`, or everyone with any shift.
core::Result<QList<AgentLadderStage>> listedAgents(const Database &database, QDate day,
                                                   std::optional<qint64> teamId)
{
    QSqlQuery q(database.connection());
    const auto done =
        teamId
            ? runBound(
                  q,
                  QStringLiteral("SELECT DISTINCT a.id, a.display_name FROM agents a JOIN team_memberships m"
                                 " ON m.agent_id = a.id WHERE m.team_id = ? AND m.valid_from <= ?"
                                 " AND (m.valid_to IS NULL OR m.valid_to > ?)"),
                  {*teamId, dayText(day), dayText(day)}, QStringLiteral("reading the team's agents"))
            : runBound(q,
                       QStringLiteral("SELECT a.id, a.display_name FROM agents a"
                                      " WHERE EXISTS (SELECT 1 FROM attendance t WHERE t.agent_id = a.id)"),
                       {}, QStringLiteral("reading the agents with shifts"));
    if (!done)
        return done.error();
    QList<AgentLadderStage> agents;
    while (q.next())
        agents.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    std::sort(agents.begin(), agents.end(), [](const AgentLadderStage &a, const AgentLadderStage &b) {
        if (const int byName = a.agentName.localeAwareCompare(b.agentName); byName != 0)
            return byName < 0;
        return a.agentId < b.agentId;
    });
    return agents;
}

} // namespace

core::Result<core::AttendanceLadder> AttendanceRepository::ladder() const
{
    const auto stored = readSettings(*m_database);
    if (!stored)
        return stored.error();
    return ladderFrom(stored.value());
}

// The window is written to its own setting as well, so both settings always tell the same window.
core::Status AttendanceRepository::setLadder(const core::AttendanceLadder &ladder, const QString &actor,
                                             const QDateTime &now)
{
    Q_UNUSED(now) // the audit log stamps its own time; settings keep no change times
    if (auto valid = ladder.validate(); !valid)
        return valid;
    return inTransaction(m_database->connection(), tr("saving the attendance ladder"), [&]() -> core::Status {
        const auto before = readSettings(*m_database);
        if (!before)
            return before.error();
        const QString json = QString::fromUtf8(ladder.toJson());
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q,
                                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)"
                                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                 {ladderKey, json, windowKey, QString::number(ladder.windowDays)},
                                 QStringLiteral("saving the attendance ladder"));
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor, QStringLiteral("settings"), 0, ladderKey,
                    {{QStringLiteral("before"), auditValue(before->ladderJson)},
                     {QStringLiteral("after"), auditValue(json)}});
    });
}

core::Result<QList<AgentLadderStage>> AttendanceRepository::stages(QDate day,
                                                                   std::optional<qint64> teamId) const
{
    if (!day.isValid())
        return core::Error{tr("the ladder stage is asked for an invalid day"), {}};
    const auto ladder = this->ladder();
    if (!ladder)
        return ladder.error();
    auto agents = listedAgents(*m_database, day, teamId);
    if (!agents)
        return agents.error();
    const core::DateRange window{day.addDays(1 - ladder->windowDays), day};
    for (AgentLadderStage &agent : agents.value()) {
        const auto days = violationDays(agent.agentId, window);
        if (!days)
            return days.error();
        agent.stage = core::ladderStage(ladder.value(), days.value(), day);
    }
    return agents;
}

core::Result<core::LadderStage> AttendanceRepository::stage(qint64 agentId, QDate day) const
{
    if (!day.isValid())
        return core::Error{tr("the ladder stage is asked for an invalid day"), {}};
    const auto ladder = this->ladder();
    if (!ladder)
        return ladder.error();
    const auto days = violationDays(agentId, {day.addDays(1 - ladder->windowDays), day});
    if (!days)
        return days.error();
    return core::ladderStage(ladder.value(), days.value(), day);
}

} // namespace huddle::storage
