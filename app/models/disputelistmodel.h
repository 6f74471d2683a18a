#pragma once

#include "storage/disputerepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimeZone>

namespace huddle::models {

// The arbitrator's list: open disputes first, soonest deadline first (overdue ones in red with how long
// they are overdue), then decided ones, most recently decided first. "Now" is handed in, so what counts as
// overdue is the same for every row and can be fixed in tests.
class DisputeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Agent,
        Conversation,
        Evaluator,
        Scope,
        RaisedBy,
        RaisedAt,
        Deadline,
        Outcome,
        Score,
        ColumnCount
    };
    static constexpr int OverdueRole = Qt::UserRole;
    static constexpr int DisputeIdRole = Qt::UserRole + 1;

    explicit DisputeListModel(QObject *parent = nullptr);

    void setDisputes(QList<storage::DisputeEntry> disputes, const QDateTime &now);
    void setTimeZone(const QTimeZone &zone);
    const storage::DisputeEntry *disputeAt(int row) const;
    int rowOf(qint64 disputeId) const; // -1 when not listed
    bool isOverdue(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const storage::DisputeEntry &dispute, int column) const;
    QString deadlineText(const storage::DisputeEntry &dispute) const;
    QString toolTip(const storage::DisputeEntry &dispute) const;

    QList<storage::DisputeEntry> m_disputes;
    QDateTime m_now;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
