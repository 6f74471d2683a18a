#include "xlsxexport.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace huddle::reports {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

constexpr int MaxRows = 1048576; // rows of an Excel worksheet, the header included
constexpr int MaxColumns = 16384;

struct WorkbookCloser {
    void operator()(lxw_workbook *workbook) const { workbook_close(workbook); }
};

const QString DefaultMoneyFormat = QStringLiteral("#,##0.00");

// One name cleaned to Excel's rules, not yet unique.
QString cleanSheetName(const QString &name, qsizetype maxLength)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\\\x00-\\x1f]"));
    QString clean = name;
    clean.remove(forbidden);
    clean = clean.left(maxLength);
    if (!clean.isEmpty() && clean.back().isHighSurrogate()) // never half a character
        clean.chop(1);
    while (!clean.isEmpty() && (clean.front() == u'\'' || clean.front().isSpace()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back() == u'\'' || clean.back().isSpace()))
        clean.chop(1);
    if (clean.isEmpty())
        return QStringLiteral("Table");
    if (clean.compare(QLatin1String("History"), Qt::CaseInsensitive) == 0) // Excel's own sheet
        return clean + QLatin1Char('_');
    return clean;
}

QString decimalsPattern(int decimals)
{
    return decimals > 0 ? QStringLiteral("0.") + QString(decimals, QLatin1Char('0')) : QStringLiteral("0");
}

// Excel number format of a figure, and the value written in that format's unit.
struct Figure {
    QString format;
    double value;
};

Figure figureOf(const TableCell &cell, const QString &moneyFormat)
{
    switch (cell.kind) {
    case CellKind::Percent:
        return {decimalsPattern(std::max(cell.decimals, 0)) + QLatin1Char('%'), cell.number / 100.0};
    case CellKind::Seconds: // Excel durations are fractions of a day
        return {QStringLiteral("[h]:mm:ss"), cell.number / 86400.0};
    case CellKind::MoneyCents:
        return {moneyFormat, static_cast<double>(cell.cents) / 100.0};
    case CellKind::Number:
    case CellKind::Text:
        break;
    }
    if (cell.decimals < 0)
        return {QStringLiteral("General"), cell.number};
    return {QStringLiteral("#,##") + decimalsPattern(cell.decimals), cell.number};
}

// Writes rows into one worksheet, creating each number format once.
class SheetWriter {
public:
    SheetWriter(lxw_workbook *workbook, lxw_worksheet *sheet, const QString &moneyFormat)
        : m_workbook(workbook)
        , m_sheet(sheet)
        , m_moneyFormat(moneyFormat)
    {
    }

    lxw_error header(const QStringList &names)
    {
        lxw_format *bold = workbook_add_format(m_workbook);
        format_set_bold(bold);
        for (qsizetype c = 0; c < names.size(); ++c)
            if (const lxw_error error = text(0, c, names[c], bold))
                return error;
        return LXW_NO_ERROR;
    }

    lxw_error cell(lxw_row_t row, qsizetype column, const TableCell &cell)
    {
        if (!cell.hasValue())
            return text(row, column, cell.text, nullptr);
        const Figure figure = figureOf(cell, m_moneyFormat);
        return worksheet_write_number(m_sheet, row, static_cast<lxw_col_t>(column), figure.value,
                                      format(figure.format));
    }

private:
    lxw_error text(lxw_row_t row, qsizetype column, const QString &value, lxw_format *style)
    {
        if (value.isEmpty())
            return LXW_NO_ERROR;
        // write_string stores text as text: a cell starting with '=' is never a formula in XLSX.
        return worksheet_write_string(m_sheet, row, static_cast<lxw_col_t>(column),
                                      value.toUtf8().constData(), style);
    }

    lxw_format *format(const QString &pattern)
    {
        auto it = m_formats.find(pattern);
        if (it == m_formats.end()) {
            lxw_format *created = workbook_add_format(m_workbook);
            format_set_num_format(created, pattern.toUtf8().constData());
            it = m_formats.insert(pattern, created);
        }
        return it.value();
    }

    lxw_workbook *m_workbook;
    lxw_worksheet *m_sheet;
    QString m_moneyFormat;
    QHash<QString, lxw_format *> m_formats; // owned by the workbook
};

// A rough column width in characters: the longest text, within reason.
void setColumnWidths(lxw_worksheet *sheet, const ExportTable &table)
{
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        qsizetype widest = table.header[c].size() + 2; // room for the filter button
        for (const QList<TableCell> &row : table.rows)
            if (c < row.size())
                widest = std::max(widest, row[c].text.size());
        const double width = static_cast<double>(std::clamp<qsizetype>(widest + 1, 6, 60));
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
}

lxw_error writeSheet(lxw_workbook *workbook, lxw_worksheet *sheet, const XlsxSheet &content,
                     const QString &moneyFormat)
{
    const ExportTable &table = content.table;
    setColumnWidths(sheet, table);
    SheetWriter writer(workbook, sheet, moneyFormat);
    if (const lxw_error error = writer.header(table.header))
        return error;
    for (qsizetype r = 0; r < table.rows.size(); ++r)
        for (qsizetype c = 0; c < table.rows[r].size(); ++c)
            if (const lxw_error error = writer.cell(static_cast<lxw_row_t>(r + 1), c, table.rows[r][c]))
                return error;
    worksheet_freeze_panes(sheet, 1, 0);
    if (content.filter && !table.header.isEmpty())
        worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                             static_cast<lxw_col_t>(table.header.size() - 1));
    return LXW_NO_ERROR;
}

std::optional<core::Error> tooLarge(const ExportTable &table, const QString &path)
{
    qsizetype columns = table.header.size();
    for (const QList<TableCell> &row : table.rows)
        columns = std::max(columns, row.size());
    if (table.rows.size() + 1 > MaxRows)
        return core::Error{
            tr("%1 rows do not fit in an XLSX worksheet (at most %2 below the header); export CSV")
                .arg(table.rows.size())
                .arg(MaxRows - 1),
            path};
    if (columns > MaxColumns)
        return core::Error{
            tr("%1 columns do not fit in an XLSX worksheet (at most %2)").arg(columns).arg(MaxColumns), path};
    return std::nullopt;
}

// The title and creation time; libxlsxwriter copies the strings.
lxw_error setProperties(lxw_workbook *workbook, const XlsxWorkbookOptions &options)
{
    if (options.title.isEmpty() && !options.created.isValid())
        return LXW_NO_ERROR;
    QByteArray title = options.title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = title.isEmpty() ? nullptr : title.data();
    // 0 means "now" to libxlsxwriter, so the epoch itself moves by a second.
    if (options.created.isValid())
        properties.created = static_cast<time_t>(std::max<qint64>(1, options.created.toSecsSinceEpoch()));
    return workbook_set_properties(workbook, &properties);
}

// Writes the workbook to `file`; libxlsxwriter only produces the zip when the workbook is closed.
std::optional<QString> writeWorkbook(const QList<XlsxSheet> &sheets, const QString &file,
                                     const XlsxWorkbookOptions &options)
{
    lxw_workbook_options workbookOptions{};
    workbookOptions.constant_memory =
        LXW_TRUE; // rows are flushed as written: a large table needs no more memory
    std::unique_ptr<lxw_workbook, WorkbookCloser> workbook(
        workbook_new_opt(QFile::encodeName(file).constData(), &workbookOptions));
    if (!workbook)
        return tr("cannot create the workbook");
    if (const lxw_error error = setProperties(workbook.get(), options))
        return QString::fromUtf8(lxw_strerror(error));
    const QString moneyFormat = options.moneyFormat.isEmpty() ? DefaultMoneyFormat : options.moneyFormat;
    QStringList wanted;
    for (const XlsxSheet &sheet : sheets)
        wanted.append(sheet.name);
    const QStringList names = xlsxSheetNames(wanted);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook.get(), names[i].toUtf8().constData());
        if (!sheet)
            return tr("cannot add a worksheet");
        if (const lxw_error error = writeSheet(workbook.get(), sheet, sheets[i], moneyFormat))
            return QString::fromUtf8(lxw_strerror(error));
    }
    if (const lxw_error error = workbook_close(workbook.release()))
        return QString::fromUtf8(lxw_strerror(error));
    return std::nullopt;
}

} // namespace

QStringList xlsxSheetNames(const QStringList &wanted)
{
    constexpr qsizetype MaxLength = 31;
    QSet<QString> taken; // case-folded: Excel does not tell "Billing" and "BILLING" apart
    QStringList names;
    for (const QString &name : wanted) {
        const QString base = cleanSheetName(name, MaxLength);
        QString unique = base;
        for (int n = 2; taken.contains(unique.toCaseFolded()); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            unique = cleanSheetName(base, MaxLength - suffix.size()) + suffix;
        }
        taken.insert(unique.toCaseFolded());
        names.append(unique);
    }
    return names;
}

QString xlsxCurrencyFormat(const QString &prefix, const QString &suffix)
{
    const auto quoted = [](QString text) {
        text.remove(QLatin1Char('"'));
        return text.isEmpty() ? text : QLatin1Char('"') + text + QLatin1Char('"');
    };
    return quoted(prefix) + DefaultMoneyFormat + quoted(suffix);
}

core::Status writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName)
{
    return writeXlsxWorkbook({{sheetName, table}}, path);
}

Status writeXlsxWorkbook(const QList<XlsxSheet> &sheets, const QString &path,
                         const XlsxWorkbookOptions &options)
{
    for (const XlsxSheet &sheet : sheets)
        if (auto error = tooLarge(sheet.table, path))
            return *error;
    // A temporary name beside the target, so the final rename stays on one file system.
    QTemporaryFile temporary(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral(".huddle-export-XXXXXX.xlsx")));
    if (!temporary.open())
        return core::Error{tr("cannot write: %1").arg(temporary.errorString()), path};
    temporary.close();
    if (auto problem = writeWorkbook(sheets, temporary.fileName(), options))
        return core::Error{tr("cannot write the workbook: %1").arg(*problem), path};
    if (QFile::exists(path) && !QFile::remove(path))
        return core::Error{tr("cannot replace the existing file"), path};
    if (!temporary.rename(path))
        return core::Error{tr("cannot write: %1").arg(temporary.errorString()), path};
    temporary.setAutoRemove(false);
    return core::Done{};
}

} // namespace huddle::reports
