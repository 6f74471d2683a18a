#include "csvoutput.h"

#include "commands.h"
#include "reports/csvexport.h"

namespace huddle::cli {

int emitCsv(const reports::ExportTable &table, const QString &output, const QString &commandName,
            QTextStream &out, QTextStream &err)
{
    if (output.isEmpty()) {
        QByteArray csv = reports::toCsv(table);
        if (csv.startsWith("\xEF\xBB\xBF"))
            csv.remove(0, 3);
        out << QString::fromUtf8(csv);
        return ExitOk;
    }
    if (const core::Status written = reports::writeCsv(table, output); !written) {
        err << commandName << ": " << written.error().toString() << "\n";
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace huddle::cli
