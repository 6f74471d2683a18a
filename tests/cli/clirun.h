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

// The first column of every row of `statement` on the database file at `path`, through a connection of its
// own (closed again before returning); "<failed>" when opening or the query fails.
QStringList column(const QString &path, const QString &statement);

// `statement` with `bindings` on the open connection `connection`; a failure is logged as a warning.
QSqlQuery checkSql(const QString &connection, const QString &statement, const QVariantList &bindings = {});

} // namespace huddle::clitest
