#include "qaqueuemodel.h"

#include "kpiformat.h"
#include "qatext.h"

#include <QLocale>

namespace huddle::models {

QaQueueModel::QaQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QaQueueModel::setEntries(QList<storage::QueueEntry> entries, const QTimeZone &zone)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_zone = zone;
    endResetModel();
}

const storage::QueueEntry *QaQueueModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int QaQueueModel::rowOf(qint64 conversationId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].conversationId == conversationId)
            return row;
    return -1;
}

int QaQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int QaQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::QueueEntry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Handle && index.column() <= Sale)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(entry, index.column());
    case ConversationIdRole:
        return entry.conversationId;
    }
    return {};
}

QString QaQueueModel::displayText(const storage::QueueEntry &entry, int column) const
{
    switch (column) {
    case Started:
        return formatInstant(entry.startedAt, m_zone);
    case Agent:
        return entry.agentName;
    case Channel:
        return channelText(entry.channel);
    case Conversation:
        return entry.conversationRef;
    case Handle:
        return formatDuration(entry.handleSeconds ? std::optional<double>(*entry.handleSeconds)
                                                  : std::nullopt);
    case Csat:
        return formatPercent(entry.csatPct, 0);
    case Sale:
        return entry.saleCents > 0 ? formatMoney(entry.saleCents) : QString();
    }
    return {};
}

QVariant QaQueueModel::sortValue(const storage::QueueEntry &entry, int column) const
{
    switch (column) {
    case Started:
        return instantSortKey(entry.startedAt);
    case Handle:
        return entry.handleSeconds ? *entry.handleSeconds : -1;
    case Csat:
        return entry.csatPct.value_or(-1.0);
    case Sale:
        return entry.saleCents;
    default:
        return displayText(entry, column);
    }
}

QVariant QaQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Csat)
        return tr("The survey answer on a 0–100 scale: on 1–5, a 1 is 0 % and a 5 is 100 %");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Agent:
        return tr("Agent");
    case Channel:
        return tr("Channel");
    case Conversation:
        return tr("Conversation");
    case Handle:
        return tr("Handle time");
    case Csat:
        return tr("CSAT");
    case Sale:
        return tr("Sale");
    }
    return {};
}

} // namespace huddle::models
