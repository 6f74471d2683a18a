#pragma once

#include "core/kpidefinitions.h"
#include "core/kpiplan.h"
#include "core/kpivalues.h"
#include "core/quadrant.h"
#include "core/timelineevent.h"
#include "core/trend.h"
#include "scope.h"
#include "storage/reviewnoterepository.h"

namespace huddle::storage {
class Database;
}

namespace huddle::models {

struct TrendPoint {
    QDate start;
    QDate end;
    core::KpiValues values;
};

// One of up to four agents compared on the trend chart.
struct AgentTrend {
    qint64 agentId = 0;
    QString name;
    QList<TrendPoint> trend;
};

// An agent's figures for the scope's period and the previous period of the same length (trend arrows),
// judged by the plan of the agent's team.
struct AgentPeriod {
    qint64 agentId = 0;
    QString name;
    qint64 teamId = 0;
    QString teamName;
    core::KpiValues current;
    core::KpiValues previous;
    core::WeightedScore score;
};

// Everything the dashboard shows for one scope: the CSAT/AHT trend (and compared agents), the period's
// scorecard against the previous period, every agent of the scope for the quadrant and the scorecard
// table, the coaching events to mark on the timeline, and the review notes of the same conversations.
struct DashboardData {
    QList<TrendPoint> trend;
    QList<AgentTrend> comparison; // the scope's compareAgents, in that order
    core::KpiValues period;
    core::KpiValues previous;  // previousRange(scope.range)
    core::WeightedScore score; // of the whole scope, by the scope team's plan (site plan for all teams)
    core::Quadrant quadrant = core::Quadrant::Unknown;
    QList<AgentPeriod> agents; // every agent with data in the scope's team (or the site), by name
    // Those agents' team as a whole (agentId 0), the scorecard's total row: the scope's team; for an agent
    // without a team, the agent's team on the last day of the range; else the whole site.
    AgentPeriod team;
    core::QuadrantSplit split; // medians over `agents`
    QList<core::TimelineEvent> events;
    QList<storage::ReviewNoteEntry> notes;
    core::KpiPlan plan;       // the plan in force for the scope
    core::KpiTargets targets; // plan.targets()
};

core::Result<DashboardData> loadDashboard(const storage::Database &database, const Scope &scope,
                                          const core::KpiDefinitions &definitions = {});

} // namespace huddle::models
