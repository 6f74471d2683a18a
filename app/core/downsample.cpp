#include "downsample.h"

#include <algorithm>
#include <cmath>

namespace huddle::core {

namespace {

bool isGap(const QPointF &point)
{
    return std::isnan(point.y());
}

// A run of consecutive points without a gap: [begin, end) of the input.
struct Segment {
    qsizetype begin;
    qsizetype end;
    qsizetype size() const { return end - begin; }
};

// The runs between gap markers, and the index of the first marker after each run (-1 at the end).
struct Split {
    QList<Segment> segments;
    QList<qsizetype> gapAfter;
};

Split splitAtGaps(const QList<QPointF> &points)
{
    Split split;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= points.size(); ++i) {
        if (i < points.size() && !isGap(points[i]))
            continue;
        if (i > begin || i < points.size()) {
            split.segments.append({begin, i});
            split.gapAfter.append(i < points.size() ? i : -1);
        }
        while (i + 1 < points.size() && isGap(points[i + 1]))
            ++i; // a run of gap markers collapses to its first
        begin = i + 1;
    }
    return split;
}

// Min/max of one bucket of one segment: first, lowest, highest and last point, kept in x order.
class BucketExtremes {
public:
    void add(qsizetype index, const QPointF &point)
    {
        if (m_first < 0) {
            m_first = m_low = m_high = index;
            m_lowY = m_highY = point.y();
        } else if (point.y() < m_lowY) {
            m_low = index;
            m_lowY = point.y();
        } else if (point.y() > m_highY) {
            m_high = index;
            m_highY = point.y();
        }
        m_last = index;
    }

    void flushInto(const QList<QPointF> &points, QList<QPointF> &out)
    {
        if (m_first < 0)
            return;
        std::array<qsizetype, 4> kept{m_first, m_low, m_high, m_last};
        std::sort(kept.begin(), kept.end());
        for (std::size_t i = 0; i < kept.size(); ++i)
            if (i == 0 || kept[i] != kept[i - 1])
                out.append(points[kept[i]]);
        m_first = -1;
    }

private:
    qsizetype m_first = -1;
    qsizetype m_low = -1;
    qsizetype m_high = -1;
    qsizetype m_last = -1;
    double m_lowY = 0;
    double m_highY = 0;
};

// Bucket of `x` among `buckets` equal-width buckets spanning [xMin, xMax].
int bucketOf(double x, double xMin, double xMax, int buckets)
{
    if (!(xMax > xMin))
        return 0;
    const double position = (x - xMin) / (xMax - xMin) * buckets;
    return std::clamp(static_cast<int>(position), 0, buckets - 1);
}

// Twice the area of the triangle a, b, c; LTTB only compares areas, so the factor ½ is left out.
double doubleArea(const QPointF &a, const QPointF &b, const QPointF &c)
{
    return std::abs((a.x() - c.x()) * (b.y() - a.y()) - (a.x() - b.x()) * (c.y() - a.y()));
}

// LTTB over points[begin, end) (no gaps) down to `threshold` ≥ 3 points, appended to `out`.
// Buckets are cut with integer arithmetic so that every one of the threshold − 2 middle buckets holds at
// least one point: bucket i is [1 + i·(n−2)/(t−2), 1 + (i+1)·(n−2)/(t−2)).
void lttbSegment(const QList<QPointF> &points, Segment segment, qsizetype threshold, QList<QPointF> &out)
{
    const qsizetype n = segment.size();
    const auto at = [&](qsizetype i) -> const QPointF & { return points[segment.begin + i]; };
    const auto bucketStart = [&](qsizetype i) { return 1 + i * (n - 2) / (threshold - 2); };
    out.append(at(0));
    qsizetype previous = 0;
    for (qsizetype bucket = 0; bucket < threshold - 2; ++bucket) {
        // The third corner: the mean of the next bucket (the last point for the last bucket).
        const qsizetype nextBegin = bucketStart(bucket + 1);
        const qsizetype nextEnd = bucket + 2 < threshold - 2 ? bucketStart(bucket + 2) : n;
        QPointF mean(0, 0);
        for (qsizetype i = nextBegin; i < nextEnd; ++i)
            mean += at(i);
        mean /= static_cast<double>(nextEnd - nextBegin);
        qsizetype chosen = bucketStart(bucket);
        double largest = -1;
        for (qsizetype i = bucketStart(bucket); i < nextBegin; ++i) {
            const double area = doubleArea(at(previous), at(i), mean);
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        out.append(at(chosen));
        previous = chosen;
    }
    out.append(at(n - 1));
}

} // namespace

QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int buckets)
{
    buckets = std::max(buckets, 1);
    if (points.size() <= 4 * static_cast<qsizetype>(buckets))
        return points;
    const double xMin = points.first().x();
    const double xMax = points.last().x();
    const Split split = splitAtGaps(points);
    QList<QPointF> out;
    for (qsizetype s = 0; s < split.segments.size(); ++s) {
        BucketExtremes extremes;
        int current = -1;
        for (qsizetype i = split.segments[s].begin; i < split.segments[s].end; ++i) {
            const int bucket = bucketOf(points[i].x(), xMin, xMax, buckets);
            if (bucket != current)
                extremes.flushInto(points, out);
            current = bucket;
            extremes.add(i, points[i]);
        }
        extremes.flushInto(points, out);
        if (split.gapAfter[s] >= 0)
            out.append(points[split.gapAfter[s]]);
    }
    return out;
}

// With gaps, each run between them gets a share of `threshold` in proportion to its points (at least its
// two ends), so only a series without gaps comes out at exactly `threshold` points. A threshold below 3
// leaves just the ends of each run.
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold)
{
    if (points.size() <= std::max(threshold, 2))
        return points;
    const Split split = splitAtGaps(points);
    qsizetype valued = 0;
    for (const Segment &segment : split.segments)
        valued += segment.size();
    QList<QPointF> out;
    for (qsizetype s = 0; s < split.segments.size(); ++s) {
        const Segment segment = split.segments[s];
        const qsizetype share =
            std::max<qsizetype>(2, std::llround(static_cast<double>(threshold) * segment.size() /
                                                static_cast<double>(std::max<qsizetype>(valued, 1))));
        if (segment.size() <= share) {
            for (qsizetype i = segment.begin; i < segment.end; ++i)
                out.append(points[i]);
        } else if (share < 3) {
            out.append(points[segment.begin]);
            out.append(points[segment.end - 1]);
        } else {
            lttbSegment(points, segment, share, out);
        }
        if (split.gapAfter[s] >= 0)
            out.append(points[split.gapAfter[s]]);
    }
    return out;
}

} // namespace huddle::core
