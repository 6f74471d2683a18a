#pragma once

#include "coachingrepository.h"
#include "core/kpidefinitions.h"
#include "core/result.h"

#include <QStringList>

namespace huddle::storage {

class Database;

// `huddle-cli coaching export`: one row per session and focus KPI (a session without focus: one row with
// the KPI columns empty), sessions by day then id. Columns, in order:
//   session_id, day, agent, team, coach, status, focus_kpi, before_from, before_to, before_value, before_n,
//   after_from, after_to, after_value, after_n, change, verdict, actions, actions_done, action_items,
//   acknowledged_day, follow_up_day
// Values are plain (dot decimals, ISO days, KPI units of core::readKpi, verdict codes of
// core::effectVerdictCode); action_items joins the session's actions as "body [owner, due, done|open]"
// with " | ". Same data → same rows.
struct CoachingExportTable {
    QStringList header;
    QList<QStringList> rows;
};

core::Result<CoachingExportTable> coachingExport(const Database &database, const CoachingFilter &filter,
                                                 QDate today, int effectDays = 0,
                                                 const core::KpiDefinitions &definitions = {});

} // namespace huddle::storage
