#include "quadrant.h"

#include <algorithm>
#include <cmath>

namespace huddle::core {

namespace {

Quadrant quadrantFor(bool fast, bool satisfied)
{
    if (fast)
        return satisfied ? Quadrant::FastSatisfied : Quadrant::FastUnsatisfied;
    return satisfied ? Quadrant::SlowSatisfied : Quadrant::SlowUnsatisfied;
}

bool hasBothValues(const QuadrantPoint &point)
{
    return std::isfinite(point.ahtSeconds) && std::isfinite(point.csatPct);
}

// Median of an even count: the mean of the middle two.
double median(QList<double> values)
{
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    const double upper = values[middle];
    if (values.size() % 2 != 0)
        return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + middle);
    return (lower + upper) / 2.0;
}

} // namespace

Quadrant classifyQuadrant(const KpiValues &values, const KpiTargets &targets)
{
    if (!values.csatPct.value || !values.ahtSeconds.value)
        return Quadrant::Unknown;
    return quadrantFor(*values.ahtSeconds.value <= targets.ahtSeconds,
                       *values.csatPct.value >= targets.csatPct);
}

// A point without both values (NaN) takes no part: it has no place on the scatter.
QuadrantSplit medianSplit(const QList<QuadrantPoint> &points)
{
    QList<double> aht;
    QList<double> csat;
    for (const QuadrantPoint &point : points)
        if (hasBothValues(point)) {
            aht.append(point.ahtSeconds);
            csat.append(point.csatPct);
        }
    if (aht.isEmpty())
        return {};
    return {median(aht), median(csat)};
}

Quadrant quadrantOf(const QuadrantPoint &point, const QuadrantSplit &split)
{
    if (!split.medianAhtSeconds || !split.medianCsatPct || !hasBothValues(point))
        return Quadrant::Unknown;
    return quadrantFor(point.ahtSeconds <= *split.medianAhtSeconds, point.csatPct >= *split.medianCsatPct);
}

} // namespace huddle::core
