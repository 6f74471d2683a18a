#pragma once

#include "reports/bonusrun.h"

#include <QAbstractItemModel>
#include <QList>

namespace huddle::models {

// A month's bonus as the Bonus page shows it: teams (total, agent count) → agents (total, the lines that move
// money in one sentence, a team note when they moved) → each agent's lines (label, the sentence that explains
// it, the amount). Teams and agents come in the run's report order; amounts are shown with the run's
// MoneyFormat and are available as integer cents. Adjustment lines are in italics, gates that cut money in
// red.
class BonusMonthModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Explanation, Amount, ColumnCount };
    enum class RowKind { Team, Agent, Line };

    static constexpr int RowKindRole = Qt::UserRole;       // int(RowKind)
    static constexpr int LineKindRole = Qt::UserRole + 1;  // lines: "component", "gate", "cap", "adjustment"
    static constexpr int EvidenceRole = Qt::UserRole + 2;  // lines: "csat", "sales", …, "none"
    static constexpr int AgentIdRole = Qt::UserRole + 3;   // agents and their lines
    static constexpr int TeamIdRole = Qt::UserRole + 4;    // every row: the team it is under (0: no team)
    static constexpr int CentsRole = Qt::UserRole + 5;     // qint64: team total, agent total or line amount
    static constexpr int SortRole = Qt::UserRole + 6;      // names as text, amounts as cents, lines in order
    static constexpr int AgentNameRole = Qt::UserRole + 7; // agents and their lines

    explicit BonusMonthModel(QObject *parent = nullptr);

    void setMonth(reports::BonusMonth month);
    void clear();
    const reports::BonusMonth &month() const { return m_month; }
    bool isEmpty() const { return m_teams.isEmpty(); }

    core::Cents siteTotal() const { return m_month.siteTotal; }
    int agentCount() const { return static_cast<int>(m_month.agents.size()); }
    // The teams as the tree lists them, with their totals and agent counts.
    QList<reports::TeamBonusTotal> teams() const;
    // The team's name as rows show it ("No team" for agents without one).
    static QString teamName(const reports::TeamBonusTotal &team);

    RowKind rowKind(const QModelIndex &index) const;
    // The agent of an agent row or of a line row; null for teams and invalid indexes.
    const reports::AgentBonusRow *agentAt(const QModelIndex &index) const;
    // The line of a line row; null otherwise.
    const core::BonusLine *lineAt(const QModelIndex &index) const;
    QModelIndex teamIndex(qint64 teamId) const;
    QModelIndex agentIndex(qint64 agentId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // A team row: its total as the run gives it, and the agents under it (indexes into m_month.agents).
    struct TeamGroup {
        reports::TeamBonusTotal total;
        QList<int> agents;
        bool totalledHere = false; // a team the run does not list
    };

    void group();
    int agentOf(const QModelIndex &index) const; // index into m_month.agents, -1 for team rows
    QVariant teamData(const TeamGroup &team, int column, int role) const;
    QVariant agentData(const reports::AgentBonusRow &agent, int column, int role) const;
    QVariant lineData(const QModelIndex &index, int role) const;
    static QVariant whoseRow(const reports::AgentBonusRow &agent, int role);
    QString lineName(const core::BonusLine &line) const;
    QString lineToolTip(const core::BonusLine &line) const;
    QString agentSummary(const reports::AgentBonusRow &agent) const;
    QString agentToolTip(const reports::AgentBonusRow &agent) const;

    reports::BonusMonth m_month;
    QList<TeamGroup> m_teams;
    QList<int> m_teamOfAgent; // agent index → team row
    QList<int> m_rowOfAgent;  // agent index → row under its team
};

} // namespace huddle::models
