#include "conversationtablemodel.h"

#include "kpiformat.h"

#include <QLocale>

namespace huddle::models {

namespace {

std::optional<storage::ConversationSort> sortFor(int column)
{
    using storage::ConversationSort;
    switch (column) {
    case ConversationTableModel::Started:
        return ConversationSort::StartedAt;
    case ConversationTableModel::Conversation:
        return ConversationSort::ExternalId;
    case ConversationTableModel::Agent:
        return ConversationSort::Agent;
    case ConversationTableModel::Channel:
        return ConversationSort::Channel;
    case ConversationTableModel::Queue:
        return ConversationSort::Queue;
    case ConversationTableModel::Wait:
        return ConversationSort::Wait;
    case ConversationTableModel::Handle:
        return ConversationSort::Handle;
    case ConversationTableModel::Resolved:
        return ConversationSort::Resolved;
    case ConversationTableModel::Csat:
        return ConversationSort::Csat;
    }
    return std::nullopt; // Team: not sortable in SQL without a join per page; the header says so by not
                         // reacting
}

std::optional<double> asDouble(const std::optional<int> &value)
{
    return value ? std::optional<double>(*value) : std::nullopt;
}

} // namespace

ConversationTableModel::ConversationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

core::Status
ConversationTableModel::setSource(std::shared_ptr<const storage::ConversationRepository> repository,
                                  const storage::ConversationFilter &filter)
{
    m_repository = std::move(repository);
    m_filter = filter;
    reload();
    if (!m_lastError.isEmpty())
        return core::Error{m_lastError, {}};
    return core::Done{};
}

void ConversationTableModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Started), index(rowCount() - 1, Started));
}

// The first page is read inside the reset, so views and testers see one consistent change.
void ConversationTableModel::reload()
{
    m_announcingChange = true;
    beginResetModel();
    m_rows.clear();
    m_next.reset();
    m_total = 0;
    m_lastError.clear();
    m_atEnd = true;
    if (m_repository) {
        if (auto count = m_repository->count(m_filter))
            m_total = count.value();
        else
            m_lastError = count.error().toString();
        if (m_total > 0)
            appendPage(m_repository->page(m_filter, m_sort, m_order, std::nullopt, PageSize));
    }
    endResetModel();
    m_announcingChange = false;
}

bool ConversationTableModel::appendPage(const core::Result<storage::ConversationPage> &page)
{
    if (!page) {
        m_lastError = page.error().toString();
        m_atEnd = true;
        Q_EMIT loadFailed(m_lastError);
        return false;
    }
    m_next = page.value().next;
    m_atEnd = !m_next;
    m_rows.append(page.value().rows);
    return true;
}

const storage::ConversationRow *ConversationTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ConversationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConversationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConversationTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConversationTableModel::fetchMore(const QModelIndex &parent)
{
    // Views (and QAbstractItemModelTester) may ask for more rows while a change is still being announced;
    // inserting rows then would nest one change inside another, so such calls wait for the next one.
    if (parent.isValid() || m_atEnd || !m_repository || m_announcingChange)
        return;
    const auto page = m_repository->page(m_filter, m_sort, m_order, m_next, PageSize);
    if (!page || page.value().rows.isEmpty()) {
        appendPage(page);
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_announcingChange = true;
    beginInsertRows({}, first, first + static_cast<int>(page.value().rows.size()) - 1);
    appendPage(page);
    endInsertRows();
    m_announcingChange = false;
}

void ConversationTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortFor(column);
    if (!sort || (*sort == m_sort && order == m_order))
        return;
    m_sort = *sort;
    m_order = order;
    reload();
}

QVariant ConversationTableModel::display(const storage::ConversationRow &r, int column) const
{
    switch (column) {
    case Started:
        return QLocale().toString(r.startedAt.toTimeZone(m_zone), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Conversation:
        return r.externalId;
    case Agent:
        return r.answered ? r.agentName : tr("(abandoned)");
    case Team:
        return r.teamName;
    case Channel:
        return r.channel;
    case Queue:
        return r.queue;
    case Wait:
        return formatDuration(asDouble(r.waitSeconds));
    case Handle:
        return formatDuration(asDouble(r.handleSeconds));
    case Resolved:
        return formatResolved(r.resolved, r.resolvedInferred);
    case Csat:
        return r.csatScore ? tr("%1 of %2").arg(*r.csatScore).arg(r.csatScale.max) : QString();
    }
    return {};
}

QVariant ConversationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ConversationRow &row = m_rows[index.row()];
    if (role == Qt::DisplayRole)
        return display(row, index.column());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Wait)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConversationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Conversation:
        return tr("Conversation");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Channel:
        return tr("Channel");
    case Queue:
        return tr("Queue");
    case Wait:
        return tr("Wait");
    case Handle:
        return tr("Handle time");
    case Resolved:
        return tr("Resolved");
    case Csat:
        return tr("CSAT");
    }
    return {};
}

} // namespace huddle::models
