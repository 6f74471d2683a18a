#pragma once

#include "core/kpiplan.h"
#include "core/quadrant.h"

#include <QColor>
#include <QString>

// The words and colours every dashboard widget uses for KPIs, bands and trend arrows, so a band reads the
// same on a card, in the scorecard and in the agent view. Colour never carries meaning alone: each band
// and arrow also has its text.
namespace huddle::ui {

QString kpiName(core::KpiId kpi);
// Value in the KPI's own unit: "87.5 %", "6:12", "5.4 /h", "+32".
QString formatKpi(core::KpiId kpi, const std::optional<double> &value);
QString bandName(core::Band band);
QColor bandColor(core::Band band);
// "▲ better", "▼ worse", "► same" or empty: an arrow and its word.
QString movementText(core::Movement movement);
QString quadrantName(core::Quadrant quadrant);
QString formatScore(const std::optional<double> &score);

} // namespace huddle::ui
