#pragma once

#include "storage/qaqueuerepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::models {

// The evaluation queue: conversations waiting for a QA evaluation, with what a coach picks by — when,
// who, the channel, handle time, the survey answer and a sale. SortRole gives numbers (no data sorts
// first as -1), so a proxy sorts handle times and amounts as figures rather than text.
class QaQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Agent, Channel, Handle, Csat, Sale, Conversation, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ConversationIdRole = Qt::UserRole + 1;

    explicit QaQueueModel(QObject *parent = nullptr);

    void setEntries(QList<storage::QueueEntry> entries, const QTimeZone &zone);
    const storage::QueueEntry *entryAt(int row) const;
    int rowOf(qint64 conversationId) const; // -1 when not queued

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const storage::QueueEntry &entry, int column) const;
    QVariant sortValue(const storage::QueueEntry &entry, int column) const;

    QList<storage::QueueEntry> m_entries;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
