#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// Moving a whole Huddle database from one engine to the other (an SQLite file to a PostgreSQL server and
// back, or file to file): every row of every table, ids included, verified table by table. huddle-cli
// migrate is its front end.
namespace huddle::storage {

class Database;

// One copied table as both databases hold it after the copy.
struct TableCopy {
    QString table;
    qint64 rows = 0;
    QString sha256; // hex SHA-256 over the rows in key order (see copyDatabase)
};

struct CopyReport {
    QList<TableCopy> tables; // in the order copied: parents before the tables that reference them
    qint64 totalRows() const;
};

// Called while a table is copied with the rows copied of it so far.
using CopyProgress = std::function<void(const QString &table, qint64 rows)>;

// Whether `location` (a file or a postgresql:// URL, as Database::open takes) holds nothing yet: a file that
// does not exist or is empty, or a database on the server without any table in its schema. Checked before
// Database::open, which creates the schema. An error when the server cannot be reached.
core::Result<bool> isEmptyDatabase(const QString &location);

// Copies every row of every table of `from` into `to`, both opened with Database::open (so both at the
// newest schema level), `to` holding only what a new schema holds (its seed settings and scorecards).
// In one transaction on `to`: deletes the seed rows, copies the tables parents first, rows in key order
// with their ids, moves PostgreSQL's identity sequences past the copied ids, then reads every table back
// from both sides and compares the row count and a SHA-256 over the rows, each value written out the same
// way on both engines. Commits only when every table matches; on a difference, an error or `cancel` it rolls
// back, leaving `to` with its new, empty schema. `from` is read in one snapshot (a read-only transaction).
core::Result<CopyReport> copyDatabase(const Database &from, const Database &to,
                                      const CopyProgress &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

} // namespace huddle::storage
