#include "bonusplanrepository.h"
#include "translation.h"

#include "auditlog.h"
#include "bonuslockrepository.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include "core/month.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;
using core::Status;

namespace {

const QString versionColumns =
    QStringLiteral("SELECT p.id, p.team_id, t.name, p.valid_from, p.version, p.definition, p.created_at,"
                   " p.created_by, p.note FROM bonus_plans p LEFT JOIN teams t ON t.id = p.team_id");

// The scope key of the bonus_plans indexes: a team's id, 0 for the site's plans.
qint64 scopeKey(std::optional<qint64> teamId)
{
    return teamId.value_or(0);
}

core::Result<BonusPlanVersion> versionFrom(const QSqlQuery &q)
{
    BonusPlanVersion version;
    version.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        version.teamId = q.value(1).toLongLong();
    version.teamName = q.value(2).toString();
    const auto month = core::monthFromCode(q.value(3).toString());
    version.version = q.value(4).toInt();
    auto plan = core::BonusPlan::fromJson(q.value(5).toString().toUtf8());
    if (!month || !plan)
        return core::Error{
            tr("stored bonus plan %1 (version %2) is damaged: %3")
                .arg(version.id)
                .arg(version.version)
                .arg(plan ? tr("its month is “%1”").arg(q.value(3).toString()) : plan.error().message),
            {}};
    version.validFrom = *month;
    version.plan = std::move(plan.value());
    version.createdAt = instantFrom(q.value(6));
    version.createdBy = q.value(7).toString();
    version.note = q.value(8).toString();
    return version;
}

core::Result<std::optional<BonusPlanVersion>> newestFrom(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<BonusPlanVersion>();
    auto version = versionFrom(q);
    if (!version)
        return version.error();
    return std::optional<BonusPlanVersion>(std::move(version.value()));
}

// The scope's newest version valid from a month ≤ `month`: newest by valid_from, then by version (a later
// save for the same month replaces the earlier one).
core::Result<std::optional<BonusPlanVersion>> scopePlanFor(const Database &database,
                                                           std::optional<qint64> teamId, QDate month)
{
    QSqlQuery q(database.connection());
    if (auto done =
            runBound(q,
                     versionColumns + QStringLiteral(" WHERE COALESCE(p.team_id, 0) = ? AND p.valid_from <= ?"
                                                     " ORDER BY p.valid_from DESC, p.version DESC LIMIT 1"),
                     {scopeKey(teamId), core::monthCode(month)}, tr("reading the bonus plan"));
        !done)
        return done.error();
    return newestFrom(q);
}

core::Result<QString> teamName(const Database &database, std::optional<qint64> teamId)
{
    if (!teamId)
        return QString();
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, QStringLiteral("SELECT name FROM teams WHERE id = ?"), {*teamId},
                             tr("reading the team"));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no team %1 to give a bonus plan").arg(*teamId), {}};
    return q.value(0).toString();
}

// A plan valid from `validFrom` would govern every month from it on, locked ones included: it may start only
// after the newest locked month.
Status checkNotLocked(const Database &database, QDate validFrom)
{
    const auto locked = BonusLockRepository(database).lockedMonths();
    if (!locked)
        return locked.error();
    if (locked->isEmpty() || locked->constLast() < validFrom)
        return core::Done{};
    const QDate newest = locked->constLast();
    return core::Error{tr("%1 is locked; a plan can start from %2 at the earliest")
                           .arg(bonusMonthName(newest), bonusMonthName(newest.addMonths(1))),
                       {}};
}

core::Result<int> nextVersion(const Database &database, std::optional<qint64> teamId)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM bonus_plans WHERE COALESCE(team_id, 0) = ?"),
            {scopeKey(teamId)}, tr("numbering the bonus plan"));
        !done || !q.next())
        return done ? sqlError(q, tr("numbering the bonus plan")) : done.error();
    return q.value(0).toInt();
}

Status insertVersion(const Database &database, BonusPlanVersion &version)
{
    QSqlQuery q(database.connection());
    const auto id = insertBound(
        q,
        QStringLiteral("INSERT INTO bonus_plans (team_id, valid_from, version, definition,"
                       " created_at, created_by, note) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {nullable(version.teamId), core::monthCode(version.validFrom), version.version,
         QString::fromUtf8(version.plan.toJson()), instantText(version.createdAt),
         notNullText(version.createdBy), nullableText(version.note)},
        tr("saving the bonus plan"));
    if (!id)
        return id.error();
    version.id = id.value();
    return core::Done{};
}

QJsonObject auditDetail(const BonusPlanVersion &version)
{
    return {{QStringLiteral("team"), version.teamId ? QJsonValue(version.teamName) : QJsonValue()},
            {QStringLiteral("team_id"), version.teamId ? QJsonValue(*version.teamId) : QJsonValue()},
            {QStringLiteral("valid_from"), core::monthCode(version.validFrom)},
            {QStringLiteral("version"), version.version},
            {QStringLiteral("note"), version.note}};
}

// The refusal of a save whose editor last saw version `seen` of the scope, now at `newest`.
Error staleVersion(const Database &database, const BonusPlanVersion &version, int seen, int newest)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q,
                             QStringLiteral("SELECT created_by, created_at FROM bonus_plans"
                                            " WHERE COALESCE(team_id, 0) = ? AND version = ?"),
                             {scopeKey(version.teamId), newest}, tr("reading the newest bonus plan"));
        !done || !q.next())
        return done ? sqlError(q, tr("reading the newest bonus plan")) : done.error();
    const QString scope = version.teamName.isEmpty() ? tr("the site") : version.teamName;
    const QString at = QLocale().toString(instantFrom(q.value(1)).toLocalTime(), QLocale::ShortFormat);
    // The numbers first: names are put in last, so a "%" in one is never taken for a placeholder.
    if (seen == 0)
        return core::Error{
            tr("version %1 of the bonus plan for %2 was saved by %3 at %4 while you were writing "
               "the first one; look at it, then save your change again")
                .arg(newest)
                .arg(scope, q.value(0).toString(), at),
            {}};
    return core::Error{
        tr("version %1 of the bonus plan for %3 was saved by %4 at %5 after you opened version "
           "%2; look at it, then save your change again")
            .arg(newest)
            .arg(seen)
            .arg(scope, q.value(0).toString(), at),
        {}};
}

// The next version of the scope, with its audit entry; run inside the save's transaction.
core::Result<BonusPlanVersion> storeVersion(const Database &database, BonusPlanVersion version,
                                            std::optional<int> seenVersion)
{
    auto name = teamName(database, version.teamId);
    if (!name)
        return name.error();
    version.teamName = name.value();
    if (auto open = checkNotLocked(database, version.validFrom); !open)
        return open.error();
    auto number = nextVersion(database, version.teamId);
    if (!number)
        return number.error();
    if (seenVersion && number.value() - 1 != *seenVersion)
        return staleVersion(database, version, *seenVersion, number.value() - 1);
    version.version = number.value();
    if (auto stored = insertVersion(database, version); !stored)
        return stored.error();
    if (auto audited = AuditLog(database).append(version.createdBy, QStringLiteral("bonus_plan"), version.id,
                                                 QStringLiteral("save"), auditDetail(version));
        !audited)
        return audited.error();
    return version;
}

} // namespace

BonusPlanRepository::BonusPlanRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<BonusPlanVersion>> BonusPlanRepository::versions() const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done =
            execute(q,
                    versionColumns + QStringLiteral(" ORDER BY p.team_id IS NOT NULL, t.name, p.team_id,"
                                                    " p.version DESC"),
                    tr("reading the bonus plans"));
        !done)
        return done.error();
    QList<BonusPlanVersion> versions;
    while (q.next()) {
        auto version = versionFrom(q);
        if (!version)
            return version.error();
        versions.append(std::move(version.value()));
    }
    return versions;
}

core::Result<BonusPlanVersion> BonusPlanRepository::planFor(std::optional<qint64> teamId, QDate month) const
{
    if (!month.isValid())
        return core::Error{tr("the bonus plan is asked for an invalid month"), {}};
    if (teamId) {
        auto own = scopePlanFor(*m_database, teamId, month);
        if (!own)
            return own.error();
        if (own.value())
            return std::move(*own.value());
    }
    auto site = scopePlanFor(*m_database, std::nullopt, month);
    if (!site)
        return site.error();
    if (site.value())
        return std::move(*site.value());
    BonusPlanVersion builtIn;
    builtIn.plan = core::BonusPlan::example();
    return builtIn;
}

core::Result<BonusPlanVersion> BonusPlanRepository::save(std::optional<qint64> teamId, QDate validFrom,
                                                         const core::BonusPlan &plan, const QString &actor,
                                                         const QString &note,
                                                         std::optional<int> seenVersion) const
{
    if (!validFrom.isValid())
        return core::Error{tr("a bonus plan needs the month it is valid from"), {}};
    if (actor.trimmed().isEmpty())
        return core::Error{tr("a bonus plan is saved under a name: the name is empty"), {}};
    if (auto valid = plan.validate(); !valid)
        return valid.error();
    BonusPlanVersion version;
    version.teamId = teamId;
    version.validFrom = core::monthStart(validFrom);
    version.plan = plan;
    // Whole seconds, as stored, so the version returned equals the one read back.
    version.createdAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    version.createdBy = actor;
    version.note = note;
    return inTransaction(m_database->connection(), tr("saving the bonus plan"),
                         [&] { return storeVersion(*m_database, std::move(version), seenVersion); });
}

} // namespace huddle::storage
