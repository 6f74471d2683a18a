#include "calibrationagreementmodel.h"

#include "calibrationtext.h"
#include "kpiformat.h"

#include <QBrush>
#include <QLocale>

namespace huddle::models {

int CalibrationAgreementModel::rows() const
{
    return static_cast<int>(report().results.criteria.size());
}

QStringList CalibrationAgreementModel::headers() const
{
    return {tr("Criterion"), tr("Agreement"), tr("α"), tr("Metric"), tr("Pairable conversations")};
}

QVariant CalibrationAgreementModel::cell(int row, int column, int role) const
{
    const core::CriterionAgreement &agreement = report().results.criteria[row];
    switch (role) {
    case Qt::DisplayRole:
        return display(agreement, column);
    case ValueRole:
        if (column == Agreement)
            return agreement.agreementPct ? QVariant(*agreement.agreementPct) : QVariant();
        if (column == Alpha)
            return agreement.alpha ? QVariant(*agreement.alpha) : QVariant();
        if (column == Pairable)
            return agreement.pairableConversations;
        return display(agreement, column);
    case Qt::ForegroundRole:
        if (column == Alpha)
            return QBrush(verdictColor(core::verdictOf(agreement.alpha)));
        return {};
    case Qt::ToolTipRole:
        if (column == Alpha)
            return verdictText(core::verdictOf(agreement.alpha)) + QStringLiteral("\n\n") +
                   alphaExplanation();
        if (column == Agreement)
            return tr("Share of pairs of evaluators, on the same conversation, who gave the same answer (N/A "
                      "left out).");
        return {};
    case Qt::TextAlignmentRole:
        if (column != Criterion && column != Metric)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant CalibrationAgreementModel::display(const core::CriterionAgreement &agreement, int column) const
{
    switch (column) {
    case Criterion:
        return report().criterionNames.value(agreement.criterion);
    case Agreement:
        return formatPercent(agreement.agreementPct);
    case Alpha:
        return formatAlpha(agreement.alpha);
    case Metric:
        return alphaMetricText(agreement.metric);
    case Pairable:
        return QLocale().toString(agreement.pairableConversations);
    }
    return {};
}

} // namespace huddle::models
