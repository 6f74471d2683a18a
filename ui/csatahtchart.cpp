#include "csatahtchart.h"

#include "models/kpiformat.h"

#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace huddle::ui {

namespace {

const QColor csatColor(0x1b, 0x7f, 0x79); // teal: quality
const QColor ahtColor(0xd9, 0x73, 0x1a);  // amber: speed
const QColor highlightColor(0x6a, 0x4c, 0x93);

// QDateTimeAxis labels its ticks in the machine's local time, so a calendar day is placed at its local
// midnight; UTC midnight would be labelled the previous day west of Greenwich.
QDateTime axisTime(QDate day)
{
    return day.startOfDay();
}

// Points sit in the middle of their bucket, so a week's point is drawn mid-week.
qint64 bucketMiddle(const models::TrendPoint &point)
{
    const QDateTime start = axisTime(point.start);
    const QDateTime end = axisTime(point.end.addDays(1));
    return (start.toMSecsSinceEpoch() + end.toMSecsSinceEpoch()) / 2;
}

QLineSeries *dashedLine(const QColor &color, const QString &name)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color, 1.5, Qt::DashLine);
    series->setPen(pen);
    return series;
}

} // namespace

CsatAhtChart::CsatAhtChart(QWidget *parent)
    : QChartView(new QChart, parent) // setChart() would orphan the default chart QChartView(parent) makes
    , m_csat(new QLineSeries)
    , m_aht(new QLineSeries)
    , m_csatTarget(dashedLine(csatColor.lighter(130), tr("CSAT target")))
    , m_ahtTarget(dashedLine(ahtColor.lighter(130), tr("AHT target")))
    , m_highlight(new QScatterSeries)
    , m_highlightLine(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_csatAxis(new QValueAxis)
    , m_ahtAxis(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_csat->setName(tr("CSAT %"));
    m_csat->setPen(QPen(csatColor, 2.5));
    m_csat->setPointsVisible(true);
    m_aht->setName(tr("AHT (s)"));
    m_aht->setPen(QPen(ahtColor, 2.5));
    m_aht->setPointsVisible(true);
    m_highlight->setName(tr("Selected note"));
    m_highlight->setColor(highlightColor);
    m_highlight->setMarkerSize(14);
    m_highlightLine->setPen(QPen(highlightColor, 1, Qt::DotLine));
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{
             m_csat, m_aht, m_csatTarget, m_ahtTarget, m_highlightLine, m_highlight})
        chart->addSeries(series);

    m_time->setFormat(QStringLiteral("d MMM"));
    m_time->setTitleText(tr("Date"));
    m_csatAxis->setRange(0, 100);
    m_csatAxis->setTitleText(tr("CSAT %"));
    m_csatAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_csatAxis->setLabelsColor(csatColor.darker(120));
    m_ahtAxis->setTitleText(tr("AHT (seconds)"));
    m_ahtAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_ahtAxis->setLabelsColor(ahtColor.darker(120));
    // Sensible axes before the first data arrives (it loads in the background).
    m_ahtAxis->setRange(0, 600);
    const QDateTime today = axisTime(QDate::currentDate());
    m_time->setRange(today.addDays(-91), today);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_csatAxis, Qt::AlignLeft);
    chart->addAxis(m_ahtAxis, Qt::AlignRight);
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_csat, m_csatTarget, m_highlightLine, m_highlight}) {
        series->attachAxis(m_time);
        series->attachAxis(m_csatAxis);
    }
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_aht, m_ahtTarget}) {
        series->attachAxis(m_time);
        series->attachAxis(m_ahtAxis);
    }
    // The highlight line needs no legend entry: the marker explains it.
    chart->legend()->markers(m_highlightLine).constFirst()->setVisible(false);

    connect(m_csat, &QLineSeries::hovered, this, &CsatAhtChart::showPointTooltip);
    connect(m_aht, &QLineSeries::hovered, this, &CsatAhtChart::showPointTooltip);
}

void CsatAhtChart::setData(const QList<models::TrendPoint> &trend, const core::KpiTargets &targets,
                           const QString &title)
{
    m_trend = trend;
    QList<QPointF> csat;
    QList<QPointF> aht;
    for (const models::TrendPoint &point : trend) {
        const auto x = static_cast<qreal>(bucketMiddle(point));
        if (point.values.csatPct.value)
            csat.append({x, *point.values.csatPct.value});
        if (point.values.ahtSeconds.value)
            aht.append({x, *point.values.ahtSeconds.value});
    }
    m_csat->replace(csat);
    m_aht->replace(aht);
    // Grey the CSAT points that stand on fewer than 10 responses.
    QHash<int, QHash<QXYSeries::PointConfiguration, QVariant>> configuration;
    int index = 0;
    for (const models::TrendPoint &point : trend) {
        if (!point.values.csatPct.value)
            continue;
        if (models::isSmallSample(point.values.csatPct.n))
            configuration.insert(index, {{QXYSeries::PointConfiguration::Color, QColor(Qt::gray)}});
        ++index;
    }
    m_csat->setPointsConfiguration(configuration);
    chart()->setTitle(title);
    updateAxes(targets);
    highlightDay(m_highlighted);
}

void CsatAhtChart::updateAxes(const core::KpiTargets &targets)
{
    if (m_trend.isEmpty())
        return;
    const QDateTime start = axisTime(m_trend.constFirst().start);
    const QDateTime end = axisTime(m_trend.constLast().end.addDays(1));
    m_time->setRange(start, end);
    m_time->setTickCount(std::clamp(static_cast<int>(m_trend.size()) + 1, 2, 9));
    double maxAht = targets.ahtSeconds;
    for (const QPointF &point : m_aht->points())
        maxAht = std::max(maxAht, point.y());
    m_ahtAxis->setRange(0, std::ceil(maxAht * 1.15 / 60) * 60);
    m_ahtAxis->applyNiceNumbers();
    const auto x0 = static_cast<qreal>(start.toMSecsSinceEpoch());
    const auto x1 = static_cast<qreal>(end.toMSecsSinceEpoch());
    m_csatTarget->replace({{x0, targets.csatPct}, {x1, targets.csatPct}});
    m_ahtTarget->replace({{x0, targets.ahtSeconds}, {x1, targets.ahtSeconds}});
}

const models::TrendPoint *CsatAhtChart::bucketAt(qint64 msecs) const
{
    for (const models::TrendPoint &point : m_trend) {
        const QDateTime start = axisTime(point.start);
        const QDateTime end = axisTime(point.end.addDays(1));
        if (msecs >= start.toMSecsSinceEpoch() && msecs < end.toMSecsSinceEpoch())
            return &point;
    }
    return nullptr;
}

void CsatAhtChart::highlightDay(QDate day)
{
    m_highlighted = day;
    m_highlight->clear();
    m_highlightLine->clear();
    if (!day.isValid())
        return;
    const qint64 dayMsecs = axisTime(day).addSecs(12 * 3600).toMSecsSinceEpoch();
    const models::TrendPoint *bucket = bucketAt(dayMsecs);
    if (!bucket)
        return;
    const auto x = static_cast<qreal>(bucketMiddle(*bucket));
    m_highlightLine->replace({{x, 0}, {x, 100}});
    if (bucket->values.csatPct.value)
        m_highlight->append(x, *bucket->values.csatPct.value);
}

void CsatAhtChart::showPointTooltip(const QPointF &point, bool entering)
{
    if (!entering) {
        QToolTip::hideText();
        return;
    }
    const models::TrendPoint *bucket = bucketAt(static_cast<qint64>(point.x()));
    if (!bucket)
        return;
    const QLocale locale;
    const QString period = bucket->start == bucket->end
                               ? locale.toString(bucket->start, QLocale::LongFormat)
                               : tr("%1 – %2").arg(locale.toString(bucket->start, QLocale::ShortFormat),
                                                   locale.toString(bucket->end, QLocale::ShortFormat));
    const core::KpiValues &v = bucket->values;
    QToolTip::showText(QCursor::pos(),
                       tr("%1\nCSAT %2 (n=%3)\nAHT %4 (n=%5)\nHandled %6")
                           .arg(period, models::formatPercent(v.csatPct.value), locale.toString(v.csatPct.n),
                                models::formatDuration(v.ahtSeconds.value), locale.toString(v.ahtSeconds.n),
                                locale.toString(v.handled)),
                       this);
}

} // namespace huddle::ui
