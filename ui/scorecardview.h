#pragma once

#include "drilldown.h"
#include "models/dashboarddata.h"
#include "reports/exporttable.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::models {
class ScorecardModel;
}

namespace huddle::ui {

// The KPI scorecard: one row per agent and a row for the team, each KPI's value, n, band (colour and
// word), trend arrow and the weighted KPI score. Sortable by any column; double-clicking a figure lists
// the conversations behind it, double-clicking a name opens the agent.
class ScorecardView : public QWidget {
    Q_OBJECT
public:
    explicit ScorecardView(QWidget *parent = nullptr);

    void setData(const models::DashboardData &data, const models::Scope &scope, const QString &scopeTitle);
    QTableView *view() const { return m_view; }
    models::ScorecardModel *model() const { return m_model; }
    QString title() const { return m_title; }
    int valueRole() const;
    QHash<int, reports::CellKind> columnKinds() const;
    // The drill-down a double-click on this cell (of the view's model) asks for; empty for names and
    // figures without conversations behind them (attendance, QA).
    std::optional<DrillDown> drillDownAt(const QModelIndex &index) const;

Q_SIGNALS:
    void drillDownRequested(const huddle::ui::DrillDown &drill);
    void agentActivated(qint64 agentId);

private:
    void onActivated(const QModelIndex &index);

    models::ScorecardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_note;
    models::Scope m_scope;
    models::DashboardData m_data;
    QString m_title;
};

} // namespace huddle::ui
