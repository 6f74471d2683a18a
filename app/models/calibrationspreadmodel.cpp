#include "calibrationspreadmodel.h"

#include "kpiformat.h"

#include <QLocale>

namespace huddle::models {

int CalibrationSpreadModel::rows() const
{
    return static_cast<int>(report().results.conversations.size());
}

QStringList CalibrationSpreadModel::headers() const
{
    return {tr("Conversation"), tr("Agent"), tr("Lowest"), tr("Highest"), tr("Spread"), tr("Scores")};
}

QVariant CalibrationSpreadModel::cell(int row, int column, int role) const
{
    const core::ConversationSpread &spread = report().results.conversations[row];
    switch (role) {
    case Qt::DisplayRole:
        return display(spread, column);
    case ValueRole:
        switch (column) {
        case Min:
            return spread.minPct;
        case Max:
            return spread.maxPct;
        case Spread:
            return spread.spread;
        case Scores:
            return spread.scores;
        }
        return display(spread, column);
    case EvaluatorTotalsRole:
        return evaluatorTotals(spread.conversation);
    case Qt::ToolTipRole:
        return tr("Double-click for each evaluator's total.");
    case Qt::TextAlignmentRole:
        if (column >= Min)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant CalibrationSpreadModel::display(const core::ConversationSpread &spread, int column) const
{
    switch (column) {
    case Conversation:
        return conversationRef(spread.conversation);
    case Agent:
        return agentName(spread.conversation);
    case Min:
        return formatPercent(spread.minPct);
    case Max:
        return formatPercent(spread.maxPct);
    case Spread:
        return tr("%1 points").arg(QLocale().toString(spread.spread, 'f', 1));
    case Scores:
        return QLocale().toString(spread.scores);
    }
    return {};
}

QStringList CalibrationSpreadModel::evaluatorTotals(int conversation) const
{
    QStringList lines;
    for (int evaluator = 0; evaluator < report().session.evaluators.size(); ++evaluator) {
        QString total = tr("not scored");
        for (const core::CalibrationScore &score : report().input.scores)
            if (score.conversation == conversation && score.evaluator == evaluator)
                total = formatPercent(score.totalPct);
        lines << tr("%1: %2").arg(evaluatorName(evaluator), total);
    }
    return lines;
}

} // namespace huddle::models
