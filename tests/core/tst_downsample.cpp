// Tests of series downsampling: hand-worked small cases, and properties checked on many random series
// (seeded, so a failure names a seed that reproduces it).
#include "core/downsample.h"
#include "support/testmain.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace huddle::core;

namespace {

bool isGap(const QPointF &p)
{
    return std::isnan(p.y());
}

// Exact comparison (QPointF's operator== is fuzzy), with NaN equal to NaN.
bool samePoint(const QPointF &a, const QPointF &b)
{
    return a.x() == b.x() && (a.y() == b.y() || (isGap(a) && isGap(b)));
}

struct Series {
    QList<QPointF> points;
    int gapRuns = 0;
};

// A random walk with spikes, repeated x values now and then and runs of 1–3 gap markers.
Series randomSeries(QRandomGenerator &random, bool withGaps)
{
    Series series;
    const int size = random.bounded(1, 4000);
    double x = random.bounded(1000.0) - 500.0;
    double y = 0;
    while (series.points.size() < size) {
        x += random.bounded(8) == 0 ? 0.0 : random.bounded(10.0);
        if (withGaps && random.bounded(60) == 0) {
            if (series.points.isEmpty() || !isGap(series.points.last()))
                ++series.gapRuns;
            for (int run = random.bounded(1, 4); run > 0; --run)
                series.points.append({x, qQNaN()});
            continue;
        }
        y += random.bounded(2.0) - 1.0;
        series.points.append({x, random.bounded(50) == 0 ? y * 20 : y});
    }
    return series;
}

// Indices of `output` in `input` when `output` is a subsequence of `input` (each output point a point of
// the input, in input order); empty when it is not.
QList<qsizetype> subsequenceIndices(const QList<QPointF> &input, const QList<QPointF> &output)
{
    QList<qsizetype> indices;
    qsizetype i = 0;
    for (const QPointF &point : output) {
        while (i < input.size() && !samePoint(input[i], point))
            ++i;
        if (i == input.size())
            return {};
        indices.append(i++);
    }
    return indices;
}

int gapRuns(const QList<QPointF> &points)
{
    int runs = 0;
    for (qsizetype i = 0; i < points.size(); ++i)
        if (isGap(points[i]) && (i == 0 || !isGap(points[i - 1])))
            ++runs;
    return runs;
}

// Checks the properties every downsampled series keeps; returns the first one broken, or empty.
QString brokenCommonProperty(const QList<QPointF> &input, const QList<QPointF> &output)
{
    const QList<qsizetype> indices = subsequenceIndices(input, output);
    if (indices.size() != output.size())
        return QStringLiteral("an output point is not an input point in input order");
    for (qsizetype k = 1; k < output.size(); ++k)
        if (output[k].x() < output[k - 1].x())
            return QStringLiteral("x not sorted at %1").arg(k);
    if (gapRuns(output) != gapRuns(input))
        return QStringLiteral("%1 gaps in, %2 out").arg(gapRuns(input)).arg(gapRuns(output));
    // No line joins values across a gap: between two output neighbours that both have values, the input
    // has no gap marker.
    for (qsizetype k = 1; k < output.size(); ++k) {
        if (isGap(output[k]) || isGap(output[k - 1]))
            continue;
        for (qsizetype i = indices[k - 1] + 1; i < indices[k]; ++i)
            if (isGap(input[i]))
                return QStringLiteral("output joins across the gap at input %1").arg(i);
    }
    return {};
}

bool containsPoint(const QList<QPointF> &points, const QPointF &point)
{
    return std::any_of(points.begin(), points.end(), [&](const QPointF &p) { return samePoint(p, point); });
}

// Lowest and highest valued point of each (pixel bucket, run between gaps), computed by plain loops.
QList<QPointF> bucketExtremes(const QList<QPointF> &input, int buckets)
{
    const double x0 = input.first().x();
    const double span = input.last().x() - x0;
    QList<QPointF> extremes;
    qsizetype i = 0;
    while (i < input.size()) {
        if (isGap(input[i])) {
            ++i;
            continue;
        }
        const auto bucket = [&](qsizetype k) {
            return span > 0 ? std::min(buckets - 1, int(std::floor((input[k].x() - x0) / span * buckets)))
                            : 0;
        };
        const int b = bucket(i);
        QPointF low = input[i];
        QPointF high = input[i];
        for (; i < input.size() && !isGap(input[i]) && bucket(i) == b; ++i) {
            if (input[i].y() < low.y())
                low = input[i];
            if (input[i].y() > high.y())
                high = input[i];
        }
        extremes << low << high;
    }
    return extremes;
}

} // namespace

class TestDownsample : public QObject {
    Q_OBJECT

private slots:
    void minMaxHandWorked();
    void minMaxSmallSeriesUnchanged();
    void minMaxProperties();
    void lttbHandWorked();
    void lttbProperties();
    void lttbWithGaps();
};

void TestDownsample::minMaxHandWorked()
{
    // x 0…11, two buckets of width 5.5: [0, 5.5) holds x 0–5, [5.5, 11] x 6–11.
    // Bucket 1 ys 3 1 4 1 5 9: first (0,3), low (1,1), high (5,9), last (5,9) → (0,3) (1,1) (5,9).
    // Bucket 2 ys 2 6 5 3 5 8, with a gap at x 8: run (6,2) (7,6) → first/low (6,2), last/high (7,6);
    // the gap marker; run (9,3) (10,5) (11,8) → first/low (9,3), last/high (11,8).
    const QList<QPointF> input{{0, 3}, {1, 1}, {2, 4},       {3, 1}, {4, 5},  {5, 9},
                               {6, 2}, {7, 6}, {8, qQNaN()}, {9, 3}, {10, 5}, {11, 8}};
    const QList<QPointF> output = downsampleMinMax(input, 2);
    const QList<QPointF> expected{{0, 3}, {1, 1}, {5, 9}, {6, 2}, {7, 6}, {8, qQNaN()}, {9, 3}, {11, 8}};
    QCOMPARE(output.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(samePoint(output[i], expected[i]), qPrintable(QStringLiteral("point %1").arg(i)));
}

void TestDownsample::minMaxSmallSeriesUnchanged()
{
    const QList<QPointF> input{{0, 1}, {1, qQNaN()}, {2, qQNaN()}, {3, 2}};
    const QList<QPointF> output = downsampleMinMax(input, 1);
    QCOMPARE(output.size(), 4);
    for (qsizetype i = 0; i < input.size(); ++i)
        QVERIFY(samePoint(output[i], input[i]));
    QVERIFY(downsampleMinMax({}, 10).isEmpty());
}

void TestDownsample::minMaxProperties()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        const Series series = randomSeries(random, seed % 3 != 0);
        const int buckets = random.bounded(1, 400);
        const QList<QPointF> output = downsampleMinMax(series.points, buckets);
        const QString where = QStringLiteral("seed %1, %2 points, %3 buckets: ")
                                  .arg(seed)
                                  .arg(series.points.size())
                                  .arg(buckets);

        const QString broken = brokenCommonProperty(series.points, output);
        QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
        // Each bucket keeps at most four points; a gap inside a bucket splits it into two runs of up to
        // four each, so every gap run adds at most four points plus its marker.
        QVERIFY2(output.size() <= 4 * buckets + 5 * series.gapRuns, qPrintable(where + "too many points"));
        if (series.gapRuns == 0)
            QVERIFY2(output.size() <= 4 * buckets, qPrintable(where + "too many points"));

        QPointF low(0, std::numeric_limits<double>::infinity());
        QPointF high(0, -std::numeric_limits<double>::infinity());
        for (const QPointF &p : series.points) {
            if (isGap(p))
                continue;
            if (p.y() < low.y())
                low = p;
            if (p.y() > high.y())
                high = p;
        }
        if (std::isfinite(low.y())) {
            QVERIFY2(containsPoint(output, low), qPrintable(where + "global minimum lost"));
            QVERIFY2(containsPoint(output, high), qPrintable(where + "global maximum lost"));
        }
        for (const QPointF &extreme : bucketExtremes(series.points, buckets))
            QVERIFY2(
                std::any_of(output.begin(), output.end(),
                            [&](const QPointF &p) { return p.x() == extreme.x() && p.y() == extreme.y(); }),
                qPrintable(where +
                           QStringLiteral("bucket extreme (%1, %2) lost").arg(extreme.x()).arg(extreme.y())));
    }
}

void TestDownsample::lttbHandWorked()
{
    // Five points, threshold 3: one middle bucket (points 1–3); the third corner is the last point (4, 0).
    // From (0, 0): triangle areas ×2 are 0 for (1, 0) and (3, 0), 40 for the spike (2, 10).
    const QList<QPointF> input{{0, 0}, {1, 0}, {2, 10}, {3, 0}, {4, 0}};
    const QList<QPointF> output = downsampleLttb(input, 3);
    QCOMPARE(output, (QList<QPointF>{{0, 0}, {2, 10}, {4, 0}}));
    QCOMPARE(downsampleLttb(input, 5), input); // already small enough
    QCOMPARE(downsampleLttb(input, 2), (QList<QPointF>{{0, 0}, {4, 0}}));
}

void TestDownsample::lttbProperties()
{
    for (quint32 seed = 1; seed <= 300; ++seed) {
        QRandomGenerator random(seed);
        const Series series = randomSeries(random, false);
        const int threshold = random.bounded(3, 500);
        const QList<QPointF> output = downsampleLttb(series.points, threshold);
        const QString where = QStringLiteral("seed %1, %2 points, threshold %3: ")
                                  .arg(seed)
                                  .arg(series.points.size())
                                  .arg(threshold);
        const QString broken = brokenCommonProperty(series.points, output);
        QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
        QCOMPARE(output.size(), std::min<qsizetype>(threshold, series.points.size()));
        QVERIFY2(samePoint(output.first(), series.points.first()), qPrintable(where + "first point lost"));
        QVERIFY2(samePoint(output.last(), series.points.last()), qPrintable(where + "last point lost"));
    }
}

void TestDownsample::lttbWithGaps()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        QRandomGenerator random(seed);
        const Series series = randomSeries(random, true);
        const int threshold = random.bounded(3, 500);
        const QList<QPointF> output = downsampleLttb(series.points, threshold);
        const QString where = QStringLiteral("seed %1, threshold %2: ").arg(seed).arg(threshold);
        const QString broken = brokenCommonProperty(series.points, output);
        QVERIFY2(broken.isEmpty(), qPrintable(where + broken));
        // The ends of the series survive, whether they are values or gap markers.
        QVERIFY(samePoint(output.first(), series.points.first()) || isGap(series.points.first()));
        QVERIFY(samePoint(output.last(), series.points.last()) || isGap(series.points.last()));
    }
}

HUDDLE_TEST_GUILESS_MAIN("test_downsample", TestDownsample)
#include "tst_downsample.moc"
