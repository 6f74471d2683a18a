#include "quadrant.h"

namespace huddle::core {

Quadrant classifyQuadrant(const KpiValues &values, const KpiTargets &targets)
{
    if (!values.csatPct.value || !values.ahtSeconds.value)
        return Quadrant::Unknown;
    const bool fast = *values.ahtSeconds.value <= targets.ahtSeconds;
    const bool satisfied = *values.csatPct.value >= targets.csatPct;
    if (fast)
        return satisfied ? Quadrant::FastSatisfied : Quadrant::FastUnsatisfied;
    return satisfied ? Quadrant::SlowSatisfied : Quadrant::SlowUnsatisfied;
}

} // namespace huddle::core
