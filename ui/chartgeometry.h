#pragma once

#include <QPointF>
#include <QRectF>

class QAbstractSeries;
class QChartView;
class QDateTimeAxis;

namespace huddle::ui {

// Conversions between what a chart plots (values) and where the chart view shows it (viewport pixels),
// for hit-testing markers and points and for turning mouse positions into times.

// Where `value` of `series` is drawn, in the view's viewport coordinates.
QPointF viewportPosition(const QChartView *view, const QPointF &value, QAbstractSeries *series);
// The plot area (inside the axes) in viewport coordinates.
QRectF plotRectInViewport(const QChartView *view);
// The time (msecs since the epoch) under viewport x-coordinate `x` on `axis`, extrapolated outside the plot.
qreal timeAt(const QChartView *view, const QDateTimeAxis *axis, qreal x);

} // namespace huddle::ui
