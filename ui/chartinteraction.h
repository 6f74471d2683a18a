#pragma once

#include <QObject>
#include <QPoint>

class QChartView;
class QDateTimeAxis;
class QRubberBand;

namespace huddle::ui {

// Turns mouse and keyboard input on a chart view into requests on its time axis, leaving what they do to
// the chart: the wheel zooms around the cursor, dragging pans, Shift+drag zooms to the dragged span,
// the arrow keys pan, + and − zoom, 0, Home or Esc reset. A press released without moving is a click.
class ChartInteraction : public QObject {
    Q_OBJECT
public:
    ChartInteraction(QChartView *view, QDateTimeAxis *time);

signals:
    void zoomRequested(qreal factor, qreal anchor); // factor < 1 zooms in; anchor in msecs stays in place
    void panRequested(qreal delta);                 // msecs, positive moves later
    void rangeRequested(qreal from, qreal to);      // msecs
    void resetRequested();
    void clicked(QPoint viewportPos);
    void doubleClicked(QPoint viewportPos);
    void hovered(QPoint viewportPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key);
    void press(QPoint pos, bool rubberBand);
    void move(QPoint pos);
    void release(QPoint pos);
    qreal span() const;
    qreal timeAt(int x) const;

    QChartView *m_view;
    QDateTimeAxis *m_time;
    QRubberBand *m_rubberBand;
    QPoint m_pressPos;
    QPoint m_lastPos;
    enum class Drag { None, Pending, Panning, Zooming } m_drag = Drag::None;
};

} // namespace huddle::ui
