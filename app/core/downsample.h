#pragma once

#include <QList>
#include <QPointF>

namespace huddle::core {

// Series reduction before plotting: Qt Charts' cost grows with points (architecture.md measured ~1.9 s for
// 1M), while a chart never shows more distinct values than it has pixels.
//
// Input points are ordered by x. A point whose y is NaN marks a gap (no data): gaps are kept (runs of NaN
// collapse to one) and no bucket joins values across a gap.

// Min/max per pixel bucket ("M4", Jugel et al., VLDB 2014): x range split into `buckets` equal-width
// buckets; each keeps its first, lowest, highest and last point, in x order, without repeats. The global
// minimum and maximum (and every local extreme visible at that width) always survive. At most 4 × buckets
// points (plus gap markers); a series already that small is returned unchanged. A gap inside a bucket
// splits it: each side keeps up to four points of its own, so the bound is 4 × (buckets + gaps) + gaps.
QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int buckets);

// Largest-Triangle-Three-Buckets (Steinarsson 2013, "Downsampling Time Series for Visual Representation"):
// keeps the first and last point and, per bucket, the point forming the largest triangle with its
// neighbours. Smoother looking than min/max but may drop extremes; used when `threshold` points suffice.
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold);

} // namespace huddle::core
