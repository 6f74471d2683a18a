#include "testdatabase.h"

#include "pgtestdatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <memory>
#include <vector>

namespace huddle::testsupport {

namespace {

struct ServerDatabases {
    QHash<QString, QString> urlByPath;
    std::vector<std::unique_ptr<PgTestDatabase>> databases;
};

ServerDatabases &serverDatabases()
{
    static ServerDatabases registry;
    return registry;
}

// Dropped while the application (and with it Qt's SQL drivers) still exists: static destructors run too late.
void dropServerDatabases()
{
    serverDatabases().databases.clear();
    serverDatabases().urlByPath.clear();
}

QString newServerDatabase()
{
    auto database = std::make_unique<PgTestDatabase>();
    if (!database->isValid())
        qFatal("PostgreSQL test database: %s", qPrintable(database->error()));
    // Registered after Qt SQL's own clean-up (made with the first connection above): post routines run last
    // registered first, so the databases are dropped while their connections still exist.
    static bool cleanupRegistered = false;
    if (!cleanupRegistered) {
        qAddPostRoutine(dropServerDatabases);
        cleanupRegistered = true;
    }
    const QString url = database->url();
    serverDatabases().databases.push_back(std::move(database));
    return url;
}

} // namespace

bool testsOnPostgres()
{
    return qEnvironmentVariable("HUDDLE_TEST_BACKEND") == QLatin1String("postgresql");
}

QString testDatabaseLocation(const QString &sqlitePath)
{
    if (!testsOnPostgres())
        return sqlitePath;
    if (sqlitePath == QLatin1String(":memory:"))
        return newServerDatabase();
    auto &byPath = serverDatabases().urlByPath;
    if (!byPath.contains(sqlitePath))
        byPath.insert(sqlitePath, newServerDatabase());
    return byPath.value(sqlitePath);
}

QSqlDatabase openRawConnection(const QString &location, const QString &connectionName)
{
    const QUrl url(location);
    const bool server =
        url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    QSqlDatabase db = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
                                                connectionName);
    if (server) {
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(location);
    }
    db.open();
    return db;
}

} // namespace huddle::testsupport
