#include "coachingcells.h"
#include "coachingsessionmodel.h"
#include "coachingtext.h"

namespace huddle::models {

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpModel::setFollowUps(const QList<storage::FollowUp> &followUps, QDate today)
{
    beginResetModel();
    m_followUps = followUps;
    m_today = today;
    endResetModel();
}

const storage::FollowUp *FollowUpModel::followUpAt(int row) const
{
    return row >= 0 && row < m_followUps.size() ? &m_followUps[row] : nullptr;
}

int FollowUpModel::overdueCount() const
{
    int overdue = 0;
    for (int row = 0; row < m_followUps.size(); ++row)
        overdue += isOverdue(row) ? 1 : 0;
    return overdue;
}

bool FollowUpModel::isOverdue(int row) const
{
    const storage::FollowUp *followUp = followUpAt(row);
    if (!followUp)
        return false;
    // Judged against the model's `today`, so a list kept open past midnight still tells the truth.
    return m_today.isValid() ? followUp->session.followUp < m_today : followUp->overdue;
}

int FollowUpModel::daysUntil(int row) const
{
    return static_cast<int>(m_today.daysTo(m_followUps[row].session.followUp));
}

QString FollowUpModel::stateText(int row) const
{
    const int days = daysUntil(row);
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, -days);
    if (days == 0)
        return tr("Today");
    return tr("In %n day(s)", nullptr, days);
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_followUps.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::displayText(int row, int column) const
{
    const storage::CoachingSessionSummary &session = m_followUps[row].session;
    switch (column) {
    case FollowUpDay:
        return shortDate(session.followUp);
    case State:
        return stateText(row);
    case Agent:
        return session.agentName;
    case Team:
        return session.teamName;
    case LastSession:
        return shortDate(session.day);
    case Coach:
        return session.coach;
    case Focus:
        return CoachingText::focusList(session.focus);
    case OpenActions:
        return QLocale().toString(session.openActions);
    }
    return {};
}

QVariant FollowUpModel::sortValue(int row, int column) const
{
    const storage::CoachingSessionSummary &session = m_followUps[row].session;
    switch (column) {
    case FollowUpDay:
        return session.followUp;
    case State:
        return daysUntil(row);
    case LastSession:
        return session.day;
    case OpenActions:
        return session.openActions;
    }
    return displayText(row, column);
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case SessionIdRole:
        return m_followUps[index.row()].session.id;
    case OverdueRole:
        return isOverdue(index.row());
    case Qt::ForegroundRole:
        if (isOverdue(index.row()))
            return overdueForeground();
        return {};
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FollowUpDay:
        return tr("Follow-up");
    case State:
        return tr("When");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case LastSession:
        return tr("Last session");
    case Coach:
        return tr("Coach");
    case Focus:
        return tr("Focus");
    case OpenActions:
        return tr("Open actions");
    }
    return {};
}

} // namespace huddle::models
