#pragma once

#include "core/daterange.h"
#include "core/kpiplan.h"
#include "core/kpivalues.h"
#include "storage/kpirepository.h"

#include <QList>
#include <QString>

namespace huddle::cli {

enum class KpiFormat { Csv, Json };

// What identifies a printed row: the storage groupings, or calendar weeks (Monday to Sunday) and months
// summed from days.
enum class KpiRowKey { Agent, Team, Day, Week, Month };

// One printed row: a group's totals, the days it covers and the KPI plan it is scored with.
struct KpiTableRow {
    storage::KpiRow group;  // names, day and totals
    core::DateRange period; // week and month rows: the bucket's days inside the asked range
    core::KpiPlan plan;
};

struct KpiTableLayout {
    KpiRowKey key = KpiRowKey::Agent;
    KpiFormat format = KpiFormat::Csv;
    core::KpiDefinitions definitions;
    QList<core::KpiId> bandKpis; // a band_<code> column each, in this order
};

// The KPIs any of `plans` weighs, in plan order: the band columns a table needs.
QList<core::KpiId> weightedKpis(const QList<core::KpiPlan> &plans);

// Prints KPI rows as CSV (RFC 4180 with '\n' line ends, '.' decimals, empty cells where a KPI has no data,
// text cells neutralised against formula injection) or as JSON (the same keys, null for no data). Both are
// for machines, so numbers are never localised. After the KPI columns come `score` (the weighted KPI
// score of the row's plan), `score_coverage` (how much of the plan's weight had data) and the band columns.
QString formatKpiTable(const QList<KpiTableRow> &rows, const KpiTableLayout &layout);

} // namespace huddle::cli
