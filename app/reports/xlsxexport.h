#pragma once

#include "exporttable.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace huddle::reports {

// Writes `table` as an .xlsx workbook with libxlsxwriter: a bold, frozen header row with filters; text as
// text (never a formula, whatever it starts with); figures as numbers with a number format: plain numbers
// with their decimals, percentages as fractions with a percent format (80.5 → 0.805 shown "80.5%"),
// seconds as Excel durations ("[h]:mm:ss"), money with two decimals. Written to a temporary file beside
// `path` and renamed, so a failure leaves an existing file as it was.
core::Status writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName = {});

// One worksheet of a workbook written by writeXlsxWorkbook.
struct XlsxSheet {
    QString name; // made a valid, unique sheet name by xlsxSheetNames
    ExportTable table;
    bool filter = true; // filters on the header row; a sheet of key–value rows has no use for them
};

struct XlsxWorkbookOptions {
    QString title; // the document properties' title; empty: none
    // The creation time in the document properties (docProps/core.xml); invalid: now. libxlsxwriter dates
    // every zip entry 1980-01-01 (as Excel does), so this is the only time in the file: with a fixed one,
    // two writes of the same tables give the same bytes.
    QDateTime created = {};
    QString moneyFormat = {}; // number format of money cells (see xlsxCurrencyFormat); empty: "#,##0.00"
};

// Several tables as the sheets of one workbook, in order, each laid out like writeXlsx's one sheet. Written
// atomically like writeXlsx.
core::Status writeXlsxWorkbook(const QList<XlsxSheet> &sheets, const QString &path,
                               const XlsxWorkbookOptions &options = {});

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an
// apostrophe, not empty ("Table"), not "History" (reserved), and unique regardless of letter case ("Billing",
// "Billing (2)", …, shortened so the suffix fits).
QStringList xlsxSheetNames(const QStringList &wanted);

// A currency number format with two decimals and grouping, the currency text before and/or after the
// amount as a locale writes it: ("$", "") → "\"$\"#,##0.00", ("", " €") → "#,##0.00\" €\"". The texts are
// quoted, so they are never read as format codes; Excel shows the reader's grouping and decimal marks and a
// minus sign for negative amounts.
QString xlsxCurrencyFormat(const QString &prefix, const QString &suffix);

} // namespace huddle::reports
