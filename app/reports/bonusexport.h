#pragma once

#include "bonusrun.h"
#include "exporttable.h"

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace huddle::reports {

// The CSV of a month: one row per agent × line (components, gates, cap, adjustments), so the amounts of an
// agent's rows sum to their total. Columns: month, team, agent_id, agent, line_kind, line_id, label,
// explanation, inputs (compact JSON), amount (decimal, '.' point), currency, locked ("yes"/"no"). Rows in
// report order; no timestamps, so the same data and plan always give the same bytes. Text cells are made
// safe against formula injection by the CSV writer.
ExportTable bonusCsvTable(const BonusMonth &month);
QByteArray bonusCsv(const BonusMonth &month);
// Lowercase hex SHA-256 of bonusCsv(month): printed in the PDF footer and kept with a lock.
QString bonusCsvSha256(const BonusMonth &month);

// Options shared by the XLSX and PDF exports. `timestamp` is the one field that differs between two runs on
// the same data; fixing it (huddle-cli bonus --timestamp) makes the files byte-identical.
struct BonusExportOptions {
    QDateTime timestamp;   // UTC; invalid: now
    QString siteName = {}; // under the PDF's title (the setting "site_name"); empty: none
};

// XLSX (libxlsxwriter): a "Summary" sheet (month, lock status with who/when/why, rounding rule, CSV SHA-256,
// team totals, site total) and one sheet per team (agent, agent id, line kind, line, explanation, amount; the
// CSV's rows of that team) with amounts as numbers in a currency format with the month's symbol, never text;
// text is never a formula. Sheet names follow Excel's rules (xlsxSheetNames). The timestamp is the
// document's creation time, the file's only clock. Written atomically.
core::Status writeBonusXlsx(const BonusMonth &month, const QString &path, const BonusExportOptions &options);

// PDF (QPdfWriter; A4, Letter for US locales): a cover with totals per team, one section per team with each
// agent's lines and explanations, an appendix with the plans and the KPI definitions in force; every page's
// footer has the page number, the lock status and the SHA-256 of the CSV export. The timestamp is the
// document's creation date, and the file's ids derive from its content (pdfmetadata.h), so the same month and
// timestamp give the same bytes. Needs a QGuiApplication (fonts). Written atomically.
core::Status writeBonusPdf(const BonusMonth &month, const QString &path, const BonusExportOptions &options);

} // namespace huddle::reports
