#include "actionitemmodel.h"

#include "coachingcells.h"

#include <QUndoStack>

#include <algorithm>

namespace huddle::models {

namespace {

constexpr int TextMergeId = 0x616374; // typing into one action's text or owner is one undo step

bool isOpenAndLate(const storage::CoachingAction &action, QDate today)
{
    return !action.done && action.due.isValid() && today.isValid() && action.due < today;
}

} // namespace

ActionItemModel::ActionItemModel(QObject *parent)
    : ListTableModel(parent)
{
}

void ActionItemModel::setActions(const QList<storage::CoachingAction> &actions, QDate today)
{
    beginResetModel();
    m_actions = actions;
    m_today = today;
    endResetModel();
}

void ActionItemModel::setClosed(bool closed)
{
    if (m_closed == closed)
        return;
    m_closed = closed;
    if (!m_actions.isEmpty()) // flags changed
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionItemModel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void ActionItemModel::change(const QString &text, const QList<storage::CoachingAction> &after, int mergeId,
                             qint64 target)
{
    changeList<storage::CoachingAction>(
        m_undo, text, m_actions, after, [this](const auto &actions) { applyActions(actions); }, mergeId,
        target);
}

void ActionItemModel::applyActions(const QList<storage::CoachingAction> &actions)
{
    if (replaceList(m_actions, actions))
        Q_EMIT edited();
}

int ActionItemModel::addAction(const QString &body, const QString &owner, QDate due)
{
    if (m_closed)
        return -1;
    storage::CoachingAction action;
    action.body = body.trimmed();
    action.owner = owner.trimmed();
    action.due = due;
    QList<storage::CoachingAction> after = m_actions;
    after.append(action);
    change(tr("Add action item"), after);
    return static_cast<int>(m_actions.size() - 1);
}

void ActionItemModel::removeAction(int row)
{
    if (m_closed || row < 0 || row >= m_actions.size())
        return;
    QList<storage::CoachingAction> after = m_actions;
    after.removeAt(row);
    change(tr("Remove action item"), after);
}

int ActionItemModel::openCount() const
{
    return static_cast<int>(
        std::count_if(m_actions.cbegin(), m_actions.cend(), [](const auto &action) { return !action.done; }));
}

bool ActionItemModel::isOverdue(int row) const
{
    return row >= 0 && row < m_actions.size() && isOpenAndLate(m_actions[row], m_today);
}

int ActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

int ActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CoachingAction &action = m_actions[index.row()];
    switch (role) {
    case OverdueRole:
        return isOverdue(index.row());
    case ActionIdRole:
        return action.id;
    case Qt::ForegroundRole:
        if (isOverdue(index.row()))
            return overdueForeground();
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Done)
            return action.done ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Done && action.done && action.doneDay.isValid())
            return tr("Done on %1").arg(shortDate(action.doneDay));
        if (index.column() == Due && isOverdue(index.row()))
            return tr("Overdue by %n day(s)", nullptr, static_cast<int>(action.due.daysTo(m_today)));
        return {};
    case Qt::EditRole:
        if (index.column() == Due)
            return action.due;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Action:
            return action.body;
        case Owner:
            return action.owner;
        case Due:
            return shortDate(action.due);
        }
        return {};
    }
    return {};
}

bool ActionItemModel::setDone(int row, bool done)
{
    if (m_actions[row].done == done)
        return true;
    QList<storage::CoachingAction> after = m_actions;
    after[row].done = done;
    after[row].doneDay = done ? m_today : QDate();
    change(done ? tr("Mark action done") : tr("Mark action open"), after);
    return true;
}

bool ActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == Done)
        return role == Qt::CheckStateRole && setDone(index.row(), value.toInt() == Qt::Checked);
    if (m_closed || role != Qt::EditRole)
        return false;
    QList<storage::CoachingAction> after = m_actions;
    storage::CoachingAction &action = after[index.row()];
    switch (index.column()) {
    case Action:
        action.body = value.toString();
        break;
    case Owner:
        action.owner = value.toString();
        break;
    case Due:
        action.due = value.toDate();
        break;
    default:
        return false;
    }
    if (action != m_actions[index.row()]) {
        const bool typed = index.column() != Due;
        change(tr("Edit action item"), after, typed ? TextMergeId : -1,
               index.row() * ColumnCount + index.column());
    }
    return true;
}

Qt::ItemFlags ActionItemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Done)
        return base | Qt::ItemIsUserCheckable;
    return m_closed ? base : base | Qt::ItemIsEditable;
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ListTableModel::headerData(section, orientation, role);
    switch (section) {
    case Done:
        return tr("Done");
    case Action:
        return tr("Action");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    }
    return {};
}

} // namespace huddle::models
