#include "focustrendchart.h"

#include "chartstyle.h"
#include "models/coachingtext.h"
#include "models/kpitext.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace huddle::ui {

namespace {

// Charts are drawn in UTC so a day is a day whatever the machine's zone; the data is in site days already.
qreal dayX(QDate day)
{
    return qreal(QDateTime(day, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

QColor lineColor(core::KpiId kpi)
{
    if (kpi == core::KpiId::Csat)
        return csatColor();
    if (kpi == core::KpiId::Aht)
        return ahtColor();
    return {0x22, 0x22, 0x22};
}

bool isPercent(core::KpiId kpi)
{
    return kpi != core::KpiId::Aht && kpi != core::KpiId::Cph && kpi != core::KpiId::Nps;
}

// A little room around the values; percentages stay within 0–100, and a flat line gets a band around it.
std::pair<double, double> valueRange(core::KpiId kpi, const QMap<QDate, double> &values)
{
    if (values.isEmpty())
        return isPercent(kpi) ? std::pair{0.0, 100.0} : std::pair{0.0, 1.0};
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    const double pad = std::max((*high - *low) * 0.15, isPercent(kpi) ? 2.0 : std::abs(*high) * 0.05 + 0.5);
    double from = *low - pad;
    double to = *high + pad;
    if (isPercent(kpi)) {
        from = std::max(0.0, from);
        to = std::min(100.0, to);
    } else if (kpi != core::KpiId::Nps) {
        from = std::max(0.0, from);
    }
    return {from, to};
}

QFont smallFont(const QFont &base, qreal scale, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

struct KpiChartInput {
    core::KpiId kpi;
    QString title;
    QDate sessionDay;
    core::DateRange window;
    QList<models::TrendPoint> weeks;
    qint64 smallSample;
};

class KpiChart {
public:
    KpiChart(const KpiChartInput &input, QWidget *parent)
        : m_input(input)
        , m_view(new QChartView(new QChart, parent))
    {
    }

    QChartView *build(QMap<QDate, double> &plotted)
    {
        QChart *chart = m_view->chart();
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->hide();
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setBackgroundRoundness(0);
        chart->setTitle(m_input.title);
        chart->setTitleFont(smallFont(m_view->font(), 1.0, true));
        addAxes(chart);
        addLines(chart, plotted);
        addSessionMarker(chart, valueRange(m_input.kpi, plotted));
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumSize(220, 150);
        m_view->setAccessibleName(m_input.title);
        return m_view;
    }

private:
    void addAxes(QChart *chart)
    {
        m_time = new QDateTimeAxis;
        m_time->setFormat(QStringLiteral("d MMM"));
        m_time->setTickCount(4);
        m_time->setLabelsFont(smallFont(m_view->font(), 0.8));
        m_time->setRange(QDateTime(m_input.window.from, QTime(0, 0), QTimeZone::utc()),
                         QDateTime(m_input.window.to, QTime(23, 59), QTimeZone::utc()));
        m_values = new QValueAxis;
        m_values->setLabelsFont(smallFont(m_view->font(), 0.8));
        m_values->setTickCount(3);
        m_values->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(m_time, Qt::AlignBottom);
        chart->addAxis(m_values, Qt::AlignLeft);
    }

    void attach(QChart *chart, QXYSeries *series)
    {
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }

    // A line through consecutive weeks with data (a gap breaks it), points on every week, grey where few.
    void addLines(QChart *chart, QMap<QDate, double> &plotted)
    {
        const QColor color = lineColor(m_input.kpi);
        auto *points = new QScatterSeries;
        points->setColor(color);
        points->setBorderColor(color);
        points->setMarkerSize(6);
        auto *fewPoints = new QScatterSeries;
        fewPoints->setColor(smallSampleColor());
        fewPoints->setBorderColor(smallSampleColor().darker(130));
        fewPoints->setMarkerSize(6);
        QLineSeries *line = nullptr;
        for (const models::TrendPoint &week : m_input.weeks) {
            const core::KpiReading reading = core::readKpi(week.values, m_input.kpi);
            if (!reading.value) {
                line = nullptr;
                continue;
            }
            if (!line) {
                line = new QLineSeries;
                line->setPen(QPen(color, 2, m_input.kpi == core::KpiId::Aht ? Qt::DashLine : Qt::SolidLine));
                attach(chart, line);
            }
            const QPointF at(dayX(week.start.addDays(3)), *reading.value);
            line->append(at);
            (reading.n < m_input.smallSample ? fewPoints : points)->append(at);
            plotted.insert(week.start, *reading.value);
            m_readings.insert(qint64(at.x()), {week.start, reading});
        }
        for (QScatterSeries *series : {points, fewPoints}) {
            attach(chart, series);
            QObject::connect(
                series, &QXYSeries::hovered, m_view,
                [view = m_view, readings = m_readings, kpi = m_input.kpi](QPointF at, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const auto [start, reading] = readings.value(qint64(at.x()));
                    QToolTip::showText(QCursor::pos(),
                                       FocusTrendChart::tr("Week of %1: %2")
                                           .arg(QLocale().toString(start, QLocale::ShortFormat),
                                                models::CoachingText::reading(kpi, reading)),
                                       view);
                });
        }
    }

    void addSessionMarker(QChart *chart, std::pair<double, double> range)
    {
        m_values->setRange(range.first, range.second);
        auto *marker = new QLineSeries;
        marker->setPen(QPen(highlightColor(), 1.5, Qt::DashLine));
        marker->append(dayX(m_input.sessionDay), range.first);
        marker->append(dayX(m_input.sessionDay), range.second);
        attach(chart, marker);
    }

    KpiChartInput m_input;
    QChartView *m_view;
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    QHash<qint64, std::pair<QDate, core::KpiReading>> m_readings;
};

} // namespace

FocusTrendChart::FocusTrendChart(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_message(new QLabel(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    m_message->setObjectName(QStringLiteral("trendMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_grid->addWidget(m_message, 0, 0);
    setAccessibleName(tr("Focus KPI trend"));
}

QList<core::KpiId> FocusTrendChart::chartedKpis(const QList<core::KpiId> &focus)
{
    QList<core::KpiId> kpis = focus;
    if (focus.contains(core::KpiId::Aht) && !focus.contains(core::KpiId::Csat))
        kpis.insert(kpis.indexOf(core::KpiId::Aht) + 1, core::KpiId::Csat);
    return kpis;
}

core::DateRange FocusTrendChart::window(QDate sessionDay)
{
    const QDate monday = core::weekStart(sessionDay);
    return {monday.addDays(-7 * WeeksBefore), monday.addDays(7 * (WeeksAfter + 1) - 1)};
}

void FocusTrendChart::clearCharts()
{
    for (QWidget *chart : std::as_const(m_charts))
        delete chart;
    m_charts.clear();
    m_plotted.clear();
    m_kpis.clear();
}

void FocusTrendChart::setMessage(const QString &message)
{
    clearCharts();
    m_message->setText(message);
    m_message->show();
}

void FocusTrendChart::setTrend(const QList<core::KpiId> &focus, QDate sessionDay,
                               const QList<models::TrendPoint> &weeks, qint64 smallSample)
{
    clearCharts();
    m_message->hide();
    m_kpis = chartedKpis(focus);
    // Two columns once there are more than two charts, so each keeps a readable height.
    const int columns = m_kpis.size() > 2 ? 2 : 1;
    for (int i = 0; i < m_kpis.size(); ++i) {
        const core::KpiId kpi = m_kpis[i];
        const bool besideAht = kpi == core::KpiId::Csat && !focus.contains(kpi);
        // The axis counts seconds; the title says so (AHT reads m:ss everywhere else).
        const QString name =
            kpi == core::KpiId::Aht ? tr("%1 (seconds)").arg(models::kpiName(kpi)) : models::kpiName(kpi);
        const QString title = besideAht ? tr("%1 (beside AHT)").arg(name) : name;
        QMap<QDate, double> &plotted = m_plotted[int(kpi)];
        QChartView *view =
            KpiChart({kpi, title, sessionDay, window(sessionDay), weeks, smallSample}, this).build(plotted);
        m_grid->addWidget(view, i / columns, i % columns);
        m_charts.append(view);
    }
}

} // namespace huddle::ui
