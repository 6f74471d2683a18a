#pragma once

#include "chartstyle.h"

#include <QList>
#include <QPen>
#include <QPointF>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;

namespace huddle::ui {

// One KPI line of the trend chart (a scope's or an agent's CSAT or AHT) over its whole range, and the Qt
// Charts series that draw the part on screen: one line series per run between gaps (pooled, so zooming
// does not rebuild series) and a scatter series of the points while they are sparse enough to tell apart,
// small-sample points greyed. A line with more points than the plot has pixels is reduced to the width
// first (core::downsampleMinMax) and drawn with a plain thin pen.
class ChartLine {
public:
    ChartLine(QChart *chart, QAbstractAxis *time, QAbstractAxis *values, const QString &name,
              const LineStyle &style);
    ~ChartLine();
    ChartLine(const ChartLine &) = delete;
    ChartLine &operator=(const ChartLine &) = delete;

    // `points` ordered by x, a NaN y where a bucket has no data. `samples`, parallel to `points`, holds the n
    // behind each point; empty for raw series, whose points are never greyed.
    void setPoints(const QList<QPointF> &points, const QList<qint64> &samples = {});
    // Hands Qt Charts the part of the line inside [from, to] for a plot `widthPx` pixels wide. True when
    // series had to be added to the chart (they are drawn over whatever was added before).
    bool render(qreal from, qreal to, int widthPx);
    // Whether render()'s output changes with the width: more visible points than pixels.
    bool dependsOnWidth(qreal from, qreal to, int widthPx) const;

    const QString &name() const { return m_name; }
    const LineStyle &style() const { return m_style; }
    const QList<QPointF> &points() const { return m_points; }
    bool isSmallSample(qsizetype index) const;

    QLineSeries *legendSeries() const { return m_segments.constFirst(); }
    QScatterSeries *pointSeries() const { return m_pointSeries; }
    // The segments that hold points after the last render(), in x order.
    QList<QLineSeries *> drawnSegments() const;
    // Index in points() of the point with a value nearest in time to the viewport position, if it is drawn
    // within `radius` pixels of it; -1 otherwise.
    qsizetype pointNear(const QChartView *view, qreal time, QPointF viewportPos, qreal radius) const;

private:
    QLineSeries *addSegment();
    QPen pen() const;
    void renderPoints(qreal from, qreal to, int widthPx);

    QChart *m_chart;
    QAbstractAxis *m_time;
    QAbstractAxis *m_values;
    QString m_name;
    LineStyle m_style;
    QList<QPointF> m_points;
    QList<qint64> m_samples;
    QList<QLineSeries *> m_segments; // never empty: the first carries the legend entry
    QScatterSeries *m_pointSeries;
    bool m_dense = false; // more visible points than pixels
};

} // namespace huddle::ui
