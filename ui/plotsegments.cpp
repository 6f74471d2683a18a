#include "plotsegments.h"

#include "core/downsample.h"

#include <algorithm>
#include <cmath>

namespace huddle::ui {

std::pair<qsizetype, qsizetype> visibleIndexRange(const QList<QPointF> &points, qreal from, qreal to)
{
    const auto byX = [](const QPointF &point, qreal x) { return point.x() < x; };
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), from, byX);
    const auto end = std::upper_bound(points.cbegin(), points.cend(), to,
                                      [](qreal x, const QPointF &point) { return x < point.x(); });
    const qsizetype first = std::max<qsizetype>(0, begin - points.cbegin() - 1);
    const qsizetype last = std::min<qsizetype>(points.size(), end - points.cbegin() + 1);
    return {first, std::max(first, last)};
}

QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points)
{
    QList<QList<QPointF>> segments;
    QList<QPointF> current;
    for (const QPointF &point : points) {
        if (std::isnan(point.y())) {
            if (!current.isEmpty())
                segments.append(std::exchange(current, {}));
            continue;
        }
        current.append(point);
    }
    if (!current.isEmpty())
        segments.append(current);
    return segments;
}

QList<QPointF> columnExtremes(const QList<QPointF> &run, qreal from, qreal to, int widthPx)
{
    const qreal columnWidth = (to - from) / std::max(widthPx, 1);
    const auto columnOf = [&](const QPointF &point) { return std::floor((point.x() - from) / columnWidth); };
    QList<QPointF> kept;
    kept.reserve(std::min<qsizetype>(run.size(), 2 * (static_cast<qsizetype>(widthPx) + 2)));
    for (qsizetype begin = 0; begin < run.size();) {
        const double column = columnOf(run[begin]);
        qsizetype lowest = begin;
        qsizetype highest = begin;
        qsizetype end = begin + 1;
        for (; end < run.size() && columnOf(run[end]) == column; ++end) {
            if (run[end].y() < run[lowest].y())
                lowest = end;
            if (run[end].y() > run[highest].y())
                highest = end;
        }
        kept.append(run[std::min(lowest, highest)]);
        if (lowest != highest)
            kept.append(run[std::max(lowest, highest)]);
        begin = end;
    }
    return kept;
}

QList<QList<QPointF>> plotSegments(const QList<QPointF> &points, qreal from, qreal to, int widthPx)
{
    const auto [first, last] = visibleIndexRange(points, from, to);
    // The whole series is passed on as is (implicitly shared) rather than copied when all of it shows.
    const QList<QPointF> visible =
        first == 0 && last == points.size() ? points : points.mid(first, last - first);
    if (visible.size() <= widthPx)
        return splitAtGaps(visible);
    QList<QList<QPointF>> runs = splitAtGaps(core::downsampleMinMax(visible, std::max(widthPx, 1)));
    for (QList<QPointF> &run : runs)
        run = columnExtremes(run, from, to, widthPx);
    return runs;
}

} // namespace huddle::ui
