#include "scorehistorymodel.h"

#include "disputetext.h"
#include "kpiformat.h"
#include "sitetimezone.h"

#include <QLocale>

namespace huddle::models {

ScoreHistoryModel::ScoreHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScoreHistoryModel::setHistory(const QList<storage::ScoreHistoryEntry> &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

void ScoreHistoryModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

int ScoreHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.size());
}

int ScoreHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ScoreHistoryEntry &entry = m_history[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return entry.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case When:
        return formatSiteTime(entry.at, m_zone);
    case Who:
        return entry.actor;
    case Status:
        return evaluationStatusText(entry.status);
    case Score:
        return formatPercent(entry.scorePct);
    case Reason:
        return entry.reason;
    }
    return {};
}

QVariant ScoreHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Status:
        return tr("Status");
    case Score:
        return tr("Score");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace huddle::models
