#include "calibrationevaluatormodel.h"

#include "calibrationtext.h"

#include <QLocale>

namespace huddle::models {

int CalibrationEvaluatorModel::rows() const
{
    return static_cast<int>(report().results.evaluators.size());
}

QStringList CalibrationEvaluatorModel::headers() const
{
    return {tr("Evaluator"), tr("Mean deviation"), tr("Conversations scored"), tr("Tendency")};
}

QString CalibrationEvaluatorModel::tendency(int row) const
{
    // Storage ranks strictest first and puts evaluators without a deviation last, so the ends of the ranked
    // part are the strictest and the most lenient — when there are two ends and they differ.
    const QList<core::EvaluatorDeviation> &ranked = report().results.evaluators;
    int last = -1;
    for (int i = 0; i < ranked.size(); ++i)
        if (ranked[i].meanDeviation)
            last = i;
    if (last < 1 || *ranked[0].meanDeviation == *ranked[last].meanDeviation)
        return {};
    if (row == 0)
        return tr("strictest");
    return row == last ? tr("most lenient") : QString();
}

QVariant CalibrationEvaluatorModel::cell(int row, int column, int role) const
{
    const core::EvaluatorDeviation &deviation = report().results.evaluators[row];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case ValueRole:
        if (column == MeanDeviation)
            return deviation.meanDeviation ? QVariant(*deviation.meanDeviation) : QVariant();
        if (column == Scored)
            return deviation.conversationsScored;
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == MeanDeviation)
            return tr(
                "Mean of (this evaluator's total − the mean total of everyone who scored the same "
                "conversation), in QA % points. Negative: stricter than the group; positive: more lenient.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == MeanDeviation || column == Scored)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant CalibrationEvaluatorModel::display(int row, int column) const
{
    const core::EvaluatorDeviation &deviation = report().results.evaluators[row];
    switch (column) {
    case Evaluator:
        return evaluatorName(deviation.evaluator);
    case MeanDeviation:
        return formatDeviation(deviation.meanDeviation);
    case Scored:
        return QLocale().toString(deviation.conversationsScored);
    case Tendency:
        return tendency(row);
    }
    return {};
}

} // namespace huddle::models
