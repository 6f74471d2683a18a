#pragma once

#include "models/dashboarddata.h"

#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QDateTimeAxis;

namespace huddle::ui {

// CSAT % (left axis) against AHT in seconds (right axis) over time, with both targets, on one chart:
// speed is never shown without the quality beside it. Hovering a point shows its values and n.
class CsatAhtChart : public QChartView {
    Q_OBJECT
public:
    explicit CsatAhtChart(QWidget *parent = nullptr);

    void setData(const QList<models::TrendPoint> &trend, const core::KpiTargets &targets,
                 const QString &title);
    // Marks the bucket that contains `day` (e.g. the day of a review note); an invalid date clears it.
    void highlightDay(QDate day);
    QDate highlightedBucket() const { return m_highlighted; }

    QLineSeries *csatSeries() const { return m_csat; }
    QLineSeries *ahtSeries() const { return m_aht; }

private:
    void showPointTooltip(const QPointF &point, bool entering);
    void updateAxes(const core::KpiTargets &targets);
    const models::TrendPoint *bucketAt(qint64 msecs) const;

    QLineSeries *m_csat;
    QLineSeries *m_aht;
    QLineSeries *m_csatTarget;
    QLineSeries *m_ahtTarget;
    QScatterSeries *m_highlight;
    QLineSeries *m_highlightLine;
    QDateTimeAxis *m_time;
    QValueAxis *m_csatAxis;
    QValueAxis *m_ahtAxis;
    QList<models::TrendPoint> m_trend;
    QDate m_highlighted;
};

} // namespace huddle::ui
