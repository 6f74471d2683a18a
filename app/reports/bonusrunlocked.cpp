// A locked month read back from its frozen lines, and the plans its lock recorded.
#include "bonusrunparts.h"

#include "core/month.h"
#include "storage/bonusinputreader.h"
#include "storage/bonusplanrepository.h"

#include <QJsonObject>

namespace huddle::reports::bonusrun {

namespace {

core::Result<core::BonusPlan> storedPlan(const QList<storage::BonusPlanVersion> &versions, qint64 planId)
{
    if (planId == 0)
        return core::BonusPlan::example();
    for (const storage::BonusPlanVersion &version : versions)
        if (version.id == planId)
            return version.plan;
    return core::Error{tr("the bonus plan %1 recorded with the lock is missing").arg(planId), {}};
}

} // namespace

core::Result<QList<BonusPlanUsed>> plansOfLock(const storage::Database &database,
                                               const storage::BonusLock &lock)
{
    const auto versions = storage::BonusPlanRepository(database).versions();
    if (!versions)
        return versions.error();
    QList<BonusPlanUsed> plans;
    for (const QJsonValue &value : lock.plans) {
        const QJsonObject entry = value.toObject();
        BonusPlanUsed used;
        used.teamId = entry.value(QStringLiteral("team_id")).toInteger();
        used.teamName = entry.value(QStringLiteral("team")).toString();
        used.planId = entry.value(QStringLiteral("plan_id")).toInteger();
        used.version = entry.value(QStringLiteral("version")).toInt();
        used.validFrom =
            core::monthFromCode(entry.value(QStringLiteral("valid_from")).toString()).value_or(QDate());
        const auto plan = storedPlan(versions.value(), used.planId);
        if (!plan)
            return plan.error();
        used.plan = plan.value();
        plans.append(used);
    }
    return plans;
}

TeamPlans::TeamPlans(const storage::Database &database, QDate month, const QList<BonusPlanUsed> &plans)
    : m_database(&database)
    , m_month(month)
{
    for (const BonusPlanUsed &used : plans)
        m_plans.insert(used.teamId, used.plan);
}

core::Result<core::BonusPlan> TeamPlans::planFor(qint64 teamId)
{
    if (const auto it = m_plans.constFind(teamId); it != m_plans.cend())
        return *it;
    // A team the month's plans do not name: the plan in force for it then. For a locked month that is the
    // plan it had at the lock, since no plan can be saved to start in a locked month.
    const auto version = storage::BonusPlanRepository(*m_database)
                             .planFor(teamId ? std::optional<qint64>(teamId) : std::nullopt, m_month);
    if (!version)
        return version.error();
    m_plans.insert(teamId, version.value().plan);
    return version.value().plan;
}

core::Result<BonusMonth> readLockedMonth(const storage::Database &database, const storage::BonusLock &lock,
                                         const BonusRunOptions &options)
{
    BonusMonth month;
    month.month = core::monthStart(lock.month);
    month.money = options.money;
    month.lock = lock;
    const auto lines = storage::BonusLockRepository(database).lines(lock.id);
    if (!lines)
        return lines.error();
    QHash<qint64, qsizetype> rowOfAgent;
    for (const storage::FrozenBonusLine &line : lines.value())
        addLine(month.agents, rowOfAgent, line);
    const auto plans = plansOfLock(database, lock);
    if (!plans)
        return plans.error();
    month.plans = plans.value();
    const auto moves = storage::BonusInputReader(database).teamMoves(month.month);
    if (!moves)
        return moves.error();
    for (AgentBonusRow &row : month.agents)
        if (const auto move = moves.value().constFind(row.agentId);
            move != moves.value().cend() && move->teamId == row.teamId)
            row.teamNote = teamNote(move->previousTeamName, move->movedOn);
    sortAndTotal(month);
    return month;
}

} // namespace huddle::reports::bonusrun
