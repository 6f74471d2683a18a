#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace huddle::ui {

// An editable table of the bonus plan editor: a makeRowTable (whole rows, one at a time, columns fitting
// their contents, `stretchColumn` taking the width left over) in which typing or F2 starts editing a cell.
QTableView *makeBonusTable(QAbstractItemModel *model, const QString &objectName,
                           const QString &accessibleName, int stretchColumn, QWidget *parent);

} // namespace huddle::ui
