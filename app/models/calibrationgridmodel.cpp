#include "calibrationgridmodel.h"

#include "kpiformat.h"

namespace huddle::models {

int CalibrationGridModel::rows() const
{
    return static_cast<int>(report().conversations.size());
}

QStringList CalibrationGridModel::headers() const
{
    return QStringList{tr("Conversation"), tr("Agent")} + report().session.evaluators;
}

std::optional<double> CalibrationGridModel::total(int conversation, int evaluator) const
{
    for (const core::CalibrationScore &score : report().input.scores)
        if (score.conversation == conversation && score.evaluator == evaluator)
            return score.totalPct;
    return std::nullopt;
}

QVariant CalibrationGridModel::cell(int row, int column, int role) const
{
    const bool isTotal = column >= FirstEvaluator;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Conversation)
            return conversationRef(row);
        if (column == Agent)
            return agentName(row);
        return formatPercent(total(row, column - FirstEvaluator));
    case ValueRole:
        if (!isTotal)
            return cell(row, column, Qt::DisplayRole);
        if (const auto value = total(row, column - FirstEvaluator))
            return *value;
        return {};
    case Qt::TextAlignmentRole:
        if (isTotal)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

} // namespace huddle::models
