#include "disputelistmodel.h"

#include "disputetext.h"
#include "sitetimezone.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace huddle::models {

namespace {

// Open before decided; open ones by deadline, decided ones newest decision first; ids break ties so the
// order never depends on the input's.
bool listedBefore(const storage::DisputeEntry &a, const storage::DisputeEntry &b)
{
    const bool aOpen = !a.outcome.has_value();
    const bool bOpen = !b.outcome.has_value();
    if (aOpen != bOpen)
        return aOpen;
    if (aOpen && a.dueAt != b.dueAt)
        return a.dueAt < b.dueAt;
    if (!aOpen && a.decidedAt != b.decidedAt)
        return a.decidedAt > b.decidedAt;
    return a.id < b.id;
}

constexpr qint64 SecondsPerDay = 24 * 3600;

} // namespace

DisputeListModel::DisputeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DisputeListModel::setDisputes(QList<storage::DisputeEntry> disputes, const QDateTime &now)
{
    beginResetModel();
    std::sort(disputes.begin(), disputes.end(), listedBefore);
    m_disputes = std::move(disputes);
    m_now = now;
    endResetModel();
}

void DisputeListModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

const storage::DisputeEntry *DisputeListModel::disputeAt(int row) const
{
    return row >= 0 && row < m_disputes.size() ? &m_disputes[row] : nullptr;
}

int DisputeListModel::rowOf(qint64 disputeId) const
{
    for (int row = 0; row < m_disputes.size(); ++row)
        if (m_disputes[row].id == disputeId)
            return row;
    return -1;
}

bool DisputeListModel::isOverdue(int row) const
{
    const storage::DisputeEntry *dispute = disputeAt(row);
    return dispute && !dispute->outcome && core::isOverdue(dispute->dueAt, m_now);
}

int DisputeListModel::overdueCount() const
{
    int overdue = 0;
    for (int row = 0; row < m_disputes.size(); ++row)
        overdue += isOverdue(row) ? 1 : 0;
    return overdue;
}

int DisputeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_disputes.size());
}

int DisputeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::DisputeEntry &dispute = m_disputes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(dispute, index.column());
    case Qt::ForegroundRole:
        if (isOverdue(index.row()))
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::ToolTipRole:
        return toolTip(dispute);
    case OverdueRole:
        return isOverdue(index.row());
    case DisputeIdRole:
        return dispute.id;
    }
    return {};
}

QString DisputeListModel::displayText(const storage::DisputeEntry &dispute, int column) const
{
    switch (column) {
    case Agent:
        return dispute.agentName;
    case Conversation:
        return tr("%1 (%2)").arg(dispute.conversationRef,
                                 QLocale().toString(dispute.conversationDay, QStringLiteral("d MMM")));
    case Evaluator:
        return dispute.evaluator;
    case Scope:
        return dispute.criterionIndex < 0 ? tr("Whole evaluation") : dispute.criterionName;
    case RaisedBy:
        return dispute.raisedBy;
    case RaisedAt: // the day is enough here; the tooltip and the detail below give the time
        return dispute.raisedAt.isValid() ? QLocale().toString(dispute.raisedAt.toTimeZone(m_zone).date(),
                                                               QStringLiteral("d MMM yyyy"))
                                          : QString();
    case Deadline:
        return deadlineText(dispute);
    case Outcome:
        return dispute.outcome ? outcomeText(*dispute.outcome) : tr("Open");
    case Score:
        return scoreChangeText(dispute.scoreBefore, dispute.outcome ? dispute.scoreAfter : std::nullopt);
    }
    return {};
}

QString DisputeListModel::deadlineText(const storage::DisputeEntry &dispute) const
{
    const QString due = formatSiteTime(dispute.dueAt, m_zone);
    if (dispute.outcome)
        return due;
    const qint64 seconds = m_now.secsTo(dispute.dueAt);
    if (seconds < 0) {
        const int days = static_cast<int>(-seconds / SecondsPerDay);
        return days == 0 ? tr("%1 — overdue by less than a day").arg(due)
                         : tr("%1 — overdue by %n day(s)", nullptr, days).arg(due);
    }
    const int days = static_cast<int>(seconds / SecondsPerDay);
    return days == 0 ? tr("%1 — due within a day").arg(due)
                     : tr("%1 — %n day(s) left", nullptr, days).arg(due);
}

QString DisputeListModel::toolTip(const storage::DisputeEntry &dispute) const
{
    QString text = tr("Raised by %1 on %2:\n%3")
                       .arg(dispute.raisedBy, formatSiteTime(dispute.raisedAt, m_zone), dispute.reason);
    if (dispute.outcome)
        text += QStringLiteral("\n\n") + tr("%1 by %2 on %3:\n%4")
                                             .arg(outcomeText(*dispute.outcome), dispute.arbitrator,
                                                  formatSiteTime(dispute.decidedAt, m_zone),
                                                  dispute.decisionReason);
    return text;
}

QVariant DisputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Score)
        return tr("The evaluation's score before the dispute → after the decision");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Agent:
        return tr("Agent");
    case Conversation:
        return tr("Conversation");
    case Evaluator:
        return tr("Evaluator");
    case Scope:
        return tr("Contested");
    case RaisedBy:
        return tr("Raised by");
    case RaisedAt:
        return tr("Raised");
    case Deadline:
        return tr("Deadline");
    case Outcome:
        return tr("Outcome");
    case Score:
        return tr("Score");
    }
    return {};
}

} // namespace huddle::models
