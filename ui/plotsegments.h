#pragma once

#include <QList>
#include <QPointF>

#include <utility>

namespace huddle::ui {

// What a line series is handed, computed from a whole series ordered by x in which a NaN y marks a gap.
// Kept free of widgets so the downsampling and gap rules can be tested on their own.

// Index range [first, last) of the points inside [from, to], widened by one point on each side so that a
// zoomed line still runs to the edges of the plot instead of stopping at the last point inside.
std::pair<qsizetype, qsizetype> visibleIndexRange(const QList<QPointF> &points, qreal from, qreal to);

// Runs of consecutive points with a value. Qt Charts 6.4 skips a NaN point and joins its neighbours
// (checked: it logs "Ignored NaN, Inf, or -Inf value." and draws straight across), so a missing bucket can
// only be shown as a gap by drawing the runs on either side as separate series.
QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points);

// The lowest and highest point of each pixel column of [from, to] that `run` (no gaps, ordered by x)
// touches, in x order. A 1 px line through a column covers the same pixels either way; this is the
// "min/max per pixel" reduction, applied after M4 so the line has half the segments to rasterise (M4's
// first and last point of a column only decide which end the line to the next column leaves from).
QList<QPointF> columnExtremes(const QList<QPointF> &run, qreal from, qreal to, int widthPx);

// The visible part of `points` split at gaps; when it has more points than the plot is wide, first
// reduced with core::downsampleMinMax to one bucket per pixel column, then to columnExtremes().
QList<QList<QPointF>> plotSegments(const QList<QPointF> &points, qreal from, qreal to, int widthPx);

} // namespace huddle::ui
