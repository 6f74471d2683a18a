// Shared mode's foundation on a real PostgreSQL server (the throwaway cluster of
// tests/support/pg-test-cluster): a postgresql:// URL opens and migrates a new database to the newest level;
// the PostgreSQL twins of the migrations give the same tables, columns (in the same order), indexes and
// triggers as the SQLite schema; clients connecting to a new database at the same moment migrate it once; a
// foreign or newer database is refused; the URL is checked field by field and its password never shows.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/serverurl.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <future>
#include <vector>

using namespace huddle;
using testsupport::PgTestDatabase;

namespace {

QStringList column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

// Table → its columns in order, read from each engine's own catalogue (not through Huddle's code).
QMap<QString, QStringList> sqliteColumns(const QSqlDatabase &db)
{
    QMap<QString, QStringList> tables;
    for (const QString &table :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%'")))
        tables.insert(table,
                      column(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
    return tables;
}

QMap<QString, QStringList> postgresColumns(const QSqlDatabase &db)
{
    QMap<QString, QStringList> tables;
    for (const QString &table :
         column(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                                   " current_schema() AND table_type = 'BASE TABLE' AND table_name <>"
                                   " 'schema_version'")))
        tables.insert(table,
                      column(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE"
                                                " table_schema = current_schema() AND table_name = '%1'"
                                                " ORDER BY ordinal_position")
                                     .arg(table)));
    return tables;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestPostgres : public QObject {
    Q_OBJECT

private slots:
    void migratesANewDatabase();
    void sameSchemaAsSqlite();
    void twinForEveryMigration();
    void clientsConnectingAtOnceMigrateOnce();
    void clientsAuditingAtOnceChainInTurn();
    void refusesAForeignDatabase();
    void refusesANewerSchema();
    void reconnectsFromItsPath();
    void unreachableServerIsNamedWithoutPassword();
    void urlIsCheckedFieldByField_data();
    void urlIsCheckedFieldByField();
    void urlOptionsReachTheDriver();
};

void TestPostgres::migratesANewDatabase()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto database = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY2(database, database ? "" : qPrintable(database.error().toString()));
    QCOMPARE(database.value()->dialect(), storage::Dialect::PostgreSQL);
    QCOMPARE(database.value()->connection().driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(database.value()->schemaVersion(), storage::Database::latestSchemaVersion());
    const QSqlDatabase db = database.value()->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'application'")).toString(),
             QStringLiteral("huddle"));

    // The same ready-to-use scorecards as a new SQLite database, written through the same repository.
    auto local = storage::Database::open(QStringLiteral(":memory:"), storage::OpenMode::CreateIfMissing);
    QVERIFY(local);
    const QString names = QStringLiteral("SELECT purpose || '/' || name FROM scorecards ORDER BY 1");
    const QStringList expected = column(local.value()->connection(), names);
    QVERIFY(expected.size() >= 2);
    QCOMPARE(column(db, names), expected);
}

void TestPostgres::sameSchemaAsSqlite()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto remote = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY2(remote, remote ? "" : qPrintable(remote.error().toString()));
    auto local = storage::Database::open(QStringLiteral(":memory:"), storage::OpenMode::CreateIfMissing);
    QVERIFY(local);
    const QSqlDatabase pg = remote.value()->connection();
    const QSqlDatabase lite = local.value()->connection();

    const QMap<QString, QStringList> expected = sqliteColumns(lite);
    const QMap<QString, QStringList> actual = postgresColumns(pg);
    QVERIFY(expected.size() > 30);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: PostgreSQL has %2, SQLite %3")
                                .arg(it.key(), actual.value(it.key()).join(QLatin1Char(',')),
                                     it.value().join(QLatin1Char(',')))));

    // Named indexes (not the ones each engine makes for keys and UNIQUE constraints) and triggers; not the
    // server's role guards (huddle_…), which a file with its one user has no use for.
    const QStringList liteIndexes =
        column(lite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                    " ORDER BY name"));
    const QStringList pgIndexes =
        column(pg, QStringLiteral(
                       "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname"
                       " NOT IN (SELECT conname FROM pg_constraint) ORDER BY indexname COLLATE \"C\""));
    QVERIFY(liteIndexes.size() > 30);
    QCOMPARE(pgIndexes, liteIndexes);
    const QStringList liteTriggers =
        column(lite, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
    const QStringList pgTriggers =
        column(pg, QStringLiteral(
                       "SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE trigger_schema ="
                       " current_schema() AND trigger_name NOT LIKE 'huddle\\_%'"));
    QVERIFY(!liteTriggers.isEmpty());
    QCOMPARE(sorted(pgTriggers), sorted(liteTriggers));

    // Seeded settings alike (the audit chain and scorecards are compared elsewhere).
    const QString settings = QStringLiteral("SELECT key || '=' || value FROM settings ORDER BY key");
    QCOMPARE(column(pg, settings), column(lite, settings));
}

void TestPostgres::twinForEveryMigration()
{
    const QList<storage::Migration> lite = storage::builtInMigrations(storage::Dialect::SQLite);
    const QList<storage::Migration> pg = storage::builtInMigrations(storage::Dialect::PostgreSQL);
    QCOMPARE(pg.size(), lite.size());
    for (qsizetype i = 0; i < lite.size(); ++i) {
        QCOMPARE(pg.at(i).version, lite.at(i).version);
        QCOMPARE(pg.at(i).name, lite.at(i).name);
        QVERIFY(!pg.at(i).statements.isEmpty());
    }
}

void TestPostgres::clientsConnectingAtOnceMigrateOnce()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    constexpr int clients = 4;
    std::vector<std::future<QString>> opened;
    for (int i = 0; i < clients; ++i)
        opened.push_back(std::async(std::launch::async, [url = server.url()] {
            auto database = storage::Database::open(url, storage::OpenMode::MustExist);
            if (!database)
                return database.error().toString();
            return database.value()->schemaVersion() == storage::Database::latestSchemaVersion()
                       ? QString()
                       : QStringLiteral("level %1").arg(database.value()->schemaVersion());
        }));
    for (auto &result : opened) {
        const QString error = result.get();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    auto database = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY(database);
    const QSqlDatabase db = database.value()->connection();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    // Defaults installed once, not once per client.
    auto local = storage::Database::open(QStringLiteral(":memory:"), storage::OpenMode::CreateIfMissing);
    QVERIFY(local);
    const QString count = QStringLiteral("SELECT COUNT(*) FROM scorecards");
    QCOMPARE(scalar(db, count).toInt(), scalar(local.value()->connection(), count).toInt());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'application'")).toInt(),
             1);
}

// Two clients writing at once: the second's audit entry waits for the first's transaction, then chains to
// its entry, so the hash chain stays whole. (Here the second gives up waiting once, to show that it waits.)
void TestPostgres::clientsAuditingAtOnceChainInTurn()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto first = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    auto second = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY(first && second);
    const storage::AuditLog firstLog(*first.value());
    const storage::AuditLog secondLog(*second.value());
    const qint64 before = firstLog.verifyChain()->entries;
    QSqlDatabase firstConnection = first.value()->connection();
    QVERIFY(firstConnection.transaction());
    QVERIFY(firstLog.append(QStringLiteral("Ana"), QStringLiteral("test"), 1, QStringLiteral("first")));
    QVERIFY(QSqlQuery(second.value()->connection()).exec(QStringLiteral("SET lock_timeout = '300ms'")));
    const core::Status meanwhile =
        secondLog.append(QStringLiteral("Ben"), QStringLiteral("test"), 2, QStringLiteral("second"));
    QVERIFY(!meanwhile);
    QVERIFY2(meanwhile.error().toString().contains(QLatin1String("lock")),
             qPrintable(meanwhile.error().toString()));
    QVERIFY(firstConnection.commit());
    QVERIFY(secondLog.append(QStringLiteral("Ben"), QStringLiteral("test"), 2, QStringLiteral("second")));
    const auto check = firstLog.verifyChain();
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->problem));
    QCOMPARE(check->entries, before + 2);
}

void TestPostgres::refusesAForeignDatabase()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    {
        QSqlQuery q(server.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")));
    }
    auto database = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY(!database);
    QVERIFY2(database.error().message.contains(QStringLiteral("is not a Huddle database")),
             qPrintable(database.error().message));
    // Nothing was added to it.
    QCOMPARE(
        column(server.connection(), QStringLiteral("SELECT table_name FROM information_schema.tables WHERE"
                                                   " table_schema = current_schema()")),
        QStringList{QStringLiteral("invoices")});
}

void TestPostgres::refusesANewerSchema()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    {
        auto database = storage::Database::open(server.url(), storage::OpenMode::MustExist);
        QVERIFY(database);
        QSqlQuery q(database.value()->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                           .arg(storage::Database::latestSchemaVersion() + 1)));
    }
    auto again = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QStringLiteral("newer than this Huddle understands")),
             qPrintable(again.error().message));
}

void TestPostgres::reconnectsFromItsPath()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto first = storage::Database::open(server.url(), storage::OpenMode::MustExist);
    QVERIFY(first);
    {
        QSqlQuery q(first.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('Billing') RETURNING id")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
    }
    // A worker thread opens its own connection from path(), as the pages' background loads do.
    auto second = std::async(std::launch::async, [path = first.value()->path()] {
        auto database = storage::Database::open(path, storage::OpenMode::MustExist);
        return database ? column(database.value()->connection(), QStringLiteral("SELECT name FROM teams"))
                        : QStringList{database.error().toString()};
    });
    QCOMPARE(second.get(), QStringList{QStringLiteral("Billing")});
    QCOMPARE(first.value()->displayName(), first.value()->path());
}

void TestPostgres::unreachableServerIsNamedWithoutPassword()
{
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const QString url = QStringLiteral("postgresql://lead:s3cret@127.0.0.1:1/site?connect_timeout=2");
    auto database = storage::Database::open(url, storage::OpenMode::MustExist);
    QVERIFY(!database);
    const QString message = database.error().toString();
    QVERIFY2(message.startsWith(QStringLiteral("cannot connect to postgresql://lead@127.0.0.1:1/site: ")),
             qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("s3cret")));
    const auto parsed = storage::parseServerUrl(url);
    QVERIFY(parsed);
    QCOMPARE(storage::displayUrl(parsed.value()), QStringLiteral("postgresql://lead@127.0.0.1:1/site"));
}

void TestPostgres::urlIsCheckedFieldByField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("full") << "postgresql://lead:pw@db.example:6543/site?sslmode=verify-full"
                          << "";
    QTest::newRow("short scheme") << "postgres://lead@db/site"
                                  << "";
    QTest::newRow("no user") << "postgresql://db.example/site"
                             << "names no user";
    QTest::newRow("no database") << "postgresql://lead@db.example/"
                                 << "names no database";
    QTest::newRow("no host") << "postgresql://lead@/site"
                             << "names no host";
    QTest::newRow("bad sslmode") << "postgresql://lead@db/site?sslmode=always"
                                 << "sslmode must be one of";
    QTest::newRow("unknown option") << "postgresql://lead@db/site?pool=5"
                                    << "unknown parameter 'pool'";
    QTest::newRow("bad timeout") << "postgresql://lead@db/site?connect_timeout=soon"
                                 << "connect_timeout";
    QTest::newRow("odd app name") << "postgresql://lead@db/site?application_name=a%20b"
                                  << "application_name";
    QTest::newRow("bad port") << "postgresql://lead@db:99999/site"
                              << "not a valid server address";
}

void TestPostgres::urlIsCheckedFieldByField()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    QVERIFY(storage::isServerUrl(url));
    const auto parsed = storage::parseServerUrl(url);
    if (error.isEmpty()) {
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        return;
    }
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
}

void TestPostgres::urlOptionsReachTheDriver()
{
    const auto parsed =
        storage::parseServerUrl(QStringLiteral("postgresql://lead:pw@db.example:6543/site?sslmode=require"));
    QVERIFY(parsed);
    QCOMPARE(parsed.value().host, QStringLiteral("db.example"));
    QCOMPARE(parsed.value().port, 6543);
    QCOMPARE(parsed.value().user, QStringLiteral("lead"));
    QCOMPARE(parsed.value().password, QStringLiteral("pw"));
    QCOMPARE(parsed.value().database, QStringLiteral("site"));
    QCOMPARE(storage::connectOptions(parsed.value()),
             QStringLiteral("connect_timeout=10;application_name=huddle;sslmode=require"));
    QVERIFY(!storage::isServerUrl(QStringLiteral("/home/lead/huddle.sqlite")));
}

HUDDLE_TEST_GUILESS_MAIN("test_postgres", TestPostgres)
#include "tst_postgres.moc"
