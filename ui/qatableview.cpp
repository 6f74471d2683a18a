#include "qatableview.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace huddle::ui {

QaTableView::QaTableView(QAbstractItemModel *source, int sortRole, QWidget *parent)
    : QTableView(parent)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(source);
    m_proxy->setSortRole(sortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // the filter text may be in any column
    setModel(m_proxy);
    horizontalHeader()->setSortIndicator(-1,
                                         Qt::AscendingOrder); // the model's order until a header is clicked
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setTabKeyNavigation(false); // Tab leaves the table for the buttons; arrows move within it
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    // Enter and double-click both arrive as activated() (double-click where single-click does not
    // activate, as on every desktop style but a few).
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT rowActivated(m_proxy->mapToSource(index).row());
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentSourceRowChanged(currentSourceRow()); });
}

int QaTableView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void QaTableView::selectSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (index.isValid())
        setCurrentIndex(index); // selects the whole row
}

void QaTableView::selectSourceRowOrFirst(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (index.isValid())
        setCurrentIndex(index);
    else if (m_proxy->rowCount() > 0)
        setCurrentIndex(m_proxy->index(0, 0));
    else
        Q_EMIT currentSourceRowChanged(-1);
}

} // namespace huddle::ui
