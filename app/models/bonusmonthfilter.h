#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace huddle::models {

// The Bonus page's view of a BonusMonthModel: agents whose name contains a text (with their team above and
// all their lines below), one team or all, sorted by a column. Sorting orders teams and agents; an agent's
// lines keep the plan's order (components, gates, cap, adjustments), since that order is how they add up.
class BonusMonthFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BonusMonthFilter(QObject *parent = nullptr);

    // Agents whose name contains `text`, ignoring case; empty: every agent.
    void setAgentText(const QString &text);
    QString agentText() const { return m_agentText; }
    // Only the team with this id; 0: every team.
    void setTeam(qint64 teamId);
    qint64 team() const { return m_teamId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_agentText;
    qint64 m_teamId = 0;
};

} // namespace huddle::models
