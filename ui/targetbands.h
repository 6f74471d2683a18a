#pragma once

#include "core/kpidefinitions.h"
#include "core/kpiplan.h"

#include <QCoreApplication>

class QAbstractAxis;
class QAreaSeries;
class QChart;
class QLineSeries;

namespace huddle::ui {

// The targets of the trend chart: a dashed line at each KPI's "met" threshold and, when a KPI plan is
// known, a shaded band from "met" to "exceeded" (solid for CSAT, hatched for AHT, so the two tell apart in
// grey where they overlap).
class TargetBands {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::TargetBands)

public:
    TargetBands(QChart *chart, QAbstractAxis *time, QAbstractAxis *csatAxis, QAbstractAxis *ahtAxis);
    ~TargetBands();
    TargetBands(const TargetBands &) = delete;
    TargetBands &operator=(const TargetBands &) = delete;

    // Lines at the met thresholds and bands up to the exceeded thresholds.
    void setPlan(const core::KpiPlan &plan);
    // Lines only: callers without a plan know just the targets.
    void setTargets(const core::KpiTargets &targets);
    void setSpan(qreal from, qreal to);

    // The highest AHT the targets put on the axis, so the axis can include it.
    double highestAht() const;
    // Axis titles naming the targets: "CSAT % (target band 80–90)", "AHT, m:ss (target band 6:00–7:00)".
    QString csatTitle() const;
    QString ahtTitle() const;

    QLineSeries *csatTarget() const { return m_csatTarget; }
    QLineSeries *ahtTarget() const { return m_ahtTarget; }
    QAreaSeries *csatBand() const { return m_csatBand; }
    QAreaSeries *ahtBand() const { return m_ahtBand; }
    // Band edges (low, high) in axis units; equal when no band is shown.
    std::pair<double, double> csatBandRange() const { return {m_csatLow, m_csatHigh}; }
    std::pair<double, double> ahtBandRange() const { return {m_ahtLow, m_ahtHigh}; }

private:
    void update();

    QChart *m_chart;
    QLineSeries *m_csatTarget;
    QLineSeries *m_ahtTarget;
    QAreaSeries *m_csatBand;
    QAreaSeries *m_ahtBand;
    double m_csatMet = 80;
    double m_ahtMet = 420;
    double m_csatLow = 80;
    double m_csatHigh = 80;
    double m_ahtLow = 420;
    double m_ahtHigh = 420;
    qreal m_from = 0;
    qreal m_to = 1;
};

} // namespace huddle::ui
