#pragma once

#include "core/kpidefinitions.h"
#include "core/kpivalues.h"
#include "core/quadrant.h"
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

// Everything the dashboard shows for one scope: the CSAT/AHT trend, the period's headline KPIs and the
// review notes of the same conversations.
struct DashboardData {
    QList<TrendPoint> trend;
    core::KpiValues period;
    core::Quadrant quadrant = core::Quadrant::Unknown;
    QList<storage::ReviewNoteEntry> notes;
    core::KpiTargets targets;
};

core::Result<DashboardData> loadDashboard(const storage::Database &database, const Scope &scope,
                                          const core::KpiDefinitions &definitions = {},
                                          const core::KpiTargets &targets = {});

} // namespace huddle::models
