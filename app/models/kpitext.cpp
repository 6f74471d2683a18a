#include "kpitext.h"

#include "translation.h"

#include "kpiformat.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace huddle::models {

namespace {
QString number(core::KpiId kpi, double value)
{
    if (kpi == core::KpiId::Aht)
        return formatDuration(value);
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString kpiName(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return tr("Attendance %");
    case core::KpiId::Csat:
        return tr("CSAT %");
    case core::KpiId::Sales:
        return tr("Sales conversion %");
    case core::KpiId::Qa:
        return tr("QA %");
    case core::KpiId::Aht:
        return tr("AHT");
    case core::KpiId::Fcr:
        return tr("FCR %");
    case core::KpiId::Cph:
        return tr("CpH");
    case core::KpiId::Nps:
        return tr("NPS");
    }
    return {};
}

QString kpiDefinition(core::KpiId kpi, core::HandleBasis ahtBasis)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return attendanceDefinition();
    case core::KpiId::Csat:
        return csatDefinition();
    case core::KpiId::Sales:
        return tr("Sales conversion %: sales ÷ handled conversations.");
    case core::KpiId::Qa:
        return qaDefinition();
    case core::KpiId::Aht:
        return ahtDefinition(ahtBasis);
    case core::KpiId::Fcr:
        return fcrDefinition();
    case core::KpiId::Cph:
        return tr("CpH: handled conversations ÷ logged on-queue hours.");
    case core::KpiId::Nps:
        return tr("NPS: % promoters (9–10) − % detractors (0–6).");
    }
    return {};
}

QString kpiSampleText(core::KpiId kpi, qint64 n)
{
    const int count = static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
    switch (kpi) {
    case core::KpiId::Attendance:
        return tr("n = %1 scheduled shifts", nullptr, count).arg(QLocale().toString(n));
    case core::KpiId::Csat:
    case core::KpiId::Nps:
        return tr("n = %1 survey responses", nullptr, count).arg(QLocale().toString(n));
    case core::KpiId::Qa:
        return tr("n = %1 evaluations", nullptr, count).arg(QLocale().toString(n));
    case core::KpiId::Aht:
        return tr("n = %1 conversations with a handle time", nullptr, count).arg(QLocale().toString(n));
    case core::KpiId::Fcr:
        return tr("n = %1 conversations with a known outcome", nullptr, count).arg(QLocale().toString(n));
    case core::KpiId::Sales:
    case core::KpiId::Cph:
        break;
    }
    return tr("n = %1 handled conversations", nullptr, count).arg(QLocale().toString(n));
}

QString thresholdsText(core::KpiId kpi, const core::KpiThresholds &t)
{
    if (core::lowerIsBetter(kpi))
        return tr("below at %1 or less, met at %2 or less, exceeded at %3 or less")
            .arg(number(kpi, t.below), number(kpi, t.met), number(kpi, t.exceeded));
    return tr("below from %1, met from %2, exceeded from %3")
        .arg(number(kpi, t.below), number(kpi, t.met), number(kpi, t.exceeded));
}

std::optional<storage::ConversationSubset> drillDownSubset(core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Csat:
        return storage::ConversationSubset::CsatResponses;
    case core::KpiId::Sales: // conversion: sales ÷ handled, n = handled
    case core::KpiId::Cph:   // handled ÷ on-queue hours, n = handled
        return storage::ConversationSubset::Handled;
    case core::KpiId::Aht:
        return storage::ConversationSubset::HandleTimes;
    case core::KpiId::Fcr:
        return storage::ConversationSubset::FcrDecided;
    case core::KpiId::Nps:
        return storage::ConversationSubset::NpsResponses;
    case core::KpiId::Attendance:
    case core::KpiId::Qa:
        break;
    }
    return std::nullopt;
}

} // namespace huddle::models
