#pragma once

#include <QString>
#include <QTextStream>

// huddle-bench import: a generated per-conversation CSV imported with full validation into a new database,
// against the sqlite3 shell's `.import --csv` of the same file into a plain in-memory table, in the same run.
void benchImport(QTextStream &out, qint64 rows);

// The generated Talkdesk-style calls file of `rows` rows (made once, kept in /tmp).
QString importBenchFile(qint64 rows);
// `huddle-bench --peak-rss-of PROGRAM ARGS…`: runs the program (its output discarded), prints its peak
// resident memory in KiB and returns 0, or returns 1 when it failed. Called before anything else is loaded,
// so that the program's peak is its own.
int runForPeakRss(char *command[]);
