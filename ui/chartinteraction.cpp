#include "chartinteraction.h"

#include "chartgeometry.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

#include <cmath>

namespace huddle::ui {

namespace {

constexpr qreal WheelStepFactor = 0.8; // one wheel notch shows 80 % of the span
constexpr qreal KeyPanFraction = 0.1;  // an arrow key moves by a tenth of the span

} // namespace

ChartInteraction::ChartInteraction(QChartView *view, QDateTimeAxis *time)
    : QObject(view)
    , m_view(view)
    , m_time(time)
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, view->viewport()))
{
    view->setRubberBand(QChartView::NoRubberBand); // ours keeps the y axes and honours the data's range
    view->setFocusPolicy(Qt::StrongFocus);
    view->viewport()->setMouseTracking(true);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

qreal ChartInteraction::span() const
{
    return static_cast<qreal>(m_time->max().toMSecsSinceEpoch() - m_time->min().toMSecsSinceEpoch());
}

qreal ChartInteraction::timeAt(int x) const
{
    return ui::timeAt(m_view, m_time, x);
}

bool ChartInteraction::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        if (event->type() == QEvent::KeyPress)
            return handleKey(static_cast<QKeyEvent *>(event)->key());
        return false;
    }
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const qreal notches = wheel->angleDelta().y() / 120.0;
        if (notches != 0)
            emit zoomRequested(std::pow(WheelStepFactor, notches), timeAt(qRound(wheel->position().x())));
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        press(mouse->position().toPoint(), mouse->modifiers().testFlag(Qt::ShiftModifier));
        return true;
    }
    case QEvent::MouseMove:
        move(static_cast<QMouseEvent *>(event)->position().toPoint());
        return m_drag != Drag::None;
    case QEvent::MouseButtonRelease:
        if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton || m_drag == Drag::None)
            return false;
        release(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    case QEvent::MouseButtonDblClick:
        emit doubleClicked(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    default:
        return false;
    }
}

bool ChartInteraction::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
        emit panRequested(-KeyPanFraction * span());
        return true;
    case Qt::Key_Right:
        emit panRequested(KeyPanFraction * span());
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomRequested(WheelStepFactor,
                           static_cast<qreal>(m_time->min().toMSecsSinceEpoch()) + span() / 2);
        return true;
    case Qt::Key_Minus:
        emit zoomRequested(1 / WheelStepFactor,
                           static_cast<qreal>(m_time->min().toMSecsSinceEpoch()) + span() / 2);
        return true;
    case Qt::Key_0:
    case Qt::Key_Home:
    case Qt::Key_Escape:
        emit resetRequested();
        return true;
    default:
        return false;
    }
}

void ChartInteraction::press(QPoint pos, bool rubberBand)
{
    m_pressPos = m_lastPos = pos;
    m_drag = rubberBand ? Drag::Zooming : Drag::Pending;
    if (rubberBand) {
        m_rubberBand->setGeometry(QRect(pos, QSize(1, 1)));
        m_rubberBand->show();
    }
}

void ChartInteraction::move(QPoint pos)
{
    switch (m_drag) {
    case Drag::None:
        emit hovered(pos);
        return;
    case Drag::Pending:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Panning;
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Drag::Panning: {
        // The data follows the hand: dragging right shows earlier times.
        const qreal delta = timeAt(m_lastPos.x()) - timeAt(pos.x());
        m_lastPos = pos;
        emit panRequested(delta);
        return;
    }
    case Drag::Zooming: {
        const QRectF plot = plotRectInViewport(m_view);
        const int left = std::min(m_pressPos.x(), pos.x());
        const int right = std::max(m_pressPos.x(), pos.x());
        m_rubberBand->setGeometry(
            QRect(QPoint(left, qRound(plot.top())), QPoint(right, qRound(plot.bottom()))));
        return;
    }
    }
}

void ChartInteraction::release(QPoint pos)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    m_view->viewport()->unsetCursor();
    if (drag == Drag::Pending) {
        emit clicked(pos);
    } else if (drag == Drag::Zooming) {
        m_rubberBand->hide();
        if (std::abs(pos.x() - m_pressPos.x()) >= QApplication::startDragDistance())
            emit rangeRequested(timeAt(m_pressPos.x()), timeAt(pos.x()));
    }
}

} // namespace huddle::ui
