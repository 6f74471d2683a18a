#pragma once

#include "core/quadrant.h"
#include "models/dashboarddata.h"
#include "quadrantplot.h"

#include <QGraphicsView>

namespace huddle::ui {

// Every agent of the scope as a point: AHT across (fast on the left), CSAT % up, point area in proportion
// to conversations handled. The team's median lines split the plane into the four quadrants a team leader
// uses to spot rushing; each quadrant is named in its corner and drawn with its own marker shape, so the
// chart reads without colour. Clicking a point (or Enter on the keyboard-selected one) opens that agent.
// A graphics view whose scene is one item painting the chart, so it exports and prints like the trend
// chart (chartexport.h).
class QuadrantChart : public QGraphicsView {
    Q_OBJECT
public:
    explicit QuadrantChart(QWidget *parent = nullptr);

    void setData(const QList<models::AgentPeriod> &agents, const core::QuadrantSplit &split,
                 const QString &title);
    QString title() const { return m_plot.title(); }
    int pointCount() const { return static_cast<int>(m_plot.points().size()); }
    QList<qint64> agentIds() const;
    core::Quadrant quadrantOfAgent(qint64 agentId) const;
    // Where the agent's point is drawn on the viewport; null when the agent is not on the chart.
    std::optional<QPointF> pointPosition(qint64 agentId) const;
    // The agent whose point is under `position` (the nearest, if points overlap); 0 for none.
    qint64 agentAt(const QPointF &position) const;
    // Paints the whole chart into `area` of any device, with the keyboard selection when `focused`.
    void paintChart(QPainter &painter, const QRectF &area, bool focused = false) const;

    QSize minimumSizeHint() const override { return {420, 300}; }
    QSize sizeHint() const override { return {720, 480}; }

Q_SIGNALS:
    void agentActivated(qint64 agentId);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int indexAt(const QPointF &position) const;
    QString tooltipFor(const QuadrantPlot::Point &point) const;
    void repaintChart();
    void moveCurrent(int key);
    void updateAccessibleDescription();

    QGraphicsItem *m_item;
    QuadrantPlot m_plot;
    int m_hovered = -1;
    int m_current = -1; // keyboard selection
    int m_pressed = -1;
};

} // namespace huddle::ui
