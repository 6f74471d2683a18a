#pragma once

#include "core/kpiplan.h"
#include "core/result.h"
#include "core/timelineevent.h"
#include "core/trend.h"
#include "models/dashboarddata.h"
#include "timewindow.h"

#include <QChartView>

#include <memory>
#include <optional>

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QPrinter;
class QScatterSeries;
class QToolButton;
class QValueAxis;
class QXYSeries;

namespace huddle::ui {

class ChartInteraction;
class ChartLine;
class TargetBands;
class TimelineMarkers;
class TrendLines;

// CSAT % (left axis) against AHT in seconds (right axis) over time: speed is never shown without the
// quality beside it. A scope's trend, optionally with up to four agents compared (each with its own colour
// and dash pattern), target lines and met–exceeded bands, markers for QA evaluations, peer-review notes
// and coaching sessions, gaps where a bucket has no data, greyed points on small samples. The time axis
// zooms and pans (wheel, Shift+drag, drag, arrow keys; 0 or Esc resets); long series are reduced to the
// plot's width before Qt Charts sees them, and again on every zoom.
class CsatAhtChart : public QChartView {
    Q_OBJECT
public:
    static constexpr int MaxComparedAgents = 4;

    explicit CsatAhtChart(QWidget *parent = nullptr);
    ~CsatAhtChart() override;

    // The scope's trend alone with its target lines (no bands); the granularity is read from the buckets.
    void setData(const QList<models::TrendPoint> &trend, const core::KpiTargets &targets,
                 const QString &title);
    // The scope's trend and up to four compared agents' trends (more are left out), with target lines and
    // met–exceeded bands from `plan`. `scopeName` names the scope's lines in the legend when comparing.
    void setData(const QList<models::TrendPoint> &trend, const QList<models::AgentTrend> &comparison,
                 const core::KpiPlan &plan, core::Granularity granularity, const QString &title,
                 const QString &scopeName = {});
    // Raw per-point series (x in msecs since the epoch, ordered by x; a NaN y is a gap) through the same
    // path as buckets, e.g. a million points in the benchmark.
    void setRawSeries(const QList<QPointF> &csat, const QList<QPointF> &aht, const core::KpiPlan &plan,
                      const QString &title);
    // Markers on the timeline; they stay across setData() until replaced.
    void setEvents(const QList<core::TimelineEvent> &events);

    // Marks the bucket that contains `day` (e.g. the day of a review note); an invalid date clears it.
    void highlightDay(QDate day);
    QDate highlightedBucket() const { return m_highlighted; }

    QString title() const { return m_title; }
    // The points of the scope's lines on screen (while sparse enough to show), small samples greyed.
    QXYSeries *csatSeries() const;
    QXYSeries *ahtSeries() const;
    // Line of trend `trend` (0 the scope, 1–4 the compared agents) for CSAT or AHT; nullptr if none.
    ChartLine *line(int trend, core::KpiId kpi) const;
    int trendCount() const;
    TimelineMarkers *markers() const { return m_markers.get(); }
    TargetBands *targets() const { return m_bands.get(); }
    QDateTimeAxis *timeAxis() const { return m_time; }
    QValueAxis *csatAxis() const { return m_csatAxis; }
    QCategoryAxis *ahtAxis() const { return m_ahtAxis; }
    const TimeWindow &timeWindow() const { return m_window; }
    QToolButton *resetZoomButton() const { return m_resetButton; }

    // Zoom and pan of the time axis; times in msecs since the epoch.
    void zoomBy(qreal factor, qreal anchor);
    void panBy(qreal delta);
    void showRange(qreal from, qreal to);

    // A file name for an export, from the title: "csat-and-aht-daily-team-a.pdf".
    QString defaultFileName(const QString &suffix) const;
    // PNG, SVG or PDF by the path's suffix.
    core::Status exportToFile(const QString &path);
    core::Status print(QPrinter *printer);

public slots:
    void resetZoom();
    // Asks for a file (PNG, SVG or PDF) and exports to it; a failure is shown in a message box.
    void exportWithDialog();
    void printWithDialog();

signals:
    // A timeline marker was clicked: open that evaluation, note or coaching session.
    void eventActivated(const core::TimelineEvent &event);
    // A bucket's point was double-clicked: show the conversations behind it (agentId 0: the scope's line).
    void bucketActivated(const core::DateRange &range, qint64 agentId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupAxes();
    void setupHighlight();
    void setTitleText(const QString &title);
    void setFullRange(std::optional<std::pair<qreal, qreal>> span, qreal minimumSpan);
    void applyWindow();
    void renderLines();
    void onPlotAreaChanged();
    int plotWidth() const;
    void updateAhtAxis();
    void updateTimeLabels();
    void raiseOverlays();
    void updateDescription();
    void showTooltip(QPoint viewportPos);
    void activateMarker(QPoint viewportPos);
    void activateBucket(QPoint viewportPos);

    QDateTimeAxis *m_time;
    QValueAxis *m_csatAxis;
    QCategoryAxis *m_ahtAxis; // m:ss labels at whole-minute ticks
    std::unique_ptr<TargetBands> m_bands;
    std::unique_ptr<TrendLines> m_lines;
    std::unique_ptr<TimelineMarkers> m_markers;
    QScatterSeries *m_highlight;
    QLineSeries *m_highlightLine;
    ChartInteraction *m_interaction;
    QToolButton *m_resetButton;
    core::Granularity m_granularity = core::Granularity::Day;
    TimeWindow m_window;
    int m_renderedWidth = 0;
    QDate m_highlighted;
    QString m_title;
};

} // namespace huddle::ui
