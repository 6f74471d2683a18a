#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace huddle::clitest {

// One run of the built huddle-cli.
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments);

bool isOneLine(const QString &text);

// A CSV table as a header and one column-name → text map per row.
struct Table {
    QStringList header;
    QList<QHash<QString, QString>> rows;
};

Table readTable(const QString &csv);

// The demo database the kpi suites check against: 2 teams of 8 agents, 30 days to 30 April 2024, seed 5.
QStringList demoArguments(const QString &path);

// The demo database of demoArguments for a suite, at `path`; empty (and a warning) when huddle-cli demo
// failed. In a PostgreSQL twin it is a copy of one server database that the first suite to need it made with
// huddle-cli demo: that demo takes about 5 s to reach the server, and four suites start from it. (test_cli
// runs huddle-cli demo into the server itself.)
QString demoDatabase(const QString &path);

// Where a suite's new database goes: the file `path`, or in the suite's PostgreSQL twin a new database on the
// test server without tables (testsupport::emptyTestDatabaseLocation), for huddle-cli demo to fill.
QString newDatabase(const QString &path);

// A copy of the database at `location` (a file, or a database on the test server), as a file at `copyPath` or
// a new server database. The server copies only a database nobody is connected to, so the open connection
// named `openConnection` (the suite's own, if any) is closed meanwhile and opened again. Empty on failure.
QString copyOfDatabase(const QString &location, const QString &copyPath, const QString &openConnection = {});

// The first column of every row of `statement` on the database file at `path`, through a connection of its
// own (closed again before returning); "<failed>" when opening or the query fails. `path` may be a
// postgresql:// URL as well.
QStringList column(const QString &path, const QString &statement);

// `statement` with `bindings` on the open connection `connection`; a failure is logged as a warning.
QSqlQuery checkSql(const QString &connection, const QString &statement, const QVariantList &bindings = {});

} // namespace huddle::clitest
