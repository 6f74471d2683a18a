#include "trend.h"

namespace huddle::core {

namespace {

// First day of the day, week or month bucket that holds `day`. Buckets are calendar days, never hours, so
// a week that contains a daylight-saving change is still seven days and a month runs to its own last day.
QDate bucketStartOf(QDate day, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week:
        return weekStart(day);
    case Granularity::Month:
        return QDate(day.year(), day.month(), 1);
    case Granularity::Day:
        break;
    }
    return day;
}

QDate bucketEndOf(QDate start, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Week:
        return start.addDays(6);
    case Granularity::Month:
        return start.addMonths(1).addDays(-1);
    case Granularity::Day:
        break;
    }
    return start;
}

} // namespace

QList<TrendBucket> bucketTrend(const QMap<QDate, KpiTotals> &daily, DateRange range, Granularity granularity)
{
    QList<TrendBucket> buckets;
    if (!range.isValid())
        return buckets;
    for (QDate day = range.from; day <= range.to;) {
        const QDate bucketStart = bucketStartOf(day, granularity);
        const QDate bucketEnd = std::min(range.to, bucketEndOf(bucketStart, granularity));
        TrendBucket bucket{bucketStart, bucketEnd, {}};
        for (auto it = daily.lowerBound(day); it != daily.end() && it.key() <= bucketEnd; ++it)
            bucket.totals += it.value();
        buckets.append(bucket);
        day = bucketEnd.addDays(1);
    }
    return buckets;
}

} // namespace huddle::core
