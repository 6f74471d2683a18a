#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace huddle::ui {

// A read-only table of whole rows, one selected at a time, as the calibration and disputes tabs list
// sessions, worklists, results and disputes. Rows are the model's own (no sorting proxy): the order is the
// model's, which is the point for deadlines and rankings. Columns fit their contents; `stretchColumn` (if
// any) takes the width left over.
QTableView *makeRowTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                         QWidget *parent, int stretchColumn = -1);

} // namespace huddle::ui
