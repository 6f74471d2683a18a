#pragma once

#include "kpidefinitions.h"
#include "kpivalues.h"

namespace huddle::core {

// The CSAT-vs-AHT quadrant a team leader uses to spot rushing (domain.md): fast means AHT at or below
// target, satisfied means CSAT at or above target.
enum class Quadrant { Unknown, FastSatisfied, SlowSatisfied, FastUnsatisfied, SlowUnsatisfied };

Quadrant classifyQuadrant(const KpiValues &values, const KpiTargets &targets);

} // namespace huddle::core
