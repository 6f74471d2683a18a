// huddle-cli db upgrade on both engines: an empty PostgreSQL database (the test suite's throwaway server) and
// a new SQLite file get the newest schema and say so; a second run changes nothing; a database of another
// application, an unreachable server and a missing --db are refused with their exit codes. The levels are
// read back with plain SQL, not through Huddle's code. huddle-cli audit verify then runs on the server's new
// log.
#include "clirun.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::Run;
using huddle::testsupport::PgTestDatabase;

namespace {

// The newest level: the number of the last migration file in the source tree.
int newestLevel()
{
    const QStringList files = QDir(QStringLiteral(HUDDLE_SQL_DIR))
                                  .entryList({QStringLiteral("???_*.sql")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? -1 : files.constLast().left(3).toInt();
}

QString levelLine(const QString &name, int level, const QString &engine)
{
    return QStringLiteral("%1: schema level %2 of %2 (%3)\n").arg(name).arg(level).arg(engine);
}

} // namespace

class TestCliDb : public QObject {
    Q_OBJECT

private slots:
    void upgradesAnEmptyServerDatabase();
    void createsAnSqliteFile();
    void refusesWhatItCannotUpgrade();
};

void TestCliDb::upgradesAnEmptyServerDatabase()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const int level = newestLevel();
    QVERIFY(level >= 7);
    const QString name = server.url();
    for (int run = 0; run < 2; ++run) {
        const Run upgraded =
            cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), name});
        QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
        QCOMPARE(upgraded.out, levelLine(name, level, QStringLiteral("PostgreSQL")));
    }
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), level);
    QVERIFY(!q.next());

    // The audit log on the server: empty or not, its chain checks out through the same command as a file's.
    const Run verified =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), server.url()});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.startsWith(QStringLiteral("audit log intact: ")), qPrintable(verified.out));
}

void TestCliDb::createsAnSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("site.sqlite"));
    const Run upgraded = cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), path});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    QCOMPARE(upgraded.out, levelLine(path, newestLevel(), QStringLiteral("SQLite")));
    QCOMPARE(column(path, QStringLiteral("PRAGMA user_version")),
             QStringList{QString::number(newestLevel())});
}

void TestCliDb::refusesWhatItCannotUpgrade()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")));
    const Run foreign =
        cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), server.url()});
    QCOMPARE(foreign.exitCode, 2);
    QVERIFY2(foreign.err.contains(QStringLiteral("is not a Huddle database")), qPrintable(foreign.err));

    const Run unreachable = cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"),
                                 QStringLiteral("postgresql://lead:pw@127.0.0.1:1/site")});
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY2(unreachable.err.startsWith(QStringLiteral(
                 "huddle-cli db upgrade: cannot connect to postgresql://lead@127.0.0.1:1/site: ")),
             qPrintable(unreachable.err));
    QVERIFY(!unreachable.err.contains(QStringLiteral(":pw@")));

    const Run usage = cli({QStringLiteral("db"), QStringLiteral("upgrade")});
    QCOMPARE(usage.exitCode, 1);
    QCOMPARE(usage.err, QStringLiteral("huddle-cli db upgrade: --db DB is required\n"));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_db", TestCliDb)
#include "tst_clidb.moc"
