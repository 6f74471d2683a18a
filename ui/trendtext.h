#pragma once

#include "core/trend.h"
#include "models/dashboarddata.h"

#include <QCoreApplication>

namespace huddle::ui {

// The words around the trend chart: a bucket's tooltip (both KPIs, each with its n, so speed is never
// read without quality) and the summary screen readers announce for the chart.
class TrendText {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::TrendText)

public:
    // "Tuesday, 5 May 2026", or "4 May 2026 – 10 May 2026" for a week or month.
    static QString period(const models::TrendPoint &bucket);
    // Period, whose line it is, CSAT with n (and its 95 % Wilson interval), AHT with n, handled.
    static QString tooltip(const QString &lineName, const models::TrendPoint &bucket);
    static QString granularityName(core::Granularity granularity); // "daily", "weekly", "monthly"
    // E.g. "weekly CSAT and AHT from 4 May 2026 to 31 May 2026, 3 of 4 buckets with data. 2 agents
    // compared. 5 events marked."
    static QString summary(const QList<models::AgentTrend> &trends, core::Granularity granularity,
                           qsizetype events);
};

} // namespace huddle::ui
