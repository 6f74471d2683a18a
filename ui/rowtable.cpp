#include "rowtable.h"

#include <QHeaderView>
#include <QTableView>

namespace huddle::ui {

QTableView *makeRowTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                         QWidget *parent, int stretchColumn)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Compact rows: the results tab shows four tables at once.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

} // namespace huddle::ui
