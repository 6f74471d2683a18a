#pragma once

#include "csvreader.h"
#include "textdecoder.h"

#include "core/result.h"

#include <QList>
#include <QStringList>

namespace huddle::importers {

// What the first bytes of a delimited text file tell about how to read it.
struct CsvSniff {
    EncodingGuess encoding;
    CsvDialect dialect;
    bool hasHeader = true;
    bool decimalComma = false;     // numbers written 1,5 (only ever with a delimiter other than ',')
    QStringList headers;           // the header row's cells, trimmed; "Column 1", … when there is none
    QList<QStringList> sampleRows; // up to `maxSampleRows` records after the header, for preview and guesses
    qint64 sampleFirstLine = 2;    // file line of sampleRows[0]
};

// Sniffs a delimited text file from its first bytes (callers pass the first 64 KiB; a record cut off at the
// end of `head` is ignored; a head shorter than 64 KiB is taken to be the whole file). The delimiter is the
// one of ',', ';', '\t', '|' that splits the sampled records (outside quotes) into the same number of fields
// most consistently, with more than one field. The first record is a header when none of its cells is a
// number, date or duration while such values do appear below it in the same column, or when every one of its
// cells is non-empty text and distinct. Errors name the file: empty file, no record, binary data.
core::Result<CsvSniff> sniffCsv(QByteArrayView head, const QString &fileName, int maxSampleRows = 50);

} // namespace huddle::importers
