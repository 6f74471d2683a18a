#include "agentspage.h"

#include "models/agentkpimodel.h"
#include "storage/kpirepository.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

AgentsPage::AgentsPage(QWidget *parent)
    : Page(parent)
    , m_model(new models::AgentKpiModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::AgentKpiModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(models::AgentKpiModel::Agent);
    m_filter->setPlaceholderText(tr("Filter agents by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter agents"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Filter agents by name"));
    connect(find, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::AgentKpiModel::Agent, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Agent KPIs"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT agentActivated(index.data(models::AgentKpiModel::AgentIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(busyIndicator());
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

void AgentsPage::refresh()
{
    const storage::KpiQuery query{
        scope().range, scope().teamId, std::nullopt, storage::KpiGrouping::Agent, {}};
    load<QList<storage::KpiRow>>(
        [query](const storage::Database &db) { return storage::KpiRepository(db).totals(query); },
        [this, query](const core::Result<QList<storage::KpiRow>> &rows) {
            if (rows)
                m_model->setRows(rows.value(), query.definitions);
            else
                QMessageBox::warning(this, tr("Agents"),
                                     tr("Could not load the agents' KPIs: %1").arg(rows.error().toString()));
        });
}

} // namespace huddle::ui
