#include "trendgeometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace huddle::ui {

qreal dayStart(QDate day)
{
    return static_cast<qreal>(day.startOfDay().toMSecsSinceEpoch());
}

qreal bucketMiddle(const models::TrendPoint &bucket)
{
    return (dayStart(bucket.start) + dayStart(bucket.end.addDays(1))) / 2;
}

QList<QPointF> kpiPoints(const QList<models::TrendPoint> &trend, core::KpiId kpi, QList<qint64> &samples)
{
    QList<QPointF> points;
    points.reserve(trend.size());
    samples.clear();
    samples.reserve(trend.size());
    for (const models::TrendPoint &bucket : trend) {
        const core::Measure &measure = kpi == core::KpiId::Csat
                                           ? static_cast<const core::Measure &>(bucket.values.csatPct)
                                           : bucket.values.ahtSeconds;
        points.append({bucketMiddle(bucket), measure.value.value_or(qQNaN())});
        samples.append(measure.n);
    }
    return points;
}

core::Granularity inferGranularity(const QList<models::TrendPoint> &trend)
{
    qint64 longest = 0;
    for (const models::TrendPoint &bucket : trend)
        longest = std::max(longest, bucket.start.daysTo(bucket.end) + 1);
    if (longest <= 1)
        return core::Granularity::Day;
    return longest <= 7 ? core::Granularity::Week : core::Granularity::Month;
}

qreal minimumZoomSpan(core::Granularity granularity)
{
    switch (granularity) {
    case core::Granularity::Day:
        return 2 * DayMsecs;
    case core::Granularity::Week:
        return 14 * DayMsecs;
    case core::Granularity::Month:
        return 62 * DayMsecs;
    }
    return DayMsecs;
}

QString timeLabelFormat(core::Granularity granularity, qreal visibleMsecs, bool buckets)
{
    const qreal days = visibleMsecs / DayMsecs;
    if (granularity == core::Granularity::Month || days > 400)
        return QStringLiteral("MMM yyyy");
    if (days > 4 || buckets)
        return QStringLiteral("d MMM");
    return QStringLiteral("d MMM HH:mm");
}

DurationScale durationScale(double highest)
{
    constexpr int MaxSteps = 6;
    constexpr std::array<double, 12> steps{30, 60, 120, 180, 300, 600, 900, 1200, 1800, 3600, 7200, 14400};
    highest = std::max(highest, 1.0);
    for (const double step : steps)
        if (std::ceil(highest / step) <= MaxSteps)
            return {std::ceil(highest / step) * step, step};
    const double step = std::ceil(highest / MaxSteps / steps.back()) * steps.back();
    return {std::ceil(highest / step) * step, step};
}

} // namespace huddle::ui
