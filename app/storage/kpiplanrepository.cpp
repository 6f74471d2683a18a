#include "kpiplanrepository.h"
#include "translation.h"

#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

// `team_id IS NOT DISTINCT FROM ?` matches NULL (the site's plan) as well as a team, in one statement; the
// cast gives PostgreSQL the parameter's type, which the comparison alone leaves open.
const QString sameTeam = QStringLiteral("team_id IS NOT DISTINCT FROM CAST(? AS BIGINT)");

QVariant teamKey(std::optional<qint64> teamId)
{
    return teamId ? QVariant(*teamId) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

KpiPlanRepository::KpiPlanRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<std::optional<core::KpiPlan>> KpiPlanRepository::ownPlan(std::optional<qint64> teamId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT definition FROM kpi_plans WHERE ") + sameTeam);
    q.addBindValue(teamKey(teamId));
    if (auto status = execute(q, QStringLiteral("reading the KPI plan")); !status)
        return status.error();
    if (!q.next())
        return std::optional<core::KpiPlan>();
    auto plan = core::KpiPlan::fromJson(q.value(0).toString().toUtf8());
    if (!plan)
        return core::Error{
            tr("the stored KPI plan of %1 is invalid: %2")
                .arg(teamId ? tr("team %1").arg(*teamId) : tr("the site"), plan.error().message),
            {}};
    return std::optional<core::KpiPlan>(plan.value());
}

core::Result<core::KpiPlan> KpiPlanRepository::planFor(std::optional<qint64> teamId) const
{
    if (teamId) {
        auto own = ownPlan(teamId);
        if (!own)
            return own.error();
        if (own.value())
            return *own.value();
    }
    auto site = ownPlan(std::nullopt);
    if (!site)
        return site.error();
    return site.value() ? *site.value() : core::KpiPlan::defaults();
}

core::Status KpiPlanRepository::save(std::optional<qint64> teamId, const core::KpiPlan &plan) const
{
    if (auto valid = plan.validate(); !valid)
        return valid;
    QSqlQuery q(m_database->connection());
    // Upsert keyed by the expression index kpi_plans_team (the doubled parentheses are what PostgreSQL
    // needs for an index expression; SQLite accepts them too); the version counts saves. The old version is
    // named by its table: PostgreSQL finds a bare `version` ambiguous between the row and `excluded`.
    q.prepare(
        QStringLiteral("INSERT INTO kpi_plans (team_id, definition, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT ((COALESCE(team_id, 0))) DO UPDATE SET definition = excluded.definition,"
                       " updated_at = excluded.updated_at, version = kpi_plans.version + 1"));
    q.addBindValue(teamKey(teamId));
    q.addBindValue(QString::fromUtf8(plan.toJson()));
    q.addBindValue(instantText(QDateTime::currentDateTimeUtc()));
    return execute(q, QStringLiteral("saving the KPI plan"));
}

core::Status KpiPlanRepository::remove(std::optional<qint64> teamId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("DELETE FROM kpi_plans WHERE ") + sameTeam);
    q.addBindValue(teamKey(teamId));
    return execute(q, QStringLiteral("removing the KPI plan"));
}

} // namespace huddle::storage
