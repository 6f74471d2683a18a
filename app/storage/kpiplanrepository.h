#pragma once

#include "core/kpiplan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <optional>

namespace huddle::storage {

class Database;

// KPI plans (weights and band thresholds) per team, with the site's plan as the fallback. Stored as the
// plan's JSON so a plan exported from one site loads unchanged into another.
class KpiPlanRepository {
public:
    explicit KpiPlanRepository(const Database &database);

    // The plan in force for a team: its own, else the site's, else core::KpiPlan::defaults(). No team:
    // the site's plan.
    core::Result<core::KpiPlan> planFor(std::optional<qint64> teamId) const;
    // Only the team's own plan (or the site's own, without a team); empty when it inherits.
    core::Result<std::optional<core::KpiPlan>> ownPlan(std::optional<qint64> teamId) const;
    // Validates first; a refused plan leaves the stored one as it was.
    core::Status save(std::optional<qint64> teamId, const core::KpiPlan &plan) const;
    // The team inherits the site's plan again (the site's own: the defaults).
    core::Status remove(std::optional<qint64> teamId) const;

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::KpiPlanRepository)
};

} // namespace huddle::storage
