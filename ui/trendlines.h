#pragma once

#include "chartline.h"
#include "core/daterange.h"
#include "models/dashboarddata.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

class QAbstractAxis;
class QChart;
class QChartView;

namespace huddle::ui {

// The KPI lines of the trend chart and the buckets behind them: a CSAT and an AHT line for the scope and
// for each compared agent (or for two raw series), what a point under the mouse is, and its tooltip.
class TrendLines {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::TrendLines)

public:
    struct Span {
        qreal from;
        qreal to;
    };
    struct Hit {
        int line; // CSAT and AHT of trend 0, then of trend 1, …
        qsizetype index;
    };

    TrendLines(QChart *chart, QAbstractAxis *time, QAbstractAxis *csatAxis, QAbstractAxis *ahtAxis);
    ~TrendLines();
    TrendLines(const TrendLines &) = delete;
    TrendLines &operator=(const TrendLines &) = delete;

    // trends[0] is the scope; more than one trend draws a comparison. Returns the buckets' time span, if any.
    std::optional<Span> setTrends(const QList<models::AgentTrend> &trends);
    // Raw series, x in msecs since the epoch. Returns the points' time span, if any.
    std::optional<Span> setRaw(const QList<QPointF> &csat, const QList<QPointF> &aht);

    // True when series were added to the chart, which then draw over the overlays.
    bool render(qreal from, qreal to, int widthPx);
    bool dependsOnWidth(qreal from, qreal to, int widthPx) const;

    const QList<models::AgentTrend> &trends() const { return m_trends; }
    bool isRaw() const { return m_trends.isEmpty(); }
    int trendCount() const { return static_cast<int>(m_lines.size() / 2); }
    ChartLine *line(int trend, core::KpiId kpi) const;
    qreal highestAht() const;
    // The scope's bucket that contains `msecs`, if any.
    const models::TrendPoint *scopeBucketAt(qreal msecs) const;

    std::optional<Hit> pointAt(const QChartView *view, qreal time, QPointF viewportPos, qreal radius) const;
    QString tooltip(const Hit &hit) const;
    // The bucket's days and agent (0 for the scope) behind a hit; nothing for raw series.
    std::optional<std::pair<core::DateRange, qint64>> bucketOf(const Hit &hit) const;

private:
    void rebuild(const QStringList &names, bool comparing);
    const models::TrendPoint *bucketAt(const Hit &hit) const;

    QChart *m_chart;
    QAbstractAxis *m_time;
    QAbstractAxis *m_csatAxis;
    QAbstractAxis *m_ahtAxis;
    std::vector<std::unique_ptr<ChartLine>> m_lines;
    QList<models::AgentTrend> m_trends;
};

} // namespace huddle::ui
