#include "trendtext.h"

#include "models/kpiformat.h"

#include <QLocale>

namespace huddle::ui {

QString TrendText::period(const models::TrendPoint &bucket)
{
    const QLocale locale;
    if (bucket.start == bucket.end)
        return locale.toString(bucket.start, QLocale::LongFormat);
    return tr("%1 – %2").arg(locale.toString(bucket.start, QLocale::ShortFormat),
                             locale.toString(bucket.end, QLocale::ShortFormat));
}

QString TrendText::tooltip(const QString &lineName, const models::TrendPoint &bucket)
{
    const QLocale locale;
    const core::KpiValues &v = bucket.values;
    QString csat =
        tr("CSAT %1 (n=%2)").arg(models::formatPercent(v.csatPct.value), locale.toString(v.csatPct.n));
    if (const auto interval = v.csatPct.interval())
        csat += QLatin1Char(' ') +
                tr("95 % interval %1–%2")
                    .arg(models::formatPercent(interval->low), models::formatPercent(interval->high));
    if (v.csatPct.n > 0 && models::isSmallSample(v.csatPct.n))
        csat += QLatin1Char(' ') + tr("small sample");
    QString aht = tr("AHT %1 (n=%2)")
                      .arg(models::formatDuration(v.ahtSeconds.value) + models::ahtBasisSuffix(v.ahtBasis),
                           locale.toString(v.ahtSeconds.n));
    if (v.ahtSeconds.n > 0 && models::isSmallSample(v.ahtSeconds.n))
        aht += QLatin1Char(' ') + tr("small sample");
    QStringList lines{period(bucket)};
    if (!lineName.isEmpty())
        lines << lineName;
    lines << csat << aht << tr("Handled %1").arg(locale.toString(v.handled)) << tr("Double-click to open");
    return lines.join(QLatin1Char('\n'));
}

QString TrendText::granularityName(core::Granularity granularity)
{
    switch (granularity) {
    case core::Granularity::Day:
        return tr("daily");
    case core::Granularity::Week:
        return tr("weekly");
    case core::Granularity::Month:
        return tr("monthly");
    }
    return {};
}

QString TrendText::summary(const QList<models::AgentTrend> &trends, core::Granularity granularity,
                           qsizetype events)
{
    if (trends.isEmpty() || trends.constFirst().trend.isEmpty())
        return tr("No data in this period.");
    const QList<models::TrendPoint> &scope = trends.constFirst().trend;
    qsizetype withData = 0;
    for (const models::TrendPoint &bucket : scope)
        withData += bucket.values.csatPct.value || bucket.values.ahtSeconds.value ? 1 : 0;
    const QLocale locale;
    QString text =
        tr("%1 CSAT and AHT from %2 to %3, %4 of %5 buckets with data.")
            .arg(granularityName(granularity), locale.toString(scope.constFirst().start, QLocale::LongFormat),
                 locale.toString(scope.constLast().end, QLocale::LongFormat), locale.toString(withData),
                 locale.toString(scope.size()));
    if (trends.size() > 1)
        text += QLatin1Char(' ') + tr("%n agent(s) compared.", nullptr, static_cast<int>(trends.size() - 1));
    text += QLatin1Char(' ') + tr("%n event(s) marked.", nullptr, static_cast<int>(events));
    return text;
}

} // namespace huddle::ui
