#pragma once

#include "reports/exporttable.h"

#include <QString>
#include <QTextStream>

namespace huddle::cli {

// Writes an export's CSV to `output` (with the byte-order mark spreadsheets want), or to standard output
// without it when no file is named, since pipes do not want one. Returns the exit status; a file that cannot
// be written is reported on `err` after `commandName`.
int emitCsv(const reports::ExportTable &table, const QString &output, const QString &commandName,
            QTextStream &out, QTextStream &err);

} // namespace huddle::cli
