#pragma once

#include "kpidefinitions.h"
#include "kpivalues.h"

#include <QList>

#include <optional>

namespace huddle::core {

// The CSAT-vs-AHT quadrant a team leader uses to spot rushing (domain.md): fast means AHT at or below
// target, satisfied means CSAT at or above target.
enum class Quadrant { Unknown, FastSatisfied, SlowSatisfied, FastUnsatisfied, SlowUnsatisfied };

Quadrant classifyQuadrant(const KpiValues &values, const KpiTargets &targets);

// One agent on the quadrant scatter.
struct QuadrantPoint {
    qint64 agentId = 0;
    double ahtSeconds = 0;
    double csatPct = 0;
    qint64 handled = 0;   // point size
    qint64 responses = 0; // CSAT n
};

// The team's median lines that split the scatter: agents are compared with their own team, not with a
// target. Empty without at least one agent that has both values. Median of an even count: mean of the
// middle two.
struct QuadrantSplit {
    std::optional<double> medianAhtSeconds;
    std::optional<double> medianCsatPct;
};

QuadrantSplit medianSplit(const QList<QuadrantPoint> &points);
// Fast: AHT at or below the median; satisfied: CSAT at or above the median.
Quadrant quadrantOf(const QuadrantPoint &point, const QuadrantSplit &split);

} // namespace huddle::core
