// The CSAT/AHT trend chart offscreen: gaps, greyed small samples, timeline markers and their clicks,
// zoom and pan, target bands, comparison styles, export files and downsampling, checked against values
// computed here from the buckets the test hands it (and, for gaps and greying, against rendered pixels).
#include "chartgeometry.h"
#include "chartline.h"
#include "chartstyle.h"
#include "csatahtchart.h"
#include "plotsegments.h"
#include "support/testmain.h"
#include "targetbands.h"
#include "timelinemarkers.h"
#include "timewindow.h"
#include "trendgeometry.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>
#include <optional>

using namespace huddle;

namespace {

const QDate firstDay(2026, 3, 2); // a Monday

models::TrendPoint dayBucket(int day, std::optional<double> csat, qint64 csatN,
                             std::optional<double> aht = {}, qint64 ahtN = 0)
{
    models::TrendPoint bucket{firstDay.addDays(day), firstDay.addDays(day), {}};
    bucket.values.csatPct.value = csat;
    bucket.values.csatPct.n = csat ? csatN : 0;
    bucket.values.csatPct.successes = csat ? std::llround(*csat * static_cast<double>(csatN) / 100) : 0;
    bucket.values.ahtSeconds.value = aht;
    bucket.values.ahtSeconds.n = aht ? ahtN : 0;
    bucket.values.handled = std::max(csatN, ahtN);
    return bucket;
}

core::KpiPlan plan()
{
    core::KpiPlan plan;
    plan.entry(core::KpiId::Csat).thresholds = {70, 80, 90};
    plan.entry(core::KpiId::Aht).thresholds = {540, 420, 360};
    return plan;
}

// Where a day's noon falls on the viewport's x axis, computed from the axis range and plot rectangle.
qreal dayX(ui::CsatAhtChart &chart, QDate day, qreal hour = 12)
{
    const QRectF plot =
        chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->plotArea())).boundingRect();
    const auto from = static_cast<qreal>(chart.timeAxis()->min().toMSecsSinceEpoch());
    const auto to = static_cast<qreal>(chart.timeAxis()->max().toMSecsSinceEpoch());
    const auto t = static_cast<qreal>(day.startOfDay().addSecs(qRound64(hour * 3600)).toMSecsSinceEpoch());
    return plot.left() + (t - from) / (to - from) * plot.width();
}

QPoint toViewport(ui::CsatAhtChart &chart, const QPointF &value, QAbstractSeries *series)
{
    return chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->mapToPosition(value, series)));
}

int colorDistance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// Whether any pixel within `radius` of `at` is close to `color`.
bool hasColorNear(const QImage &image, QPoint at, const QColor &color, int radius = 2, int tolerance = 60)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx)
            if (colorDistance(image.pixelColor(at + QPoint(dx, dy)), color) <= tolerance)
                return true;
    return false;
}

qsizetype drawnPoints(const ui::ChartLine &line)
{
    qsizetype count = 0;
    for (const QLineSeries *segment : line.drawnSegments())
        count += segment->count();
    return count;
}

} // namespace

class TestChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_chart.reset(); }
    void timeWindowZoomsInsideTheData();
    void emptyBucketsBreakTheLine();
    void smallSamplesAreGreyedWithTheirN();
    void markersSitOnTheirDaysAndClickOpensThem();
    void zoomPanAndReset();
    void rubberBandZoomsToTheDraggedSpan();
    void doubleClickingAPointOpensItsBucket();
    void bandsFollowThePlan();
    void comparedAgentsHaveTheirOwnStyle();
    void labelsFitTheBuckets();
    void exportsPngSvgAndPdf();
    void longSeriesAreDownsampledToTheWidth();
    void accessibleNameAndDescription();

private:
    void settle();
    QImage grabViewport();
    void setDays(const QList<models::TrendPoint> &trend);

    std::unique_ptr<ui::CsatAhtChart> m_chart;
};

void TestChart::init()
{
    m_chart = std::make_unique<ui::CsatAhtChart>();
    m_chart->resize(1000, 600);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

// Lets the chart lay itself out (axis labels, legend) before positions are read from it.
void TestChart::settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QImage TestChart::grabViewport()
{
    settle();
    return m_chart->viewport()->grab().toImage();
}

void TestChart::setDays(const QList<models::TrendPoint> &trend)
{
    m_chart->setData(trend, {}, plan(), core::Granularity::Day,
                     QStringLiteral("CSAT % and AHT, daily — Team A"), QStringLiteral("Team A"));
    settle();
}

void TestChart::timeWindowZoomsInsideTheData()
{
    ui::TimeWindow window;
    window.setMinimumSpan(10);
    window.setFull(0, 1000);
    QVERIFY(!window.isZoomed());
    window.zoom(0.5, 200); // 200 keeps its place: [100, 600]
    QCOMPARE(window.from(), 100.0);
    QCOMPARE(window.to(), 600.0);
    QVERIFY(window.isZoomed());
    window.pan(1000); // stops at the end of the data
    QCOMPARE(window.from(), 500.0);
    QCOMPARE(window.to(), 1000.0);
    window.zoom(0.001, 700); // never narrower than the minimum span
    QCOMPARE(window.to() - window.from(), 10.0);
    window.zoom(1000, 700); // never wider than the data
    QCOMPARE(window.from(), 0.0);
    QCOMPARE(window.to(), 1000.0);
    window.show(900, 300);
    QCOMPARE(window.from(), 300.0);
    QCOMPARE(window.to(), 900.0);
    window.reset();
    QVERIFY(!window.isZoomed());
}

void TestChart::emptyBucketsBreakTheLine()
{
    // Days 4, 7 and 8 have no responses; every other day 60 % on 20 responses.
    QList<models::TrendPoint> trend;
    for (int day = 0; day < 10; ++day) {
        const bool empty = day == 4 || day == 7 || day == 8;
        trend << dayBucket(day, empty ? std::nullopt : std::optional(day == 9 ? 70.0 : 60.0), 20);
    }
    setDays(trend);
    const ui::ChartLine *csat = m_chart->line(0, core::KpiId::Csat);
    const QList<QLineSeries *> segments = csat->drawnSegments();
    QCOMPARE(segments.size(), 3);
    const QList<QList<int>> expectedDays{{0, 1, 2, 3}, {5, 6}, {9}};
    for (qsizetype s = 0; s < segments.size(); ++s) {
        QCOMPARE(segments[s]->count(), expectedDays[s].size());
        for (qsizetype i = 0; i < expectedDays[s].size(); ++i) {
            const QPointF point = segments[s]->at(i);
            QCOMPARE(point.x(), ui::bucketMiddle(trend[expectedDays[s][i]]));
            QVERIFY(point.y() > 0); // a gap is never drawn as zero
        }
    }
    QVERIFY(segments[2]->pointsVisible()); // the lone day 9 shows as a point
    QCOMPARE(m_chart->csatSeries()->count(), 7);

    // On screen: the 60 % line is drawn between days 1 and 2, but not across the empty day 4.
    const QImage image = grabViewport();
    const int y = toViewport(*m_chart, {ui::bucketMiddle(trend[0]), 60}, segments[0]).y();
    QVERIFY(hasColorNear(image, QPoint(qRound(dayX(*m_chart, firstDay.addDays(2), 0)), y), ui::csatColor()));
    QVERIFY(!hasColorNear(image, QPoint(qRound(dayX(*m_chart, firstDay.addDays(4))), y), ui::csatColor(), 3));
}

void TestChart::smallSamplesAreGreyedWithTheirN()
{
    setDays({dayBucket(0, 90, 5, 300, 50), dayBucket(1, 90, 20, 300, 3), dayBucket(2, 90, 9, 300, 10),
             dayBucket(3, 90, 10, 300, 40)});
    const QXYSeries *csat = m_chart->csatSeries();
    const QXYSeries *aht = m_chart->ahtSeries();
    QCOMPARE(csat->count(), 4);
    const auto color = [](const QXYSeries *series, int index) {
        return series->pointConfiguration(index).value(QXYSeries::PointConfiguration::Color).value<QColor>();
    };
    QCOMPARE(color(csat, 0), ui::smallSampleColor()); // 5 responses
    QVERIFY(!color(csat, 1).isValid());               // 20
    QCOMPARE(color(csat, 2), ui::smallSampleColor()); // 9
    QVERIFY(!color(csat, 3).isValid());               // 10 is enough
    QVERIFY(!color(aht, 0).isValid());
    QCOMPARE(color(aht, 1), ui::smallSampleColor()); // 3 handled
    QVERIFY(!color(aht, 2).isValid());

    // Drawn grey over the line, and the tooltip gives the n.
    const QImage image = grabViewport();
    const QPoint small = toViewport(*m_chart, csat->at(0), m_chart->csatSeries());
    const QPoint large = toViewport(*m_chart, csat->at(1), m_chart->csatSeries());
    QVERIFY(hasColorNear(image, small, ui::smallSampleColor(), 1, 30));
    QVERIFY(!hasColorNear(image, large, ui::smallSampleColor(), 1, 30));
    QTest::mouseMove(m_chart->viewport(), small);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("n=5")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("AHT")));
}

void TestChart::markersSitOnTheirDaysAndClickOpensThem()
{
    QList<models::TrendPoint> trend;
    for (int day = 0; day < 10; ++day)
        trend << dayBucket(day, 85, 20, 400, 30);
    setDays(trend);
    const core::TimelineEvent qa{
        core::TimelineEventKind::QaEvaluation, 11, firstDay.addDays(2), 7, "Ana", "QA", 92};
    const core::TimelineEvent note{
        core::TimelineEventKind::ReviewNote, 22, firstDay.addDays(5), 7, "Ana", "Note", {}};
    const core::TimelineEvent coaching{
        core::TimelineEventKind::CoachingSession, 33, firstDay.addDays(5), 7, "Ana", "Coaching", {}};
    m_chart->setEvents({qa, note, coaching});
    settle();
    for (const core::TimelineEvent &event : {qa, note, coaching}) {
        const QScatterSeries *series = m_chart->markers()->series(event.kind);
        QCOMPARE(series->count(), 1);
        const auto x = static_cast<qint64>(series->at(0).x());
        QVERIFY(x >= event.day.startOfDay().toMSecsSinceEpoch());
        QVERIFY(x < event.day.addDays(1).startOfDay().toMSecsSinceEpoch());
        // On screen between the day's start and end.
        const int pixel = toViewport(*m_chart, series->at(0), m_chart->markers()->series(event.kind)).x();
        QVERIFY(pixel > dayX(*m_chart, event.day, 0) && pixel < dayX(*m_chart, event.day, 24));
    }

    QList<core::TimelineEvent> activated;
    connect(m_chart.get(), &ui::CsatAhtChart::eventActivated,
            [&](const core::TimelineEvent &event) { activated << event; });
    QScatterSeries *coachingSeries = m_chart->markers()->series(core::TimelineEventKind::CoachingSession);
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {},
                      toViewport(*m_chart, coachingSeries->at(0), coachingSeries));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0].id, 33);
    QCOMPARE(activated[0].kind, core::TimelineEventKind::CoachingSession);
    QScatterSeries *qaSeries = m_chart->markers()->series(core::TimelineEventKind::QaEvaluation);
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {},
                      toViewport(*m_chart, qaSeries->at(0), qaSeries));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated[1].id, 11);
    // A click on the plot away from any marker opens nothing.
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {},
                      toViewport(*m_chart, {ui::bucketMiddle(trend[8]), 0.5}, qaSeries));
    QCOMPARE(activated.size(), 2);
    // Zoomed to start on day 2's evening, its QA marker is off the plot: where it would be, a click opens
    // nothing.
    const qreal evening = ui::dayStart(firstDay.addDays(2)) + 18 * ui::DayMsecs / 24;
    m_chart->showRange(evening, evening + 6 * ui::DayMsecs);
    settle();
    const QPoint offPlot = toViewport(*m_chart, qaSeries->at(0), qaSeries);
    QVERIFY(offPlot.x() < ui::plotRectInViewport(m_chart.get()).left());
    QVERIFY(offPlot.x() > 0);
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, offPlot);
    QCOMPARE(activated.size(), 2);
}

void TestChart::zoomPanAndReset()
{
    QList<models::TrendPoint> trend;
    for (int day = 0; day < 28; ++day)
        trend << dayBucket(day, 80, 20, 400, 30);
    setDays(trend);
    const QDateTime fullMin = m_chart->timeAxis()->min();
    const QDateTime fullMax = m_chart->timeAxis()->max();
    QCOMPARE(fullMin, firstDay.startOfDay());
    QCOMPARE(fullMax, firstDay.addDays(28).startOfDay());
    QVERIFY(!m_chart->resetZoomButton()->isVisible());

    // One wheel notch over the middle of the plot shows 80 % of the span around it.
    const QRectF plot = ui::plotRectInViewport(m_chart.get());
    const QPointF centre = plot.center();
    QWheelEvent wheel(centre, m_chart->viewport()->mapToGlobal(centre), {}, {0, 120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_chart->viewport(), &wheel);
    const qint64 fullSpan = fullMin.msecsTo(fullMax);
    QVERIFY(qAbs(m_chart->timeAxis()->min().msecsTo(m_chart->timeAxis()->max()) - fullSpan * 8 / 10) < 1000);
    QVERIFY(m_chart->timeAxis()->min() > fullMin);
    QVERIFY(m_chart->resetZoomButton()->isVisible());

    // Arrow keys pan by a tenth of the span; 0 resets.
    const QDateTime zoomedMin = m_chart->timeAxis()->min();
    const qint64 span = zoomedMin.msecsTo(m_chart->timeAxis()->max());
    QTest::keyClick(m_chart.get(), Qt::Key_Right);
    QVERIFY(qAbs(zoomedMin.msecsTo(m_chart->timeAxis()->min()) - span / 10) < 1000);
    QTest::keyClick(m_chart.get(), Qt::Key_0);
    QCOMPARE(m_chart->timeAxis()->min(), fullMin);
    QCOMPARE(m_chart->timeAxis()->max(), fullMax);
    QVERIFY(!m_chart->resetZoomButton()->isVisible());

    // Dragging pans (to the left shows later days) without clicking anything; the button resets.
    m_chart->zoomBy(0.5, static_cast<qreal>(fullMin.toMSecsSinceEpoch()));
    const QDateTime before = m_chart->timeAxis()->min();
    QCOMPARE(before, fullMin);
    bool clicked = false;
    connect(m_chart.get(), &ui::CsatAhtChart::eventActivated, [&] { clicked = true; });
    const QPoint start = centre.toPoint();
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(m_chart->viewport(), start - QPoint(50, 0));
    QTest::mouseMove(m_chart->viewport(), start - QPoint(100, 0));
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, start - QPoint(100, 0));
    const qreal expectedShift = 100 / plot.width() * static_cast<qreal>(fullSpan / 2);
    QVERIFY(m_chart->timeAxis()->min() > before);
    QVERIFY(std::abs(static_cast<qreal>(before.msecsTo(m_chart->timeAxis()->min())) - expectedShift) <
            expectedShift * 0.05);
    QVERIFY(!clicked);
    QTest::mouseClick(m_chart->resetZoomButton(), Qt::LeftButton);
    QCOMPARE(m_chart->timeAxis()->min(), fullMin);
    QCOMPARE(m_chart->timeAxis()->max(), fullMax);
    // Esc resets as well.
    m_chart->zoomBy(0.5, static_cast<qreal>(fullMax.toMSecsSinceEpoch()));
    QTest::keyClick(m_chart.get(), Qt::Key_Escape);
    QCOMPARE(m_chart->timeAxis()->max(), fullMax);
    QCOMPARE(m_chart->timeAxis()->min(), fullMin);
}

void TestChart::rubberBandZoomsToTheDraggedSpan()
{
    QList<models::TrendPoint> trend;
    for (int day = 0; day < 28; ++day)
        trend << dayBucket(day, 80, 20, 400, 30);
    setDays(trend);
    // Shift+drag from the start of day 7 to the start of day 14.
    const int y = qRound(ui::plotRectInViewport(m_chart.get()).center().y());
    const QPoint from(qRound(dayX(*m_chart, firstDay.addDays(7), 0)), y);
    const QPoint to(qRound(dayX(*m_chart, firstDay.addDays(14), 0)), y);
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(m_chart->viewport(), to);
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    const qint64 pixel = firstDay.startOfDay().msecsTo(firstDay.addDays(28).startOfDay()) /
                         qRound64(ui::plotRectInViewport(m_chart.get()).width());
    QVERIFY(qAbs(firstDay.addDays(7).startOfDay().msecsTo(m_chart->timeAxis()->min())) <= pixel);
    QVERIFY(qAbs(firstDay.addDays(14).startOfDay().msecsTo(m_chart->timeAxis()->max())) <= pixel);
    // Zoomed in, only the points of the visible days (and one on each side) are handed to the chart.
    QCOMPARE(m_chart->csatSeries()->count(), 9);
}

void TestChart::doubleClickingAPointOpensItsBucket()
{
    QList<models::TrendPoint> trend;
    for (int day = 0; day < 7; ++day)
        trend << dayBucket(day, 70 + day, 20, 400, 30);
    setDays(trend);
    std::optional<std::pair<core::DateRange, qint64>> opened;
    connect(m_chart.get(), &ui::CsatAhtChart::bucketActivated,
            [&](const core::DateRange &range, qint64 agent) {
                opened = std::pair{range, agent};
            });
    const QPoint point = toViewport(*m_chart, m_chart->csatSeries()->at(3), m_chart->csatSeries());
    QTest::mouseDClick(m_chart->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(opened);
    QCOMPARE(opened->first, (core::DateRange{firstDay.addDays(3), firstDay.addDays(3)}));
    QCOMPARE(opened->second, 0);
}

void TestChart::bandsFollowThePlan()
{
    setDays({dayBucket(0, 85, 20, 700, 30), dayBucket(1, 75, 20, 380, 30)});
    ui::TargetBands *targets = m_chart->targets();
    QCOMPARE(targets->csatBand()->upperSeries()->at(0).y(), 90.0);
    QCOMPARE(targets->csatBand()->lowerSeries()->at(0).y(), 80.0);
    QCOMPARE(targets->ahtBand()->upperSeries()->at(0).y(), 420.0);
    QCOMPARE(targets->ahtBand()->lowerSeries()->at(0).y(), 360.0);
    QCOMPARE(targets->csatTarget()->at(0).y(), 80.0);
    QCOMPARE(targets->ahtTarget()->at(1).y(), 420.0);
    QVERIFY(targets->csatBand()->isVisible());
    // Bands span the whole data range, and the AHT axis reaches the highest AHT.
    QCOMPARE(targets->csatBand()->upperSeries()->at(0).x(), ui::dayStart(firstDay));
    QCOMPARE(targets->csatBand()->upperSeries()->at(1).x(), ui::dayStart(firstDay.addDays(2)));
    QVERIFY(m_chart->ahtAxis()->max() >= 700);
    QVERIFY(m_chart->csatAxis()->titleText().contains(QStringLiteral("80")));
    QVERIFY(m_chart->csatAxis()->titleText().contains(QStringLiteral("90")));

    // The targets-only call draws lines without bands.
    m_chart->setData({dayBucket(0, 85, 20)}, core::KpiTargets{75, 300}, QStringLiteral("t"));
    QVERIFY(!targets->csatBand()->isVisible());
    QCOMPARE(targets->csatTarget()->at(0).y(), 75.0);
    QCOMPARE(targets->ahtTarget()->at(0).y(), 300.0);
}

void TestChart::comparedAgentsHaveTheirOwnStyle()
{
    QList<models::AgentTrend> agents;
    const QStringList names{"Ana", "Ben", "Chloé", "Dev", "Eve"};
    for (qsizetype a = 0; a < names.size(); ++a) {
        QList<models::TrendPoint> trend;
        for (int day = 0; day < 7; ++day)
            trend << dayBucket(day, 70 + 5 * static_cast<double>(a), 20, 300 + 20 * static_cast<double>(a),
                               30);
        agents << models::AgentTrend{100 + a, names[a], trend};
    }
    QList<models::TrendPoint> scope;
    for (int day = 0; day < 7; ++day)
        scope << dayBucket(day, 82, 100, 350, 150);
    m_chart->setData(scope, agents, plan(), core::Granularity::Day, QStringLiteral("Compare"),
                     QStringLiteral("Team A"));
    settle();
    QCOMPARE(m_chart->trendCount(), 1 + ui::CsatAhtChart::MaxComparedAgents); // Eve is one too many
    QSet<QPair<QRgb, int>> styles;
    QStringList legend;
    for (int t = 0; t < m_chart->trendCount(); ++t) {
        const ui::ChartLine *csat = m_chart->line(t, core::KpiId::Csat);
        const ui::ChartLine *aht = m_chart->line(t, core::KpiId::Aht);
        styles.insert({csat->style().color.rgb(), static_cast<int>(csat->style().dash)});
        QCOMPARE(aht->style().color, csat->style().color);
        QCOMPARE(aht->style().dash, csat->style().dash);
        QVERIFY(aht->style().width < csat->style().width);
        QVERIFY(csat->legendSeries()->attachedAxes().contains(m_chart->csatAxis()));
        QVERIFY(aht->legendSeries()->attachedAxes().contains(m_chart->ahtAxis()));
        QCOMPARE(aht->points().at(2).y(), t == 0 ? 350.0 : 300 + 20.0 * (t - 1));
    }
    QSet<int> dashes;
    for (const auto &style : std::as_const(styles))
        dashes.insert(style.second);
    QCOMPARE(styles.size(), 5);
    QCOMPARE(dashes.size(), 5); // tell apart without colour too
    for (QLegendMarker *marker : m_chart->chart()->legend()->markers())
        if (marker->isVisible())
            legend << marker->label();
    for (const QString &name : {QStringLiteral("Team A"), QStringLiteral("Ana"), QStringLiteral("Dev")})
        QVERIFY2(legend.filter(name).size() == 2, qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(legend.filter(QStringLiteral("Eve")).isEmpty());
    QCOMPARE(m_chart->chart()->legend()->alignment(), Qt::AlignRight);
}

void TestChart::labelsFitTheBuckets()
{
    QList<models::TrendPoint> months;
    for (int m = 0; m < 6; ++m) {
        const QDate start(2026, 1 + m, 1);
        months << models::TrendPoint{start, start.addMonths(1).addDays(-1), {}};
    }
    m_chart->setData(months, core::KpiTargets{}, QStringLiteral("monthly"));
    QCOMPARE(m_chart->timeAxis()->format(), QStringLiteral("MMM yyyy"));
    QList<models::TrendPoint> weeks;
    for (int w = 0; w < 6; ++w)
        weeks << models::TrendPoint{firstDay.addDays(7 * w), firstDay.addDays(7 * w + 6), {}};
    m_chart->setData(weeks, core::KpiTargets{}, QStringLiteral("weekly"));
    QCOMPARE(m_chart->timeAxis()->format(), QStringLiteral("d MMM"));
    QVERIFY(m_chart->timeAxis()->tickCount() >= 2);
}

void TestChart::exportsPngSvgAndPdf()
{
    setDays({dayBucket(0, 85, 20, 400, 30), dayBucket(1, 75, 20, 380, 30), dayBucket(2, 80, 20, 390, 30)});
    QCOMPARE(m_chart->defaultFileName(QStringLiteral("pdf")),
             QStringLiteral("csat-and-aht-daily-team-a.pdf"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(m_chart->exportToFile(png));
    const QImage image(png);
    QCOMPARE(image.size(), m_chart->viewport()->size() * 2);

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(m_chart->exportToFile(svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    int paths = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("path"))
            ++paths;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(paths > 0);

    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));
    QVERIFY(m_chart->exportToFile(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.size() > 1000);
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));

    const core::Status unknown = m_chart->exportToFile(dir.filePath(QStringLiteral("chart.txt")));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("txt")));
}

void TestChart::longSeriesAreDownsampledToTheWidth()
{
    // 200,000 one-minute points of a slow wave, one spike and one dip.
    const qint64 start = firstDay.startOfDay().toMSecsSinceEpoch();
    QList<QPointF> csat;
    csat.reserve(200000);
    for (int i = 0; i < 200000; ++i)
        csat.append({static_cast<qreal>(start + i * 60000LL), 50 + 30 * std::sin(i / 500.0)});
    csat[123457].setY(99.5);
    csat[54321].setY(0.5);
    m_chart->setRawSeries(csat, {}, plan(), QStringLiteral("raw"));
    settle();
    const int width = qRound(m_chart->chart()->plotArea().width());
    const ui::ChartLine *line = m_chart->line(0, core::KpiId::Csat);
    QVERIFY(drawnPoints(*line) <= 2 * (width + 1)); // the lowest and highest point of each pixel column
    QVERIFY(drawnPoints(*line) > width);            // both of them, not one point per column
    qreal highest = 0;
    qreal lowest = 100;
    for (const QLineSeries *segment : line->drawnSegments())
        for (const QPointF &point : segment->points()) {
            highest = std::max(highest, point.y());
            lowest = std::min(lowest, point.y());
        }
    QCOMPARE(highest, 99.5); // extremes survive
    QCOMPARE(lowest, 0.5);
    QCOMPARE(m_chart->csatSeries()->count(), 0); // far too dense for point markers

    // Zoomed to 300 minutes, fewer points than pixels: the raw points (and one each side) as they are.
    const qreal from = csat[1000].x();
    const qreal to = csat[1299].x();
    m_chart->showRange(from, to);
    QCOMPARE(drawnPoints(*line), 302);
    QCOMPARE(line->drawnSegments().constFirst()->at(1), csat[1000]);

    // The pure function the chart uses agrees: past the width it reduces, below it passes through.
    const auto segments = ui::plotSegments(csat, csat.constFirst().x(), csat.constLast().x(), 500);
    QCOMPARE(segments.size(), 1);
    QVERIFY(segments[0].size() <= 1002);
    QCOMPARE(ui::plotSegments(csat.mid(0, 400), csat[0].x(), csat[399].x(), 500)[0].size(), 400);
    // Columns 2 wide: each keeps its lowest and highest point, in x order; a flat column keeps one.
    const QList<QPointF> run{{0, 5}, {0.5, 1}, {1, 9}, {1.5, 4}, {2, 3},
                             {4, 7}, {5, 7},   {6, 2}, {7, 8},   {7.5, 0}};
    const QList<QPointF> expected{{0.5, 1}, {1, 9}, {2, 3}, {4, 7}, {7, 8}, {7.5, 0}};
    QCOMPARE(ui::columnExtremes(run, 0, 10, 5), expected);
}

void TestChart::accessibleNameAndDescription()
{
    setDays({dayBucket(0, 85, 20, 400, 30), dayBucket(1, std::nullopt, 0)});
    QVERIFY(!m_chart->accessibleName().isEmpty());
    QVERIFY(m_chart->accessibleDescription().contains(QStringLiteral("Team A")));
    QVERIFY(m_chart->accessibleDescription().contains(QStringLiteral("1 of 2")));
}

HUDDLE_TEST_MAIN("test_ui_chart", TestChart)
#include "tst_chart.moc"
