#pragma once

#include "page.h"

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::models {
class AgentKpiModel;
}

namespace huddle::ui {

// Every agent's KPIs for the scope's period and team, sortable and filterable. Enter or double-click
// opens the agent on the dashboard.
class AgentsPage : public Page {
    Q_OBJECT
public:
    explicit AgentsPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    models::AgentKpiModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void agentActivated(qint64 agentId);

protected:
    void refresh() override;

private:
    models::AgentKpiModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace huddle::ui
