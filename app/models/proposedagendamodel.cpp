#include "proposedagendamodel.h"

#include "coachingtext.h"

namespace huddle::models {

namespace {

// The stored item keeps what the proposal pointed at, so the session can link to it later.
storage::CoachingAgendaItem agendaItemOf(const core::ProposedItem &item)
{
    storage::CoachingAgendaItem stored;
    stored.kind = item.kind;
    stored.title = CoachingText::itemTitle(item);
    stored.detail = CoachingText::itemDetail(item);
    if (item.kpi)
        stored.kpi = core::kpiCode(item.kpi->assessment.kpi);
    if (item.conversation)
        stored.conversationId = item.conversation->conversationId;
    if (item.peerNote)
        stored.conversationId = item.peerNote->conversationId;
    if (item.action)
        stored.actionId = item.action->actionId;
    return stored;
}

} // namespace

ProposedAgendaModel::ProposedAgendaModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ProposedAgendaModel::setProposal(const QList<core::ProposedItem> &items)
{
    beginResetModel();
    m_items = items;
    m_checked = QList<bool>(items.size(), true);
    endResetModel();
}

QList<storage::CoachingAgendaItem> ProposedAgendaModel::chosenItems() const
{
    QList<storage::CoachingAgendaItem> chosen;
    for (int row = 0; row < m_items.size(); ++row)
        if (m_checked[row])
            chosen.append(agendaItemOf(m_items[row]));
    return chosen;
}

int ProposedAgendaModel::checkedCount() const
{
    return static_cast<int>(m_checked.count(true));
}

int ProposedAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant ProposedAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ProposedItem &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return CoachingText::itemTitle(item);
    case Qt::ToolTipRole:
        return CoachingText::itemDetail(item);
    case Qt::CheckStateRole:
        return m_checked[index.row()] ? Qt::Checked : Qt::Unchecked;
    case KindRole:
        return static_cast<int>(item.kind);
    }
    return {};
}

bool ProposedAgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked[index.row()] == checked)
        return true;
    m_checked[index.row()] = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags ProposedAgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace huddle::models
