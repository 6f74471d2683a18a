#pragma once

#include "core/daterange.h"
#include "core/kpiplan.h"
#include "models/dashboarddata.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace huddle::ui {

// The focus KPIs of a coaching session week by week, one small line chart each, from 12 weeks before the
// session's week to 6 weeks after, with a dashed vertical line on the session day: did the line bend after
// the conversation? Weeks on fewer than 10 observations are drawn as grey points. Speed is never shown
// alone (domain.md): when AHT is a focus and CSAT is not, CSAT's chart is drawn beside it.
class FocusTrendChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int WeeksBefore = 12;
    static constexpr int WeeksAfter = 6;

    explicit FocusTrendChart(QWidget *parent = nullptr);

    // The KPIs charted for a focus list: the focus in its order, then CSAT when AHT is there without it.
    static QList<core::KpiId> chartedKpis(const QList<core::KpiId> &focus);
    // Whole weeks (Monday to Sunday): the 12 before the session's week, that week, and the 6 after it.
    static core::DateRange window(QDate sessionDay);

    // `weeks`: TrendPoints by week over window(sessionDay) (loadDashboard with Granularity::Week).
    void setTrend(const QList<core::KpiId> &focus, QDate sessionDay, const QList<models::TrendPoint> &weeks,
                  qint64 smallSample = 10);
    // Shown instead of the charts (while loading, or when the data could not be read).
    void setMessage(const QString &message);

    QList<core::KpiId> kpis() const { return m_kpis; }
    // The values drawn for a KPI, by the first day of their week.
    QMap<QDate, double> plotted(core::KpiId kpi) const { return m_plotted.value(int(kpi)); }

private:
    void clearCharts();

    QGridLayout *m_grid;
    QLabel *m_message;
    QList<QWidget *> m_charts;
    QList<core::KpiId> m_kpis;
    QHash<int, QMap<QDate, double>> m_plotted;
};

} // namespace huddle::ui
