#include "pgtestdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <atomic>

namespace huddle::testsupport {

namespace {

constexpr auto urlFileVariable = "HUDDLE_TEST_PG_URL_FILE";

int nextSerial()
{
    static std::atomic<int> counter = 0;
    return ++counter;
}

} // namespace

PgTestDatabase::PgTestDatabase(const QString &templateName)
    : m_template(templateName)
{
    const int serial = nextSerial();
    const qint64 pid = QCoreApplication::applicationPid();
    m_connection = QStringLiteral("pgtest-maintenance-%1").arg(serial);
    m_name = QStringLiteral("huddle_t_%1_%2").arg(pid).arg(serial);
    if (readServerUrl() && openMaintenanceConnection())
        createDatabase();
}

PgTestDatabase::~PgTestDatabase()
{
    if (!m_ownConnection.isEmpty()) {
        QSqlDatabase::database(m_ownConnection, false).close();
        QSqlDatabase::removeDatabase(m_ownConnection);
    }
    if (QSqlDatabase::contains(m_connection)) {
        // FORCE (PostgreSQL 13+) ends the connections a test left open to the database, which would otherwise
        // make the drop fail (https://www.postgresql.org/docs/current/sql-dropdatabase.html).
        if (isValid() && !exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name)))
            qWarning().noquote() << "PgTestDatabase:" << m_error;
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString PgTestDatabase::url() const
{
    QUrl url = m_server;
    url.setPath(QLatin1Char('/') + m_name);
    return url.toString();
}

QSqlDatabase PgTestDatabase::connection()
{
    if (m_ownConnection.isEmpty()) {
        m_ownConnection = m_connection + QStringLiteral("-own");
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connection, m_ownConnection);
        db.setDatabaseName(m_name);
        if (!db.open())
            m_error = QStringLiteral("cannot connect to %1: %2").arg(m_name, db.lastError().text());
    }
    return QSqlDatabase::database(m_ownConnection, false);
}

bool PgTestDatabase::readServerUrl()
{
    const QString path = qEnvironmentVariable(urlFileVariable);
    if (path.isEmpty()) {
        m_error =
            QStringLiteral("%1 is not set: run the test through ctest, whose fixture \"postgres\" starts "
                           "the throwaway server (tests/support/pg-test-cluster)")
                .arg(QLatin1String(urlFileVariable));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        m_error = QStringLiteral("cannot read the server's URL from %1 (%2): did the ctest fixture "
                                 "\"postgres\" (tests/support/pg-test-cluster start) run?")
                      .arg(path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    m_server = QUrl(text, QUrl::StrictMode);
    if (!m_server.isValid() || m_server.scheme() != QLatin1String("postgresql") ||
        m_server.host().isEmpty() || m_server.port() <= 0) {
        m_error = QStringLiteral("%1 holds no postgresql://user@host:port/db URL: \"%2\"").arg(path, text);
        return false;
    }
    return true;
}

bool PgTestDatabase::openMaintenanceConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        m_error = QStringLiteral("the Qt driver QPSQL is not available: install libqt6sql6-psql "
                                 "(scripts/setup-deps does)");
        return false;
    }
    db.setHostName(m_server.host());
    db.setPort(m_server.port());
    db.setUserName(m_server.userName());
    db.setPassword(m_server.password());
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) {
        m_error = QStringLiteral("cannot connect to the test server at %1: %2")
                      .arg(m_server.toString(QUrl::RemovePassword), db.lastError().text());
        return false;
    }
    // libpq prints the server's notices to stderr ("database … does not exist, skipping" for every
    // DROP DATABASE IF EXISTS below); only warnings and errors are worth a line in the test's output.
    return exec(QStringLiteral("SET client_min_messages = warning"));
}

// FILE_COPY (PostgreSQL 15+) copies the files instead of writing the whole template into the WAL: a
// quarter faster per database on the fsync-less test server
// (https://www.postgresql.org/docs/15/sql-createdatabase.html).
bool PgTestDatabase::createDatabase()
{
    // A database of that name can only be left over from an earlier process that had the same pid and died
    // before its destructors ran: it is nobody's now.
    return exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name)) &&
           exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\" STRATEGY FILE_COPY")
                    .arg(m_name, m_template.isEmpty() ? QStringLiteral("template1") : m_template));
}

bool PgTestDatabase::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    m_error = QStringLiteral("%1 failed: %2").arg(sql, query.lastError().text());
    return false;
}

} // namespace huddle::testsupport
