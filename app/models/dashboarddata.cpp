#include "dashboarddata.h"

#include "storage/kpirepository.h"

namespace huddle::models {

core::Result<DashboardData> loadDashboard(const storage::Database &database, const Scope &scope,
                                          const core::KpiDefinitions &definitions,
                                          const core::KpiTargets &targets)
{
    storage::KpiQuery query{scope.range, scope.teamId, scope.agentId, storage::KpiGrouping::Day, definitions};
    auto daily = storage::KpiRepository(database).totals(query);
    if (!daily)
        return daily.error();
    QMap<QDate, core::KpiTotals> byDay;
    core::KpiTotals all;
    for (const storage::KpiRow &row : daily.value()) {
        byDay.insert(row.day, row.totals);
        all += row.totals;
    }
    DashboardData data;
    data.targets = targets;
    for (const core::TrendBucket &bucket : core::bucketTrend(byDay, scope.range, scope.granularity))
        data.trend.append({bucket.start, bucket.end, core::computeKpis(bucket.totals, definitions)});
    data.period = core::computeKpis(all, definitions);
    data.quadrant = core::classifyQuadrant(data.period, targets);
    auto notes = storage::ReviewNoteRepository(database).notes(scope.range, scope.teamId, scope.agentId);
    if (!notes)
        return notes.error();
    data.notes = notes.value();
    return data;
}

} // namespace huddle::models
