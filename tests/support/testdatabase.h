#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huddle::testsupport {

// The engine the storage tests run on: SQLite files by default; the throwaway PostgreSQL server when the
// environment variable HUDDLE_TEST_BACKEND is "postgresql" (ctest's *_pg twins of the tests set it, see
// huddle_add_postgres_twin in tests/CMakeLists.txt).
bool testsOnPostgres();

// Where a test's database lives: `sqlitePath` itself, or on PostgreSQL a fresh database on the test server,
// the same one for the same path for the rest of the process (so a test that reopens its file reopens that
// database; ":memory:" gets a new one every time, as in SQLite). The databases are dropped when the
// application object goes away.
QString testDatabaseLocation(const QString &sqlitePath);

// As testDatabaseLocation, but on PostgreSQL a database without any table, for what makes its own schema
// (huddle-cli demo and migrate refuse a database that already holds tables). Every call is a new database.
QString emptyTestDatabaseLocation(const QString &sqlitePath);

// A copy of the test database at `location` (made by one of the functions above): the file copied to
// `sqliteCopyPath` (replacing one there), or on PostgreSQL a new database made from it as a template, which
// needs `location` to have no open connection. Empty when the copy fails.
QString copyOfTestDatabase(const QString &location, const QString &sqliteCopyPath);

// A connection of the test's own (not through Huddle's code) to `location`, a file or a postgresql:// URL,
// under `connectionName`; check isOpen().
QSqlDatabase openRawConnection(const QString &location, const QString &connectionName);

} // namespace huddle::testsupport
