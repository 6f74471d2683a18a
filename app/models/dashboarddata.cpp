#include "dashboarddata.h"

#include "storage/directoryrepository.h"
#include "storage/kpiplanrepository.h"
#include "storage/kpirepository.h"
#include "storage/timelinerepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace huddle::models {

namespace {

struct TwoPeriods {
    core::KpiTotals current;
    core::KpiTotals previous;
    bool hasCurrent = false;
};

// Sums the parts KpiRepository::agentDays reads over the previous period and the scope's period at once:
// per agent in both periods, and for the scope (one agent, or everyone) per day and per period.
class Collector {
public:
    Collector(core::DateRange range, std::optional<qint64> scopeAgent)
        : m_range(range)
        , m_scopeAgent(scopeAgent)
        , m_daily(range.days())
    {
    }

    void add(QDate day, qint64 agentId, const core::KpiTotals &part)
    {
        const bool current = day >= m_range.from;
        TwoPeriods &agent = m_agents[agentId];
        (current ? agent.current : agent.previous) += part;
        agent.hasCurrent = agent.hasCurrent || current;
        if (m_scopeAgent && *m_scopeAgent != agentId)
            return;
        (current ? m_scope.current : m_scope.previous) += part;
        m_scope.hasCurrent = m_scope.hasCurrent || current;
        if (current && day <= m_range.to)
            m_daily[m_range.from.daysTo(day)] += part;
    }

    storage::KpiAgentDayVisitor visitor()
    {
        return [this](QDate day, qint64 agentId, const core::KpiTotals &part) { add(day, agentId, part); };
    }

    const QHash<qint64, TwoPeriods> &agents() const { return m_agents; }
    const TwoPeriods &scope() const { return m_scope; }

    QMap<QDate, core::KpiTotals> daily() const
    {
        QMap<QDate, core::KpiTotals> byDay;
        for (qsizetype i = 0; i < m_daily.size(); ++i)
            byDay.insert(m_range.from.addDays(i), m_daily[i]);
        return byDay;
    }

    TwoPeriods everyone() const
    {
        TwoPeriods sum;
        for (const TwoPeriods &agent : m_agents) {
            sum.current += agent.current;
            sum.previous += agent.previous;
            sum.hasCurrent = sum.hasCurrent || agent.hasCurrent;
        }
        return sum;
    }

private:
    core::DateRange m_range;
    std::optional<qint64> m_scopeAgent;
    QList<core::KpiTotals> m_daily;     // by day of the range
    QHash<qint64, TwoPeriods> m_agents; // agent 0: conversations nobody handled
    TwoPeriods m_scope;
};

QList<TrendPoint> trendOf(const QMap<QDate, core::KpiTotals> &daily, const Scope &scope,
                          const core::KpiDefinitions &definitions)
{
    QList<TrendPoint> trend;
    for (const core::TrendBucket &bucket : core::bucketTrend(daily, scope.range, scope.granularity))
        trend.append({bucket.start, bucket.end, core::computeKpis(bucket.totals, definitions)});
    return trend;
}

// The team whose agents the scorecard and the quadrant compare: the scope's, or for an agent chosen across
// all teams that agent's own team (agents are compared with their own team), or none: the whole site.
std::optional<qint64> populationTeam(const Scope &scope, const QHash<qint64, storage::KpiAgent> &agents)
{
    if (scope.teamId || !scope.agentId)
        return scope.teamId;
    const qint64 team = agents.value(*scope.agentId).teamId;
    return team > 0 ? std::optional<qint64>(team) : std::nullopt;
}

// Each team's plan, read once however many of its agents are scored.
class PlanBook {
public:
    explicit PlanBook(const storage::Database &database)
        : m_repository(database)
    {
    }

    core::Result<core::KpiPlan> planFor(std::optional<qint64> teamId)
    {
        const qint64 key = teamId.value_or(0);
        if (const auto it = m_plans.constFind(key); it != m_plans.constEnd())
            return *it;
        auto plan = m_repository.planFor(teamId);
        if (plan)
            m_plans.insert(key, plan.value());
        return plan;
    }

private:
    storage::KpiPlanRepository m_repository;
    QHash<qint64, core::KpiPlan> m_plans;
};

AgentPeriod periodOf(const TwoPeriods &totals, const core::KpiPlan &plan,
                     const core::KpiDefinitions &definitions)
{
    AgentPeriod period;
    period.current = core::computeKpis(totals.current, definitions);
    period.previous = core::computeKpis(totals.previous, definitions);
    period.score = core::weightedScore(period.current, plan);
    return period;
}

// Names of agents and teams, as of the last day of the scope.
struct Directory {
    QHash<qint64, storage::KpiAgent> agents;
    QHash<qint64, QString> teams;

    QString teamName(std::optional<qint64> teamId) const
    {
        return teamId ? teams.value(*teamId)
                      : QCoreApplication::translate("huddle::models::Dashboard", "All teams");
    }
};

core::Result<Directory> readDirectory(const storage::Database &database, QDate day)
{
    Directory directory;
    auto agents = storage::KpiRepository(database).agents(day);
    if (!agents)
        return agents.error();
    directory.agents = agents.value();
    auto teams = storage::DirectoryRepository(database).teams();
    if (!teams)
        return teams.error();
    for (const storage::TeamEntry &entry : teams.value())
        directory.teams.insert(entry.id, entry.name);
    return directory;
}

core::Result<QList<AgentPeriod>> agentPeriods(const Collector &population, std::optional<qint64> team,
                                              const Directory &directory, PlanBook &plans,
                                              const core::KpiDefinitions &definitions)
{
    QList<AgentPeriod> agents;
    for (auto it = population.agents().constBegin(); it != population.agents().constEnd(); ++it) {
        if (it.key() == 0 || !it.value().hasCurrent)
            continue;
        const storage::KpiAgent name = directory.agents.value(it.key());
        // Under a team filter the figures are the agent's work in that team, judged by its plan.
        const qint64 teamId = team.value_or(name.teamId);
        const auto plan = plans.planFor(teamId > 0 ? std::optional<qint64>(teamId) : std::nullopt);
        if (!plan)
            return plan.error();
        AgentPeriod agent = periodOf(it.value(), plan.value(), definitions);
        agent.agentId = it.key();
        agent.name = name.name;
        agent.teamId = teamId;
        agent.teamName = directory.teams.value(teamId);
        agents.append(agent);
    }
    std::sort(agents.begin(), agents.end(), [](const AgentPeriod &a, const AgentPeriod &b) {
        const int order = a.name.localeAwareCompare(b.name);
        return order != 0 ? order < 0 : a.agentId < b.agentId;
    });
    return agents;
}

QList<core::QuadrantPoint> quadrantPoints(const QList<AgentPeriod> &agents)
{
    constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    QList<core::QuadrantPoint> points;
    for (const AgentPeriod &agent : agents)
        points.append({agent.agentId, agent.current.ahtSeconds.value.value_or(missing),
                       agent.current.csatPct.value.value_or(missing), agent.current.handled,
                       agent.current.csatPct.n});
    return points;
}

// Each compared agent's own trend over the scope's period, whatever team they worked in.
core::Result<QList<AgentTrend>> comparisonTrends(const storage::KpiRepository &kpis, const Scope &scope,
                                                 const Directory &directory,
                                                 const core::KpiDefinitions &definitions)
{
    constexpr qsizetype mostCompared = 4;
    QList<AgentTrend> trends;
    const QList<qint64> ids = scope.compareAgents.mid(0, mostCompared);
    if (ids.isEmpty())
        return trends;
    QHash<qint64, QMap<QDate, core::KpiTotals>> daily;
    storage::KpiQuery query{scope.range, std::nullopt, std::nullopt, storage::KpiGrouping::Day, definitions};
    query.agentIds = ids;
    const core::Status read =
        kpis.agentDays(query, [&daily](QDate day, qint64 agentId, const core::KpiTotals &part) {
            daily[agentId][day] += part;
        });
    if (!read)
        return read.error();
    for (qint64 id : ids)
        trends.append({id, directory.agents.value(id).name, trendOf(daily.value(id), scope, definitions)});
    return trends;
}

// The chart marks what happened to the agents it draws: the scope's agent, the compared agents (in
// whatever team), or everyone in the scope's team. The scope's review notes are read once, for the notes
// panel and the markers alike.
core::Result<QList<core::TimelineEvent>> timelineOf(const storage::Database &database, const Scope &scope,
                                                    const QList<storage::ReviewNoteEntry> &scopeNotes)
{
    const storage::TimelineRepository timeline(database);
    if (scope.agentId)
        return timeline.events(scope.range, scope.teamId, {*scope.agentId}, scopeNotes);
    if (!scope.compareAgents.isEmpty())
        return timeline.events(scope.range, std::nullopt, scope.compareAgents);
    return timeline.events(scope.range, scope.teamId, {}, scopeNotes);
}

// The scope's own figures. Under a team they are read with the team's agents; an agent chosen across all
// teams is read alone, for their work in every team.
core::Status readScope(const storage::KpiRepository &kpis, const Scope &scope, std::optional<qint64> team,
                       const core::KpiDefinitions &definitions, Collector &population, Collector &agentAlone)
{
    // One read over the previous period and this one: the trend, the scope's figures, every agent's
    // figures and the trend arrows all come from it.
    const core::DateRange both{core::previousRange(scope.range).from, scope.range.to};
    if (const core::Status read = kpis.agentDays(
            {both, team, std::nullopt, storage::KpiGrouping::Day, definitions}, population.visitor());
        !read)
        return read;
    if (!scope.agentId || scope.teamId)
        return core::Done{};
    return kpis.agentDays({both, std::nullopt, scope.agentId, storage::KpiGrouping::Day, definitions},
                          agentAlone.visitor());
}

void fillScope(DashboardData &data, const Collector &scoped, const Scope &scope,
               const core::KpiDefinitions &definitions)
{
    data.trend = trendOf(scoped.daily(), scope, definitions);
    data.period = core::computeKpis(scoped.scope().current, definitions);
    data.previous = core::computeKpis(scoped.scope().previous, definitions);
    data.score = core::weightedScore(data.period, data.plan);
    data.quadrant = core::classifyQuadrant(data.period, data.targets);
}

core::Status fillAgents(DashboardData &data, const Collector &population, std::optional<qint64> team,
                        const Directory &directory, PlanBook &plans, const core::KpiDefinitions &definitions)
{
    data.team = periodOf(population.everyone(), data.plan, definitions);
    data.team.teamId = team.value_or(0);
    data.team.teamName = directory.teamName(team);
    data.team.name = data.team.teamName;
    auto agents = agentPeriods(population, team, directory, plans, definitions);
    if (!agents)
        return agents.error();
    data.agents = agents.value();
    data.split = core::medianSplit(quadrantPoints(data.agents));
    return core::Done{};
}

} // namespace

core::Result<DashboardData> loadDashboard(const storage::Database &database, const Scope &scope,
                                          const core::KpiDefinitions &definitions)
{
    const auto directory =
        readDirectory(database, scope.range.isValid() ? scope.range.to : QDate::currentDate());
    if (!directory)
        return directory.error();
    const std::optional<qint64> team = populationTeam(scope, directory.value().agents);
    PlanBook plans(database);
    const auto plan = plans.planFor(team);
    if (!plan)
        return plan.error();
    DashboardData data;
    data.plan = plan.value();
    data.targets = data.plan.targets();
    if (!scope.range.isValid())
        return data;

    const storage::KpiRepository kpis(database);
    Collector population(scope.range, scope.teamId ? scope.agentId : std::nullopt);
    Collector agentAlone(scope.range, std::nullopt);
    if (const core::Status read = readScope(kpis, scope, team, definitions, population, agentAlone); !read)
        return read.error();
    fillScope(data, scope.agentId && !scope.teamId ? agentAlone : population, scope, definitions);
    if (const core::Status filled = fillAgents(data, population, team, directory.value(), plans, definitions);
        !filled)
        return filled.error();

    auto comparison = comparisonTrends(kpis, scope, directory.value(), definitions);
    if (!comparison)
        return comparison.error();
    data.comparison = comparison.value();
    auto notes = storage::ReviewNoteRepository(database).notes(scope.range, scope.teamId, scope.agentId);
    if (!notes)
        return notes.error();
    data.notes = notes.value();
    auto events = timelineOf(database, scope, data.notes);
    if (!events)
        return events.error();
    data.events = events.value();
    return data;
}

} // namespace huddle::models
