#include "directoryrepository.h"

#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

DirectoryRepository::DirectoryRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<TeamEntry>> DirectoryRepository::teams() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM teams ORDER BY name")))
        return sqlError(q, QStringLiteral("reading teams"));
    QList<TeamEntry> teams;
    while (q.next())
        teams.append({q.value(0).toLongLong(), q.value(1).toString()});
    return teams;
}

core::Result<QList<AgentEntry>> DirectoryRepository::agents(std::optional<qint64> teamId, QDate day) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT a.id, a.display_name, t.id, t.name FROM agents a"
                             " LEFT JOIN team_memberships m ON m.agent_id = a.id AND m.valid_from <= ?"
                             "   AND (m.valid_to IS NULL OR m.valid_to > ?)"
                             " LEFT JOIN teams t ON t.id = m.team_id"
                             " WHERE (? IS NULL OR m.team_id = ?) ORDER BY a.display_name, a.id"));
    const QString dayValue = dayText(day);
    q.addBindValue(dayValue);
    q.addBindValue(dayValue);
    q.addBindValue(teamId ? QVariant(*teamId) : QVariant());
    q.addBindValue(teamId ? QVariant(*teamId) : QVariant());
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading agents"));
    QList<AgentEntry> agents;
    while (q.next())
        agents.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return agents;
}

namespace {

std::optional<qint64> idByName(QSqlDatabase db, const QString &sql, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

} // namespace

std::optional<qint64> DirectoryRepository::teamIdByName(const QString &name) const
{
    return idByName(m_database->connection(), QStringLiteral("SELECT id FROM teams WHERE name = ?"), name);
}

std::optional<qint64> DirectoryRepository::agentIdByName(const QString &name) const
{
    return idByName(m_database->connection(),
                    QStringLiteral("SELECT id FROM agents WHERE display_name = ? ORDER BY id LIMIT 1"), name);
}

core::Result<core::DateRange> DirectoryRepository::dataRange() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT MIN(day), MAX(day) FROM conversations")) || !q.next())
        return sqlError(q, QStringLiteral("reading the span of data"));
    return core::DateRange{dayFrom(q.value(0)), dayFrom(q.value(1))};
}

QString DirectoryRepository::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

} // namespace huddle::storage
