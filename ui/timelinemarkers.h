#pragma once

#include "core/timelineevent.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

#include <array>
#include <optional>

class QAbstractAxis;
class QChart;
class QChartView;
class QScatterSeries;
class QValueAxis;

namespace huddle::ui {

// QA evaluations, peer-review notes and coaching sessions as markers on the trend chart's time axis. Each
// kind has its own shape (diamond, triangle, star) and its own row in a strip along the bottom of the plot,
// so kinds read apart without colour and markers of one day do not hide each other.
class TimelineMarkers {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::TimelineMarkers)

public:
    TimelineMarkers(QChart *chart, QAbstractAxis *time);
    ~TimelineMarkers();
    TimelineMarkers(const TimelineMarkers &) = delete;
    TimelineMarkers &operator=(const TimelineMarkers &) = delete;

    void setEvents(const QList<core::TimelineEvent> &events);
    const QList<core::TimelineEvent> &events() const { return m_events; }
    QScatterSeries *series(core::TimelineEventKind kind) const;

    // The event whose marker is under `viewportPos` (the nearest if several are), if any.
    std::optional<core::TimelineEvent> eventAt(const QChartView *view, QPointF viewportPos) const;
    // Puts the markers back on top of series added after them.
    void raise();

    // Where an event is placed on the time axis: noon of its day, in msecs since the epoch.
    static qreal position(QDate day);
    static QString kindName(core::TimelineEventKind kind);
    static QString tooltip(const core::TimelineEvent &event);

private:
    void addToChart(QScatterSeries *series);
    void updateLegend();

    QChart *m_chart;
    QAbstractAxis *m_time;
    QValueAxis *m_rows; // hidden 0–1 axis for the marker strip
    std::array<QScatterSeries *, 3> m_series{};
    std::array<QList<core::TimelineEvent>, 3> m_byKind; // parallel to each series' points
    QList<core::TimelineEvent> m_events;
};

} // namespace huddle::ui
