#pragma once

#include "rowsource.h"

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace huddle::importers {

// Streams the rows of one worksheet of an .xlsx workbook (Office Open XML SpreadsheetML): the zip is read
// with minizip (Debian's libminizip) and the sheet XML with QXmlStreamReader, chunk by chunk, so only the
// shared-string table is held in memory, never the sheet.
//
// Each cell becomes text the way a CSV export would show it, so one set of value parsers serves both:
// shared and inline strings as is; numbers in their shortest round-trip form ("109", "0.25"); booleans
// "TRUE"/"FALSE"; error cells as their code ("#N/A"); numbers whose style is a date or time format (built-in
// formats 14–22 and 45–47, or a custom format with d, m, y, h or s outside quotes and brackets) as
// "YYYY-MM-DD" (whole serials with a date-only format), "YYYY-MM-DD HH:MM:SS" (date and time) or "H:MM:SS"
// (time-only formats; a value of a day or more shows the total hours, "26:00:00", so durations survive).
// Serial numbers follow the workbook's epoch: 1900 (with Excel's phantom 1900-02-29) or 1904 (workbookPr
// date1904). Formula cells give their cached value. Missing cells between others are empty; a row's cell
// list runs to its last non-empty cell. SourceRow::line is the sheet row number (1-based); rows absent from
// the XML are skipped. position()/size() count uncompressed sheet bytes.
class XlsxReader : public RowSource {
public:
    // Opens `path` and the sheet at `sheetIndex` (0 = first, in workbook order). Errors: not a zip, not a
    // workbook, no such sheet, corrupt parts; they name the file (and the part).
    static core::Result<std::unique_ptr<XlsxReader>> open(const QString &path, int sheetIndex = 0);
    // The workbook's sheet names, in order.
    static core::Result<QStringList> sheetNames(const QString &path);

    ~XlsxReader() override;

    bool next(SourceRow &row) override;
    std::optional<core::Error> error() const override { return m_error; }
    qint64 position() const override;
    qint64 size() const override;

private:
    class Impl;
    explicit XlsxReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
    std::optional<core::Error> m_error;
};

} // namespace huddle::importers
