#include "quadrantchart.h"

#include "kpilabels.h"
#include "models/kpiformat.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace huddle::ui {

namespace {

// The scene's one item: the whole chart, as large as the viewport.
class ChartItem : public QGraphicsItem {
public:
    explicit ChartItem(const QuadrantChart *chart)
        : m_chart(chart)
    {
    }
    void setSize(const QSizeF &size)
    {
        prepareGeometryChange();
        m_size = size;
    }
    QRectF boundingRect() const override { return {QPointF(0, 0), m_size}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_chart->paintChart(*painter, boundingRect(), m_chart->hasFocus());
    }

private:
    const QuadrantChart *m_chart;
    QSizeF m_size;
};

} // namespace

QuadrantChart::QuadrantChart(QWidget *parent)
    : QGraphicsView(parent)
    , m_item(nullptr)
{
    auto *scene = new QGraphicsScene(this);
    auto *item = new ChartItem(this);
    scene->addItem(item);
    m_item = item;
    setScene(scene);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("CSAT against AHT by agent"));
}

void QuadrantChart::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QRectF area(QPointF(0, 0), QSizeF(viewport()->size()));
    static_cast<ChartItem *>(m_item)->setSize(area.size());
    scene()->setSceneRect(area);
}

void QuadrantChart::repaintChart()
{
    m_item->update();
}

void QuadrantChart::setData(const QList<models::AgentPeriod> &agents, const core::QuadrantSplit &split,
                            const QString &title)
{
    m_plot.setData(agents, split, title);
    m_hovered = m_current = m_pressed = -1;
    updateAccessibleDescription();
    repaintChart();
}

void QuadrantChart::paintChart(QPainter &painter, const QRectF &area, bool focused) const
{
    m_plot.paint(painter, area, font(), m_hovered, focused ? m_current : -1);
}

std::optional<QPointF> QuadrantChart::pointPosition(qint64 agentId) const
{
    const QList<QuadrantPlot::Point> &points = m_plot.points();
    for (int i = 0; i < points.size(); ++i)
        if (points[i].values.agentId == agentId)
            return m_plot.position(i, QRectF(viewport()->rect()), font());
    return std::nullopt;
}

int QuadrantChart::indexAt(const QPointF &position) const
{
    return m_plot.indexAt(position, QRectF(viewport()->rect()), font());
}

QList<qint64> QuadrantChart::agentIds() const
{
    QList<qint64> ids;
    for (const QuadrantPlot::Point &point : m_plot.points())
        ids.append(point.values.agentId);
    return ids;
}

core::Quadrant QuadrantChart::quadrantOfAgent(qint64 agentId) const
{
    for (const QuadrantPlot::Point &point : m_plot.points())
        if (point.values.agentId == agentId)
            return point.quadrant;
    return core::Quadrant::Unknown;
}

qint64 QuadrantChart::agentAt(const QPointF &position) const
{
    const int index = indexAt(position);
    return index < 0 ? 0 : m_plot.points()[index].values.agentId;
}

QString QuadrantChart::tooltipFor(const QuadrantPlot::Point &point) const
{
    const QLocale locale;
    QString text =
        tr("%1 (%2)\n%3\nCSAT %4 (n = %5 responses)\nAHT %6 (n = %7 handled)\nClick to open the agent.")
            .arg(point.name, point.team, quadrantName(point.quadrant),
                 models::formatPercent(point.values.csatPct), locale.toString(point.values.responses),
                 models::formatDuration(point.values.ahtSeconds), locale.toString(point.values.handled));
    if (models::isSmallSample(point.values.responses))
        text += QLatin1Char('\n') + tr("Fewer than 10 responses: read with care.");
    return text;
}

bool QuadrantChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave && m_hovered >= 0) {
        m_hovered = -1;
        repaintChart();
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = indexAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), tooltipFor(m_plot.points()[index]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void QuadrantChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        viewport()->setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        repaintChart();
    }
    QGraphicsView::mouseMoveEvent(event);
}

void QuadrantChart::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? indexAt(event->position()) : -1;
    QGraphicsView::mousePressEvent(event);
}

void QuadrantChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = indexAt(event->position());
    if (event->button() == Qt::LeftButton && index >= 0 && index == m_pressed) {
        m_current = index;
        repaintChart();
        Q_EMIT agentActivated(m_plot.points()[index].values.agentId);
    }
    m_pressed = -1;
    QGraphicsView::mouseReleaseEvent(event);
}

void QuadrantChart::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    repaintChart();
}

void QuadrantChart::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    repaintChart();
}

void QuadrantChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveCurrent(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0) {
            Q_EMIT agentActivated(m_plot.points()[m_current].values.agentId);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

// Arrow keys walk to the next point in that direction (left/right by AHT, up/down by CSAT), and the
// tooltip follows, so a keyboard user reads the same details a mouse user hovers for.
void QuadrantChart::moveCurrent(int key)
{
    if (m_plot.points().isEmpty())
        return;
    const bool horizontal = key == Qt::Key_Left || key == Qt::Key_Right;
    const auto valueOf = [horizontal](const QuadrantPlot::Point &p) {
        return horizontal ? p.values.ahtSeconds : p.values.csatPct;
    };
    const QList<QuadrantPlot::Point> &points = m_plot.points();
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return valueOf(points[a]) < valueOf(points[b]); });
    const qsizetype at = m_current < 0 ? -1 : order.indexOf(m_current);
    const bool forward = key == Qt::Key_Right || key == Qt::Key_Up;
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + (forward ? 1 : -1), 0, order.size() - 1);
    m_current = order[next];
    repaintChart();
    if (const auto position = pointPosition(m_plot.points()[m_current].values.agentId))
        QToolTip::showText(viewport()->mapToGlobal(position->toPoint()),
                           tooltipFor(m_plot.points()[m_current]), this);
}

void QuadrantChart::updateAccessibleDescription()
{
    QMap<core::Quadrant, int> counts;
    for (const QuadrantPlot::Point &point : m_plot.points())
        ++counts[point.quadrant];
    QStringList parts;
    for (core::Quadrant quadrant : {core::Quadrant::FastSatisfied, core::Quadrant::SlowSatisfied,
                                    core::Quadrant::FastUnsatisfied, core::Quadrant::SlowUnsatisfied})
        parts.append(tr("%1: %2").arg(quadrantName(quadrant)).arg(counts.value(quadrant)));
    setAccessibleDescription(tr("%n agent(s). ", nullptr, static_cast<int>(m_plot.points().size())) +
                             parts.join(QStringLiteral("; ")));
}

} // namespace huddle::ui
