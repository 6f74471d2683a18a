// huddle-cli import into a database on the throwaway PostgreSQL server (shared mode): the same real export
// imported into a new SQLite file and into a new server database gives the same report and byte-identical
// KPI tables; importing it again finds every row a duplicate; two clients importing different files into
// the same server database at once both finish and every row of both is there; a refused file leaves the
// server database as it was. Rows are counted with plain SQL on a connection of the test's own.
#include "clirun.h"
#include "support/generatedcalls.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::Run;
using huddle::testsupport::PgTestDatabase;

namespace {

const QString pwcCalls = QStringLiteral(HUDDLE_SHARED_DATA "/pwc_callcenter_calls_2021Q1.csv");

Run importInto(const QString &database, const QString &file)
{
    return cli({QStringLiteral("import"), QStringLiteral("--db"), database, QStringLiteral("--format"),
                QStringLiteral("json"), file});
}

// The import report without what may differ between two runs: its id is the same (1 on both new databases),
// its duration not.
QJsonObject reportWithoutTiming(const Run &run)
{
    QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    report.remove(QStringLiteral("seconds"));
    return report;
}

qint64 serverCount(PgTestDatabase &server, const QString &table)
{
    QSqlQuery q(server.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

Run kpiTable(const QString &database, const QString &by)
{
    return cli({QStringLiteral("kpi"), QStringLiteral("--db"), database, QStringLiteral("--by"), by});
}

} // namespace

class TestCliImportServer : public QObject {
    Q_OBJECT

private slots:
    void sameExportSameNumbersOnBothEngines();
    void twoClientsImportAtOnce();
    void refusedFileLeavesServerAsItWas();
};

void TestCliImportServer::sameExportSameNumbersOnBothEngines()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.sqlite"));
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));

    const Run toFile = importInto(file, pwcCalls);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    const Run toServer = importInto(server.url(), pwcCalls);
    QVERIFY2(toServer.exitCode == 0, qPrintable(toServer.err));
    const QJsonObject report = reportWithoutTiming(toServer);
    QCOMPARE(report, reportWithoutTiming(toFile));
    QCOMPARE(report.value(QStringLiteral("imported")).toInteger(), 5000);
    QCOMPARE(serverCount(server, QStringLiteral("conversations")), 5000);

    for (const QString &by : {QStringLiteral("agent"), QStringLiteral("day")}) {
        const Run fromFile = kpiTable(file, by);
        const Run fromServer = kpiTable(server.url(), by);
        QVERIFY2(fromFile.exitCode == 0 && fromServer.exitCode == 0, qPrintable(fromServer.err));
        QVERIFY(fromFile.out.count(QLatin1Char('\n')) > 1);
        QCOMPARE(fromServer.out, fromFile.out);
    }

    // Again: nothing new, every row recognised as an exact duplicate, nothing written.
    const Run again = importInto(server.url(), pwcCalls);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QJsonObject second = reportWithoutTiming(again);
    QCOMPARE(second.value(QStringLiteral("imported")).toInteger(), 0);
    QCOMPARE(second.value(QStringLiteral("duplicates")).toInteger(), 5000);
    QCOMPARE(serverCount(server, QStringLiteral("conversations")), 5000);
}

// Both imports run in one transaction each; the server serialises their writes to the shared agents and teams
// tables. Neither may fail or lose a row.
void TestCliImportServer::twoClientsImportAtOnce()
{
    QTemporaryDir dir;
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    // The schema first, so that the two imports test writing, not migrating (tested in test_postgres).
    const Run upgraded =
        cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), server.url()});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));

    constexpr int rowsEach = 1000;
    const QString first = dir.filePath(QStringLiteral("first.csv"));
    const QString second = dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(huddle::testsupport::writeGeneratedCalls(first, rowsEach, 'F', 12, 3, 3));
    QVERIFY(huddle::testsupport::writeGeneratedCalls(second, rowsEach, 'S', 12, 3, 3));

    QProcess a, b;
    for (auto [process, file] : {std::pair{&a, first}, std::pair{&b, second}})
        process->start(QStringLiteral(HUDDLE_CLI),
                       {QStringLiteral("import"), QStringLiteral("--db"), server.url(), file});
    for (QProcess *process : {&a, &b}) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                 process->readAllStandardError().constData());
    }
    QCOMPARE(serverCount(server, QStringLiteral("conversations")), 2 * rowsEach);
    QCOMPARE(serverCount(server, QStringLiteral("imports")), 2);
    // The same 12 agents named in both files exist once each, whichever import created them.
    QCOMPARE(serverCount(server, QStringLiteral("agents")), 12);
    QCOMPARE(serverCount(server, QStringLiteral("teams")), 3);
}

void TestCliImportServer::refusedFileLeavesServerAsItWas()
{
    QTemporaryDir dir;
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const QString calls = dir.filePath(QStringLiteral("calls.csv"));
    QVERIFY(huddle::testsupport::writeGeneratedCalls(calls, 300, 'R', 6, 2, 3));
    const Run imported = importInto(server.url(), calls);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    // A file whose second row has no date: refused (1 of 2 rows is over the 1 % threshold), nothing written.
    const QString broken = dir.filePath(QStringLiteral("broken.csv"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Call Id,Agent,Date,Time,Topic,Answered (Y/N),Resolved,Speed of answer in seconds,"
              "AvgTalkDuration,Satisfaction rating\n"
              "X1,Becky,2021-03-01,9:00:00,Billing,Y,Y,10,0:03:00,4\n"
              "X2,Becky,,9:10:00,Billing,Y,Y,10,0:03:00,4\n");
    out.close();
    const Run refused = importInto(server.url(), broken);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("nothing was imported")), qPrintable(refused.err));
    const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    const QJsonObject rejection = report.value(QStringLiteral("rejections")).toArray().at(0).toObject();
    QCOMPARE(rejection.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(rejection.value(QStringLiteral("header")).toString(), QStringLiteral("Date"));
    QCOMPARE(serverCount(server, QStringLiteral("conversations")), 300);
    QCOMPARE(serverCount(server, QStringLiteral("imports")), 1);
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_import_server", TestCliImportServer)
#include "tst_cliimportserver.moc"
