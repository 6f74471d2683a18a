#include "trendlines.h"

#include "trendgeometry.h"
#include "trendtext.h"

#include <QChart>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

TrendLines::TrendLines(QChart *chart, QAbstractAxis *time, QAbstractAxis *csatAxis, QAbstractAxis *ahtAxis)
    : m_chart(chart)
    , m_time(time)
    , m_csatAxis(csatAxis)
    , m_ahtAxis(ahtAxis)
{
}

TrendLines::~TrendLines() = default;

void TrendLines::rebuild(const QStringList &names, bool comparing)
{
    m_lines.clear();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const core::KpiId kpi = i % 2 == 0 ? core::KpiId::Csat : core::KpiId::Aht;
        const LineStyle style = trendLineStyle(static_cast<int>(i / 2), kpi, comparing);
        m_lines.push_back(std::make_unique<ChartLine>(
            m_chart, m_time, kpi == core::KpiId::Csat ? m_csatAxis : m_ahtAxis, names[i], style));
    }
}

std::optional<TrendLines::Span> TrendLines::setTrends(const QList<models::AgentTrend> &trends)
{
    m_trends = trends;
    const bool comparing = trends.size() > 1;
    QStringList names;
    for (const models::AgentTrend &trend : trends) {
        const QString name = trend.name.isEmpty() ? tr("All") : trend.name;
        names << (comparing ? tr("%1 · CSAT %").arg(name) : tr("CSAT %"))
              << (comparing ? tr("%1 · AHT").arg(name) : tr("AHT"));
    }
    rebuild(names, comparing);
    std::optional<Span> span;
    for (qsizetype t = 0; t < trends.size(); ++t) {
        const QList<models::TrendPoint> &trend = trends[t].trend;
        for (const core::KpiId kpi : {core::KpiId::Csat, core::KpiId::Aht}) {
            QList<qint64> samples;
            const QList<QPointF> points = kpiPoints(trend, kpi, samples);
            line(static_cast<int>(t), kpi)->setPoints(points, samples);
        }
        if (trend.isEmpty())
            continue;
        const Span own{dayStart(trend.constFirst().start), dayStart(trend.constLast().end.addDays(1))};
        span = span ? Span{std::min(span->from, own.from), std::max(span->to, own.to)} : own;
    }
    return span;
}

std::optional<TrendLines::Span> TrendLines::setRaw(const QList<QPointF> &csat, const QList<QPointF> &aht)
{
    m_trends.clear();
    rebuild({tr("CSAT %"), tr("AHT")}, false);
    line(0, core::KpiId::Csat)->setPoints(csat);
    line(0, core::KpiId::Aht)->setPoints(aht);
    std::optional<Span> span;
    for (const QList<QPointF> *points : {&csat, &aht}) {
        if (points->isEmpty())
            continue;
        const Span own{points->constFirst().x(), points->constLast().x()};
        span = span ? Span{std::min(span->from, own.from), std::max(span->to, own.to)} : own;
    }
    return span;
}

bool TrendLines::render(qreal from, qreal to, int widthPx)
{
    bool added = false;
    for (const auto &line : m_lines)
        added = line->render(from, to, widthPx) || added;
    return added;
}

bool TrendLines::dependsOnWidth(qreal from, qreal to, int widthPx) const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [&](const auto &line) { return line->dependsOnWidth(from, to, widthPx); });
}

ChartLine *TrendLines::line(int trend, core::KpiId kpi) const
{
    const std::size_t index = static_cast<std::size_t>(trend) * 2 + (kpi == core::KpiId::Csat ? 0 : 1);
    return trend >= 0 && index < m_lines.size() ? m_lines[index].get() : nullptr;
}

qreal TrendLines::highestAht() const
{
    qreal highest = 0;
    for (std::size_t i = 1; i < m_lines.size(); i += 2)
        for (const QPointF &point : m_lines[i]->points())
            if (!std::isnan(point.y()))
                highest = std::max(highest, point.y());
    return highest;
}

const models::TrendPoint *TrendLines::scopeBucketAt(qreal msecs) const
{
    if (m_trends.isEmpty())
        return nullptr;
    for (const models::TrendPoint &bucket : m_trends.constFirst().trend)
        if (msecs >= dayStart(bucket.start) && msecs < dayStart(bucket.end.addDays(1)))
            return &bucket;
    return nullptr;
}

std::optional<TrendLines::Hit> TrendLines::pointAt(const QChartView *view, qreal time, QPointF viewportPos,
                                                   qreal radius) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const qsizetype index = m_lines[i]->pointNear(view, time, viewportPos, radius);
        if (index >= 0)
            return Hit{static_cast<int>(i), index};
    }
    return std::nullopt;
}

const models::TrendPoint *TrendLines::bucketAt(const Hit &hit) const
{
    const qsizetype trend = hit.line / 2;
    if (trend >= m_trends.size() || hit.index >= m_trends[trend].trend.size())
        return nullptr;
    return &m_trends[trend].trend[hit.index];
}

QString TrendLines::tooltip(const Hit &hit) const
{
    if (const models::TrendPoint *bucket = bucketAt(hit))
        return TrendText::tooltip(m_trends.size() > 1 ? m_trends[hit.line / 2].name : QString(), *bucket);
    const ChartLine &line = *m_lines[static_cast<std::size_t>(hit.line)];
    const QPointF point = line.points()[hit.index];
    const QLocale locale;
    return tr("%1\n%2: %3")
        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(qRound64(point.x())), QLocale::ShortFormat),
             line.name(), locale.toString(point.y(), 'f', 1));
}

std::optional<std::pair<core::DateRange, qint64>> TrendLines::bucketOf(const Hit &hit) const
{
    const models::TrendPoint *bucket = bucketAt(hit);
    if (!bucket)
        return std::nullopt;
    return std::pair{core::DateRange{bucket->start, bucket->end}, m_trends[hit.line / 2].agentId};
}

} // namespace huddle::ui
