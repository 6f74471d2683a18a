#pragma once

#include "core/calibrationstats.h"

#include <QColor>
#include <QString>

#include <optional>

// How calibration agreement reads on screen: α with three decimals (the precision Krippendorff reports), its
// verdict in words and colour (domain.md: ≥ 0.8 good, 0.667–0.8 tentative, below that recalibrate), and
// what α means for the tooltip.
namespace huddle::models {

QString formatAlpha(const std::optional<double> &alpha);
QString verdictText(core::AlphaVerdict verdict);
QColor verdictColor(core::AlphaVerdict verdict);
QString alphaMetricText(core::AlphaMetric metric);
QString alphaExplanation();
// "+3.5 points", "−4.2 points" or "–": an evaluator's mean deviation from the group, in QA % points.
QString formatDeviation(const std::optional<double> &points);

} // namespace huddle::models
