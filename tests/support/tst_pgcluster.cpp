// The throwaway PostgreSQL server the ctest fixture "postgres" starts (tests/support/pg-test-cluster) and the
// databases PgTestDatabase creates on it: each its own, new enough for the code under test, and gone
// afterwards.
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

#include <optional>

using huddle::testsupport::PgTestDatabase;

namespace {

// Opens a QPSQL connection named `connection` to the database a postgresql:// URL names. Returns the error,
// empty on success.
QString openUrl(const QString &connection, const QUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    if (db.open())
        return {};
    return QStringLiteral("cannot open %1: %2").arg(url.toString(), db.lastError().text());
}

// The first column of the first row `sql` yields on the connection, or nothing when it fails or yields no
// row.
std::optional<QVariant> scalar(const QString &connection, const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(sql) || !query.next())
        return std::nullopt;
    return query.value(0);
}

// Closes and forgets Qt connections when the test function ends, however it ends.
class Connections {
public:
    ~Connections()
    {
        for (const QString &name : m_names) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    QString add(const QString &name)
    {
        m_names.append(name);
        return name;
    }

private:
    QStringList m_names;
};

} // namespace

class TestPgCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void databasesHaveDistinctNamesOfThisProcess();
    void databasesDoNotShareTables();
    void serverIsPostgreSql13OrNewer();
    void databasesAreDroppedAfterwards();

private:
    // The server's own maintenance database, found from the URL file directly rather than through
    // PgTestDatabase.
    static QUrl serverUrl();
    static int countDatabases(const QString &connection, const QStringList &names);
};

QUrl TestPgCluster::serverUrl()
{
    const QString path = qEnvironmentVariable("HUDDLE_TEST_PG_URL_FILE");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

int TestPgCluster::countDatabases(const QString &connection, const QStringList &names)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(
        QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ANY(string_to_array(?, ','))"));
    query.addBindValue(names.join(QLatin1Char(',')));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestPgCluster::databasesHaveDistinctNamesOfThisProcess()
{
    PgTestDatabase a;
    PgTestDatabase b;
    QVERIFY2(a.isValid(), qPrintable(a.error()));
    QVERIFY2(b.isValid(), qPrintable(b.error()));
    QVERIFY(a.name() != b.name());
    const QRegularExpression pattern(QStringLiteral("^huddle_t_(\\d+)_\\d+$"));
    for (const QString &name : {a.name(), b.name()}) {
        const QRegularExpressionMatch match = pattern.match(name);
        QVERIFY2(match.hasMatch(), qPrintable(name));
        QCOMPARE(match.captured(1).toLongLong(), QCoreApplication::applicationPid());
    }
    const QUrl server = serverUrl();
    QVERIFY(server.isValid());
    QUrl expected = server;
    expected.setPath(QLatin1Char('/') + a.name());
    QCOMPARE(a.url(), expected.toString());
    QCOMPARE(a.url(),
             QStringLiteral("postgresql://huddle_admin@127.0.0.1:%1/%2").arg(server.port()).arg(a.name()));
}

void TestPgCluster::databasesDoNotShareTables()
{
    PgTestDatabase a;
    PgTestDatabase b;
    QVERIFY2(a.isValid(), qPrintable(a.error()));
    QVERIFY2(b.isValid(), qPrintable(b.error()));
    Connections connections;
    const QString inA = connections.add(QStringLiteral("pgcluster-a"));
    const QString inB = connections.add(QStringLiteral("pgcluster-b"));
    QCOMPARE(openUrl(inA, QUrl(a.url())), QString());
    QCOMPARE(openUrl(inB, QUrl(b.url())), QString());
    QCOMPARE(scalar(inA, QStringLiteral("SELECT current_database()")).value_or(QVariant()).toString(),
             a.name());
    QCOMPARE(scalar(inB, QStringLiteral("SELECT current_database()")).value_or(QVariant()).toString(),
             b.name());

    QSqlQuery write(QSqlDatabase::database(inA, false));
    QVERIFY2(write.exec(QStringLiteral("CREATE TABLE probe (id BIGINT PRIMARY KEY, label TEXT NOT NULL)")),
             qPrintable(write.lastError().text()));
    QVERIFY2(write.exec(QStringLiteral("INSERT INTO probe (id, label) VALUES (7, 'only in a')")),
             qPrintable(write.lastError().text()));

    QCOMPARE(
        scalar(inA, QStringLiteral("SELECT label FROM probe WHERE id = 7")).value_or(QVariant()).toString(),
        QStringLiteral("only in a"));
    // to_regclass is NULL for a name that resolves to no relation.
    QCOMPARE(scalar(inB, QStringLiteral("SELECT to_regclass('probe') IS NULL")).value_or(QVariant()).toBool(),
             true);
    QVERIFY(!scalar(inB, QStringLiteral("SELECT label FROM probe")).has_value());
}

void TestPgCluster::serverIsPostgreSql13OrNewer()
{
    PgTestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    Connections connections;
    const QString connection = connections.add(QStringLiteral("pgcluster-version"));
    QCOMPARE(openUrl(connection, QUrl(db.url())), QString());
    // server_version_num is major * 10000 + minor since PostgreSQL 10
    // (https://www.postgresql.org/docs/current/runtime-config-preset.html); DROP DATABASE … WITH (FORCE)
    // needs 13.
    const std::optional<QVariant> version = scalar(connection, QStringLiteral("SHOW server_version_num"));
    QVERIFY(version.has_value());
    bool isNumber = false;
    const int number = version->toString().toInt(&isNumber);
    QVERIFY2(isNumber, qPrintable(version->toString()));
    QVERIFY2(number >= 130000, qPrintable(version->toString()));
}

void TestPgCluster::databasesAreDroppedAfterwards()
{
    const QUrl server = serverUrl();
    QVERIFY2(server.isValid(), "HUDDLE_TEST_PG_URL_FILE names no readable URL file");
    Connections connections;
    const QString maintenance = connections.add(QStringLiteral("pgcluster-maintenance"));
    QCOMPARE(openUrl(maintenance, server), QString());

    QStringList names;
    {
        PgTestDatabase a;
        PgTestDatabase b;
        QVERIFY2(a.isValid(), qPrintable(a.error()));
        QVERIFY2(b.isValid(), qPrintable(b.error()));
        names = {a.name(), b.name()};
        QCOMPARE(countDatabases(maintenance, names), 2);
        // A connection the test leaves open must not keep its database alive.
        const QString leftOpen = connections.add(QStringLiteral("pgcluster-left-open"));
        QCOMPARE(openUrl(leftOpen, QUrl(a.url())), QString());
    }
    QCOMPARE(countDatabases(maintenance, names), 0);
}

HUDDLE_TEST_GUILESS_MAIN("test_pgcluster", TestPgCluster)
#include "tst_pgcluster.moc"
