#pragma once

#include "core/kpiplan.h"
#include "core/trend.h"
#include "models/dashboarddata.h"

#include <QList>
#include <QPointF>

namespace huddle::ui {

// Where trend buckets go on the chart's time axis (msecs since the epoch) and how that axis is labelled.

inline constexpr qreal DayMsecs = 24.0 * 3600 * 1000;

// QDateTimeAxis labels its ticks in the machine's local time, so a calendar day is placed at its local
// midnight; UTC midnight would be labelled the previous day west of Greenwich.
qreal dayStart(QDate day);
// Points sit in the middle of their bucket, so a week's point is drawn mid-week.
qreal bucketMiddle(const models::TrendPoint &bucket);
// The bucket values of one KPI (CSAT % or AHT seconds) as plot points, NaN where a bucket has no value so
// the line breaks there; `samples` receives each bucket's n.
QList<QPointF> kpiPoints(const QList<models::TrendPoint> &trend, core::KpiId kpi, QList<qint64> &samples);
// For callers that do not say how the buckets were cut: their lengths tell.
core::Granularity inferGranularity(const QList<models::TrendPoint> &trend);
// The narrowest window a zoom may show: two buckets, so there is always a line to look at.
qreal minimumZoomSpan(core::Granularity granularity);
// A QDateTime format for the axis labels: the year once months or more than a year show, hours only for
// raw series zoomed to a few days.
QString timeLabelFormat(core::Granularity granularity, qreal visibleMsecs, bool buckets);

// The AHT axis: from 0 to `top` seconds in whole steps (30 s, 1, 2, 3, 5, 10 … minutes), at most six of
// them, with `top` at or above `highest`.
struct DurationScale {
    double top;
    double step;
};
DurationScale durationScale(double highest);

} // namespace huddle::ui
