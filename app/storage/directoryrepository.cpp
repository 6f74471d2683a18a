#include "directoryrepository.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

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
    q.prepare(
        QStringLiteral("SELECT a.id, a.display_name, t.id, t.name FROM agents a"
                       " LEFT JOIN team_memberships m ON m.agent_id = a.id AND m.valid_from <= ?"
                       "   AND (m.valid_to IS NULL OR m.valid_to > ?)"
                       " LEFT JOIN teams t ON t.id = m.team_id"
                       " WHERE (CAST(? AS BIGINT) IS NULL OR m.team_id = ?) ORDER BY a.display_name, a.id"));
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

QDate DirectoryRepository::siteToday() const
{
    const QTimeZone zone(setting(QStringLiteral("site_time_zone"), QStringLiteral("UTC")).toUtf8());
    return QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

core::Status DirectoryRepository::setSiteIdentity(const QString &siteName, const QString &currencyCode,
                                                  const QString &actor) const
{
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (!isoCode.match(currencyCode).hasMatch())
        return core::Error{QCoreApplication::translate("huddle::storage::DirectoryRepository",
                                                       "currency: expected an ISO 4217 code of three capital "
                                                       "letters such as USD or EUR, got \"%1\"")
                               .arg(currencyCode),
                           {}};
    const QJsonObject detail{
        {QStringLiteral("site_name"),
         QJsonObject{{QStringLiteral("before"), setting(QStringLiteral("site_name"))},
                     {QStringLiteral("after"), siteName.trimmed()}}},
        {QStringLiteral("currency"),
         QJsonObject{{QStringLiteral("before"), setting(QStringLiteral("currency"), QStringLiteral("USD"))},
                     {QStringLiteral("after"), currencyCode}}}};
    return inTransaction(
        m_database->connection(), QStringLiteral("saving the site's name and currency"), [&] {
            QSqlQuery q(m_database->connection());
            const QString upsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
            if (auto done = runBound(q, upsert, {QStringLiteral("site_name"), siteName.trimmed()},
                                     QStringLiteral("saving the site's name"));
                !done)
                return done;
            if (auto done = runBound(q, upsert, {QStringLiteral("currency"), currencyCode},
                                     QStringLiteral("saving the currency"));
                !done)
                return done;
            return AuditLog(*m_database)
                .append(actor, QStringLiteral("settings"), 0, QStringLiteral("site"), detail);
        });
}

} // namespace huddle::storage
