#include "coachingsessionmodel.h"

#include "coachingcells.h"
#include "coachingtext.h"

namespace huddle::models {

CoachingSessionModel::CoachingSessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoachingSessionModel::setSessions(const QList<storage::CoachingSessionSummary> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

const storage::CoachingSessionSummary *CoachingSessionModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int CoachingSessionModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions[row].id == sessionId)
            return row;
    return -1;
}

int CoachingSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int CoachingSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString actionsText(const storage::CoachingSessionSummary &session)
{
    if (session.openActions == 0)
        return QLocale().toString(session.actions);
    return CoachingSessionModel::tr("%1 (%2 open)")
        .arg(QLocale().toString(session.actions), QLocale().toString(session.openActions));
}

QVariant sessionText(const storage::CoachingSessionSummary &session, int column)
{
    switch (column) {
    case CoachingSessionModel::Day:
        return shortDate(session.day);
    case CoachingSessionModel::Agent:
        return session.agentName;
    case CoachingSessionModel::Team:
        return session.teamName;
    case CoachingSessionModel::Coach:
        return session.coach;
    case CoachingSessionModel::Status:
        return CoachingText::statusName(session.status);
    case CoachingSessionModel::Focus:
        return CoachingText::focusList(session.focus);
    case CoachingSessionModel::FollowUp:
        return shortDate(session.followUp);
    case CoachingSessionModel::Actions:
        return actionsText(session);
    case CoachingSessionModel::Acknowledged:
        return shortDate(session.acknowledgedDay);
    }
    return {};
}

QVariant sessionSortValue(const storage::CoachingSessionSummary &session, int column)
{
    switch (column) {
    case CoachingSessionModel::Day:
        return session.day;
    case CoachingSessionModel::Status:
        return static_cast<int>(session.status);
    case CoachingSessionModel::FollowUp:
        return session.followUp;
    case CoachingSessionModel::Actions:
        return session.openActions * 1000 + session.actions; // open ones weigh most
    case CoachingSessionModel::Acknowledged:
        return session.acknowledgedDay;
    }
    return sessionText(session, column);
}

} // namespace

QVariant CoachingSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CoachingSessionSummary &session = m_sessions[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return sessionText(session, index.column());
    case SortRole:
        return sessionSortValue(session, index.column());
    case SessionIdRole:
        return session.id;
    case Qt::ToolTipRole:
        if (index.column() == FollowUp && session.followUp.isValid() && session.nextSessionId != 0)
            return tr("Followed up by the session on %1").arg(shortDate(session.nextSessionDay));
        return {};
    }
    return {};
}

QVariant CoachingSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Coach:
        return tr("Coach");
    case Status:
        return tr("Status");
    case Focus:
        return tr("Focus");
    case FollowUp:
        return tr("Follow-up");
    case Actions:
        return tr("Actions");
    case Acknowledged:
        return tr("Acknowledged");
    }
    return {};
}

} // namespace huddle::models
