#pragma once

#include "core/kpivalues.h"
#include "storage/kpirepository.h"

#include <QString>

namespace huddle::cli {

enum class KpiFormat { Csv, Json };

// Prints KPI rows as CSV (RFC 4180, '.' decimals, empty cells where a KPI has no data) or as JSON (the
// same keys, null for no data). Both are for machines, so numbers are never localised.
QString formatKpiTable(const QList<storage::KpiRow> &rows, storage::KpiGrouping grouping, KpiFormat format,
                       const core::KpiDefinitions &definitions);

} // namespace huddle::cli
