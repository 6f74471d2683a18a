#include "chartbench.h"

#include "chartline.h"
#include "core/kpiplan.h"
#include "csatahtchart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

using namespace huddle;

namespace {

constexpr QSize ChartSize(1200, 700);
constexpr qsizetype RawPoints = 1'000'000;
constexpr qsizetype FewPoints = 2'000;

// A year of readings, evenly spaced: a seasonal wave, a weekly ripple and `noise` (a fraction of the
// amplitude) from a linear congruential generator (Numerical Recipes' constants), so every run draws the
// same picture.
QList<QPointF> readings(qsizetype count, double middle, double amplitude, double noise)
{
    const qint64 start = QDate(2025, 7, 1).startOfDay().toMSecsSinceEpoch();
    const double step = 365.0 * 24 * 3600 * 1000 / static_cast<double>(count);
    quint32 state = 12345;
    QList<QPointF> points;
    points.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        state = state * 1664525u + 1013904223u;
        const double random = static_cast<double>(state >> 8) / double(1 << 24) - 0.5;
        const double t = static_cast<double>(i) / static_cast<double>(count);
        const double y = middle + amplitude * 0.5 * std::sin(2 * std::numbers::pi * t) +
                         amplitude * 0.2 * std::sin(2 * std::numbers::pi * 52 * t) +
                         amplitude * noise * random;
        points.append({static_cast<double>(start) + static_cast<double>(i) * step, y});
    }
    return points;
}

// One chart and the series it is given. Not shown: drawing into the image is the only paint, so a run
// does not also pay for a screen update.
struct ChartCase {
    ChartCase(qsizetype points, double noise)
        : csat(readings(points, 82, 20, noise))
        , aht(readings(points, 400, 200, noise))
    {
        chart.resize(ChartSize);
        setData();
        draw(); // lays the chart out, so the first measured run starts from the same state as the rest
    }

    void setData()
    {
        chart.setRawSeries(csat, aht, core::KpiPlan::defaults(), QStringLiteral("CSAT % and AHT"));
        QCoreApplication::processEvents(); // the layout the new axis labels ask for
    }

    void draw()
    {
        QImage image(ChartSize, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        chart.QWidget::render(&image); // the widget as it paints on screen, not only its scene
    }

    qsizetype pointsHandedToQtCharts() const
    {
        qsizetype count = 0;
        for (const core::KpiId kpi : {core::KpiId::Csat, core::KpiId::Aht})
            for (const QLineSeries *segment : chart.line(0, kpi)->drawnSegments())
                count += segment->count();
        return count;
    }

    QList<QPointF> csat;
    QList<QPointF> aht;
    ui::CsatAhtChart chart;
};

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void measure(QTextStream &out, const QString &name, double noise, bool withData)
{
    ChartCase large(RawPoints, noise);
    ChartCase few(FewPoints, noise);
    double largeMs = 1e300;
    double fewMs = 1e300;
    for (int run = 0; run < 5; ++run) { // best of 5, in turns, so a slow spell of the machine hits both
        fewMs = std::min(fewMs, elapsedMs([&] {
                             if (withData)
                                 few.setData();
                             few.draw();
                         }));
        largeMs = std::min(largeMs, elapsedMs([&] {
                               if (withData)
                                   large.setData();
                               large.draw();
                           }));
    }
    out << QStringLiteral("%1  %2 ms  baseline %3 ms  ratio %4×  (%5; %6 vs %7 points per KPI, %8 vs %9 "
                          "handed to Qt Charts, %10×%11 px)\n")
               .arg(name, -12)
               .arg(largeMs, 8, 'f', 1)
               .arg(fewMs, 8, 'f', 1)
               .arg(largeMs / fewMs, 5, 'f', 2)
               .arg(withData      ? QStringLiteral("data handed over and drawn, no goal")
                    : noise > 0.1 ? QStringLiteral("drawn, noisy points, no goal")
                                  : QStringLiteral("drawn, goal ≤ 1.20×"))
               .arg(RawPoints)
               .arg(FewPoints)
               .arg(large.pointsHandedToQtCharts())
               .arg(few.pointsHandedToQtCharts())
               .arg(ChartSize.width())
               .arg(ChartSize.height());
    out.flush();
}

} // namespace

std::unique_ptr<QCoreApplication> createBenchApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

void benchChartRender(QTextStream &out)
{
    measure(out, QStringLiteral("chart-render"), 0.05, false);
    measure(out, QStringLiteral("chart-noisy"), 0.3, false);
    measure(out, QStringLiteral("chart-set"), 0.05, true);
}
