#include "targetbands.h"

#include "chartstyle.h"
#include "models/kpiformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace huddle::ui {

namespace {

QLineSeries *targetLine(const QColor &color)
{
    auto *series = new QLineSeries;
    series->setPen(QPen(color, 1.25, Qt::DotLine));
    return series;
}

QColor translucent(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

QString bandNumber(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

TargetBands::TargetBands(QChart *chart, QAbstractAxis *time, QAbstractAxis *csatAxis, QAbstractAxis *ahtAxis)
    : m_chart(chart)
    , m_csatTarget(targetLine(csatColor().darker(110)))
    , m_ahtTarget(targetLine(ahtColor().darker(110)))
    , m_csatBand(newBandSeries(translucent(csatColor(), 40), Qt::NoPen))
    , m_ahtBand(newBandSeries(QBrush(translucent(ahtColor(), 110), Qt::BDiagPattern), Qt::NoPen))
{
    // Bands first, so every line is drawn over them.
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_csatBand, m_ahtBand, m_csatTarget, m_ahtTarget}) {
        m_chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(series == m_csatBand || series == m_csatTarget ? csatAxis : ahtAxis);
        // The axis titles name the targets; the legend keeps to the data.
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
}

TargetBands::~TargetBands()
{
    for (QAbstractSeries *series :
         std::initializer_list<QAbstractSeries *>{m_csatBand, m_ahtBand, m_csatTarget, m_ahtTarget}) {
        m_chart->removeSeries(series);
        delete series;
    }
}

void TargetBands::setPlan(const core::KpiPlan &plan)
{
    const core::KpiThresholds csat = plan.entry(core::KpiId::Csat).thresholds;
    const core::KpiThresholds aht = plan.entry(core::KpiId::Aht).thresholds;
    m_csatMet = csat.met;
    m_ahtMet = aht.met;
    m_csatLow = std::min(csat.met, csat.exceeded);
    m_csatHigh = std::max(csat.met, csat.exceeded);
    m_ahtLow = std::min(aht.met, aht.exceeded);
    m_ahtHigh = std::max(aht.met, aht.exceeded);
    update();
}

void TargetBands::setTargets(const core::KpiTargets &targets)
{
    m_csatMet = m_csatLow = m_csatHigh = targets.csatPct;
    m_ahtMet = m_ahtLow = m_ahtHigh = targets.ahtSeconds;
    update();
}

void TargetBands::setSpan(qreal from, qreal to)
{
    m_from = from;
    m_to = to;
    update();
}

void TargetBands::update()
{
    const auto horizontal = [this](double y) { return QList<QPointF>{{m_from, y}, {m_to, y}}; };
    m_csatTarget->replace(horizontal(m_csatMet));
    m_ahtTarget->replace(horizontal(m_ahtMet));
    m_csatBand->upperSeries()->replace(horizontal(m_csatHigh));
    m_csatBand->lowerSeries()->replace(horizontal(m_csatLow));
    m_ahtBand->upperSeries()->replace(horizontal(m_ahtHigh));
    m_ahtBand->lowerSeries()->replace(horizontal(m_ahtLow));
    m_csatBand->setVisible(m_csatHigh > m_csatLow);
    m_ahtBand->setVisible(m_ahtHigh > m_ahtLow);
    // Showing a series shows its legend marker again; the axis titles name the targets instead.
    for (QAbstractSeries *series : std::initializer_list<QAbstractSeries *>{m_csatBand, m_ahtBand})
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
}

double TargetBands::highestAht() const
{
    return std::max(m_ahtHigh, m_ahtMet);
}

QString TargetBands::csatTitle() const
{
    if (m_csatHigh > m_csatLow)
        return tr("CSAT % (target band %1–%2)").arg(bandNumber(m_csatLow), bandNumber(m_csatHigh));
    return tr("CSAT % (target %1)").arg(bandNumber(m_csatMet));
}

QString TargetBands::ahtTitle() const
{
    if (m_ahtHigh > m_ahtLow)
        return tr("AHT, m:ss (target band %1–%2)")
            .arg(models::formatDuration(m_ahtLow), models::formatDuration(m_ahtHigh));
    return tr("AHT, m:ss (target %1)").arg(models::formatDuration(m_ahtMet));
}

} // namespace huddle::ui
