#pragma once

#include "core/kpidefinitions.h"
#include "core/kpiplan.h"
#include "dashboarddata.h"

#include <QAbstractTableModel>
#include <QColor>

namespace huddle::models {

// The KPI scorecard: one row per agent of DashboardData::agents and a last row for their team as a whole.
// Columns: agent, weighted KPI score, handled, then one per KPI that the plan weighs or that has data. A
// KPI cell reads "value arrow · band" — colour (BackgroundRole) repeats the band, never replaces it — with
// n, the definition, the Wilson interval and the previous period in its tooltip; figures on fewer than
// `smallSample` observations are greyed. SortRole gives raw numbers; DrillDownRole names the conversations
// behind a figure (storage::ConversationSubset as int), whose count equals the cell's n.
class ScorecardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum FixedColumn { AgentColumn, ScoreColumn, HandledColumn, FirstKpiColumn };
    enum Role {
        SortRole = Qt::UserRole,
        AgentIdRole,   // 0 on the team row
        TeamRowRole,   // true on the team row, so a sorting proxy can keep it last
        KpiRole,       // int of core::KpiId on KPI columns (also in headerData)
        NRole,         // observations behind the figure
        BandRole,      // int of core::Band
        BandTextRole,  // "Far below", "Below", "Met", "Exceeded"; empty without data
        BandColorRole, // QColor of the band; invalid without data
        MovementRole,  // int of core::Movement against the previous period
        DrillDownRole, // int of storage::ConversationSubset; invalid when no conversations lie behind it
    };

    explicit ScorecardModel(QObject *parent = nullptr);

    void setDashboard(const DashboardData &data, const core::KpiDefinitions &definitions = {});
    // The KPI of a column, when it is a KPI column.
    std::optional<core::KpiId> kpiAt(int column) const;
    const AgentPeriod *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString bandName(core::Band band);
    // A light tint per band from ColorBrewer's colour-blind-safe RdBu scheme (Brewer, colorbrewer2.org),
    // dark text readable on all four.
    static QColor bandColor(core::Band band);
    // "▲" better, "▼" worse, "=" about the same, "" without both periods.
    static QString movementArrow(core::Movement movement);

private:
    QVariant kpiData(const AgentPeriod &row, core::KpiId kpi, int role) const;
    QVariant fixedData(const AgentPeriod &row, int column, int role) const;
    QString kpiTooltip(const AgentPeriod &row, core::KpiId kpi) const;
    QString movementText(core::KpiId kpi, const core::KpiReading &before, core::Movement movement) const;
    QVariant kpiHeader(core::KpiId kpi, int role) const;

    QList<AgentPeriod> m_rows; // agents, then the team
    QList<core::KpiId> m_kpis;
    core::KpiPlan m_plan;    // the scope's; it judges every row when the scope is one team
    qint64 m_planTeamId = 0; // the team that plan belongs to (0: the site's)
    core::KpiDefinitions m_definitions;
};

} // namespace huddle::models
