#pragma once

#include <QString>
#include <QTextStream>

// huddle-bench server: shared mode on PostgreSQL against the embedded SQLite file, in the same run on the
// same data —
//   server-import  a generated calls CSV imported into a new server database, against the same file into a
//                  new SQLite file
//   server-kpi     the KPI table by agent for the whole site on the server, against the same on SQLite (the
//                  server's copy made with huddle-cli migrate's copyDatabase)
//   server-soak    `clients` clients at once for `seconds`: half import small files (each its own rows), half
//                  load the dashboard; no error may occur and every imported row must be there at the end.
// `serverUrl` names an empty maintenance database on a server where the bench may create and drop databases
// (postgresql://USER@HOST:PORT/postgres); empty: the bench starts a throwaway cluster of its own with
// tests/support/pg-test-cluster. Returns false when something failed (the reason is printed).
struct ServerBenchOptions {
    QString serverUrl;
    qint64 importRows = 100000;
    int clients = 10;
    int seconds = 60;
};
bool benchServer(QTextStream &out, const ServerBenchOptions &options);
