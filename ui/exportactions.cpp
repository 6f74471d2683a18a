#include "exportactions.h"

#include "agentspage.h"
#include "agentview.h"
#include "chartexport.h"
#include "csatahtchart.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "models/agentkpimodel.h"
#include "quadrantchart.h"
#include "scopebar.h"
#include "scorecardview.h"
#include "tableexportaction.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace huddle::ui {

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportChart(new QAction(tr("Export &Chart…"), this))
    , m_exportTable(new QAction(tr("Export &Table…"), this))
    , m_printChart(new QAction(tr("&Print Chart…"), this))
{
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportChart->setStatusTip(tr("Save the chart on screen as PNG, SVG or PDF"));
    m_exportTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportTable->setStatusTip(tr("Save the scorecard or the agents table as CSV or XLSX"));
    m_printChart->setShortcut(QKeySequence::Print);
    m_printChart->setStatusTip(tr("Print the chart on screen"));
    connect(m_exportChart, &QAction::triggered, this, &ExportActions::exportChart);
    connect(m_exportTable, &QAction::triggered, this, &ExportActions::exportTable);
    connect(m_printChart, &QAction::triggered, this, &ExportActions::printChart);
    update();
}

void ExportActions::addTo(QMenu *menu)
{
    menu->addAction(m_exportChart);
    menu->addAction(m_exportTable);
    menu->addAction(m_printChart);
}

bool ExportActions::scorecardShown() const
{
    return m_window->currentPage() == MainWindow::DashboardIndex &&
           m_window->dashboard()->tabs()->currentIndex() == DashboardPage::ScorecardTab;
}

QGraphicsView *ExportActions::currentChart(QString *title) const
{
    if (m_window->currentPage() == MainWindow::AgentViewIndex) {
        *title = m_window->agentView()->chart()->title();
        return m_window->agentView()->chart();
    }
    if (m_window->currentPage() != MainWindow::DashboardIndex)
        return nullptr;
    DashboardPage *dashboard = m_window->dashboard();
    switch (dashboard->tabs()->currentIndex()) {
    case DashboardPage::TrendTab:
        *title = dashboard->chart()->title();
        return dashboard->chart();
    case DashboardPage::QuadrantTab:
        *title = dashboard->quadrant()->title();
        return dashboard->quadrant();
    default:
        return nullptr;
    }
}

void ExportActions::update()
{
    QString title;
    const bool chart = currentChart(&title) != nullptr;
    m_exportChart->setEnabled(chart);
    m_printChart->setEnabled(chart);
    m_exportTable->setEnabled(scorecardShown() || m_window->currentPage() == MainWindow::AgentsIndex);
}

void ExportActions::exportChart()
{
    QString title;
    if (QGraphicsView *chart = currentChart(&title))
        ChartExport::toFileWithDialog(chart, title);
}

void ExportActions::printChart()
{
    QString title;
    if (QGraphicsView *chart = currentChart(&title))
        ChartExport::printWithDialog(chart, title);
}

void ExportActions::exportTable()
{
    QString path;
    if (scorecardShown()) {
        ScorecardView *scorecard = m_window->dashboard()->scorecard();
        path =
            TableExportAction::exportWithDialog(m_window, *scorecard->view()->model(), scorecard->valueRole(),
                                                scorecard->columnKinds(), scorecard->title());
    } else if (m_window->currentPage() == MainWindow::AgentsIndex) {
        using Column = models::AgentKpiModel::Column;
        const QHash<int, reports::CellKind> kinds{{Column::Csat, reports::CellKind::Percent},
                                                  {Column::Aht, reports::CellKind::Seconds},
                                                  {Column::Fcr, reports::CellKind::Percent},
                                                  {Column::Attendance, reports::CellKind::Percent},
                                                  {Column::Qa, reports::CellKind::Percent}};
        path = TableExportAction::exportWithDialog(
            m_window, *m_window->agents()->view()->model(), models::AgentKpiModel::SortRole, kinds,
            tr("Agent KPIs — %1").arg(m_window->scopeBar()->describe()));
    }
    if (!path.isEmpty())
        m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace huddle::ui
