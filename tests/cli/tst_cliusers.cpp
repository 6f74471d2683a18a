// huddle-cli users on the throwaway PostgreSQL server: a calls export imported there, an agent's login added
// with `users add`, listed by `users list`; `huddle-cli kpi` signed in as that agent prints that agent's row
// only, while the owner's prints every agent. Refusals: a database file, an unknown role, a missing option.
#include "clirun.h"
#include "support/generatedcalls.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::readTable;
using huddle::clitest::Run;
using huddle::testsupport::PgTestDatabase;

namespace {

QString signedInAs(const QString &serverUrl, const QString &login)
{
    QUrl url(serverUrl);
    url.setUserName(login);
    return url.toString();
}

} // namespace

class TestCliUsers : public QObject {
    Q_OBJECT

private slots:
    void agentSeesTheirOwnKpis();
    void refusals();
};

void TestCliUsers::agentSeesTheirOwnKpis()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QTemporaryDir dir;
    const QString calls = dir.filePath(QStringLiteral("calls.csv"));
    QVERIFY(huddle::testsupport::writeGeneratedCalls(calls, 400, 'U', 8, 2, 3)); // Agent 0 … Agent 7
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), server.url(), calls});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString login = QStringLiteral("agent3_%1").arg(QCoreApplication::applicationPid());
    const Run added = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"),
                           server.url(), QStringLiteral("--login"), login, QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--agent"), QStringLiteral("Agent 3")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out, QStringLiteral("%1: agent on %2\n").arg(login, server.url()));
    const Run listed =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), server.url()});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listed.out, QStringLiteral("login,role,agent,teams\n%1,agent,Agent 3,\n").arg(login));

    const Run everyone = cli({QStringLiteral("kpi"), QStringLiteral("--db"), server.url()});
    QVERIFY2(everyone.exitCode == 0, qPrintable(everyone.err));
    QCOMPARE(readTable(everyone.out).rows.size(), 8);
    const Run own = cli({QStringLiteral("kpi"), QStringLiteral("--db"), signedInAs(server.url(), login)});
    QVERIFY2(own.exitCode == 0, qPrintable(own.err));
    const auto rows = readTable(own.out).rows;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().value(QStringLiteral("agent")), QStringLiteral("Agent 3"));
    // Their figures are the same as in the owner's table.
    for (const auto &row : readTable(everyone.out).rows) {
        if (row.value(QStringLiteral("agent")) == QLatin1String("Agent 3"))
            QCOMPARE(rows.constFirst().value(QStringLiteral("handled")),
                     row.value(QStringLiteral("handled")));
    }
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(login)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(login)));
}

void TestCliUsers::refusals()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("site.sqlite"));
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), file}).exitCode,
             0);
    const Run onFile = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), file,
                            QStringLiteral("--login"), QStringLiteral("ana"), QStringLiteral("--role"),
                            QStringLiteral("admin")});
    QCOMPARE(onFile.exitCode, 3);
    QVERIFY2(onFile.err.contains(QStringLiteral("the one local user is the admin")), qPrintable(onFile.err));
    const Run badRole = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), file,
                             QStringLiteral("--login"), QStringLiteral("ana"), QStringLiteral("--role"),
                             QStringLiteral("boss")});
    QCOMPARE(badRole.exitCode, 1);
    QCOMPARE(
        badRole.err,
        QStringLiteral("huddle-cli users add: --role takes admin|qa_coach|team_leader|agent, got 'boss'\n"));
    const Run missing = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--db"), file});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QStringLiteral("huddle-cli users add: --login is required\n"));
    const Run unknown = cli({QStringLiteral("users"), QStringLiteral("remove")});
    QCOMPARE(unknown.exitCode, 1);
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_users", TestCliUsers)
#include "tst_cliusers.moc"
