#include "testdatabase.h"

#include "pgtestdatabase.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlQuery>
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

// The fixtures' databases start as copies of one database migrated to the newest level, made once per server
// and level by whichever test process needs it first: migrating each of the hundreds of databases a run makes
// cost most of the PostgreSQL runs' time. Two processes racing both migrate a scratch database; the first
// rename wins and the other's scratch is dropped.
QString migratedTemplate()
{
    static QString ready;
    if (!ready.isEmpty())
        return ready;
    const QString name = QStringLiteral("huddle_template_v%1").arg(storage::Database::latestSchemaVersion());
    PgTestDatabase scratch;
    if (!scratch.isValid())
        qFatal("PostgreSQL test database: %s", qPrintable(scratch.error()));
    QUrl server(scratch.url());
    server.setPath(QStringLiteral("/postgres"));
    const QString connection = QStringLiteral("pgtest-template");
    {
        QSqlDatabase maintenance = openRawConnection(server.toString(), connection);
        const auto exists = [&] {
            QSqlQuery q(maintenance);
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(name);
            return q.exec() && q.next();
        };
        if (!exists()) {
            if (auto migrated = storage::Database::open(scratch.url(), storage::OpenMode::MustExist);
                !migrated)
                qFatal("PostgreSQL template database: %s", qPrintable(migrated.error().toString()));
            QSqlQuery(maintenance)
                .exec(QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"").arg(scratch.name(), name));
            if (!exists())
                qFatal("PostgreSQL template database %s could not be made", qPrintable(name));
        }
        maintenance.close();
    }
    QSqlDatabase::removeDatabase(connection);
    ready = name;
    return ready;
}

// A new database on the test server made from `templateName` (template1: an empty one), dropped with the
// application object; empty (and a warning) when the server refuses, e.g. a template still connected to.
QString newServerDatabase(const QString &templateName)
{
    auto database = std::make_unique<PgTestDatabase>(templateName);
    if (!database->isValid()) {
        qWarning("PostgreSQL test database: %s", qPrintable(database->error()));
        return {};
    }
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

// The fixtures cannot go on without their database.
QString newMigratedServerDatabase()
{
    const QString url = newServerDatabase(migratedTemplate());
    if (url.isEmpty())
        qFatal("PostgreSQL test database could not be made");
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
        return newMigratedServerDatabase();
    auto &byPath = serverDatabases().urlByPath;
    if (!byPath.contains(sqlitePath))
        byPath.insert(sqlitePath, newMigratedServerDatabase());
    return byPath.value(sqlitePath);
}

QString emptyTestDatabaseLocation(const QString &sqlitePath)
{
    return testsOnPostgres() ? newServerDatabase({}) : sqlitePath;
}

QString copyOfTestDatabase(const QString &location, const QString &sqliteCopyPath)
{
    if (!testsOnPostgres()) {
        QFile::remove(sqliteCopyPath);
        return QFile::copy(location, sqliteCopyPath) ? sqliteCopyPath : QString();
    }
    return newServerDatabase(QUrl(location).path().mid(1));
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
