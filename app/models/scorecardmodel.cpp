#include "scorecardmodel.h"

#include "kpiformat.h"
#include "kpitext.h"
#include "storage/conversationrepository.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace huddle::models {

namespace {

// #333 reads at 6.4:1 on the darkest band tint (far below, #f4a582) and 12.6:1 on white.
const QColor scorecardSmallSampleText(0x33, 0x33, 0x33);

QString formatValue(core::KpiId kpi, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("–");
    switch (kpi) {
    case core::KpiId::Aht:
        return formatDuration(value);
    case core::KpiId::Cph:
    case core::KpiId::Nps:
        return QLocale().toString(*value, 'f', 1);
    case core::KpiId::Attendance:
    case core::KpiId::Csat:
    case core::KpiId::Sales:
    case core::KpiId::Qa:
    case core::KpiId::Fcr:
        break;
    }
    return formatPercent(value);
}

// The rate behind a percentage KPI, for its Wilson interval; none for means and NPS.
const core::Rate *rateOf(const core::KpiValues &values, core::KpiId kpi)
{
    switch (kpi) {
    case core::KpiId::Attendance:
        return &values.attendancePct;
    case core::KpiId::Csat:
        return &values.csatPct;
    case core::KpiId::Sales:
        return &values.conversionPct;
    case core::KpiId::Fcr:
        return &values.fcrPct;
    case core::KpiId::Qa:
    case core::KpiId::Aht:
    case core::KpiId::Cph:
    case core::KpiId::Nps:
        break;
    }
    return nullptr;
}

// The conversations a KPI's n counts (see storage::ConversationSubset); attendance counts shifts and QA
// evaluations, which are not conversations one for one.
QVariant subsetValue(std::optional<storage::ConversationSubset> subset)
{
    return subset ? QVariant(static_cast<int>(*subset)) : QVariant();
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScorecardModel::setDashboard(const DashboardData &data, const core::KpiDefinitions &definitions)
{
    beginResetModel();
    m_rows = data.agents;
    m_rows.append(data.team);
    m_plan = data.plan;
    m_planTeamId = data.team.teamId;
    m_definitions = definitions;
    // A KPI earns a column when the plan weighs it or any row has a value for it.
    m_kpis.clear();
    for (core::KpiId kpi : core::AllKpis) {
        bool shown = m_plan.entry(kpi).weight > 0;
        for (const AgentPeriod &row : std::as_const(m_rows))
            shown = shown || core::readKpi(row.current, kpi).value.has_value();
        if (shown)
            m_kpis.append(kpi);
    }
    endResetModel();
}

std::optional<core::KpiId> ScorecardModel::kpiAt(int column) const
{
    const int position = column - FirstKpiColumn;
    if (position < 0 || position >= m_kpis.size())
        return std::nullopt;
    return m_kpis[position];
}

const AgentPeriod *ScorecardModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstKpiColumn + static_cast<int>(m_kpis.size());
}

QString ScorecardModel::bandName(core::Band band)
{
    switch (band) {
    case core::Band::FarBelow:
        return tr("Far below");
    case core::Band::Below:
        return tr("Below");
    case core::Band::Met:
        return tr("Met");
    case core::Band::Exceeded:
        return tr("Exceeded");
    case core::Band::None:
        break;
    }
    return {};
}

QColor ScorecardModel::bandColor(core::Band band)
{
    switch (band) {
    case core::Band::FarBelow:
        return QColor(0xf4, 0xa5, 0x82);
    case core::Band::Below:
        return QColor(0xfd, 0xdb, 0xc7);
    case core::Band::Met:
        return QColor(0xd1, 0xe5, 0xf0);
    case core::Band::Exceeded:
        return QColor(0x92, 0xc5, 0xde);
    case core::Band::None:
        break;
    }
    return {};
}

QString ScorecardModel::movementArrow(core::Movement movement)
{
    switch (movement) {
    case core::Movement::Better:
        return QStringLiteral("▲");
    case core::Movement::Worse:
        return QStringLiteral("▼");
    case core::Movement::Same:
        return QStringLiteral("=");
    case core::Movement::None:
        break;
    }
    return {};
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentPeriod &row = m_rows[index.row()];
    const bool teamRow = index.row() == m_rows.size() - 1;
    switch (role) {
    case AgentIdRole:
        return row.agentId;
    case TeamRowRole:
        return teamRow;
    case Qt::FontRole:
        if (teamRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break; // a KPI cell of a small sample is in italics (kpiData)
    case Qt::TextAlignmentRole:
        return index.column() == AgentColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (const auto kpi = kpiAt(index.column()))
        return kpiData(row, *kpi, role);
    return fixedData(row, index.column(), role);
}

QVariant ScorecardModel::fixedData(const AgentPeriod &row, int column, int role) const
{
    if (column == AgentColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return row.teamName;
        return {};
    }
    if (column == HandledColumn) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.current.handled);
        if (role == SortRole || role == NRole)
            return row.current.handled;
        if (role == DrillDownRole)
            return subsetValue(storage::ConversationSubset::Handled);
        return {};
    }
    const std::optional<double> &score = row.score.score;
    switch (role) {
    case Qt::DisplayRole:
        return score ? QLocale().toString(*score, 'f', 1) : QStringLiteral("–");
    case SortRole:
        return score ? QVariant(*score) : QVariant();
    case DrillDownRole: // a score stands on everything the agent handled
        return subsetValue(storage::ConversationSubset::Handled);
    case Qt::ToolTipRole:
        return tr("Weighted KPI score: each KPI's band is worth %1 / %2 / %3 / %4 points (far below to "
                  "exceeded), weighted by the plan and averaged over the KPIs with data.\nThis score covers "
                  "%5 of the plan's 100 weight.")
            .arg(m_plan.bandPoints[0])
            .arg(m_plan.bandPoints[1])
            .arg(m_plan.bandPoints[2])
            .arg(m_plan.bandPoints[3])
            .arg(row.score.weightCovered);
    }
    return {};
}

QVariant ScorecardModel::kpiData(const AgentPeriod &row, core::KpiId kpi, int role) const
{
    const core::KpiReading now = core::readKpi(row.current, kpi);
    const core::KpiReading before = core::readKpi(row.previous, kpi);
    const core::Band band = row.score.parts[static_cast<int>(kpi)].band;
    const core::Movement movement = core::movement(kpi, now, before);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = formatValue(kpi, now.value);
        if (const QString arrow = movementArrow(movement); !arrow.isEmpty())
            text += QLatin1Char(' ') + arrow;
        if (band != core::Band::None)
            text += QStringLiteral(" · ") + bandName(band);
        return text;
    }
    case SortRole:
        return now.value ? QVariant(*now.value) : QVariant();
    case KpiRole:
        return static_cast<int>(kpi);
    case NRole:
        return now.n;
    case BandRole:
        return static_cast<int>(band);
    case BandTextRole:
        return bandName(band);
    case BandColorRole:
        return band == core::Band::None ? QVariant() : QVariant(bandColor(band));
    case Qt::BackgroundRole:
        return band == core::Band::None ? QVariant() : QVariant(QBrush(bandColor(band)));
    case Qt::ForegroundRole:
        // A small sample is set apart by italics and a dark grey that still reads at WCAG's 4.5:1 on every
        // band's tint (test_ui_accessibility); the palette's disabled grey did not (1:1 on "exceeded").
        if (isSmallSample(now.n, m_definitions))
            return QBrush(scorecardSmallSampleText);
        return band == core::Band::None ? QVariant() : QVariant(QBrush(Qt::black)); // dark on every tint
    case Qt::FontRole:
        if (isSmallSample(now.n, m_definitions)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case MovementRole:
        return static_cast<int>(movement);
    case DrillDownRole:
        return subsetValue(drillDownSubset(kpi));
    case Qt::ToolTipRole:
        return kpiTooltip(row, kpi);
    }
    return {};
}

QString ScorecardModel::movementText(core::KpiId kpi, const core::KpiReading &before,
                                     core::Movement movement) const
{
    const QString was =
        QStringLiteral("%1, %2").arg(formatValue(kpi, before.value), kpiSampleText(kpi, before.n));
    switch (movement) {
    case core::Movement::Better:
        return tr("▲ Better than the previous period (%1)").arg(was);
    case core::Movement::Worse:
        return tr("▼ Worse than the previous period (%1)").arg(was);
    case core::Movement::Same:
        return tr("= About the same as the previous period (%1)").arg(was);
    case core::Movement::None:
        break;
    }
    return before.value ? QString() : tr("No data in the previous period.");
}

QString ScorecardModel::kpiTooltip(const AgentPeriod &row, core::KpiId kpi) const
{
    const core::KpiReading now = core::readKpi(row.current, kpi);
    const core::KpiReading before = core::readKpi(row.previous, kpi);
    QStringList lines{QStringLiteral("%1: %2 (%3)")
                          .arg(kpiName(kpi), formatValue(kpi, now.value), kpiSampleText(kpi, now.n))};
    if (const core::Rate *rate = rateOf(row.current, kpi)) {
        lines.append(rateTooltip(kpiDefinition(kpi), *rate)); // with the Wilson interval and small-n note
    } else {
        lines.append(kpiDefinition(kpi, row.current.ahtBasis));
        if (now.n > 0 && isSmallSample(now.n, m_definitions))
            lines.append(tr("Fewer than %1 observations: read with care.").arg(m_definitions.smallSample));
    }
    if (const core::Band band = row.score.parts[static_cast<int>(kpi)].band; band != core::Band::None) {
        // The edges are the scope's plan; agents of other teams (all teams shown) have their own.
        const bool scopePlan = row.agentId == 0 || row.teamId == m_planTeamId;
        lines.append(
            scopePlan
                ? tr("Band: %1 (%2)").arg(bandName(band), thresholdsText(kpi, m_plan.entry(kpi).thresholds))
                : tr("Band: %1, by the plan of team %2").arg(bandName(band), row.teamName));
    }
    if (const QString moved = movementText(kpi, before, core::movement(kpi, now, before)); !moved.isEmpty())
        lines.append(moved);
    return lines.join(QLatin1Char('\n'));
}

QVariant ScorecardModel::kpiHeader(core::KpiId kpi, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return kpiName(kpi);
    case KpiRole:
        return static_cast<int>(kpi);
    case Qt::ToolTipRole: {
        const core::KpiPlanEntry &entry = m_plan.entry(kpi);
        if (entry.weight <= 0)
            return tr("%1\nNot weighed in the score.").arg(kpiDefinition(kpi));
        return tr("%1\nWeight %2 of 100 in the score; %3.")
            .arg(kpiDefinition(kpi))
            .arg(entry.weight)
            .arg(thresholdsText(kpi, entry.thresholds));
    }
    }
    return {};
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const auto kpi = kpiAt(section))
        return kpiHeader(*kpi, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case ScoreColumn:
        return tr("Score");
    case HandledColumn:
        return tr("Handled");
    }
    return {};
}

} // namespace huddle::models
