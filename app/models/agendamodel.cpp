#include "agendamodel.h"

#include "listchange.h"

#include <QUndoStack>

namespace huddle::models {

namespace {

constexpr int NotesMergeId = 0x61676e; // typing into one item's notes is one undo step

} // namespace

AgendaModel::AgendaModel(QObject *parent)
    : ListTableModel(parent)
{
}

void AgendaModel::setItems(const QList<storage::CoachingAgendaItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void AgendaModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_items.isEmpty()) // flags changed
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AgendaModel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void AgendaModel::change(const QString &text, const QList<storage::CoachingAgendaItem> &after, int mergeId,
                         qint64 target)
{
    changeList<storage::CoachingAgendaItem>(
        m_undo, text, m_items, after, [this](const auto &items) { applyItems(items); }, mergeId, target);
}

void AgendaModel::addCustom(const QString &title, const QString &detail)
{
    if (m_readOnly || title.trimmed().isEmpty())
        return;
    storage::CoachingAgendaItem item;
    item.kind = core::AgendaKind::Custom;
    item.title = title.trimmed();
    item.detail = detail;
    QList<storage::CoachingAgendaItem> after = m_items;
    after.append(item);
    change(tr("Add agenda item"), after);
}

void AgendaModel::removeItem(int row)
{
    if (m_readOnly || row < 0 || row >= m_items.size())
        return;
    QList<storage::CoachingAgendaItem> after = m_items;
    after.removeAt(row);
    change(tr("Remove agenda item"), after);
}

void AgendaModel::moveItem(int from, int to)
{
    if (m_readOnly || from == to || from < 0 || to < 0 || from >= m_items.size() || to >= m_items.size())
        return;
    QList<storage::CoachingAgendaItem> after = m_items;
    after.move(from, to);
    change(tr("Move agenda item"), after);
}

void AgendaModel::applyItems(const QList<storage::CoachingAgendaItem> &items)
{
    if (replaceList(m_items, items))
        Q_EMIT edited();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CoachingAgendaItem &item = m_items[index.row()];
    switch (role) {
    case KindRole:
        return static_cast<int>(item.kind);
    case ConversationIdRole:
        return item.conversationId;
    case KpiCodeRole:
        return item.kpi;
    case Qt::CheckStateRole:
        if (index.column() == Discussed)
            return item.discussed ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == Item)
            return item.title;
        if (index.column() == Notes)
            return item.notes;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Item)
            return item.detail.isEmpty() ? item.title : item.detail;
        if (index.column() == Notes && !item.notes.isEmpty())
            return item.notes;
        return {};
    }
    return {};
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || m_readOnly)
        return false;
    QList<storage::CoachingAgendaItem> after = m_items;
    storage::CoachingAgendaItem &item = after[index.row()];
    if (index.column() == Discussed && role == Qt::CheckStateRole) {
        item.discussed = value.toInt() == Qt::Checked;
        if (item != m_items[index.row()])
            change(item.discussed ? tr("Mark item discussed") : tr("Mark item not discussed"), after);
        return true;
    }
    if (index.column() == Notes && role == Qt::EditRole) {
        item.notes = value.toString();
        if (item != m_items[index.row()])
            change(tr("Edit agenda notes"), after, NotesMergeId, index.row());
        return true;
    }
    return false;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return base;
    if (index.column() == Discussed)
        return base | Qt::ItemIsUserCheckable;
    if (index.column() == Notes)
        return base | Qt::ItemIsEditable;
    return base;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return ListTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case Discussed:
        return tr("Discussed");
    case Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace huddle::models
