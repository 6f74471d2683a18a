#include "quadrantplot.h"

#include "kpilabels.h"
#include "models/kpiformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

constexpr double minRadius = 4;
constexpr double maxRadius = 16;
constexpr double pad = 8;

// Tick spacing of 1, 2 or 5 × 10^k giving about `ticks` intervals: Heckbert's "nice numbers for graph
// labels" (Graphics Gems, 1990).
double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    return nice * magnitude;
}

// The AHT axis is read in minutes and seconds, so its ticks fall on whole durations (15 s, 30 s, 1 min,
// 2 min, 5 min …) rather than on decimal steps like 100 s.
double durationStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    for (double step : {5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0})
        if (step >= raw)
            return step;
    return std::ceil(raw / 3600.0) * 3600.0;
}

QColor quadrantColor(core::Quadrant quadrant)
{
    switch (quadrant) {
    case core::Quadrant::FastSatisfied:
        return {0x2e, 0x7d, 0x32};
    case core::Quadrant::SlowSatisfied:
        return {0x1f, 0x5f, 0xa8};
    case core::Quadrant::FastUnsatisfied:
        return {0xc2, 0x5e, 0x00};
    case core::Quadrant::SlowUnsatisfied:
        return {0xb3, 0x26, 0x1e};
    case core::Quadrant::Unknown:
        break;
    }
    return Qt::gray;
}

// One marker shape per quadrant, so the chart still reads printed in black and white.
QPainterPath markerPath(core::Quadrant quadrant, const QPointF &centre, double r)
{
    QPainterPath path;
    switch (quadrant) {
    case core::Quadrant::SlowSatisfied:
        path.addRect(QRectF(centre.x() - r * 0.9, centre.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case core::Quadrant::FastUnsatisfied:
        path.moveTo(centre.x(), centre.y() - r * 1.1);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        break;
    case core::Quadrant::SlowUnsatisfied:
        path.moveTo(centre.x(), centre.y() - r * 1.2);
        path.lineTo(centre.x() + r * 1.2, centre.y());
        path.lineTo(centre.x(), centre.y() + r * 1.2);
        path.lineTo(centre.x() - r * 1.2, centre.y());
        path.closeSubpath();
        break;
    case core::Quadrant::FastSatisfied:
    case core::Quadrant::Unknown:
        path.addEllipse(centre, r, r);
        break;
    }
    return path;
}

} // namespace

struct QuadrantPlot::Geometry {
    QRectF area; // everything, title included
    QRectF plot; // inside the axes
    double xMin = 0, xMax = 1, yMin = 0, yMax = 100;
    double xStep = 1, yStep = 10;

    QPointF map(double aht, double csat) const
    {
        return {plot.left() + (aht - xMin) / (xMax - xMin) * plot.width(),
                plot.bottom() - (csat - yMin) / (yMax - yMin) * plot.height()};
    }
};

void QuadrantPlot::setData(const QList<models::AgentPeriod> &agents, const core::QuadrantSplit &split,
                           const QString &title)
{
    m_points.clear();
    m_withoutData = 0;
    m_maxHandled = 1;
    for (const models::AgentPeriod &agent : agents) {
        const core::KpiValues &v = agent.current;
        if (!v.csatPct.value || !v.ahtSeconds.value) {
            ++m_withoutData;
            continue;
        }
        Point point{{agent.agentId, *v.ahtSeconds.value, *v.csatPct.value, v.handled, v.csatPct.n},
                    agent.name,
                    agent.teamName,
                    core::Quadrant::Unknown};
        point.quadrant = core::quadrantOf(point.values, split);
        m_maxHandled = std::max(m_maxHandled, v.handled);
        m_points.append(point);
    }
    // Larger points first, so a small one is never hidden underneath a large one.
    std::stable_sort(m_points.begin(), m_points.end(),
                     [](const Point &a, const Point &b) { return a.values.handled > b.values.handled; });
    m_split = split;
    m_title = title;
}

QuadrantPlot::Geometry QuadrantPlot::geometryFor(const QRectF &area, const QFontMetricsF &metrics) const
{
    Geometry g;
    g.area = area;
    double xLow = m_split.medianAhtSeconds.value_or(HUGE_VAL);
    double xHigh = m_split.medianAhtSeconds.value_or(-HUGE_VAL);
    double yLow = m_split.medianCsatPct.value_or(HUGE_VAL);
    double yHigh = m_split.medianCsatPct.value_or(-HUGE_VAL);
    for (const Point &point : m_points) {
        xLow = std::min(xLow, point.values.ahtSeconds);
        xHigh = std::max(xHigh, point.values.ahtSeconds);
        yLow = std::min(yLow, point.values.csatPct);
        yHigh = std::max(yHigh, point.values.csatPct);
    }
    if (m_points.isEmpty()) {
        xLow = 0, xHigh = 600, yLow = 0, yHigh = 100;
    }
    // Room around the outermost points for their markers, then out to whole ticks.
    const double xSpan = std::max(xHigh - xLow, 30.0);
    const double ySpan = std::max(yHigh - yLow, 5.0);
    g.xStep = durationStep(xSpan * 1.2, 6);
    g.yStep = niceStep(ySpan * 1.2, 5);
    g.xMin = std::max(0.0, std::floor((xLow - xSpan * 0.1) / g.xStep) * g.xStep);
    g.xMax = std::ceil((xHigh + xSpan * 0.1) / g.xStep) * g.xStep;
    g.yMin = std::max(0.0, std::floor((yLow - ySpan * 0.1) / g.yStep) * g.yStep);
    g.yMax = std::min(100.0, std::ceil((yHigh + ySpan * 0.1) / g.yStep) * g.yStep);
    if (g.yMax <= g.yMin)
        g.yMin = g.yMax - g.yStep;

    const double line = metrics.height();
    const double yLabelWidth = metrics.horizontalAdvance(QStringLiteral("100 %"));
    const double left = area.left() + pad + line + pad + yLabelWidth + pad;
    const double top = area.top() + pad + line * 1.4 + pad;
    const double bottom = area.bottom() - pad - line * 3 - pad * 2;
    const double right = area.right() - pad * 2;
    g.plot = QRectF(QPointF(left, top), QPointF(right, bottom));
    return g;
}

double QuadrantPlot::radiusOf(const Point &point) const
{
    // Area, not radius, in proportion to conversations handled, so a point twice as busy looks twice as big.
    const double share = static_cast<double>(point.values.handled) / static_cast<double>(m_maxHandled);
    return minRadius + (maxRadius - minRadius) * std::sqrt(std::clamp(share, 0.0, 1.0));
}

void QuadrantPlot::paint(QPainter &painter, const QRectF &area, const QFont &font, int hovered,
                         int focused) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    painter.fillRect(area, Qt::white);
    const QFontMetricsF metrics(font);
    const Geometry g = geometryFor(area, metrics);
    QFont titleFont = font;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    painter.drawText(
        QRectF(area.left() + pad, area.top() + pad, area.width() - 2 * pad, metrics.height() * 1.4),
        Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, area.width() - 2 * pad));
    painter.setFont(font);
    paintQuadrants(painter, g, font);
    paintAxes(painter, g, font);
    paintMedians(painter, g, font);
    if (m_points.isEmpty()) {
        painter.setPen(Qt::darkGray);
        painter.drawText(g.plot, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No agent has both CSAT responses and handled conversations in this period."));
    }
    paintPoints(painter, g, hovered);
    paintNames(painter, g, font);
    if (focused >= 0 && focused < m_points.size()) {
        const Point &point = m_points[focused];
        const double r = radiusOf(point) + 4;
        painter.setPen(QPen(QColor(0x30, 0x60, 0xc0), 2, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(g.map(point.values.ahtSeconds, point.values.csatPct), r, r);
    }
    painter.restore();
}

void QuadrantPlot::paintQuadrants(QPainter &painter, const Geometry &g, const QFont &font) const
{
    if (!m_split.medianAhtSeconds || !m_split.medianCsatPct)
        return;
    const QPointF centre = g.map(*m_split.medianAhtSeconds, *m_split.medianCsatPct);
    struct Corner {
        core::Quadrant quadrant;
        QRectF rect;
        Qt::Alignment align;
    };
    const QList<Corner> corners{
        {core::Quadrant::FastSatisfied, QRectF(g.plot.topLeft(), centre), Qt::AlignLeft | Qt::AlignTop},
        {core::Quadrant::SlowSatisfied,
         QRectF(QPointF(centre.x(), g.plot.top()), QPointF(g.plot.right(), centre.y())),
         Qt::AlignRight | Qt::AlignTop},
        {core::Quadrant::FastUnsatisfied,
         QRectF(QPointF(g.plot.left(), centre.y()), QPointF(centre.x(), g.plot.bottom())),
         Qt::AlignLeft | Qt::AlignBottom},
        {core::Quadrant::SlowUnsatisfied, QRectF(centre, g.plot.bottomRight()),
         Qt::AlignRight | Qt::AlignBottom}};
    QFont labelFont = font;
    labelFont.setBold(true);
    painter.setFont(labelFont);
    for (const Corner &corner : corners) {
        QColor tint = quadrantColor(corner.quadrant);
        tint.setAlpha(22);
        painter.fillRect(corner.rect, tint);
        painter.setPen(quadrantColor(corner.quadrant).darker(110));
        // The label sits in the plot's corner, which always belongs to that quadrant.
        painter.drawText(g.plot.adjusted(pad, pad, -pad, -pad), static_cast<int>(corner.align),
                         quadrantName(corner.quadrant));
    }
    painter.setFont(font);
}

void QuadrantPlot::paintAxes(QPainter &painter, const Geometry &g, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1));
    for (double x = g.xMin; x <= g.xMax + g.xStep / 2; x += g.xStep)
        painter.drawLine(g.map(x, g.yMin), g.map(x, g.yMax));
    for (double y = g.yMin; y <= g.yMax + g.yStep / 2; y += g.yStep)
        painter.drawLine(g.map(g.xMin, y), g.map(g.xMax, y));
    painter.setPen(Qt::black);
    painter.drawRect(g.plot);
    const double line = metrics.height();
    for (double x = g.xMin; x <= g.xMax + g.xStep / 2; x += g.xStep) {
        const QPointF at = g.map(x, g.yMin);
        painter.drawText(QRectF(at.x() - 40, at.y() + 4, 80, line), Qt::AlignHCenter | Qt::AlignTop,
                         models::formatDuration(x));
    }
    for (double y = g.yMin; y <= g.yMax + g.yStep / 2; y += g.yStep) {
        const QPointF at = g.map(g.xMin, y);
        painter.drawText(QRectF(at.x() - 4 - 80, at.y() - line / 2, 80, line),
                         Qt::AlignRight | Qt::AlignVCenter, models::formatPercent(y, 0));
    }
    const QRectF xTitle(g.plot.left(), g.plot.bottom() + line + 8, g.plot.width(), line);
    painter.drawText(xTitle, Qt::AlignHCenter, tr("AHT (m:ss) — faster to the left"));
    painter.setPen(Qt::darkGray);
    QString legend = tr("Point size: conversations handled · hollow: fewer than 10 CSAT responses · "
                        "dashed lines: team medians");
    if (m_withoutData > 0)
        legend +=
            QStringLiteral(" · ") + tr("%n agent(s) without CSAT or AHT not shown", nullptr, m_withoutData);
    painter.drawText(QRectF(g.area.left() + pad, xTitle.bottom() + 4, g.area.width() - 2 * pad, line),
                     Qt::AlignHCenter, metrics.elidedText(legend, Qt::ElideRight, g.area.width() - 2 * pad));
    painter.setPen(Qt::black);
    painter.save();
    painter.translate(g.area.left() + pad + line, g.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-g.plot.height() / 2, -line, g.plot.height(), line), Qt::AlignHCenter,
                     tr("CSAT % — more satisfied upwards"));
    painter.restore();
}

void QuadrantPlot::paintMedians(QPainter &painter, const Geometry &g, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    painter.setPen(QPen(QColor(0x44, 0x44, 0x44), 1.5, Qt::DashLine));
    if (m_split.medianAhtSeconds) {
        const QPointF top = g.map(*m_split.medianAhtSeconds, g.yMax);
        painter.drawLine(top, g.map(*m_split.medianAhtSeconds, g.yMin));
        const QString text = tr("median AHT %1").arg(models::formatDuration(m_split.medianAhtSeconds));
        painter.drawText(QPointF(top.x() + 4, top.y() - 3), text);
    }
    if (m_split.medianCsatPct) {
        const QPointF right = g.map(g.xMax, *m_split.medianCsatPct);
        painter.drawLine(g.map(g.xMin, *m_split.medianCsatPct), right);
        const QString text = tr("median CSAT %1").arg(models::formatPercent(m_split.medianCsatPct));
        painter.drawText(QPointF(right.x() - metrics.horizontalAdvance(text) - 4, right.y() - 4), text);
    }
}

void QuadrantPlot::paintPoints(QPainter &painter, const Geometry &g, int hovered) const
{
    const core::KpiDefinitions definitions;
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &point = m_points[i];
        const QPointF centre = g.map(point.values.ahtSeconds, point.values.csatPct);
        const QColor color = quadrantColor(point.quadrant);
        const bool small = models::isSmallSample(point.values.responses, definitions);
        QColor fill = color;
        fill.setAlpha(i == hovered ? 230 : 170);
        painter.setBrush(small ? QBrush(Qt::white) : QBrush(fill));
        painter.setPen(QPen(color.darker(130), i == hovered ? 2.5 : 1.2));
        painter.drawPath(markerPath(point.quadrant, centre, radiusOf(point)));
    }
}

// Names beside the points, skipping any that would cover another point or a name already drawn (the
// tooltip still has it).
void QuadrantPlot::paintNames(QPainter &painter, const Geometry &g, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    QList<QRectF> markers;
    for (const Point &point : m_points) {
        const double r = radiusOf(point);
        markers.append(QRectF(g.map(point.values.ahtSeconds, point.values.csatPct) - QPointF(r, r),
                              QSizeF(2 * r, 2 * r)));
    }
    QList<QRectF> taken;
    painter.setPen(QColor(0x22, 0x22, 0x22));
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const Point &point = m_points[i];
        const QPointF centre = g.map(point.values.ahtSeconds, point.values.csatPct);
        const double r = radiusOf(point) + 3;
        const QSizeF size(metrics.horizontalAdvance(point.name) + 2, metrics.height());
        const QList<QRectF> candidates{
            QRectF(QPointF(centre.x() + r, centre.y() - size.height() / 2), size),
            QRectF(QPointF(centre.x() - r - size.width(), centre.y() - size.height() / 2), size),
            QRectF(QPointF(centre.x() - size.width() / 2, centre.y() - r - size.height()), size)};
        const auto overlaps = [&](const QRectF &candidate) {
            for (qsizetype j = 0; j < markers.size(); ++j)
                if (j != i && markers[j].intersects(candidate))
                    return true;
            return std::any_of(taken.cbegin(), taken.cend(),
                               [&](const QRectF &other) { return other.intersects(candidate); });
        };
        for (const QRectF &candidate : candidates) {
            const bool free = g.plot.contains(candidate) && !overlaps(candidate);
            if (!free)
                continue;
            painter.drawText(candidate, Qt::AlignCenter, point.name);
            taken.append(candidate);
            break;
        }
    }
}

QPointF QuadrantPlot::position(int index, const QRectF &area, const QFont &font) const
{
    const Geometry g = geometryFor(area, QFontMetricsF(font));
    return g.map(m_points[index].values.ahtSeconds, m_points[index].values.csatPct);
}

int QuadrantPlot::indexAt(const QPointF &position, const QRectF &area, const QFont &font) const
{
    const Geometry g = geometryFor(area, QFontMetricsF(font));
    int best = -1;
    double bestDistance = HUGE_VAL;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF centre = g.map(m_points[i].values.ahtSeconds, m_points[i].values.csatPct);
        const double distance = std::hypot(centre.x() - position.x(), centre.y() - position.y());
        if (distance <= radiusOf(m_points[i]) + 3 && distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace huddle::ui
