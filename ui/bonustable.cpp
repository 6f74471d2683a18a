#include "bonustable.h"

#include "rowtable.h"

#include <QTableView>

namespace huddle::ui {

QTableView *makeBonusTable(QAbstractItemModel *model, const QString &objectName,
                           const QString &accessibleName, int stretchColumn, QWidget *parent)
{
    QTableView *table = makeRowTable(model, objectName, accessibleName, parent, stretchColumn);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false); // Tab leaves the table for the form below it
    return table;
}

} // namespace huddle::ui
