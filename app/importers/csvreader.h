#pragma once

#include "rowsource.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace huddle::importers {

struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
};

// Streaming RFC 4180 reader with spreadsheet tolerances: CRLF, LF or CR line ends, quoted fields with
// embedded delimiters, line breaks and doubled quotes, a last line without a line end. Reads the device in
// chunks, transcodes to UTF-8 (see Utf8Transcoder) and yields one record at a time, so memory is bounded by
// the longest record (at most MaxRecordBytes), not by the file.
//
// Why our own reader and not libcsv (Debian's libcsv3): we need the line and column of every record and
// every error, and the byte position for progress, and libcsv's callback API gives neither; huddle-bench
// csv-parse compares both on the same file.
//
// Fatal errors (next() returns false, error() set, location "file:line:column"): a quoted field still open
// at the end of the file (reported at the line where it opened), a character other than a delimiter or line
// end right after a closing quote, a record longer than MaxRecordBytes, invalid text for the encoding, and
// read errors. A blank line is a record with one empty cell.
class CsvReader : public RowSource {
public:
    static constexpr qint64 MaxRecordBytes = 1 << 20;

    // `device` must be open for reading and outlive the reader; the first `skipBytes` (a BOM) are skipped.
    // `fileName` is only used in error locations.
    CsvReader(QIODevice *device, TextEncoding encoding, CsvDialect dialect, QString fileName,
              int skipBytes = 0);
    ~CsvReader() override;

    bool next(SourceRow &row) override;
    std::optional<core::Error> error() const override { return m_error; }
    qint64 position() const override; // bytes of the file consumed
    qint64 size() const override;     // bytes of the file

private:
    class Impl;
    Impl *d; // plain pointer: the reader is neither copied nor moved
    std::optional<core::Error> m_error;
};

} // namespace huddle::importers
