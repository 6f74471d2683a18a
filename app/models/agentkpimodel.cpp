#include "agentkpimodel.h"

#include "kpiformat.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace huddle::models {

AgentKpiModel::AgentKpiModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgentKpiModel::setRows(const QList<storage::KpiRow> &rows, const core::KpiDefinitions &definitions)
{
    beginResetModel();
    m_definitions = definitions;
    m_entries.clear();
    m_entries.reserve(rows.size());
    for (const storage::KpiRow &row : rows)
        m_entries.append({row, core::computeKpis(row.totals, definitions)});
    endResetModel();
}

core::Status AgentKpiModel::load(const storage::KpiRepository &repository, const storage::KpiQuery &query)
{
    storage::KpiQuery byAgent = query;
    byAgent.grouping = storage::KpiGrouping::Agent;
    auto rows = repository.totals(byAgent);
    if (!rows)
        return rows.error();
    setRows(rows.value(), query.definitions);
    return core::Done{};
}

int AgentKpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AgentKpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::Rate *AgentKpiModel::rateOf(const Entry &entry, int column) const
{
    switch (column) {
    case Csat:
        return &entry.values.csatPct;
    case Fcr:
        return &entry.values.fcrPct;
    case Attendance:
        return &entry.values.attendancePct;
    default:
        return nullptr;
    }
}

QVariant AgentKpiModel::display(const Entry &e, int column) const
{
    const QLocale locale;
    switch (column) {
    case Agent:
        return e.row.agentName;
    case Team:
        return e.row.teamName;
    case Handled:
        return locale.toString(e.values.handled);
    case Csat:
        return formatPercent(e.values.csatPct.value);
    case CsatResponses:
        return locale.toString(e.values.csatPct.n);
    case Aht:
        return formatDuration(e.values.ahtSeconds.value) + ahtBasisSuffix(e.values.ahtBasis);
    case Fcr:
        return formatPercent(e.values.fcrPct.value);
    case Sales:
        return locale.toString(e.values.salesCount);
    case Attendance:
        return formatPercent(e.values.attendancePct.value);
    case Qa:
        return formatPercent(e.values.qaPct.value);
    }
    return {};
}

// Missing values sort below every real one, in both directions of the column.
QVariant AgentKpiModel::sortValue(const Entry &e, int column) const
{
    auto number = [](const std::optional<double> &value) {
        return value ? QVariant(*value) : QVariant(-1.0);
    };
    switch (column) {
    case Agent:
        return e.row.agentName;
    case Team:
        return e.row.teamName;
    case Handled:
        return e.values.handled;
    case Csat:
        return number(e.values.csatPct.value);
    case CsatResponses:
        return e.values.csatPct.n;
    case Aht:
        return number(e.values.ahtSeconds.value);
    case Fcr:
        return number(e.values.fcrPct.value);
    case Sales:
        return e.values.salesCount;
    case Attendance:
        return number(e.values.attendancePct.value);
    case Qa:
        return number(e.values.qaPct.value);
    }
    return {};
}

QVariant AgentKpiModel::tooltip(const Entry &e, int column) const
{
    switch (column) {
    case Csat:
        return rateTooltip(csatDefinition(), e.values.csatPct);
    case Aht:
        return ahtDefinition(e.values.ahtBasis) + QLatin1Char('\n') +
               tr("%n handled conversation(s) with a handle time", nullptr,
                  static_cast<int>(e.values.ahtSeconds.n));
    case Fcr:
        return rateTooltip(fcrDefinition(), e.values.fcrPct);
    case Attendance:
        return rateTooltip(attendanceDefinition(), e.values.attendancePct) + QLatin1Char('\n') +
               tr("Violations: %1, late: %2").arg(e.values.attendanceViolations).arg(e.values.lateCount);
    case Qa:
        return qaDefinition() + QLatin1Char('\n') +
               tr("%n evaluation(s)", nullptr, static_cast<int>(e.values.qaPct.n));
    case Sales:
        return tr("%1 in sales").arg(formatMoney(e.values.salesCents));
    }
    return {};
}

QVariant AgentKpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case SortRole:
        return sortValue(entry, index.column());
    case AgentIdRole:
        return entry.row.agentId;
    case Qt::ToolTipRole:
        return tooltip(entry, index.column());
    case Qt::TextAlignmentRole:
        return index.column() <= Team ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const core::Rate *rate = rateOf(entry, index.column());
        if (rate && isSmallSample(rate->n, m_definitions))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    }
    return {};
}

QVariant AgentKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Agent:
        return tr("Agent");
    case Team:
        return tr("Team");
    case Handled:
        return tr("Handled");
    case Csat:
        return tr("CSAT %");
    case CsatResponses:
        return tr("CSAT n");
    case Aht:
        return tr("AHT");
    case Fcr:
        return tr("FCR %");
    case Sales:
        return tr("Sales");
    case Attendance:
        return tr("Attendance %");
    case Qa:
        return tr("QA %");
    }
    return {};
}

} // namespace huddle::models
