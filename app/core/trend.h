#pragma once

#include "daterange.h"
#include "kpitotals.h"

#include <QList>
#include <QMap>

namespace huddle::core {

enum class Granularity { Day, Week, Month };

struct TrendBucket {
    QDate start; // first day of the bucket (the Monday for weeks, the 1st for months)
    QDate end;   // last day of the bucket inside the range
    KpiTotals totals;
};

// Sums daily totals into consecutive day, week or month buckets covering the whole range, empty buckets
// included, so a chart shows a gap where there was no data instead of joining across it.
QList<TrendBucket> bucketTrend(const QMap<QDate, KpiTotals> &daily, DateRange range, Granularity granularity);

} // namespace huddle::core
