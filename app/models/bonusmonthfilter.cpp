#include "bonusmonthfilter.h"

#include "bonusmonthmodel.h"

namespace huddle::models {

BonusMonthFilter::BonusMonthFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A team shows when one of its agents matches; an agent that matches shows every line of theirs.
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortRole(BonusMonthModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void BonusMonthFilter::setAgentText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_agentText)
        return;
    m_agentText = trimmed;
    invalidateFilter();
}

void BonusMonthFilter::setTeam(qint64 teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    invalidateFilter();
}

// Every row knows its team, so a team left out takes its agents and lines with it even though recursive
// filtering would otherwise keep a parent whose children match.
bool BonusMonthFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, BonusMonthModel::Name, sourceParent);
    if (m_teamId != 0 && row.data(BonusMonthModel::TeamIdRole).toLongLong() != m_teamId)
        return false;
    if (m_agentText.isEmpty())
        return true;
    const auto kind = static_cast<BonusMonthModel::RowKind>(row.data(BonusMonthModel::RowKindRole).toInt());
    return kind == BonusMonthModel::RowKind::Agent &&
           row.data(BonusMonthModel::AgentNameRole).toString().contains(m_agentText, Qt::CaseInsensitive);
}

bool BonusMonthFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto kind = static_cast<BonusMonthModel::RowKind>(left.data(BonusMonthModel::RowKindRole).toInt());
    if (kind != BonusMonthModel::RowKind::Line)
        return QSortFilterProxyModel::lessThan(left, right);
    // A descending sort asks lessThan(right, left): answering it reversed keeps lines in their order.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace huddle::models
