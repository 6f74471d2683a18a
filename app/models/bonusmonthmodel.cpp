#include "bonusmonthmodel.h"

#include "core/month.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace huddle::models {

namespace {

const QColor CutColor(0xb3, 0x26, 0x1e); // the red the dispute list uses for overdue rows

// Internal ids: 0 for team rows; 1 + team row for agents (their parent); 1 + team count + agent index for
// lines (their agent). Small integers rather than pointers, so a reset never leaves a dangling id.
constexpr quintptr TeamId = 0;

} // namespace

BonusMonthModel::BonusMonthModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void BonusMonthModel::setMonth(reports::BonusMonth month)
{
    beginResetModel();
    m_month = std::move(month);
    group();
    endResetModel();
}

void BonusMonthModel::clear()
{
    setMonth({});
}

// The run's team list gives each team's total and agent count; an agent whose team it does not list (no team,
// say) still gets a row under a team of its own, totalled here, so no agent and no cent is left out.
void BonusMonthModel::group()
{
    m_teams.clear();
    for (const reports::TeamBonusTotal &total : std::as_const(m_month.teams))
        m_teams.append({total, {}, false});
    m_teamOfAgent.clear();
    m_rowOfAgent.clear();
    for (int agent = 0; agent < m_month.agents.size(); ++agent) {
        const reports::AgentBonusRow &row = m_month.agents[agent];
        auto team = std::find_if(m_teams.begin(), m_teams.end(),
                                 [&row](const TeamGroup &group) { return group.total.teamId == row.teamId; });
        if (team == m_teams.end()) {
            m_teams.append({{row.teamId, row.teamName, 0, 0}, {}, true});
            team = std::prev(m_teams.end());
        }
        if (team->totalledHere) {
            ++team->total.agents;
            team->total.total += row.bonus.total;
        }
        m_teamOfAgent.append(static_cast<int>(std::distance(m_teams.begin(), team)));
        m_rowOfAgent.append(static_cast<int>(team->agents.size()));
        team->agents.append(agent);
    }
}

QString BonusMonthModel::teamName(const reports::TeamBonusTotal &team)
{
    return team.teamName.isEmpty() ? tr("No team") : team.teamName;
}

QList<reports::TeamBonusTotal> BonusMonthModel::teams() const
{
    QList<reports::TeamBonusTotal> totals;
    for (const TeamGroup &team : m_teams)
        totals.append(team.total);
    return totals;
}

BonusMonthModel::RowKind BonusMonthModel::rowKind(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == TeamId)
        return RowKind::Team;
    return id <= static_cast<quintptr>(m_teams.size()) ? RowKind::Agent : RowKind::Line;
}

int BonusMonthModel::agentOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    switch (rowKind(index)) {
    case RowKind::Team:
        return -1;
    case RowKind::Agent:
        return m_teams[static_cast<int>(index.internalId()) - 1].agents.value(index.row(), -1);
    case RowKind::Line:
        return static_cast<int>(index.internalId()) - 1 - static_cast<int>(m_teams.size());
    }
    return -1;
}

const reports::AgentBonusRow *BonusMonthModel::agentAt(const QModelIndex &index) const
{
    const int agent = agentOf(index);
    return agent >= 0 && agent < m_month.agents.size() ? &m_month.agents[agent] : nullptr;
}

const core::BonusLine *BonusMonthModel::lineAt(const QModelIndex &index) const
{
    const reports::AgentBonusRow *agent = agentAt(index);
    if (!agent || rowKind(index) != RowKind::Line || index.row() >= agent->bonus.lines.size())
        return nullptr;
    return &agent->bonus.lines[index.row()];
}

QModelIndex BonusMonthModel::teamIndex(qint64 teamId) const
{
    for (int row = 0; row < m_teams.size(); ++row)
        if (m_teams[row].total.teamId == teamId)
            return index(row, Name);
    return {};
}

QModelIndex BonusMonthModel::agentIndex(qint64 agentId) const
{
    for (int agent = 0; agent < m_month.agents.size(); ++agent)
        if (m_month.agents[agent].agentId == agentId)
            return createIndex(m_rowOfAgent[agent], Name, static_cast<quintptr>(m_teamOfAgent[agent]) + 1);
    return {};
}

QModelIndex BonusMonthModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TeamId);
    if (rowKind(parent) == RowKind::Team)
        return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
    const int agent = agentOf(parent);
    return createIndex(row, column, static_cast<quintptr>(m_teams.size() + 1 + agent));
}

QModelIndex BonusMonthModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (rowKind(child)) {
    case RowKind::Team:
        return {};
    case RowKind::Agent:
        return createIndex(static_cast<int>(child.internalId()) - 1, Name, TeamId);
    case RowKind::Line: {
        const int agent = agentOf(child);
        return createIndex(m_rowOfAgent[agent], Name, static_cast<quintptr>(m_teamOfAgent[agent]) + 1);
    }
    }
    return {};
}

int BonusMonthModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_teams.size());
    if (parent.column() != Name)
        return 0;
    switch (rowKind(parent)) {
    case RowKind::Team:
        return static_cast<int>(m_teams[parent.row()].agents.size());
    case RowKind::Agent:
        return static_cast<int>(agentAt(parent)->bonus.lines.size());
    case RowKind::Line:
        return 0;
    }
    return 0;
}

int BonusMonthModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BonusMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RowKindRole)
        return static_cast<int>(rowKind(index));
    switch (rowKind(index)) {
    case RowKind::Team:
        return teamData(m_teams[index.row()], index.column(), role);
    case RowKind::Agent:
        return agentData(*agentAt(index), index.column(), role);
    case RowKind::Line:
        return lineData(index, role);
    }
    return {};
}

QVariant BonusMonthModel::teamData(const TeamGroup &team, int column, int role) const
{
    const reports::TeamBonusTotal &total = team.total;
    const QString name = teamName(total);
    const QString agents = tr("%n agent(s)", nullptr, total.agents);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (column == Amount)
            return role == SortRole ? QVariant(total.total) : QVariant(m_month.money.format(total.total));
        return column == Name ? name : agents;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("%1: %2, total %3").arg(name, agents, m_month.money.format(total.total));
    case TeamIdRole:
        return total.teamId;
    case CentsRole:
        return total.total;
    }
    return {};
}

QVariant BonusMonthModel::agentData(const reports::AgentBonusRow &agent, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (column == Amount)
            return role == SortRole ? QVariant(agent.bonus.total)
                                    : QVariant(m_month.money.format(agent.bonus.total));
        return column == Name ? agent.agentName : agentSummary(agent);
    case Qt::ToolTipRole:
        return agentToolTip(agent);
    case CentsRole:
        return agent.bonus.total;
    }
    return whoseRow(agent, role);
}

// The roles an agent's row and their lines share: whose they are.
QVariant BonusMonthModel::whoseRow(const reports::AgentBonusRow &agent, int role)
{
    switch (role) {
    case AgentIdRole:
        return agent.agentId;
    case AgentNameRole:
        return agent.agentName;
    case TeamIdRole:
        return agent.teamId;
    }
    return {};
}

QVariant BonusMonthModel::lineData(const QModelIndex &index, int role) const
{
    const core::BonusLine &line = *lineAt(index);
    const bool cuts = line.kind == core::BonusLineKind::Gate && line.amount < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return lineName(line);
        case Explanation:
            return line.explanation;
        case Amount:
            return m_month.money.format(line.amount);
        }
        return {};
    case SortRole: // the plan's order (components, gates, cap, adjustments) is kept whatever the sort
        return index.row();
    case Qt::FontRole:
        if (line.kind == core::BonusLineKind::Adjustment) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return cuts ? QVariant(QBrush(CutColor)) : QVariant();
    case Qt::ToolTipRole:
        return lineToolTip(line);
    case LineKindRole:
        return core::bonusLineKindCode(line.kind);
    case EvidenceRole:
        return core::bonusEvidenceCode(line.evidence);
    case CentsRole:
        return line.amount;
    }
    return whoseRow(*agentAt(index), role);
}

// An adjustment's label says what it is ("Adjustment"); the month it corrects is in its id.
QString BonusMonthModel::lineName(const core::BonusLine &line) const
{
    if (line.kind != core::BonusLineKind::Adjustment)
        return line.label;
    const qsizetype colon = line.id.indexOf(QLatin1Char(':'));
    const auto month = core::monthFromCode(QStringView(line.id).mid(colon + 1));
    if (colon < 0 || !month)
        return line.label;
    return tr("%1 (%2)").arg(line.label, QLocale().toString(*month, QStringLiteral("MMMM yyyy")));
}

QString BonusMonthModel::lineToolTip(const core::BonusLine &line) const
{
    QString text = line.explanation;
    switch (line.kind) {
    case core::BonusLineKind::Adjustment:
        text = tr("Adjustment: the data of a locked month changed after its lock, so the difference is paid "
                  "in this month.") +
               QStringLiteral("\n") + text;
        break;
    case core::BonusLineKind::Gate:
        if (line.amount < 0)
            text = tr("Gate: this condition cut the bonus.") + QStringLiteral("\n") + text;
        break;
    case core::BonusLineKind::Cap:
        text = tr("Cap: the plan's most per agent and month.") + QStringLiteral("\n") + text;
        break;
    case core::BonusLineKind::Component:
        break;
    }
    if (line.evidence != core::BonusEvidence::None)
        text +=
            QStringLiteral("\n\n") + tr("Double-click or press Enter to see the rows behind this amount.");
    return text;
}

// What an agent's amount is made of, readable without opening their lines: the lines that move money, a move
// between teams first (it says which team pays).
QString BonusMonthModel::agentSummary(const reports::AgentBonusRow &agent) const
{
    QStringList parts;
    if (!agent.teamNote.isEmpty())
        parts.append(agent.teamNote);
    for (const core::BonusLine &line : agent.bonus.lines)
        if (line.amount != 0)
            parts.append(tr("%1 %2").arg(lineName(line), m_month.money.format(line.amount)));
    if (parts.size() == (agent.teamNote.isEmpty() ? 0 : 1))
        parts.append(tr("nothing earned"));
    return parts.join(QStringLiteral(" · "));
}

QString BonusMonthModel::agentToolTip(const reports::AgentBonusRow &agent) const
{
    QStringList parts;
    if (!agent.teamNote.isEmpty())
        parts.append(agent.teamNote);
    if (agent.bonus.subtotal != agent.bonus.total)
        parts.append(
            tr("Components %1; after gates, cap and adjustments %2")
                .arg(m_month.money.format(agent.bonus.subtotal), m_month.money.format(agent.bonus.total)));
    return parts.join(QStringLiteral("\n"));
}

QVariant BonusMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team / agent / line");
    case Explanation:
        return tr("Explanation");
    case Amount:
        return tr("Amount");
    }
    return {};
}

} // namespace huddle::models
