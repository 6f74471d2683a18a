#pragma once

class QString;
class QTextStream;

// csv-parse: parses the whole CSV file at `csvPath` with Huddle's CsvReader and with libcsv (the C parser
// Debian ships as libcsv3), best of 3 runs each taken in turns, and prints one line with both times, their
// ratio and our rows per second. Goal: our reader is not slower than libcsv. Needs huddle_readers and -lcsv.
void benchCsvParse(const QString &csvPath, QTextStream &out);

// huddle-bench csv-big: a file of 12 million rows (just over 1 GiB) read through CsvReader once, against
// libcsv, with the growth of resident memory while reading: it must stay bounded by the longest record.
void benchCsvBig(const QString &csvPath, QTextStream &out);
