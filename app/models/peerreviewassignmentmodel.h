#pragma once

#include "storage/peerreviewassignments.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::models {

// The peer reviews asked of agents, as PeerReviewAssignments::list orders them: those to do first, the
// longest waiting on top, then done ones. A team leader reads it as "who still owes a review"; an agent
// signed in on a server sees their own, as their to-review list.
class PeerReviewAssignmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Reviewer, Conversation, HandledBy, AssignedBy, Assigned, State, ColumnCount };
    static constexpr int AssignmentIdRole = Qt::UserRole;
    static constexpr int DoneRole = Qt::UserRole + 1;

    explicit PeerReviewAssignmentModel(QObject *parent = nullptr);

    void setAssignments(QList<storage::PeerReviewAssignment> assignments);
    void setTimeZone(const QTimeZone &zone);
    const storage::PeerReviewAssignment *assignmentAt(int row) const;
    int rowOf(qint64 assignmentId) const; // -1 when not listed
    int toDoCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const storage::PeerReviewAssignment &assignment, int column) const;

    QList<storage::PeerReviewAssignment> m_assignments;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
