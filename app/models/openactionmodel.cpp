#include "coachingcells.h"
#include "coachingsessionmodel.h"

#include <algorithm>

namespace huddle::models {

OpenActionModel::OpenActionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OpenActionModel::setActions(const QList<storage::OpenActionEntry> &actions)
{
    beginResetModel();
    m_actions = actions;
    endResetModel();
}

const storage::OpenActionEntry *OpenActionModel::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? &m_actions[row] : nullptr;
}

int OpenActionModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_actions.cbegin(), m_actions.cend(), [](const auto &entry) { return entry.overdue; }));
}

int OpenActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int OpenActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QVariant actionText(const storage::OpenActionEntry &entry, int column)
{
    switch (column) {
    case OpenActionModel::Due:
        return entry.action.due.isValid() ? shortDate(entry.action.due) : OpenActionModel::tr("No due date");
    case OpenActionModel::Agent:
        return entry.agentName;
    case OpenActionModel::Team:
        return entry.teamName;
    case OpenActionModel::Action:
        return entry.action.body;
    case OpenActionModel::Owner:
        return entry.action.owner;
    case OpenActionModel::AgreedOn:
        return shortDate(entry.sessionDay);
    case OpenActionModel::Coach:
        return entry.coach;
    }
    return {};
}

QVariant actionSortValue(const storage::OpenActionEntry &entry, int column)
{
    switch (column) {
    case OpenActionModel::Due: // no due date sorts after every date, as storage lists them
        return entry.action.due.isValid() ? entry.action.due : QDate(9999, 12, 31);
    case OpenActionModel::AgreedOn:
        return entry.sessionDay;
    }
    return actionText(entry, column);
}

} // namespace

QVariant OpenActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::OpenActionEntry &entry = m_actions[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return actionText(entry, index.column());
    case SortRole:
        return actionSortValue(entry, index.column());
    case ActionIdRole:
        return entry.action.id;
    case SessionIdRole:
        return entry.action.sessionId;
    case OverdueRole:
        return entry.overdue;
    case Qt::ForegroundRole:
        if (entry.overdue)
            return overdueForeground();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Action)
            return entry.action.body;
        return {};
    }
    return {};
}

QVariant OpenActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Due:
        return tr("Due");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Action:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case AgreedOn:
        return tr("Agreed on");
    case Coach:
        return tr("Coach");
    }
    return {};
}

} // namespace huddle::models
