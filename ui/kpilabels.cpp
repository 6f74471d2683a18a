#include "kpilabels.h"

#include "uitranslation.h"

#include "models/kpiformat.h"
#include "models/kpitext.h"
#include "models/scorecardmodel.h"

#include <QLocale>

namespace huddle::ui {

QString kpiName(core::KpiId kpi)
{
    return models::kpiName(kpi);
}

QString formatKpi(core::KpiId kpi, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    switch (kpi) {
    case core::KpiId::Aht:
        return models::formatDuration(value);
    case core::KpiId::Cph:
        return tr("%1 /h").arg(QLocale().toString(*value, 'f', 1));
    case core::KpiId::Nps:
        return (*value > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*value, 'f', 0);
    case core::KpiId::Attendance:
    case core::KpiId::Csat:
    case core::KpiId::Sales:
    case core::KpiId::Qa:
    case core::KpiId::Fcr:
        break;
    }
    return models::formatPercent(value);
}

QString bandName(core::Band band)
{
    return band == core::Band::None ? tr("No data") : models::ScorecardModel::bandName(band);
}

QColor bandColor(core::Band band)
{
    return models::ScorecardModel::bandColor(band);
}

QString movementText(core::Movement movement)
{
    const QString arrow = models::ScorecardModel::movementArrow(movement);
    switch (movement) {
    case core::Movement::Better:
        return tr("%1 better").arg(arrow);
    case core::Movement::Worse:
        return tr("%1 worse").arg(arrow);
    case core::Movement::Same:
        return tr("%1 same").arg(arrow);
    case core::Movement::None:
        break;
    }
    return {};
}

QString quadrantName(core::Quadrant quadrant)
{
    switch (quadrant) {
    case core::Quadrant::FastSatisfied:
        return tr("Fast & satisfied");
    case core::Quadrant::SlowSatisfied:
        return tr("Slow & satisfied");
    case core::Quadrant::FastUnsatisfied:
        return tr("Fast & unsatisfied");
    case core::Quadrant::SlowUnsatisfied:
        return tr("Slow & unsatisfied");
    case core::Quadrant::Unknown:
        break;
    }
    return QStringLiteral("–");
}

QString formatScore(const std::optional<double> &score)
{
    return score ? QLocale().toString(*score, 'f', 0) : QStringLiteral("–");
}

} // namespace huddle::ui
