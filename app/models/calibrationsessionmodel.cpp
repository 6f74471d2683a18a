#include "calibrationsessionmodel.h"

#include "sitetimezone.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace huddle::models {

CalibrationSessionModel::CalibrationSessionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationSessionModel::setSessions(const QList<storage::CalibrationSessionSummary> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

void CalibrationSessionModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

const storage::CalibrationSessionSummary *CalibrationSessionModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int CalibrationSessionModel::rowOf(qint64 sessionId) const
{
    for (int row = 0; row < m_sessions.size(); ++row)
        if (m_sessions[row].id == sessionId)
            return row;
    return -1;
}

int CalibrationSessionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int CalibrationSessionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationSessionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CalibrationSessionSummary &session = m_sessions[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Size)
            return tr("Evaluators: %1").arg(QLocale().createSeparatedList(session.evaluators));
        if (index.column() == Progress)
            return tr("Scores published by all evaluators together; whose they are stays hidden until the "
                      "session is closed.");
        return {};
    case Qt::FontRole:
        if (index.column() == Name && session.isOpen()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SessionIdRole:
        return session.id;
    }
    return {};
}

QString CalibrationSessionModel::displayText(const storage::CalibrationSessionSummary &session,
                                             int column) const
{
    switch (column) {
    case Name:
        return session.name;
    case Scorecard:
        return session.scorecardName;
    case CreatedBy:
        return session.createdBy;
    case CreatedAt:
        return formatSiteTime(session.createdAt, m_zone);
    case Size:
        return tr("%1 × %2").arg(QLocale().toString(session.conversations),
                                 QLocale().toString(session.evaluators.size()));
    case Progress:
        return progressText(session);
    case State:
        return session.isOpen() ? tr("Open") : tr("Closed %1").arg(formatSiteTime(session.closedAt, m_zone));
    }
    return {};
}

QString CalibrationSessionModel::progressText(const storage::CalibrationSessionSummary &session)
{
    // A session has at least two evaluators, so the total is always plural.
    const int expected = session.conversations * static_cast<int>(session.evaluators.size());
    return tr("%1 of %2 scores")
        .arg(QLocale().toString(session.scoresPublished), QLocale().toString(expected));
}

QVariant CalibrationSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Session");
    case Scorecard:
        return tr("Scorecard");
    case CreatedBy:
        return tr("Created by");
    case CreatedAt:
        return tr("Created");
    case Size:
        return tr("Conversations × evaluators");
    case Progress:
        return tr("Progress");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace huddle::models
