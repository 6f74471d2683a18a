#pragma once

#include "storage/conversationrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <memory>

namespace huddle::models {

// Conversations matching a filter, fetched a page at a time as the view scrolls (canFetchMore/fetchMore),
// sorted in SQL. Memory and time per page stay flat whether the filter matches a hundred rows or millions.
class ConversationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Started,
        Conversation,
        Agent,
        Team,
        Channel,
        Queue,
        Wait,
        Handle,
        Resolved,
        Csat,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int PageSize = 256;

    explicit ConversationTableModel(QObject *parent = nullptr);

    // Shows the conversations of `filter` from `repository`; call again after the database changed. A
    // filter's subset narrows it to the conversations behind one KPI figure (drill-down), and then
    // totalCount() equals that figure's n.
    core::Status setSource(std::shared_ptr<const storage::ConversationRepository> repository,
                           const storage::ConversationFilter &filter);
    const storage::ConversationFilter &filter() const { return m_filter; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    qint64 totalCount() const { return m_total; }
    const storage::ConversationRow *rowAt(int row) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;

Q_SIGNALS:
    // Reading a page failed: the rows shown so far are all there will be, and the user should know why.
    void loadFailed(const QString &message);

public:
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void reload();
    bool appendPage(const core::Result<storage::ConversationPage> &page);
    QVariant display(const storage::ConversationRow &row, int column) const;

    std::shared_ptr<const storage::ConversationRepository> m_repository;
    storage::ConversationFilter m_filter;
    storage::ConversationSort m_sort = storage::ConversationSort::StartedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<storage::ConversationRow> m_rows;
    std::optional<storage::PageCursor> m_next;
    bool m_atEnd = true;
    bool m_announcingChange = false;
    qint64 m_total = 0;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_lastError;
};

} // namespace huddle::models
