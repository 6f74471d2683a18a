#include "peerreviewassignmentmodel.h"

#include "sitetimezone.h"

#include <QLocale>

#include <algorithm>

namespace huddle::models {

PeerReviewAssignmentModel::PeerReviewAssignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeerReviewAssignmentModel::setAssignments(QList<storage::PeerReviewAssignment> assignments)
{
    beginResetModel();
    m_assignments = std::move(assignments);
    endResetModel();
}

void PeerReviewAssignmentModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

const storage::PeerReviewAssignment *PeerReviewAssignmentModel::assignmentAt(int row) const
{
    return row >= 0 && row < m_assignments.size() ? &m_assignments[row] : nullptr;
}

int PeerReviewAssignmentModel::rowOf(qint64 assignmentId) const
{
    for (int row = 0; row < m_assignments.size(); ++row)
        if (m_assignments[row].id == assignmentId)
            return row;
    return -1;
}

int PeerReviewAssignmentModel::toDoCount() const
{
    return static_cast<int>(std::count_if(m_assignments.cbegin(), m_assignments.cend(),
                                          [](const storage::PeerReviewAssignment &a) { return !a.done(); }));
}

int PeerReviewAssignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_assignments.size());
}

int PeerReviewAssignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerReviewAssignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::PeerReviewAssignment &assignment = m_assignments[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(assignment, index.column());
    case Qt::ToolTipRole:
        return tr("Asked by %1 on %2")
            .arg(assignment.assignedBy, formatSiteTime(assignment.assignedAt, m_zone));
    case AssignmentIdRole:
        return assignment.id;
    case DoneRole:
        return assignment.done();
    }
    return {};
}

QString PeerReviewAssignmentModel::displayText(const storage::PeerReviewAssignment &assignment,
                                               int column) const
{
    switch (column) {
    case Reviewer:
        return assignment.reviewerName;
    case Conversation:
        return tr("%1 (%2)").arg(assignment.conversationRef,
                                 QLocale().toString(assignment.conversationDay, QStringLiteral("d MMM")));
    case HandledBy:
        return assignment.agentName;
    case AssignedBy:
        return assignment.assignedBy;
    case Assigned:
        return QLocale().toString(assignment.assignedAt.toTimeZone(m_zone).date(),
                                  QStringLiteral("d MMM yyyy"));
    case State:
        return assignment.done() ? tr("Done") : tr("To do");
    }
    return {};
}

QVariant PeerReviewAssignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reviewer:
        return tr("Reviewer");
    case Conversation:
        return tr("Conversation");
    case HandledBy:
        return tr("Handled by");
    case AssignedBy:
        return tr("Asked by");
    case Assigned:
        return tr("Asked on");
    case State:
        return tr("Review");
    }
    return {};
}

} // namespace huddle::models
