#pragma once

#include "core/quadrant.h"
#include "models/dashboarddata.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>

class QFontMetricsF;
class QPainter;

namespace huddle::ui {

// The CSAT-vs-AHT quadrant as a drawing: which agents are on it, where each point goes in a given area, and
// how the whole chart is painted there (quadrant tints and names, axes, the team's median lines, points
// with a marker shape per quadrant and area in proportion to handled, names that never cover a point).
// QuadrantChart puts it on screen and handles the mouse and keyboard.
class QuadrantPlot {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::QuadrantPlot)

public:
    struct Point {
        core::QuadrantPoint values;
        QString name;
        QString team;
        core::Quadrant quadrant = core::Quadrant::Unknown;
    };

    // Agents without both CSAT and AHT are left off (and counted in the legend); larger points come first,
    // so the smaller ones are drawn on top.
    void setData(const QList<models::AgentPeriod> &agents, const core::QuadrantSplit &split,
                 const QString &title);
    const QList<Point> &points() const { return m_points; }
    const QString &title() const { return m_title; }

    // Where point `index` is drawn when the chart fills `area`.
    QPointF position(int index, const QRectF &area, const QFont &font) const;
    // The point under `position` (the nearest, if markers overlap); -1 for none.
    int indexAt(const QPointF &position, const QRectF &area, const QFont &font) const;
    double radiusOf(const Point &point) const;
    // `hovered` is drawn stronger and `focused` ringed (the keyboard selection); -1 for none.
    void paint(QPainter &painter, const QRectF &area, const QFont &font, int hovered = -1,
               int focused = -1) const;

private:
    struct Geometry; // the plot rectangle and the value ranges it shows

    Geometry geometryFor(const QRectF &area, const QFontMetricsF &metrics) const;
    void paintQuadrants(QPainter &painter, const Geometry &geometry, const QFont &font) const;
    void paintAxes(QPainter &painter, const Geometry &geometry, const QFont &font) const;
    void paintMedians(QPainter &painter, const Geometry &geometry, const QFont &font) const;
    void paintPoints(QPainter &painter, const Geometry &geometry, int hovered) const;
    void paintNames(QPainter &painter, const Geometry &geometry, const QFont &font) const;

    QList<Point> m_points;
    int m_withoutData = 0;
    qint64 m_maxHandled = 1;
    core::QuadrantSplit m_split;
    QString m_title;
};

} // namespace huddle::ui
