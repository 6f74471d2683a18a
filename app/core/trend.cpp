#include "trend.h"

namespace huddle::core {

QList<TrendBucket> bucketTrend(const QMap<QDate, KpiTotals> &daily, DateRange range, Granularity granularity)
{
    QList<TrendBucket> buckets;
    if (!range.isValid())
        return buckets;
    for (QDate day = range.from; day <= range.to;) {
        const QDate bucketStart = granularity == Granularity::Week ? weekStart(day) : day;
        const QDate bucketEnd =
            std::min(range.to, granularity == Granularity::Week ? bucketStart.addDays(6) : day);
        TrendBucket bucket{bucketStart, bucketEnd, {}};
        for (auto it = daily.lowerBound(day); it != daily.end() && it.key() <= bucketEnd; ++it)
            bucket.totals += it.value();
        buckets.append(bucket);
        day = bucketEnd.addDays(1);
    }
    return buckets;
}

} // namespace huddle::core
