#include "tableexport.h"

#include "csvexport.h"
#include "modeltable.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace huddle::reports {

std::optional<TableFormat> tableFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return TableFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return TableFormat::Xlsx;
    return std::nullopt;
}

core::Status exportTable(const ExportTable &table, const QString &path, TableFormat format)
{
    return format == TableFormat::Csv ? writeCsv(table, path) : writeXlsx(table, path);
}

core::Status exportModel(const QAbstractItemModel &model, int valueRole, const QString &path,
                         const QHash<int, CellKind> &columnKinds)
{
    const auto format = tableFormatFor(path);
    if (!format)
        return core::Error{QCoreApplication::translate("huddle::reports::TableExport",
                                                       "cannot export a table as '.%1': choose .csv or .xlsx")
                               .arg(QFileInfo(path).suffix()),
                           path};
    return exportTable(tableFromModel(model, valueRole, columnKinds), path, *format);
}

} // namespace huddle::reports
