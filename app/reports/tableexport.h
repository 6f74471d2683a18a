#pragma once

#include "exporttable.h"

#include "core/result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QString>

#include <optional>

namespace huddle::reports {

enum class TableFormat { Csv, Xlsx };

// The format a file name asks for: ".csv" or ".xlsx", in any letter case; empty for anything else.
std::optional<TableFormat> tableFormatFor(const QString &path);

// Writes `table` to `path` in `format` (see csvexport.h and xlsxexport.h).
core::Status exportTable(const ExportTable &table, const QString &path, TableFormat format);
// The export behind a view's "Export table…": the model's rows (tableFromModel) in the format of `path`'s
// suffix; an unknown suffix is refused with a message naming it.
core::Status exportModel(const QAbstractItemModel &model, int valueRole, const QString &path,
                         const QHash<int, CellKind> &columnKinds = {});

} // namespace huddle::reports
