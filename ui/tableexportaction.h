#pragma once

#include "core/result.h"
#include "reports/exporttable.h"

#include <QCoreApplication>
#include <QHash>

class QAbstractItemModel;
class QWidget;

namespace huddle::ui {

// File → Export table…: asks for a CSV or XLSX file named after the table and writes the table as the
// view shows it (its sort and filter), figures as numbers rather than display text (reports/tableexport.h).
class TableExportAction {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::TableExportAction)

public:
    // `valueRole` gives each figure's raw value; a cell displayed as "–" is written as no value, whatever
    // its raw value (sort roles often put -1 there to sort "no data" first). Returns the path written, or
    // empty when cancelled or failed (the failure is shown in a message box over `parent`).
    static QString exportWithDialog(QWidget *parent, const QAbstractItemModel &model, int valueRole,
                                    const QHash<int, reports::CellKind> &columnKinds, const QString &title);
    // The same without asking, for tests and scripts.
    static core::Status exportToFile(const QAbstractItemModel &model, int valueRole,
                                     const QHash<int, reports::CellKind> &columnKinds, const QString &path);
};

} // namespace huddle::ui
