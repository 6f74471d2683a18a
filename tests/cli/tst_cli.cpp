// End-to-end tests of the built huddle-cli: run it with QProcess, and check its numbers against values
// recomputed here with plain SQL on the same database. Its PostgreSQL twin (test_cli_pg) runs the demo, kpi
// and import tests again with every database on the test server.
#include "clirun.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstdio>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::isOneLine;
using huddle::clitest::readTable;
using huddle::clitest::Run;
using huddle::clitest::Table;
using huddle::testsupport::runRaw;
using huddle::testsupport::testDatabaseLocation;
using huddle::testsupport::testsOnPostgres;

namespace {

// What the test computes itself for one agent, over the whole span of the data.
struct AgentFacts {
    QString team;
    qint64 handled = 0;
    qint64 csatResponses = 0;
    qint64 csatSatisfied = 0;
    qint64 handleSum = 0;
    qint64 handleCount = 0;
    qint64 sales = 0;
};

QString sharedFile(const char *name)
{
    return QStringLiteral(HUDDLE_SHARED_DATA "/") + QLatin1String(name);
}

const QString pwcFile = sharedFile("pwc_callcenter_calls_2021Q1.csv");
const QString pwcTwinFile = sharedFile("pwc_callcenter_calls_2021Q1_pandas_export.csv");
const QString talkMapping = QStringLiteral("talk_s=AvgTalkDuration");

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoCreatesDatabase();
    void demoRefusesExistingDatabase();
    void demoUsageErrors_data();
    void demoUsageErrors();

    void kpiByAgentMatchesSql();
    void kpiByDay();
    void kpiJsonMatchesCsv();
    void kpiTeamFilter();
    void kpiDateRange();
    void kpiByTeamMatchesSql();
    void kpiAgentFilter();
    void kpiEmptyDatabase();
    void kpiJsonKeepsNamesAsText();
    void kpiErrors_data();
    void kpiErrors();

    void importPwc();
    void importTwinsGiveIdenticalKpis();
    void importKaggleRefused();
    void importDryRunWritesNothing();
    void importJsonReport();
    void importUsageErrors_data();
    void importUsageErrors();

private:
    QSqlQuery sql(const QString &statement, const QVariantList &bindings = {});
    QHash<QString, AgentFacts> agentFacts(const QString &teamName = {}, QString from = {}, QString to = {});
    Run kpi(const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_db} + extra);
    }

    QTemporaryDir m_dir;
    QString m_db;
    Run m_demo;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(HUDDLE_CLI)), HUDDLE_CLI);
    m_db = huddle::clitest::newDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    m_demo = cli(huddle::clitest::demoArguments(m_db));
    QVERIFY2(m_demo.exitCode == 0, qPrintable(m_demo.err));
    QVERIFY(huddle::testsupport::openRawConnection(m_db, QStringLiteral("cli-check")).isOpen());
}

void TestCli::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("cli-check")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("cli-check"));
}

QSqlQuery TestCli::sql(const QString &statement, const QVariantList &bindings)
{
    return huddle::clitest::checkSql(QStringLiteral("cli-check"), statement, bindings);
}

// Per agent, from the raw rows: answered conversations, CSAT answers (4–5 of 1–5 satisfied), handle
// times and sales, optionally only those of one team (sales by the team the agent was in that day) and
// days. The team column is the team the agent belonged to on the last day with data.
QHash<QString, AgentFacts> TestCli::agentFacts(const QString &teamName, QString from, QString to)
{
    QSqlQuery span = sql(QStringLiteral("SELECT MIN(day), MAX(day) FROM conversations"));
    span.next();
    from = from.isEmpty() ? span.value(0).toString() : from;
    to = to.isEmpty() ? span.value(1).toString() : to;
    const QString team = teamName.isEmpty()
                             ? QStringLiteral("1 = 1")
                             : QStringLiteral("c.team_id = (SELECT id FROM teams WHERE name = :team)");
    const QString memberTeam = QStringLiteral(
        "(SELECT m.team_id FROM team_memberships m WHERE m.agent_id = %1.agent_id AND m.valid_from <= %1.day"
        " AND (m.valid_to IS NULL OR %1.day < m.valid_to))");
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("cli-check")));
    q.prepare(
        QStringLiteral(
            "SELECT a.display_name,"
            " (SELECT t.name FROM team_memberships m JOIN teams t ON t.id = m.team_id WHERE m.agent_id = a.id"
            "   AND m.valid_from <= :to AND (m.valid_to IS NULL OR :to < m.valid_to)),"
            " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND c.answered = 1 AND c.day "
            "BETWEEN :from AND :to AND %1),"
            " (SELECT COUNT(*) FROM conversations c "
            "WHERE c.agent_id = a.id"
            "   AND c.csat_score IS NOT NULL AND c.day BETWEEN :from AND :to AND %1),"
            " (SELECT COUNT(*) FROM conversations c "
            "WHERE c.agent_id = a.id"
            "   AND c.csat_score >= 4 AND c.day BETWEEN :from AND :to AND %1),"
            " (SELECT COALESCE(SUM(c.handle_s), 0) FROM conversations c WHERE c.agent_id = a.id AND "
            "c.answered = 1"
            "   AND c.handle_s IS NOT NULL AND c.day BETWEEN :from AND :to AND %1),"
            " (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND c.answered = 1"
            "   AND c.handle_s IS NOT NULL AND c.day BETWEEN :from AND :to AND %1),"
            " (SELECT COUNT(*) FROM sales sa WHERE sa.agent_id = a.id AND sa.day BETWEEN :from AND :to AND "
            "%2)"
            " FROM agents a")
            .arg(team, teamName.isEmpty()
                           ? QStringLiteral("1 = 1")
                           : memberTeam.arg(QStringLiteral("sa")) +
                                 QStringLiteral(" = (SELECT id FROM teams WHERE name = :team)")));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!teamName.isEmpty())
        q.bindValue(QStringLiteral(":team"), teamName);
    QHash<QString, AgentFacts> facts;
    if (!q.exec())
        qWarning("agent facts query failed");
    while (q.next())
        facts.insert(q.value(0).toString(),
                     {q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                      q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                      q.value(7).toLongLong()});
    return facts;
}

// ---- demo ----------------------------------------------------------------------------------------

void TestCli::demoCreatesDatabase()
{
    QVERIFY(testsOnPostgres() || QFile::exists(m_db));
    QVERIFY(m_demo.err.isEmpty());
    QVERIFY(isOneLine(m_demo.out));
    static const QRegularExpression summary(
        QStringLiteral("^(.+): 2 teams, 8 agents, (\\d+) conversations, (\\d+) surveys, (\\d+) sales, (\\d+) "
                       "shifts, (\\d+) review notes, "
                       "(\\d+) evaluations\\n$"));
    const auto match = summary.match(m_demo.out);
    QVERIFY2(match.hasMatch(), qPrintable(m_demo.out));
    QCOMPARE(match.captured(1), m_db);
    const QList<std::pair<int, const char *>> counts{
        {2, "conversations"}, {3, "conversations WHERE csat_score IS NOT NULL OR nps_score IS NOT NULL"},
        {4, "sales"},         {5, "attendance"},
        {6, "review_notes"},  {7, "evaluations WHERE kind = 'qa'"}};
    for (const auto &[group, table] : counts) {
        QSqlQuery q = sql(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toLongLong() == match.captured(group).toLongLong(), table);
    }
}

// A file that exists, or a server database that holds tables, is left as it was.
void TestCli::demoRefusesExistingDatabase()
{
    const QString countAll = QStringLiteral("SELECT (SELECT COUNT(*) FROM conversations) || ' ' ||"
                                            " (SELECT COUNT(*) FROM agents) || ' ' || (SELECT MAX(id) FROM"
                                            " audit_log)");
    const QStringList before = column(m_db, countAll);
    QFile file(m_db);
    const QByteArray bytesBefore = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(isOneLine(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(testsOnPostgres() ? QLatin1String("already holds tables")
                                                : QLatin1String("already exists")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(column(m_db, countAll), before);
    QVERIFY(!before.value(0).startsWith(QLatin1Char('0')));
    if (!testsOnPostgres()) {
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytesBefore);
    }
}

void TestCli::demoUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --db") << QStringList{"demo", "--agents", "4"} << "--db";
    QTest::newRow("zero agents") << QStringList{"demo", "--db", "x.db", "--agents", "0"} << "--agents";
    QTest::newRow("agents < teams") << QStringList{"demo", "--db", "x.db", "--agents", "2", "--teams", "3"}
                                    << "at least --teams";
    QTest::newRow("bad end") << QStringList{"demo", "--db", "x.db", "--end", "30/04/2024"} << "YYYY-MM-DD";
}

void TestCli::demoUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const qsizetype db = arguments.indexOf(QStringLiteral("x.db"));
    if (db >= 0)
        arguments[db] = m_dir.filePath(QStringLiteral("x.db"));
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(isOneLine(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
}

// ---- kpi -----------------------------------------------------------------------------------------

void TestCli::kpiByAgentMatchesSql()
{
    const Run run = kpi({QStringLiteral("--by"), QStringLiteral("agent")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.startsWith(QLatin1String(
        "agent,team,handled,csat_responses,csat_pct,aht_s,fcr_pct,sales,attendance_pct,qa_pct")));
    // The demo asks CSAT on 1–5 only, so "satisfied" is a score of 4 or 5.
    QSqlQuery scales = sql(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE csat_score IS NOT NULL"
                                          " AND (csat_scale_min <> 1 OR csat_scale_max <> 5)"));
    QVERIFY(scales.next());
    QCOMPARE(scales.value(0).toInt(), 0);

    const Table table = readTable(run.out);
    const QHash<QString, AgentFacts> facts = agentFacts();
    QCOMPARE(table.rows.size(), facts.size());
    static const QRegularExpression twoDecimals(QStringLiteral("^\\d+\\.\\d\\d$"));
    static const QRegularExpression oneDecimal(QStringLiteral("^\\d+\\.\\d$"));
    for (const auto &row : table.rows) {
        const QString agent = row.value(QStringLiteral("agent"));
        QVERIFY2(facts.contains(agent), qPrintable(agent));
        const AgentFacts &f = facts[agent];
        QCOMPARE(row.value(QStringLiteral("team")), f.team);
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), f.handled);
        QCOMPARE(row.value(QStringLiteral("csat_responses")).toLongLong(), f.csatResponses);
        QCOMPARE(row.value(QStringLiteral("sales")).toLongLong(), f.sales);
        QVERIFY(f.csatResponses > 0 && f.handleCount > 0);

        const QString csat = row.value(QStringLiteral("csat_pct"));
        QVERIFY2(twoDecimals.match(csat).hasMatch(), qPrintable(csat));
        const double exactCsat =
            100.0 * static_cast<double>(f.csatSatisfied) / static_cast<double>(f.csatResponses);
        QVERIFY2(std::abs(csat.toDouble() - exactCsat) <= 0.005 + 1e-9,
                 qPrintable(QStringLiteral("%1: csat %2, expected %3").arg(agent, csat).arg(exactCsat)));

        const QString aht = row.value(QStringLiteral("aht_s"));
        QVERIFY2(oneDecimal.match(aht).hasMatch(), qPrintable(aht));
        const double exactAht = static_cast<double>(f.handleSum) / static_cast<double>(f.handleCount);
        QVERIFY2(std::abs(aht.toDouble() - exactAht) <= 0.05 + 1e-9,
                 qPrintable(QStringLiteral("%1: aht %2, expected %3").arg(agent, aht).arg(exactAht)));
    }
}

void TestCli::kpiByDay()
{
    const Run run = kpi({QStringLiteral("--by"), QStringLiteral("day")});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QVERIFY(table.header.startsWith(QStringLiteral("date")));
    QVERIFY(table.header.contains(QStringLiteral("handled")));
    QVERIFY(!table.header.contains(QStringLiteral("agent")));

    QHash<QString, qint64> expected; // day → answered conversations
    QSqlQuery q =
        sql(QStringLiteral("SELECT day, COUNT(*) FROM conversations WHERE answered = 1 GROUP BY day"));
    while (q.next())
        expected.insert(q.value(0).toString(), q.value(1).toLongLong());
    qint64 sum = 0;
    QString previous;
    for (const auto &row : table.rows) {
        const QString day = row.value(QStringLiteral("date"));
        QVERIFY2(QDate::fromString(day, Qt::ISODate).isValid(), qPrintable(day));
        QVERIFY2(day > previous, "days in order, each once");
        previous = day;
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), expected.value(day));
        sum += row.value(QStringLiteral("handled")).toLongLong();
    }
    qint64 byAgent = 0;
    for (const auto &row : readTable(kpi({}).out).rows) // --by agent is the default
        byAgent += row.value(QStringLiteral("handled")).toLongLong();
    QSqlQuery total = sql(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 1"));
    QVERIFY(total.next());
    QCOMPARE(sum, byAgent);
    QCOMPARE(sum, total.value(0).toLongLong());
}

void TestCli::kpiJsonMatchesCsv()
{
    const Run csv = kpi({});
    const Run json = kpi({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    const Table table = readTable(csv.out);
    QCOMPARE(array.size(), table.rows.size());
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QJsonObject object = array[i].toObject();
        QCOMPARE(object.size(), table.header.size());
        for (const QString &column : table.header) {
            const QString text = table.rows[i].value(column);
            const QJsonValue value = object.value(column);
            const QString where = QStringLiteral("row %1, %2").arg(i).arg(column);
            bool number = false;
            const double parsed = text.toDouble(&number);
            if (text.isEmpty())
                QVERIFY2(value.isNull(), qPrintable(where));
            else if (number)
                QVERIFY2(value.isDouble() && std::abs(value.toDouble() - parsed) < 1e-9, qPrintable(where));
            else
                QVERIFY2(value.toString() == text, qPrintable(where));
        }
    }
}

void TestCli::kpiTeamFilter()
{
    QSqlQuery q = sql(QStringLiteral("SELECT name FROM teams ORDER BY id LIMIT 1"));
    QVERIFY(q.next());
    const QString team = q.value(0).toString();
    const Run run = kpi({QStringLiteral("--team"), team});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    const QHash<QString, AgentFacts> facts = agentFacts(team);
    qint64 listedHandled = 0;
    for (const auto &row : table.rows) {
        const QString agent = row.value(QStringLiteral("agent"));
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), facts.value(agent).handled);
        QCOMPARE(row.value(QStringLiteral("csat_responses")).toLongLong(), facts.value(agent).csatResponses);
        QCOMPARE(row.value(QStringLiteral("sales")).toLongLong(), facts.value(agent).sales);
        listedHandled += facts.value(agent).handled;
    }
    // Everyone who handled something in the team is listed, and only part of the site is.
    qint64 teamHandled = 0;
    for (const AgentFacts &f : facts)
        teamHandled += f.handled;
    QVERIFY(teamHandled > 0);
    QCOMPARE(listedHandled, teamHandled);
    QVERIFY(table.rows.size() < 8);
}

void TestCli::kpiDateRange()
{
    const QString from = QStringLiteral("2024-04-10");
    const QString to = QStringLiteral("2024-04-16");
    const Run run = kpi({QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    QCOMPARE(run.exitCode, 0);
    const QHash<QString, AgentFacts> facts = agentFacts({}, from, to);
    const Table table = readTable(run.out);
    QVERIFY(!table.rows.isEmpty());
    for (const auto &row : table.rows) {
        const AgentFacts &f = facts[row.value(QStringLiteral("agent"))];
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), f.handled);
        QCOMPARE(row.value(QStringLiteral("team")), f.team); // the team on the 16th
        QCOMPARE(row.value(QStringLiteral("sales")).toLongLong(), f.sales);
    }
}

void TestCli::kpiByTeamMatchesSql()
{
    // Conversations count for the team they carry; sales for the team the seller was in on the sale's
    // day (one demo agent changes teams half way, so the two can differ).
    QSqlQuery q = sql(QStringLiteral(
        "SELECT t.name,"
        " (SELECT COUNT(*) FROM conversations c WHERE c.team_id = t.id),"
        " (SELECT COUNT(*) FROM conversations c WHERE c.team_id = t.id AND c.answered = 1),"
        " (SELECT COUNT(*) FROM sales sa WHERE (SELECT m.team_id FROM team_memberships m WHERE m.agent_id = "
        "sa.agent_id"
        "   AND m.valid_from <= sa.day AND (m.valid_to IS NULL OR sa.day < m.valid_to)) = t.id)"
        " FROM teams t"));
    QHash<QString, std::tuple<qint64, qint64, qint64>> expected;
    while (q.next())
        expected.insert(q.value(0).toString(),
                        {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    const Run run = kpi({QStringLiteral("--by"), QStringLiteral("team")});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QVERIFY(table.header.startsWith(QStringLiteral("team")));
    QCOMPARE(table.rows.size(), expected.size());
    for (const auto &row : table.rows) {
        const QString team = row.value(QStringLiteral("team"));
        QVERIFY2(expected.contains(team), qPrintable(team));
        const auto &[offered, handled, sales] = expected[team];
        QCOMPARE(row.value(QStringLiteral("offered")).toLongLong(), offered);
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), handled);
        QCOMPARE(row.value(QStringLiteral("sales")).toLongLong(), sales);
    }
}

void TestCli::kpiAgentFilter()
{
    // The agent who changes teams (index 5, external ref A1006): all of their work, one row.
    QSqlQuery q = sql(QStringLiteral("SELECT display_name FROM agents WHERE external_ref = 'A1006'"));
    QVERIFY(q.next());
    const QString agent = q.value(0).toString();
    const Run run = kpi({QStringLiteral("--agent"), agent});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows[0].value(QStringLiteral("agent")), agent);
    const AgentFacts f = agentFacts().value(agent);
    QCOMPARE(table.rows[0].value(QStringLiteral("handled")).toLongLong(), f.handled);
    QCOMPARE(table.rows[0].value(QStringLiteral("sales")).toLongLong(), f.sales);
}

void TestCli::kpiEmptyDatabase()
{
    // A Huddle database without any conversations: the header and nothing else, not an error.
    const QString empty = huddle::clitest::newDatabase(m_dir.filePath(QStringLiteral("empty.db")));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), empty, QStringLiteral("--teams"),
                  QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("1"),
                  QStringLiteral("--days"), QStringLiteral("2")})
                 .exitCode,
             0);
    QStringList deletes;
    for (const char *table : {"evaluation_answers", "evaluations", "review_notes", "sales", "conversations"})
        deletes << QStringLiteral("DELETE FROM %1").arg(QLatin1String(table));
    QVERIFY(runRaw(empty, deletes));

    const Run csv = cli({QStringLiteral("kpi"), QStringLiteral("--db"), empty});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.err.isEmpty());
    QVERIFY(isOneLine(csv.out));
    QVERIFY(csv.out.startsWith(QLatin1String("agent,team,handled,")));
    const Run json = cli({QStringLiteral("kpi"), QStringLiteral("--db"), empty, QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY(document.isArray());
    QVERIFY(document.array().isEmpty());
}

void TestCli::kpiJsonKeepsNamesAsText()
{
    // Names are text even when they read like numbers: "Nan" is a given name, "007" a team.
    const QString file = huddle::clitest::newDatabase(m_dir.filePath(QStringLiteral("names.db")));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--teams"),
             QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--days"),
             QStringLiteral("3"), QStringLiteral("--end"), QStringLiteral("2024-04-30")})
            .exitCode,
        0);
    QVERIFY(
        runRaw(file, {QStringLiteral("UPDATE agents SET display_name = 'Nan' WHERE external_ref = 'A1001'"),
                      QStringLiteral("UPDATE agents SET display_name = '1e3' WHERE external_ref = 'A1002'"),
                      QStringLiteral("UPDATE teams SET name = '007'")}));
    const Run run = cli({QStringLiteral("kpi"), QStringLiteral("--db"), file, QStringLiteral("--format"),
                         QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QStringList agents;
    for (const QJsonValue &row : rows) {
        agents << row[QLatin1String("agent")].toString(QStringLiteral("<not text>"));
        // Key columns stay text in JSON even when they look like numbers.
        QVERIFY2(row[QLatin1String("team")].isString() &&
                     row[QLatin1String("team")].toString() == QLatin1String("007"),
                 qPrintable(QJsonDocument(row.toObject()).toJson(QJsonDocument::Compact)));
    }
    agents.sort();
    QCOMPARE(agents, (QStringList{QStringLiteral("1e3"), QStringLiteral("Nan")}));
}

void TestCli::kpiErrors_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("arguments"); // "DB" stands for the prepared file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing --db") << "" << QStringList{"kpi", "--by", "agent"} << 1 << "--db";
    QTest::newRow("missing file") << "missing" << QStringList{"kpi", "--db", "DB"} << 2 << "not found";
    QTest::newRow("text file") << "text" << QStringList{"kpi", "--db", "DB"} << 2 << "not a Huddle database";
    QTest::newRow("newer schema") << "newer" << QStringList{"kpi", "--db", "DB"} << 2 << "newer";
    QTest::newRow("bad --by") << "demo" << QStringList{"kpi", "--db", "DB", "--by", "year"} << 1 << "--by";
    QTest::newRow("bad --format") << "demo" << QStringList{"kpi", "--db", "DB", "--format", "xml"} << 1
                                  << "--format";
    QTest::newRow("bad date") << "demo" << QStringList{"kpi", "--db", "DB", "--from", "2024-02-30"} << 1
                              << "YYYY-MM-DD";
    QTest::newRow("from after to") << "demo" << QStringList{"kpi",        "--db", "DB",        "--from",
                                                            "2024-04-20", "--to", "2024-04-10"}
                                   << 1 << "after";
    QTest::newRow("unknown team") << "demo" << QStringList{"kpi", "--db", "DB", "--team", "Nowhere"} << 1
                                  << "Nowhere";
    QTest::newRow("unknown agent") << "demo" << QStringList{"kpi", "--db", "DB", "--agent", "Nobody"} << 1
                                   << "Nobody";
    QTest::newRow("unknown option") << "demo" << QStringList{"kpi", "--db", "DB", "--colour"} << 1
                                    << "colour";
    QTest::newRow("weights sum to 95")
        << "demo" << QStringList{"kpi", "--db", "DB", "--weights", "csat=60,aht=35"} << 1
        << "--weights sum to 95, not 100";
    QTest::newRow("weights unknown KPI")
        << "demo" << QStringList{"kpi", "--db", "DB", "--weights", "csat=60,speed=40"} << 1
        << "unknown KPI 'speed'";
    QTest::newRow("weights not a number")
        << "demo" << QStringList{"kpi", "--db", "DB", "--weights", "csat=lots"} << 1 << "csat=lots";
    QTest::newRow("weights twice") << "demo"
                                   << QStringList{"kpi", "--db", "DB", "--weights", "csat=50,csat=50"} << 1
                                   << "csat is given twice";
    QTest::newRow("stored plan invalid")
        << "badplan" << QStringList{"kpi", "--db", "DB"} << 2 << "stored KPI plan";
}

void TestCli::kpiErrors()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QString db = m_db;
    if (setup == QLatin1String("missing")) {
        db = m_dir.filePath(QStringLiteral("no-such.db"));
    } else if (setup == QLatin1String("text")) {
        db = m_dir.filePath(QStringLiteral("export.csv"));
        QFile text(db);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("agent,handled\nAna,12\n");
    } else if (setup == QLatin1String("newer")) {
        // A Huddle database one schema level ahead of this build.
        db = m_dir.filePath(QStringLiteral("newer.db"));
        if (!QFile::exists(db)) {
            QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--teams"),
                          QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("1"),
                          QStringLiteral("--days"), QStringLiteral("1")})
                         .exitCode,
                     0);
            // A new file has the current level. (A file in the PostgreSQL twin too: the server's refusal of a
            // newer schema is test_postgres's.)
            const QStringList version = column(db, QStringLiteral("PRAGMA user_version"));
            QCOMPARE(version.size(), 1);
            QVERIFY(runRaw(db, {QStringLiteral("PRAGMA user_version = %1").arg(version[0].toInt() + 1)}));
        }
    } else if (setup == QLatin1String("badplan")) {
        // A site plan edited by hand into something Huddle cannot read: no KPIs at all.
        db = huddle::clitest::copyOfDatabase(m_db, m_dir.filePath(QStringLiteral("badplan.db")),
                                             QStringLiteral("cli-check"));
        QVERIFY(!db.isEmpty());
        QVERIFY(runRaw(
            db, {QStringLiteral("INSERT INTO kpi_plans (team_id, definition, updated_at) VALUES (NULL, "
                                "'{\"version\": 1, \"kpis\": {}}', '2024-05-01T00:00:00Z')")}));
    }
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(isOneLine(run.err), qPrintable(QStringLiteral("stderr: [%1]").arg(run.err)));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    if (setup == QLatin1String("missing"))
        QVERIFY(!QFile::exists(db));
}

// ---- import --------------------------------------------------------------------------------------

void TestCli::importPwc()
{
    QVERIFY2(QFile::exists(pwcFile), qPrintable(pwcFile));
    const QString db = testDatabaseLocation(m_dir.filePath(QStringLiteral("pwc.db")));
    const Run run = cli({QStringLiteral("import"), pwcFile, QStringLiteral("--db"), db,
                         QStringLiteral("--map"), talkMapping});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    static const QRegularExpression summary(QStringLiteral(
        "^5000 rows read: 5000 imported, 0 updated, 0 exact duplicates, 0 blank, 0 rejected in \\d+\\.\\d s "
        "\\(import 1\\)\\n$"));
    QVERIFY2(summary.match(run.out).hasMatch(), qPrintable(run.out));

    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), QStringList{"5000"});
    QCOMPARE(column(db, QStringLiteral(
                            "SELECT COUNT(*) FROM conversations WHERE answered = 1 AND talk_s IS NULL")),
             QStringList{"0"});
    QFile file(pwcFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QVERIFY(sha.addData(&file));
    QCOMPARE(column(db, QStringLiteral("SELECT file_name || ' ' || file_sha256 || ' ' || file_size || ' ' ||"
                                       " rows_read || ' ' || imported FROM imports")),
             QStringList{QStringLiteral("pwc_callcenter_calls_2021Q1.csv %1 %2 5000 5000")
                             .arg(QString::fromLatin1(sha.result().toHex()))
                             .arg(file.size())});
}

void TestCli::importTwinsGiveIdenticalKpis()
{
    // The original as importPwc left it (imported here when that test did not run), and the pandas twin.
    const QString original = m_dir.filePath(QStringLiteral("pwc.db"));
    const QString twin = m_dir.filePath(QStringLiteral("pwc-twin.db"));
    for (const auto &[file, db] : {std::pair{pwcFile, original}, std::pair{pwcTwinFile, twin}}) {
        if (QFile::exists(db))
            continue;
        const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--db"), db,
                             QStringLiteral("--map"), talkMapping});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("5000 rows read: 5000 imported")), qPrintable(run.out));
    }
    for (const char *by : {"agent", "day"}) {
        for (const char *format : {"csv", "json"}) {
            const QStringList options{QStringLiteral("--by"), QLatin1String(by), QStringLiteral("--format"),
                                      QLatin1String(format)};
            const Run a = cli(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), original} + options);
            const Run b = cli(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), twin} + options);
            QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
            QVERIFY2(a.out == b.out,
                     qPrintable(QStringLiteral("--by %1 --format %2 differ").arg(by, format)));
            if (QLatin1String(format) == QLatin1String("csv"))
                QCOMPARE(a.out.count(QLatin1Char('\n')),
                         QLatin1String(by) == QLatin1String("agent") ? 9 : 91);
        }
    }
}

void TestCli::importKaggleRefused()
{
    const QString file = sharedFile("kaggle_callcenter_daily_summary_semicolon.csv");
    QVERIFY2(QFile::exists(file), qPrintable(file));
    const QString db = testDatabaseLocation(m_dir.filePath(QStringLiteral("kaggle.db")));
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--db"), db});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(isOneLine(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("'agent'")) && run.err.contains(QLatin1String("'date'")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Incoming Calls")), qPrintable(run.err));
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM imports")), QStringList{"0"});
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), QStringList{"0"});
}

void TestCli::importDryRunWritesNothing()
{
    const QString db = testDatabaseLocation(m_dir.filePath(QStringLiteral("dry.db")));
    const Run run = cli({QStringLiteral("import"), pwcFile, QStringLiteral("--db"), db,
                         QStringLiteral("--map"), talkMapping, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(run.out,
             QStringLiteral("5000 rows read: 5000 imported, 0 updated, 0 exact duplicates, 0 blank, 0 "
                            "rejected (dry run: nothing was written)\n"));
    for (const char *table : {"conversations", "imports", "agents", "teams", "team_memberships"})
        QVERIFY2(column(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) ==
                     QStringList{"0"},
                 table);
}

void TestCli::importJsonReport()
{
    const QString file = m_dir.filePath(QStringLiteral("json.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("call_id,agent,date,talk_s,csat\n"
                  "J1,Ana,2021-05-03,100,5\n"
                  "J2,Ana,2021-05-03,100,8\n"
                  "J3,Ben,2021-05-04,200,4\n"
                  ",,,,\n");
    }
    const auto json = [](const Run &run) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    };
    const QString db = testDatabaseLocation(m_dir.filePath(QStringLiteral("json.db")));
    const QStringList arguments{QStringLiteral("import"),   file,
                                QStringLiteral("--db"),     db,
                                QStringLiteral("--format"), QStringLiteral("json")};

    // One rejected row in four is over the threshold: refused, with the report.
    const Run refused = cli(arguments);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(QLatin1String("--force")), qPrintable(refused.err));
    const QJsonObject unconfirmed = json(refused);
    QVERIFY2(!unconfirmed.isEmpty(), qPrintable(refused.out));
    QCOMPARE(unconfirmed.value(QStringLiteral("needs_confirmation")).toBool(), true);
    QCOMPARE(unconfirmed.value(QStringLiteral("import_id")).toInteger(), 0);
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), QStringList{"0"});

    const Run run = cli(arguments + QStringList{QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject report = json(run);
    QVERIFY2(!report.isEmpty(), qPrintable(run.out));
    QCOMPARE(report.value(QStringLiteral("file")).toString(), file);
    QCOMPARE(report.value(QStringLiteral("profile")).toString(), QStringLiteral("Generic"));
    // The import's row; PostgreSQL's ids may skip the number the refused run drew, SQLite's do not.
    QCOMPARE(column(db, QStringLiteral("SELECT id FROM imports")),
             QStringList{QString::number(report.value(QStringLiteral("import_id")).toInteger())});
    QCOMPARE(report.value(QStringLiteral("dry_run")).toBool(), false);
    QCOMPARE(report.value(QStringLiteral("needs_confirmation")).toBool(), false);
    const QList<std::pair<const char *, qint64>> expected{
        {"rows_read", 4}, {"imported", 2}, {"updated", 0}, {"duplicates", 0}, {"blank", 1}, {"rejected", 1}};
    for (const auto &[key, value] : expected)
        QVERIFY2(report.value(QLatin1String(key)).toInteger(-1) == value, key);
    const QJsonArray rejections = report.value(QStringLiteral("rejections")).toArray();
    QCOMPARE(rejections.size(), 1);
    const QJsonObject rejection = rejections.first().toObject();
    QCOMPARE(rejection.value(QStringLiteral("line")).toInteger(), 3);
    QCOMPARE(rejection.value(QStringLiteral("column")).toInteger(), 5);
    QCOMPARE(rejection.value(QStringLiteral("header")).toString(), QStringLiteral("csat"));
    QCOMPARE(rejection.value(QStringLiteral("value")).toString(), QStringLiteral("8"));
    QVERIFY(rejection.value(QStringLiteral("reason")).toString().contains(QStringLiteral("1–5")));
    QCOMPARE(column(db, QStringLiteral("SELECT external_id FROM conversations ORDER BY external_id")),
             (QStringList{"J1", "J3"}));
}

void TestCli::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // "FILE" and "DB" stand for a CSV file and a new database
    QTest::addColumn<QString>("message");

    QTest::newRow("map without header")
        << QStringList{"import", "FILE", "--db", "DB", "--map", "talk_s"} << "--map takes FIELD=HEADER";
    QTest::newRow("map unknown field")
        << QStringList{"import", "FILE", "--db", "DB", "--map", "speed=Foo"} << "unknown field 'speed'";
    QTest::newRow("map empty field") << QStringList{"import", "FILE", "--db", "DB", "--map", "=Foo"}
                                     << "--map takes FIELD=HEADER";
    QTest::newRow("bad date order") << QStringList{"import", "FILE", "--db", "DB", "--date-order", "ydm"}
                                    << "--date-order";
    QTest::newRow("bad csat scale") << QStringList{"import", "FILE", "--db", "DB", "--csat-scale", "5-1"}
                                    << "--csat-scale";
    QTest::newRow("no --db") << QStringList{"import", "FILE"} << "usage";
    QTest::newRow("bad --format") << QStringList{"import", "FILE", "--db", "DB", "--format", "xml"}
                                  << "usage";
}

void TestCli::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString db = m_dir.filePath(QStringLiteral("usage.db"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DB$")), db);
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^FILE$")), pwcFile);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(isOneLine(run.err), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(db));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli", TestCli)
#include "tst_cli.moc"
