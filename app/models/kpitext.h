#pragma once

#include "core/kpiplan.h"
#include "storage/conversationrepository.h"

#include <QString>

// Words for the KPIs a plan weighs, shared by the scorecard's headers and tooltips and anything else that
// names them, so one KPI reads the same everywhere.
namespace huddle::models {

// "Attendance %", "CSAT %", "Sales conversion %", "QA %", "AHT", "FCR %", "CpH", "NPS".
QString kpiName(core::KpiId kpi);
// The definition in force, as domain.md states it (the tooltip of every figure quotes it).
QString kpiDefinition(core::KpiId kpi, core::HandleBasis ahtBasis = core::HandleBasis::Components);
// What n counts for the KPI: "responses", "shifts", "handled conversations", …, with the number.
QString kpiSampleText(core::KpiId kpi, qint64 n);
// The band edges of a plan entry in the KPI's direction: "below from 70, met from 80, exceeded from 90".
QString thresholdsText(core::KpiId kpi, const core::KpiThresholds &thresholds);
// The conversations a KPI's n counts, for drill-down: the scorecard, the cards and the chart all open the
// same rows for the same KPI. Empty for KPIs counted in something else (attendance in shifts, QA in
// evaluations). Sales conversion and CpH count handled conversations.
std::optional<storage::ConversationSubset> drillDownSubset(core::KpiId kpi);

} // namespace huddle::models
