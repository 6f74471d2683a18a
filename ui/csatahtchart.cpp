#include "csatahtchart.h"

#include "chartexport.h"
#include "chartgeometry.h"
#include "chartinteraction.h"
#include "chartline.h"
#include "chartstyle.h"
#include "models/kpiformat.h"
#include "targetbands.h"
#include "timelinemarkers.h"
#include "trendgeometry.h"
#include "trendlines.h"
#include "trendtext.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

constexpr qreal HitRadiusPx = 8;

} // namespace

CsatAhtChart::CsatAhtChart(QWidget *parent)
    : QChartView(new QChart, parent) // setChart() would orphan the default chart QChartView(parent) makes
    , m_time(new QDateTimeAxis)
    , m_csatAxis(new QValueAxis)
    , m_ahtAxis(new QCategoryAxis)
    , m_highlight(new QScatterSeries)
    , m_highlightLine(new QLineSeries)
    , m_resetButton(new QToolButton(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    setupAxes();
    // Created in drawing order: bands under the lines, markers and the highlight over them.
    m_bands = std::make_unique<TargetBands>(chart, m_time, m_csatAxis, m_ahtAxis);
    m_lines = std::make_unique<TrendLines>(chart, m_time, m_csatAxis, m_ahtAxis);
    m_markers = std::make_unique<TimelineMarkers>(chart, m_time);
    setupHighlight();

    m_interaction = new ChartInteraction(this, m_time);
    connect(m_interaction, &ChartInteraction::zoomRequested, this, &CsatAhtChart::zoomBy);
    connect(m_interaction, &ChartInteraction::panRequested, this, &CsatAhtChart::panBy);
    connect(m_interaction, &ChartInteraction::rangeRequested, this, &CsatAhtChart::showRange);
    connect(m_interaction, &ChartInteraction::resetRequested, this, &CsatAhtChart::resetZoom);
    connect(m_interaction, &ChartInteraction::hovered, this, &CsatAhtChart::showTooltip);
    connect(m_interaction, &ChartInteraction::clicked, this, &CsatAhtChart::activateMarker);
    connect(m_interaction, &ChartInteraction::doubleClicked, this, &CsatAhtChart::activateBucket);
    connect(chart, &QChart::plotAreaChanged, this, &CsatAhtChart::onPlotAreaChanged);

    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Show the whole period again (0 or Esc)"));
    m_resetButton->setAccessibleName(tr("Reset chart zoom"));
    m_resetButton->hide();
    connect(m_resetButton, &QToolButton::clicked, this, &CsatAhtChart::resetZoom);

    setAccessibleName(tr("CSAT and AHT trend chart"));
    // Sensible axes before the first data arrives (it loads in the background).
    setData({}, core::KpiTargets{}, {});
}

CsatAhtChart::~CsatAhtChart() = default;

void CsatAhtChart::setupAxes()
{
    m_time->setTitleText(tr("Date"));
    m_csatAxis->setRange(0, 100);
    m_csatAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_csatAxis->setLabelsColor(csatColor().darker(120));
    m_ahtAxis->setLabelsColor(ahtColor().darker(120));
    m_ahtAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_ahtAxis->setGridLineVisible(false); // the CSAT axis's grid is enough; two would not line up
    chart()->addAxis(m_time, Qt::AlignBottom);
    chart()->addAxis(m_csatAxis, Qt::AlignLeft);
    chart()->addAxis(m_ahtAxis, Qt::AlignRight);
}

void CsatAhtChart::setupHighlight()
{
    m_highlight->setName(tr("Selected note"));
    m_highlight->setColor(highlightColor());
    m_highlight->setMarkerSize(14);
    m_highlightLine->setPen(QPen(highlightColor(), 1, Qt::DotLine));
    raiseOverlays();
}

void CsatAhtChart::setData(const QList<models::TrendPoint> &trend, const core::KpiTargets &targets,
                           const QString &title)
{
    m_bands->setTargets(targets);
    m_granularity = inferGranularity(trend);
    setTitleText(title);
    const auto span = m_lines->setTrends({models::AgentTrend{0, {}, trend}});
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setFullRange(span ? std::optional(std::pair{span->from, span->to}) : std::nullopt,
                 minimumZoomSpan(m_granularity));
}

void CsatAhtChart::setData(const QList<models::TrendPoint> &trend,
                           const QList<models::AgentTrend> &comparison, const core::KpiPlan &plan,
                           core::Granularity granularity, const QString &title, const QString &scopeName)
{
    m_bands->setPlan(plan);
    m_granularity = granularity;
    setTitleText(title);
    QList<models::AgentTrend> trends{models::AgentTrend{0, scopeName, trend}};
    trends += comparison.mid(0, MaxComparedAgents);
    const auto span = m_lines->setTrends(trends);
    // Many lines do not fit in one row under the plot; a column beside it holds them.
    chart()->legend()->setAlignment(trends.size() > 1 ? Qt::AlignRight : Qt::AlignBottom);
    setFullRange(span ? std::optional(std::pair{span->from, span->to}) : std::nullopt,
                 minimumZoomSpan(granularity));
}

void CsatAhtChart::setRawSeries(const QList<QPointF> &csat, const QList<QPointF> &aht,
                                const core::KpiPlan &plan, const QString &title)
{
    m_bands->setPlan(plan);
    m_granularity = core::Granularity::Day;
    setTitleText(title);
    const auto span = m_lines->setRaw(csat, aht);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    const qreal length = span ? span->to - span->from : 0;
    setFullRange(span ? std::optional(std::pair{span->from, span->to}) : std::nullopt,
                 std::max<qreal>(length / 1e5, 60 * 1000)); // a minute, or finer for very long series
}

void CsatAhtChart::setTitleText(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

void CsatAhtChart::setFullRange(std::optional<std::pair<qreal, qreal>> span, qreal minimumSpan)
{
    if (!span) { // no data at all: the last quarter, so the axes still look like a chart
        const qreal to = dayStart(QDate::currentDate().addDays(1));
        span = std::pair{to - 91 * DayMsecs, to};
    }
    m_window.setMinimumSpan(minimumSpan);
    m_window.setFull(span->first, span->second);
    m_bands->setSpan(m_window.fullFrom(), m_window.fullTo());
    m_csatAxis->setTitleText(m_bands->csatTitle());
    m_ahtAxis->setTitleText(m_bands->ahtTitle());
    updateAhtAxis();
    applyWindow();
    highlightDay(m_highlighted);
    raiseOverlays();
    updateDescription();
}

void CsatAhtChart::updateAhtAxis()
{
    // Some headroom, so the highest point is not drawn on the frame.
    const qreal highest = std::max<qreal>(m_bands->highestAht(), m_lines->highestAht()) * 1.1;
    const DurationScale scale = durationScale(highest);
    for (const QString &label : m_ahtAxis->categoriesLabels())
        m_ahtAxis->remove(label);
    m_ahtAxis->setRange(0, scale.top);
    for (double seconds = 0; seconds <= scale.top; seconds += scale.step)
        m_ahtAxis->append(models::formatDuration(seconds), seconds);
}

ChartLine *CsatAhtChart::line(int trend, core::KpiId kpi) const
{
    return m_lines->line(trend, kpi);
}

int CsatAhtChart::trendCount() const
{
    return m_lines->trendCount();
}

QXYSeries *CsatAhtChart::csatSeries() const
{
    return line(0, core::KpiId::Csat)->pointSeries();
}

QXYSeries *CsatAhtChart::ahtSeries() const
{
    return line(0, core::KpiId::Aht)->pointSeries();
}

void CsatAhtChart::setEvents(const QList<core::TimelineEvent> &events)
{
    m_markers->setEvents(events);
    updateDescription();
}

// ---- zoom and pan -------------------------------------------------------------------------------------

void CsatAhtChart::zoomBy(qreal factor, qreal anchor)
{
    m_window.zoom(factor, anchor);
    applyWindow();
}

void CsatAhtChart::panBy(qreal delta)
{
    m_window.pan(delta);
    applyWindow();
}

void CsatAhtChart::showRange(qreal from, qreal to)
{
    m_window.show(from, to);
    applyWindow();
}

void CsatAhtChart::resetZoom()
{
    m_window.reset();
    applyWindow();
}

void CsatAhtChart::applyWindow()
{
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(qRound64(m_window.from())),
                     QDateTime::fromMSecsSinceEpoch(qRound64(m_window.to())));
    updateTimeLabels();
    renderLines();
    m_resetButton->setVisible(m_window.isZoomed());
}

void CsatAhtChart::updateTimeLabels()
{
    const qreal visible = m_window.to() - m_window.from();
    m_time->setFormat(timeLabelFormat(m_granularity, visible, !m_lines->isRaw()));
    // Enough ticks for the width without crowding, and no more than there are days to label.
    const int byWidth = plotWidth() / 110;
    const int byDays = m_lines->isRaw() ? byWidth : static_cast<int>(std::ceil(visible / DayMsecs)) + 1;
    m_time->setTickCount(std::clamp(std::min(byWidth, byDays), 2, 10));
}

int CsatAhtChart::plotWidth() const
{
    const int width = qRound(chart()->plotArea().width());
    return width >= 50 ? width : 1000; // not laid out yet: onPlotAreaChanged() renders again once it is
}

void CsatAhtChart::renderLines()
{
    m_renderedWidth = plotWidth();
    if (m_lines->render(m_window.from(), m_window.to(), m_renderedWidth))
        raiseOverlays();
}

void CsatAhtChart::onPlotAreaChanged()
{
    // Only series reduced to the width need drawing again, and only when the width really changed: axis
    // labels that grow by a few pixels would otherwise reduce a million points twice for one paint.
    const int width = plotWidth();
    const bool changed = std::abs(width - m_renderedWidth) > m_renderedWidth / 20;
    if (changed && m_lines->dependsOnWidth(m_window.from(), m_window.to(), std::min(width, m_renderedWidth)))
        renderLines();
    updateTimeLabels();
}

void CsatAhtChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_resetButton->adjustSize();
    m_resetButton->move(width() - m_resetButton->width() - 8, 8);
}

// ---- highlight, overlays, description ------------------------------------------------------------------

void CsatAhtChart::highlightDay(QDate day)
{
    m_highlighted = day;
    m_highlight->clear();
    m_highlightLine->clear();
    const models::TrendPoint *bucket =
        day.isValid() ? m_lines->scopeBucketAt(dayStart(day) + DayMsecs / 2) : nullptr;
    if (bucket) {
        const qreal x = bucketMiddle(*bucket);
        m_highlightLine->replace({{x, 0}, {x, 100}});
        if (bucket->values.csatPct.value)
            m_highlight->append(x, *bucket->values.csatPct.value);
    }
    for (QLegendMarker *marker : chart()->legend()->markers(m_highlight))
        marker->setVisible(m_highlight->count() > 0);
}

// Series added later are drawn over earlier ones: markers and the highlight go back on top of new lines.
// The highlight stays the chart's last scatter series.
void CsatAhtChart::raiseOverlays()
{
    m_markers->raise();
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_highlightLine, m_highlight}) {
        if (series->chart())
            chart()->removeSeries(series);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_csatAxis);
    }
    for (QLegendMarker *marker : chart()->legend()->markers(m_highlightLine))
        marker->setVisible(false);
    for (QLegendMarker *marker : chart()->legend()->markers(m_highlight))
        marker->setVisible(m_highlight->count() > 0);
}

void CsatAhtChart::updateDescription()
{
    const QString summary =
        m_lines->isRaw() ? tr("Raw CSAT and AHT series.")
                         : TrendText::summary(m_lines->trends(), m_granularity, m_markers->events().size());
    setAccessibleDescription(
        tr("%1. %2 Mouse wheel or Shift+drag zooms, drag or the arrow keys pan, 0 or Esc resets the zoom.")
            .arg(m_title, summary));
}

// ---- pointing ------------------------------------------------------------------------------------------

void CsatAhtChart::showTooltip(QPoint viewportPos)
{
    const QPoint global = viewport()->mapToGlobal(viewportPos);
    if (const auto event = m_markers->eventAt(this, viewportPos)) {
        QToolTip::showText(global, TimelineMarkers::tooltip(*event), this);
        return;
    }
    const qreal time = ui::timeAt(this, m_time, viewportPos.x());
    if (const auto hit = m_lines->pointAt(this, time, viewportPos, HitRadiusPx)) {
        QToolTip::showText(global, m_lines->tooltip(*hit), this);
        return;
    }
    QToolTip::hideText();
}

void CsatAhtChart::activateMarker(QPoint viewportPos)
{
    if (const auto event = m_markers->eventAt(this, viewportPos))
        emit eventActivated(*event);
}

void CsatAhtChart::activateBucket(QPoint viewportPos)
{
    const qreal time = ui::timeAt(this, m_time, viewportPos.x());
    const auto hit = m_lines->pointAt(this, time, viewportPos, HitRadiusPx);
    if (const auto bucket = hit ? m_lines->bucketOf(*hit) : std::nullopt)
        emit bucketActivated(bucket->first, bucket->second);
}

// ---- export and print ----------------------------------------------------------------------------------

QString CsatAhtChart::defaultFileName(const QString &suffix) const
{
    return ChartExport::fileName(m_title, suffix);
}

core::Status CsatAhtChart::exportToFile(const QString &path)
{
    return ChartExport::toFile(this, path, m_title);
}

core::Status CsatAhtChart::print(QPrinter *printer)
{
    return ChartExport::print(this, printer);
}

void CsatAhtChart::exportWithDialog()
{
    ChartExport::toFileWithDialog(this, m_title);
}

void CsatAhtChart::printWithDialog()
{
    ChartExport::printWithDialog(this, m_title);
}

} // namespace huddle::ui
