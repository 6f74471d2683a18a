#include "bonusrun.h"
#include "translation.h"

#include "bonusexport.h"
#include "bonusrunparts.h"

#include "core/month.h"
#include "storage/bonusinputreader.h"
#include "storage/bonusplanrepository.h"
#include "storage/directoryrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <tuple>

namespace huddle::reports {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;

namespace bonusrun {

QString teamNote(const QString &previousTeam, QDate movedOn)
{
    // The ISO day, as in the CSV and the lock: a note reads the same in every export.
    return tr("Moved from %1 on %2").arg(previousTeam, movedOn.toString(Qt::ISODate));
}

void addLine(QList<AgentBonusRow> &rows, QHash<qint64, qsizetype> &rowOfAgent,
             const storage::FrozenBonusLine &line)
{
    auto it = rowOfAgent.find(line.agentId);
    if (it == rowOfAgent.end()) {
        AgentBonusRow row;
        row.agentId = line.agentId;
        row.agentName = line.agentName;
        row.teamId = line.teamId;
        row.teamName = line.teamName;
        it = rowOfAgent.insert(line.agentId, rows.size());
        rows.append(row);
    }
    core::AgentBonus &bonus = rows[*it].bonus;
    bonus.lines.append(line.line);
    if (line.line.kind == core::BonusLineKind::Component)
        bonus.subtotal += line.line.amount;
    bonus.total += line.line.amount;
}

void sortAndTotal(BonusMonth &month)
{
    std::sort(month.agents.begin(), month.agents.end(), [](const AgentBonusRow &a, const AgentBonusRow &b) {
        return std::tie(a.teamName, a.agentName, a.agentId) < std::tie(b.teamName, b.agentName, b.agentId);
    });
    std::map<std::pair<QString, qint64>, TeamBonusTotal> teams; // ordered: by team name, then id
    month.siteTotal = 0;
    for (const AgentBonusRow &row : std::as_const(month.agents)) {
        TeamBonusTotal &team = teams[{row.teamName, row.teamId}];
        team.teamId = row.teamId;
        team.teamName = row.teamName;
        ++team.agents;
        team.total += row.bonus.total;
        month.siteTotal += row.bonus.total;
    }
    month.teams.clear();
    for (const auto &[key, team] : teams)
        month.teams.append(team);
}

} // namespace bonusrun

namespace {

// Reports progress; the caller's callback returning false cancels the run.
class Progress {
public:
    explicit Progress(const std::function<bool(double)> &report)
        : m_report(report)
    {
    }
    bool at(double share)
    {
        m_share = share;
        return !m_report || m_report(share);
    }
    std::function<bool()> cancelled()
    {
        return [this] { return !at(m_share); };
    }

private:
    std::function<bool(double)> m_report;
    double m_share = 0;
};

Error cancelledError()
{
    return core::Error{bonusrun::tr("cancelled"), {}};
}

// The plan of every team that has agents in the month (the override for all of them when one is given), by
// team name.
core::Result<QList<BonusPlanUsed>> plansOfTeams(const storage::Database &database, QDate month,
                                                const QList<storage::BonusAgentInputs> &agents,
                                                const std::optional<core::BonusPlan> &planOverride)
{
    std::map<std::pair<QString, qint64>, BonusPlanUsed> teams;
    for (const storage::BonusAgentInputs &agent : agents)
        teams[{agent.teamName, agent.teamId}] = {agent.teamId, agent.teamName, 0, 0, month, {}};
    const storage::BonusPlanRepository repository(database);
    QList<BonusPlanUsed> plans;
    for (auto &[key, used] : teams) {
        if (planOverride) {
            used.plan = *planOverride;
        } else {
            const auto version =
                repository.planFor(used.teamId ? std::optional<qint64>(used.teamId) : std::nullopt, month);
            if (!version)
                return version.error();
            used.planId = version.value().id;
            used.version = version.value().version;
            used.validFrom = version.value().validFrom;
            used.plan = version.value().plan;
        }
        plans.append(used);
    }
    return plans;
}

AgentBonusRow rowOf(const storage::BonusAgentInputs &agent, const core::BonusPlan &plan,
                    const core::MoneyFormat &money)
{
    AgentBonusRow row;
    row.agentId = agent.agentId;
    row.agentName = agent.agentName;
    row.teamId = agent.teamId;
    row.teamName = agent.teamName;
    if (agent.previousTeamId)
        row.teamNote = bonusrun::teamNote(agent.previousTeamName, agent.movedOn);
    row.bonus = core::computeAgentBonus(plan, agent.inputs, money);
    return row;
}

// Each adjustment joins its agent's row of the month, or a row of its own when the agent has none.
void addAdjustments(BonusMonth &month, const QList<bonusrun::Adjustment> &adjustments)
{
    QHash<qint64, qsizetype> rowOfAgent;
    for (qsizetype i = 0; i < month.agents.size(); ++i)
        rowOfAgent.insert(month.agents[i].agentId, i);
    for (const bonusrun::Adjustment &adjustment : adjustments)
        bonusrun::addLine(month.agents, rowOfAgent, adjustment);
}

core::Result<BonusMonth> runOpenMonth(const storage::Database &database, QDate month,
                                      const BonusRunOptions &options, Progress &progress)
{
    BonusMonth result;
    result.month = month;
    result.money = options.money;
    result.planOverridden = options.planOverride.has_value();
    const auto inputs = storage::BonusInputReader(database).read(month, progress.cancelled());
    if (!inputs)
        return inputs.error();
    if (!progress.at(0.4))
        return cancelledError();
    const auto plans = plansOfTeams(database, month, inputs.value(), options.planOverride);
    if (!plans)
        return plans.error();
    result.plans = plans.value();
    bonusrun::TeamPlans teamPlans(database, month, result.plans);
    for (const storage::BonusAgentInputs &agent : inputs.value()) {
        const auto plan = teamPlans.planFor(agent.teamId);
        if (!plan)
            return plan.error();
        result.agents.append(rowOf(agent, plan.value(), options.money));
    }
    if (!progress.at(0.6))
        return cancelledError();
    const auto adjustments =
        bonusrun::adjustmentsBefore(database, month, options.money, progress.cancelled());
    if (!adjustments)
        return adjustments.error();
    addAdjustments(result, adjustments.value());
    bonusrun::sortAndTotal(result);
    return result;
}

} // namespace

core::Result<BonusMonth> runBonusMonth(const storage::Database &database, QDate month,
                                       const BonusRunOptions &options)
{
    if (!month.isValid())
        return core::Error{bonusrun::tr("a bonus run needs a month"), {}};
    Progress progress(options.progress);
    if (!progress.at(0))
        return cancelledError();
    const QDate first = core::monthStart(month);
    const auto lock = storage::BonusLockRepository(database).lockFor(first);
    if (!lock)
        return lock.error();
    auto result = lock.value() ? bonusrun::readLockedMonth(database, *lock.value(), options)
                               : runOpenMonth(database, first, options, progress);
    if (result && !progress.at(1))
        return cancelledError();
    return result;
}

core::MoneyFormat moneyFormatFor(const storage::Database &database, const QLocale &locale)
{
    core::MoneyFormat money;
    money.locale = locale;
    money.currencyCode =
        storage::DirectoryRepository(database).setting(QStringLiteral("currency"), QStringLiteral("USD"));
    return money;
}

QJsonArray plansJson(const BonusMonth &month)
{
    QJsonArray plans;
    for (const BonusPlanUsed &used : month.plans)
        plans.append(QJsonObject{
            {QStringLiteral("team_id"), used.teamId ? QJsonValue(used.teamId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("team"), used.teamName},
            {QStringLiteral("plan_id"), used.planId},
            {QStringLiteral("version"), used.version},
            {QStringLiteral("valid_from"),
             used.validFrom.isValid() ? core::monthCode(used.validFrom) : QString()},
        });
    return plans;
}

core::Result<storage::BonusLock> lockBonusMonth(const storage::Database &database, const BonusMonth &month,
                                                const QString &by, const QString &reason, QDate today)
{
    // A lock records which stored plan versions governed the month; a plan from a file is in none of them.
    if (month.planOverridden)
        return core::Error{bonusrun::tr("a month computed with a plan from a file cannot be locked; save the "
                                        "plan first and run the month again"),
                           {}};
    storage::BonusLockRequest request;
    request.month = month.month;
    request.lockedBy = by;
    request.reason = reason;
    request.plans = plansJson(month);
    // The CSV as the locked month exports it (its "locked" column says yes), so that the SHA-256 kept with
    // the lock matches every later export of the month.
    BonusMonth asLocked = month;
    asLocked.lock = storage::BonusLock{};
    request.csvSha256 = bonusCsvSha256(asLocked);
    for (const AgentBonusRow &row : month.agents)
        for (const core::BonusLine &line : row.bonus.lines)
            request.lines.append({row.agentId, row.agentName, row.teamId, row.teamName, line});
    return storage::BonusLockRepository(database).lock(request, today);
}

} // namespace huddle::reports
