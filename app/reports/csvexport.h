#pragma once

#include "exporttable.h"

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace huddle::reports {

// CSV for spreadsheets and scripts: RFC 4180 (comma separated, CRLF line ends, fields holding a comma,
// quote, CR or LF quoted with quotes doubled), UTF-8 with a byte-order mark so that Excel does not read it
// as the ANSI code page. Figures are written as their values ('.' decimals, no grouping, money to the cent,
// percentages in points), never as the locale's display text, so that the file reads back exactly.

// A text cell made safe against formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that
// starts with '=', '+', '-' or '@' as a formula (and some strip a leading tab or CR first), so such a cell
// gets a leading apostrophe, which spreadsheets take as "this is text" and do not show. A plain number
// ("-12", "+3", "-0.5", "-1e-3") cannot call anything, so it is left as it is: a negative figure in a text
// column stays a number. Figures written from typed cells are plain numbers by construction.
QString neutralised(const QString &text);
// Whether `text` is a plain decimal number: optional sign, digits, optional '.' digits and exponent.
bool isPlainNumber(const QString &text);
// One field: neutralised, then quoted when RFC 4180 requires it.
QString csvField(const QString &text);
// Integer cents as an exact decimal amount: -50 → "-0.50", 123456 → "1234.56".
QString decimalCents(qint64 cents);
// The text a cell is written as (before neutralising and quoting).
QString csvText(const TableCell &cell);

QByteArray toCsv(const ExportTable &table);
// Writes atomically: a failed write leaves an existing file as it was.
core::Status writeCsv(const ExportTable &table, const QString &path);

} // namespace huddle::reports
