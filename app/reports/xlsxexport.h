#pragma once

#include "exporttable.h"

#include "core/result.h"

#include <QString>

namespace huddle::reports {

// Writes `table` as an .xlsx workbook with libxlsxwriter: a bold, frozen header row with filters; text as
// text (never a formula, whatever it starts with); figures as numbers with a number format: plain numbers
// with their decimals, percentages as fractions with a percent format (80.5 → 0.805 shown "80.5%"),
// seconds as Excel durations ("[h]:mm:ss"), money with two decimals. Written to a temporary file beside
// `path` and renamed, so a failure leaves an existing file as it was.
core::Status writeXlsx(const ExportTable &table, const QString &path, const QString &sheetName = {});

} // namespace huddle::reports
