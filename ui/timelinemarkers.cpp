#include "timelinemarkers.h"

#include "chartgeometry.h"
#include "models/kpiformat.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace huddle::ui {

namespace {

constexpr std::array<core::TimelineEventKind, 3> kinds{core::TimelineEventKind::QaEvaluation,
                                                       core::TimelineEventKind::ReviewNote,
                                                       core::TimelineEventKind::CoachingSession};

int indexOf(core::TimelineEventKind kind)
{
    return static_cast<int>(kind);
}

// Row of each kind in the strip along the bottom of the plot, on the hidden 0–1 axis.
qreal rowOf(core::TimelineEventKind kind)
{
    return 0.035 + 0.05 * indexOf(kind);
}

QScatterSeries::MarkerShape shapeOf(core::TimelineEventKind kind)
{
    switch (kind) {
    case core::TimelineEventKind::QaEvaluation:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case core::TimelineEventKind::ReviewNote:
        return QScatterSeries::MarkerShapeTriangle;
    case core::TimelineEventKind::CoachingSession:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QColor colorOf(core::TimelineEventKind kind)
{
    switch (kind) {
    case core::TimelineEventKind::QaEvaluation:
        return {0x3b, 0x5b, 0xa9};
    case core::TimelineEventKind::ReviewNote:
        return {0x6a, 0x4c, 0x93};
    case core::TimelineEventKind::CoachingSession:
        return {0xb8, 0x3b, 0x5e};
    }
    return Qt::black;
}

} // namespace

TimelineMarkers::TimelineMarkers(QChart *chart, QAbstractAxis *time)
    : m_chart(chart)
    , m_time(time)
    , m_rows(new QValueAxis)
{
    m_rows->setRange(0, 1);
    m_rows->setVisible(false);
    m_chart->addAxis(m_rows, Qt::AlignLeft);
    for (const core::TimelineEventKind kind : kinds) {
        auto *series = new QScatterSeries;
        series->setName(kindName(kind));
        series->setMarkerShape(shapeOf(kind));
        series->setMarkerSize(kind == core::TimelineEventKind::CoachingSession ? 15 : 12);
        series->setColor(colorOf(kind));
        series->setBorderColor(Qt::white);
        m_series[static_cast<std::size_t>(indexOf(kind))] = series;
        addToChart(series);
    }
    updateLegend();
}

TimelineMarkers::~TimelineMarkers()
{
    for (QScatterSeries *series : m_series) {
        m_chart->removeSeries(series);
        delete series;
    }
    m_chart->removeAxis(m_rows);
    delete m_rows;
}

void TimelineMarkers::addToChart(QScatterSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_rows);
}

QScatterSeries *TimelineMarkers::series(core::TimelineEventKind kind) const
{
    return m_series[static_cast<std::size_t>(indexOf(kind))];
}

qreal TimelineMarkers::position(QDate day)
{
    // Local time, like the chart's date axis labels.
    return static_cast<qreal>(day.startOfDay().addSecs(12 * 3600).toMSecsSinceEpoch());
}

void TimelineMarkers::setEvents(const QList<core::TimelineEvent> &events)
{
    m_events = events;
    for (auto &list : m_byKind)
        list.clear();
    std::array<QList<QPointF>, 3> points;
    for (const core::TimelineEvent &event : events) {
        if (!event.day.isValid())
            continue;
        const auto index = static_cast<std::size_t>(indexOf(event.kind));
        m_byKind[index].append(event);
        points[index].append({position(event.day), rowOf(event.kind)});
    }
    for (std::size_t i = 0; i < m_series.size(); ++i)
        m_series[i]->replace(points[i]);
    updateLegend();
}

// Only kinds that occur get a legend entry: the legend explains what is on the chart, nothing more.
void TimelineMarkers::updateLegend()
{
    for (std::size_t i = 0; i < m_series.size(); ++i)
        for (QLegendMarker *marker : m_chart->legend()->markers(m_series[i]))
            marker->setVisible(!m_byKind[i].isEmpty());
}

void TimelineMarkers::raise()
{
    for (QScatterSeries *series : m_series) {
        m_chart->removeSeries(series);
        addToChart(series);
    }
    updateLegend();
}

std::optional<core::TimelineEvent> TimelineMarkers::eventAt(const QChartView *view, QPointF viewportPos) const
{
    std::optional<core::TimelineEvent> found;
    qreal nearest = 0;
    // Qt Charts hides markers outside the plot (zoomed away): those cannot be clicked either.
    const QRectF plot = plotRectInViewport(view).adjusted(-1, -1, 1, 1);
    for (std::size_t kind = 0; kind < m_series.size(); ++kind) {
        const QScatterSeries *series = m_series[kind];
        const qreal radius = series->markerSize() / 2 + 3; // a little slack around the shape
        for (qsizetype i = 0; i < series->count(); ++i) {
            const QPointF position =
                viewportPosition(view, series->at(i), const_cast<QScatterSeries *>(series));
            if (!plot.contains(position))
                continue;
            const QPointF delta = position - viewportPos;
            const qreal distance = std::hypot(delta.x(), delta.y());
            if (distance <= radius && (!found || distance < nearest)) {
                found = m_byKind[kind][i];
                nearest = distance;
            }
        }
    }
    return found;
}

QString TimelineMarkers::kindName(core::TimelineEventKind kind)
{
    switch (kind) {
    case core::TimelineEventKind::QaEvaluation:
        return tr("QA evaluation");
    case core::TimelineEventKind::ReviewNote:
        return tr("Peer-review note");
    case core::TimelineEventKind::CoachingSession:
        return tr("Coaching session");
    }
    return {};
}

QString TimelineMarkers::tooltip(const core::TimelineEvent &event)
{
    QString text = tr("%1, %2").arg(kindName(event.kind), QLocale().toString(event.day, QLocale::LongFormat));
    if (!event.agentName.isEmpty())
        text += QLatin1Char('\n') + event.agentName;
    if (!event.title.isEmpty())
        text += QLatin1Char('\n') + event.title;
    if (event.score)
        text += QLatin1Char('\n') + tr("QA score %1").arg(models::formatPercent(event.score));
    return text + QLatin1Char('\n') + tr("Click to open");
}

} // namespace huddle::ui
