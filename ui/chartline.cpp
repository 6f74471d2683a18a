#include "chartline.h"

#include "chartgeometry.h"
#include "models/kpiformat.h"
#include "plotsegments.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

// Points closer than this many pixels would merge into a smear, so they are then left to the line.
constexpr int MinimumPointSpacingPx = 5;

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *time, QAbstractAxis *values)
{
    chart->addSeries(series);
    series->attachAxis(time);
    series->attachAxis(values);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace

ChartLine::ChartLine(QChart *chart, QAbstractAxis *time, QAbstractAxis *values, const QString &name,
                     const LineStyle &style)
    : m_chart(chart)
    , m_time(time)
    , m_values(values)
    , m_name(name)
    , m_style(style)
    , m_pointSeries(new QScatterSeries)
{
    addSegment()->setName(name);
    m_pointSeries->setName(name);
    m_pointSeries->setMarkerShape(style.shape);
    m_pointSeries->setMarkerSize(style.markerSize);
    m_pointSeries->setColor(style.color);
    m_pointSeries->setBorderColor(style.color.darker(130));
    attach(m_chart, m_pointSeries, m_time, m_values);
    hideFromLegend(m_chart, m_pointSeries);
}

ChartLine::~ChartLine()
{
    for (QAbstractSeries *series : m_segments) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_chart->removeSeries(m_pointSeries);
    delete m_pointSeries;
}

QLineSeries *ChartLine::addSegment()
{
    auto *segment = new QLineSeries;
    segment->setPen(pen());
    attach(m_chart, segment, m_time, m_values);
    if (!m_segments.isEmpty())
        hideFromLegend(m_chart, segment);
    m_segments.append(segment);
    return segment;
}

void ChartLine::setPoints(const QList<QPointF> &points, const QList<qint64> &samples)
{
    m_points = points;
    m_samples = samples;
}

bool ChartLine::isSmallSample(qsizetype index) const
{
    return index >= 0 && index < m_samples.size() && models::isSmallSample(m_samples[index]);
}

bool ChartLine::dependsOnWidth(qreal from, qreal to, int widthPx) const
{
    const auto [first, last] = visibleIndexRange(m_points, from, to);
    return last - first > widthPx / MinimumPointSpacingPx;
}

// A line with more points than pixels is a zigzag of per-column minima and maxima: no dash pattern can be
// seen in it, and stroking one (or any wide antialiased pen) along such a long path costs many times the
// rest of the chart (measured: a 2,000-point chart drew in 87 ms with the 2.5 px dashed pens, in 4 ms with
// this one). Dense lines get a plain 1 px pen, which the raster engine draws without stroking.
QPen ChartLine::pen() const
{
    QPen pen(m_style.color, m_dense ? 1 : m_style.width, m_dense ? Qt::SolidLine : m_style.dash);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

bool ChartLine::render(qreal from, qreal to, int widthPx)
{
    const auto [first, last] = visibleIndexRange(m_points, from, to);
    if (const bool dense = last - first > widthPx; dense != m_dense) {
        m_dense = dense;
        for (QLineSeries *segment : m_segments)
            segment->setPen(pen());
    }
    const QList<QList<QPointF>> runs = plotSegments(m_points, from, to, widthPx);
    const bool grown = m_segments.size() < runs.size();
    while (m_segments.size() < runs.size())
        addSegment();
    if (grown) { // series added later are drawn over earlier ones: the points go back on top
        m_chart->removeSeries(m_pointSeries);
        attach(m_chart, m_pointSeries, m_time, m_values);
        hideFromLegend(m_chart, m_pointSeries);
    }
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        QLineSeries *segment = m_segments[i];
        const QList<QPointF> run = i < runs.size() ? runs[i] : QList<QPointF>();
        if (run.isEmpty() && segment->count() == 0)
            continue; // an idle pooled segment: nothing to tell Qt Charts
        segment->replace(run);
        // A bucket between two empty ones has no neighbour to draw a line to: show it as a point.
        segment->setPointsVisible(run.size() == 1);
    }
    renderPoints(from, to, widthPx);
    return grown;
}

void ChartLine::renderPoints(qreal from, qreal to, int widthPx)
{
    const auto [first, last] = visibleIndexRange(m_points, from, to);
    QList<QPointF> points;
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> configuration;
    if ((last - first) * MinimumPointSpacingPx <= widthPx) {
        for (qsizetype i = first; i < last; ++i) {
            if (std::isnan(m_points[i].y()))
                continue;
            if (isSmallSample(i))
                configuration.insert(static_cast<int>(points.size()),
                                     {{QXYSeries::PointConfiguration::Color, smallSampleColor()}});
            points.append(m_points[i]);
        }
    }
    m_pointSeries->replace(points);
    m_pointSeries->setPointsConfiguration(configuration);
}

QList<QLineSeries *> ChartLine::drawnSegments() const
{
    QList<QLineSeries *> drawn;
    for (QLineSeries *segment : m_segments)
        if (segment->count() > 0)
            drawn.append(segment);
    return drawn;
}

qsizetype ChartLine::pointNear(const QChartView *view, qreal time, QPointF viewportPos, qreal radius) const
{
    const auto byX = [](const QPointF &point, qreal x) { return point.x() < x; };
    const qsizetype at = std::lower_bound(m_points.cbegin(), m_points.cend(), time, byX) - m_points.cbegin();
    // The nearest points with a value on either side of `time`: gaps are skipped, never matched.
    qsizetype after = at;
    while (after < m_points.size() && std::isnan(m_points[after].y()))
        ++after;
    qsizetype before = at - 1;
    while (before >= 0 && std::isnan(m_points[before].y()))
        --before;
    qsizetype best = -1;
    qreal bestDistance = radius;
    const QRectF plot = plotRectInViewport(view).adjusted(-1, -1, 1, 1); // points zoomed away are not drawn
    for (const qsizetype i : {before, after}) {
        if (i < 0 || i >= m_points.size())
            continue;
        const QPointF position = viewportPosition(view, m_points[i], m_segments.constFirst());
        if (!plot.contains(position))
            continue;
        const QPointF delta = position - viewportPos;
        const qreal distance = std::hypot(delta.x(), delta.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace huddle::ui
