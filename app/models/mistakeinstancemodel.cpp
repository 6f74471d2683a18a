#include "mistakeinstancemodel.h"

#include "qatext.h"

namespace huddle::models {

MistakeInstanceModel::MistakeInstanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MistakeInstanceModel::setInstances(QList<storage::MistakeInstance> instances)
{
    beginResetModel();
    m_instances = std::move(instances);
    endResetModel();
}

const storage::MistakeInstance *MistakeInstanceModel::instanceAt(int row) const
{
    return row >= 0 && row < m_instances.size() ? &m_instances[row] : nullptr;
}

int MistakeInstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_instances.size());
}

int MistakeInstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MistakeInstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::MistakeInstance &instance = m_instances[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(instance, index.column());
    case Qt::ToolTipRole:
        return index.column() == Comment && !instance.comment.isEmpty() ? QVariant(instance.comment)
                                                                        : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == PointsLost)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(instance, index.column());
    case EvaluationIdRole:
        return instance.evaluationId;
    }
    return {};
}

QString MistakeInstanceModel::displayText(const storage::MistakeInstance &instance, int column)
{
    switch (column) {
    case Conversation:
        return instance.conversationRef;
    case Day:
        return formatDay(instance.conversationDay);
    case Agent:
        return instance.agentName;
    case Evaluator:
        return instance.evaluator;
    case PointsLost:
        return formatPoints(instance.pointsLost);
    case Comment:
        // One line in the table; the whole comment is in the tooltip.
        return instance.comment.simplified();
    }
    return {};
}

QVariant MistakeInstanceModel::sortValue(const storage::MistakeInstance &instance, int column)
{
    switch (column) {
    case Day:
        return instance.conversationDay.toJulianDay();
    case PointsLost:
        return instance.pointsLost;
    default:
        return displayText(instance, column);
    }
}

QVariant MistakeInstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Conversation:
        return tr("Conversation");
    case Day:
        return tr("Day");
    case Agent:
        return tr("Agent");
    case Evaluator:
        return tr("Evaluator");
    case PointsLost:
        return tr("Points lost");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace huddle::models
