#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

namespace huddle::testsupport {

// A fresh, empty database on the test suite's throwaway PostgreSQL server (tests/support/pg-test-cluster,
// ctest fixture "postgres"), dropped again when the object goes away. Each object has a database of its own,
// so tests neither see each other's tables nor depend on their order.
//
// The server's URL is read from the file the environment variable HUDDLE_TEST_PG_URL_FILE names; ctest sets
// it for every test registered with huddle_requires_postgres(). Without it (or when the server cannot be
// reached) the object is not valid and error() says why: tests fail on that, they do not skip.
class PgTestDatabase {
public:
    // An empty database, or with `templateName` a copy of that database on the same server (CREATE DATABASE
    // … TEMPLATE), which is much faster than migrating a new one.
    explicit PgTestDatabase(const QString &templateName = {});
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The database's name, huddle_t_<pid>_<counter>.
    QString name() const { return m_name; }
    // postgresql://huddle_admin@127.0.0.1:PORT/<name>
    QString url() const;
    // A connection of the test's own to this database (not through Huddle's code), opened on first use.
    QSqlDatabase connection();

private:
    bool readServerUrl();
    bool openMaintenanceConnection();
    bool createDatabase();
    bool exec(const QString &sql);

    QUrl m_server;
    // The Qt connection to the server's `postgres` database, through which this database is created and
    // dropped.
    QString m_connection;
    QString m_ownConnection; // to the test database itself, when connection() was asked for
    QString m_name;
    QString m_template;
    QString m_error;
};

} // namespace huddle::testsupport
