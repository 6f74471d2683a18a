#include "modeltable.h"

#include <QLocale>

namespace huddle::reports {

namespace {

bool isNumeric(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// The text a view shows for a display value: numbers in the user's locale, like QStyledItemDelegate.
QString displayText(const QVariant &display)
{
    if (display.metaType().id() == QMetaType::Double || display.metaType().id() == QMetaType::Float)
        return QLocale().toString(display.toDouble(), 'g', 6);
    return display.toString();
}

// `typed` false: the column has no declared kind and the raw value decides. (Plain values rather than a
// std::optional: GCC 12 at -O2/-O3 wrongly warns that an inlined optional may be uninitialised.)
TableCell cellOf(const QVariant &display, const QVariant &raw, bool typed, CellKind effective)
{
    const QString text = displayText(display);
    if (!raw.isValid() || raw.isNull() || (!typed && !isNumeric(raw)))
        return TableCell::textCell(text);
    switch (effective) {
    case CellKind::Text:
        return TableCell::textCell(text);
    case CellKind::Percent:
        return TableCell::percentCell(raw.toDouble(), text);
    case CellKind::Seconds:
        return TableCell::secondsCell(raw.toDouble(), text);
    case CellKind::MoneyCents:
        return TableCell::moneyCell(raw.toLongLong(), text);
    case CellKind::Number:
        break;
    }
    return TableCell::numberCell(raw.toDouble(), text);
}

} // namespace

ExportTable tableFromModel(const QAbstractItemModel &model, int valueRole,
                           const QHash<int, CellKind> &columnKinds)
{
    ExportTable table;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        table.header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    for (int r = 0; r < model.rowCount(); ++r) {
        QList<TableCell> row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const bool typed = columnKinds.contains(c);
            row.append(cellOf(index.data(Qt::DisplayRole), index.data(valueRole), typed,
                              typed ? columnKinds.value(c) : CellKind::Number));
        }
        table.rows.append(row);
    }
    return table;
}

} // namespace huddle::reports
