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

// A connection of the test's own (not through Huddle's code) to `location`, a file or a postgresql:// URL,
// under `connectionName`; check isOpen().
QSqlDatabase openRawConnection(const QString &location, const QString &connectionName);

} // namespace huddle::testsupport
