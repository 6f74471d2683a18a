#include "mistakemodel.h"

#include "qatext.h"

#include <QLocale>

namespace huddle::models {

MistakeModel::MistakeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MistakeModel::setMistakes(QList<storage::Mistake> mistakes)
{
    beginResetModel();
    m_mistakes = std::move(mistakes);
    endResetModel();
}

const storage::Mistake *MistakeModel::mistakeAt(int row) const
{
    return row >= 0 && row < m_mistakes.size() ? &m_mistakes[row] : nullptr;
}

int MistakeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_mistakes.size());
}

int MistakeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MistakeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::Mistake &mistake = m_mistakes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(mistake, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Failures || index.column() == PointsLost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AutoFail && mistake.autoFail)
            return tr("Critical: failing it sets the whole evaluation to 0 %");
        if (index.column() == PointsLost)
            return tr("QA percentage points this criterion cost, summed over %n evaluation(s)", nullptr,
                      mistake.failures);
        return {};
    case SortRole:
        return sortValue(mistake, index.column());
    }
    return {};
}

QString MistakeModel::displayText(const storage::Mistake &mistake, int column) const
{
    const QLocale locale;
    switch (column) {
    case Criterion:
        return mistake.criterionName;
    case Section:
        return mistake.sectionName;
    case Scorecard:
        return mistake.scorecardName;
    case Failures:
        return tr("%1 of %2").arg(locale.toString(mistake.failures), locale.toString(mistake.answered));
    case PointsLost:
        return formatPoints(mistake.pointsLost);
    case AutoFail:
        return mistake.autoFail ? tr("Auto-fail") : QString();
    }
    return {};
}

QVariant MistakeModel::sortValue(const storage::Mistake &mistake, int column) const
{
    switch (column) {
    case Failures:
        return mistake.failures;
    case PointsLost:
        return mistake.pointsLost;
    case AutoFail:
        return mistake.autoFail ? 1 : 0;
    default:
        return displayText(mistake, column);
    }
}

QVariant MistakeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Criterion:
        return tr("Criterion");
    case Section:
        return tr("Section");
    case Scorecard:
        return tr("Scorecard");
    case Failures:
        return tr("Failed / answered");
    case PointsLost:
        return tr("Points lost");
    case AutoFail:
        return tr("Critical");
    }
    return {};
}

} // namespace huddle::models
