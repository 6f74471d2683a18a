// huddle-cli coaching export on the demo database, plus a session with action items and a session recorded
// without focus KPIs written here with raw SQL. Expected before/after values, sample sizes and verdicts come
// from raw SQL on the same database and the rules of domain.md worked out here, never from the code under
// test.
#include "clirun.h"
#include "support/csvtext.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using huddle::clitest::cli;
using huddle::clitest::readTable;
using huddle::clitest::Run;
using huddle::clitest::Table;
using huddle::testsupport::runRaw;
using Row = QHash<QString, QString>;

namespace {

const QStringList sessionExportHeader{
    "session_id",       "day",          "agent",       "team",         "coach",
    "status",           "focus_kpi",    "before_from", "before_to",    "before_value",
    "before_n",         "after_from",   "after_to",    "after_value",  "after_n",
    "change",           "verdict",      "actions",     "actions_done", "action_items",
    "acknowledged_day", "follow_up_day"};

// Successes and observations of a KPI over an agent's days, straight from the conversations table:
// CSAT satisfied = 4–5 on the demo's 1–5 scale; FCR = the resolved flag, else the inferred one; AHT = handle
// seconds over answered conversations with a handle time.
const QHash<QString, QString> kpiSql{
    {"csat", "SELECT SUM(CASE WHEN csat_score >= 4 THEN 1 ELSE 0 END), COUNT(csat_score) FROM conversations"
             " WHERE agent_id = ? AND day BETWEEN ? AND ?"},
    {"fcr", "SELECT SUM(COALESCE(resolved, fcr_inferred)), COUNT(COALESCE(resolved, fcr_inferred))"
            " FROM conversations WHERE answered = 1 AND agent_id = ? AND day BETWEEN ? AND ?"},
    {"aht", "SELECT SUM(handle_s), COUNT(handle_s) FROM conversations WHERE answered = 1 AND agent_id = ?"
            " AND day BETWEEN ? AND ?"}};

struct Reading {
    std::optional<double> value;
    qint64 n = 0;
};

QString day(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

class TestCliCoaching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void exportMatchesTheTables();
    void sessionRowsCarryTheirActions();
    void afterWindowStopsAtToday();
    void teamAndAgentByNameOrId();
    void outputFileIsSpreadsheetCsv();
    void sameDataSameFile();
    void usageErrors_data();
    void usageErrors();
    void unknownTeamOrAgent();
    void missingDatabase();

private:
    QSqlQuery sql(const QString &statement, const QVariantList &bindings = {});
    Reading reading(const QString &kpi, qint64 agentId, QDate from, QDate to);
    QString expectedVerdict(const QString &kpi, const Reading &before, const Reading &after, bool complete);
    Run exportRun(const QStringList &extra)
    {
        return cli(
            QStringList{"coaching", "export", "--db", m_db, "--from", "2024-04-01", "--to", "2024-04-30"} +
            extra);
    }
    Row rowOf(const Table &table, qint64 sessionId, const QString &kpi) const;

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_agent = 0;   // the agent of the two sessions written here
    qint64 m_session = 0; // 10 April, focus AHT then CSAT, two action items
    qint64 m_noFocus = 0; // 5 April, recorded before planning existed
};

void TestCliCoaching::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = huddle::clitest::demoDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(!m_db.isEmpty());
    const QStringList busiest = huddle::clitest::column(
        m_db, QStringLiteral("SELECT agent_id FROM conversations WHERE answered = 1 AND agent_id IS NOT NULL"
                             " GROUP BY agent_id ORDER BY COUNT(*) DESC, agent_id LIMIT 1"));
    m_agent = busiest.value(0).toLongLong();
    QVERIFY(m_agent > 0);
    QVERIFY(runRaw(
        m_db,
        {QStringLiteral(
             "INSERT INTO coaching_sessions (agent_id, coach, day, focus_kpis, status, acknowledged_day,"
             " follow_up_day) VALUES (%1, 'Lead Lou', '2024-04-10', 'aht,csat', 'held', '2024-04-11',"
             " '2024-04-24')")
             .arg(m_agent),
         QStringLiteral(
             "INSERT INTO coaching_actions (session_id, body, owner, due_day, done, position, done_day)"
             " VALUES ((SELECT MAX(id) FROM coaching_sessions), 'Recap, then close', 'agent',"
             " '2024-04-15', 1, 0, '2024-04-14'), ((SELECT MAX(id) FROM coaching_sessions),"
             " 'Listen \"twice\"', NULL, NULL, 0, 1, NULL)"),
         QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach, day, notes) VALUES (%1, 'Lead Lou',"
                        " '2024-04-05', 'before planning existed')")
             .arg(m_agent)}));
    const QStringList ids = huddle::clitest::column(
        m_db, QStringLiteral("SELECT id FROM coaching_sessions WHERE coach = 'Lead Lou' ORDER BY day DESC"));
    QCOMPARE(ids.size(), 2);
    m_session = ids[0].toLongLong();
    m_noFocus = ids[1].toLongLong();
    QVERIFY(huddle::testsupport::openRawConnection(m_db, QStringLiteral("clicoaching")).isOpen());
    // The raw CSAT sums above assume one scale and no per-day summaries.
    QSqlQuery shapes =
        sql(QStringLiteral("SELECT (SELECT COUNT(*) FROM conversations WHERE csat_score IS NOT NULL"
                           " AND (csat_scale_min <> 1 OR csat_scale_max <> 5)),"
                           " (SELECT COUNT(*) FROM agent_day_stats)"));
    QVERIFY(shapes.next());
    QCOMPARE(shapes.value(0).toInt() + shapes.value(1).toInt(), 0);
}

void TestCliCoaching::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("clicoaching")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("clicoaching"));
}

QSqlQuery TestCliCoaching::sql(const QString &statement, const QVariantList &bindings)
{
    return huddle::clitest::checkSql(QStringLiteral("clicoaching"), statement, bindings);
}

Reading TestCliCoaching::reading(const QString &kpi, qint64 agentId, QDate from, QDate to)
{
    QSqlQuery q = sql(kpiSql.value(kpi), {agentId, day(from), day(to)});
    if (!q.next())
        return {};
    Reading r;
    r.n = q.value(1).toLongLong();
    if (r.n > 0)
        r.value = q.value(0).toDouble() * (kpi == QLatin1String("aht") ? 1.0 : 100.0) / r.n;
    return r;
}

// domain.md: no claim on n < 10 or while the after window runs; below half a display unit (0.05 points, 0.5
// s) is no change; AHT is better lower.
QString TestCliCoaching::expectedVerdict(const QString &kpi, const Reading &before, const Reading &after,
                                         bool complete)
{
    if (!complete)
        return QStringLiteral("running");
    if (!before.value || !after.value || before.n < 10 || after.n < 10)
        return QStringLiteral("not_enough_data");
    const bool aht = kpi == QLatin1String("aht");
    const double change = *after.value - *before.value;
    if (std::abs(change) < (aht ? 0.5 : 0.05))
        return QStringLiteral("unchanged");
    return (change < 0) == aht ? QStringLiteral("improved") : QStringLiteral("worsened");
}

Row TestCliCoaching::rowOf(const Table &table, qint64 sessionId, const QString &kpi) const
{
    for (const Row &row : table.rows)
        if (row.value("session_id") == QString::number(sessionId) && row.value("focus_kpi") == kpi)
            return row;
    return {};
}

void TestCliCoaching::exportMatchesTheTables()
{
    const QDate today(2024, 4, 30);
    const Run run = exportRun({"--today", "2024-04-30", "--effect-days", "10"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.startsWith(QChar(0xfeff)));
    const Table table = readTable(run.out);
    QCOMPARE(table.header, sessionExportHeader);
    // Every session of April, in day then id order, one row per focus KPI (or one without a focus).
    QSqlQuery sessions = sql(QStringLiteral(
        "SELECT s.id, s.day, s.agent_id, a.display_name, s.coach, s.status, COALESCE(s.focus_kpis, ''),"
        " (SELECT t.name FROM team_memberships m JOIN teams t ON t.id = m.team_id WHERE m.agent_id = "
        "s.agent_id"
        "  AND m.valid_from <= s.day AND (m.valid_to IS NULL OR m.valid_to > s.day))"
        " FROM coaching_sessions s JOIN agents a ON a.id = s.agent_id"
        " WHERE s.day BETWEEN '2024-04-01' AND '2024-04-30' ORDER BY s.day, s.id"));
    qsizetype next = 0;
    int measured = 0;
    while (sessions.next()) {
        const qint64 agent = sessions.value(2).toLongLong();
        const QDate sessionDay = QDate::fromString(sessions.value(1).toString(), Qt::ISODate);
        QStringList focus = sessions.value(6).toString().split(',', Qt::SkipEmptyParts);
        if (focus.isEmpty())
            focus = {QString()};
        for (const QString &kpi : focus) {
            QVERIFY2(next < table.rows.size(), "fewer rows than sessions × focus KPIs");
            const Row &row = table.rows[next++];
            const QStringList context{sessions.value(0).toString(),
                                      sessions.value(1).toString(),
                                      sessions.value(3).toString(),
                                      sessions.value(7).toString(),
                                      sessions.value(4).toString(),
                                      sessions.value(5).toString(),
                                      kpi};
            QCOMPARE(
                (QStringList{row.value("session_id"), row.value("day"), row.value("agent"), row.value("team"),
                             row.value("coach"), row.value("status"), row.value("focus_kpi")}),
                context);
            if (!kpiSql.contains(kpi))
                continue; // sales and QA: their sums are not redone here
            const QDate afterEnd = std::min(sessionDay.addDays(10), today);
            QCOMPARE(row.value("before_from"), day(sessionDay.addDays(-10)));
            QCOMPARE(row.value("before_to"), day(sessionDay.addDays(-1)));
            QCOMPARE(row.value("after_from"), day(sessionDay.addDays(1)));
            QCOMPARE(row.value("after_to"), day(afterEnd));
            const Reading before = reading(kpi, agent, sessionDay.addDays(-10), sessionDay.addDays(-1));
            const Reading after = reading(kpi, agent, sessionDay.addDays(1), afterEnd);
            QCOMPARE(row.value("before_n").toLongLong(), before.n);
            QCOMPARE(row.value("after_n").toLongLong(), after.n);
            QVERIFY(before.value && after.value);
            QVERIFY2(std::abs(row.value("before_value").toDouble() - *before.value) <= 0.005 + 1e-9,
                     qPrintable(row.value("before_value") + " vs " + QString::number(*before.value)));
            QVERIFY2(std::abs(row.value("after_value").toDouble() - *after.value) <= 0.005 + 1e-9,
                     qPrintable(row.value("after_value") + " vs " + QString::number(*after.value)));
            QVERIFY(std::abs(row.value("change").toDouble() - (*after.value - *before.value)) <=
                    0.005 + 1e-9);
            QCOMPARE(row.value("verdict"),
                     expectedVerdict(kpi, before, after, sessionDay.addDays(10) <= today));
            ++measured;
        }
    }
    QCOMPARE(next, table.rows.size());
    QVERIFY2(measured >= 6, "the demo's CSAT and FCR sessions and the AHT/CSAT session written here");
}

void TestCliCoaching::sessionRowsCarryTheirActions()
{
    const Table table = readTable(exportRun({"--today", "2024-04-30"}).out);
    const Row aht = rowOf(table, m_session, "aht");
    QCOMPARE(aht.value("status"), QStringLiteral("held"));
    QCOMPARE(aht.value("actions"), QStringLiteral("2"));
    QCOMPARE(aht.value("actions_done"), QStringLiteral("1"));
    QCOMPARE(aht.value("action_items"),
             QStringLiteral("Recap, then close [agent, 2024-04-15, done] | Listen \"twice\" [, , open]"));
    QCOMPARE(aht.value("acknowledged_day"), QStringLiteral("2024-04-11"));
    QCOMPARE(aht.value("follow_up_day"), QStringLiteral("2024-04-24"));
    // Focus order as stored: AHT, then CSAT.
    qsizetype ahtAt = -1, csatAt = -1;
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        if (table.rows[i].value("session_id") == QString::number(m_session))
            (table.rows[i].value("focus_kpi") == QLatin1String("aht") ? ahtAt : csatAt) = i;
    QVERIFY(ahtAt >= 0 && csatAt == ahtAt + 1);
    // Without a focus: one row, KPI columns empty, default window irrelevant.
    const Row none = rowOf(table, m_noFocus, QString());
    QCOMPARE(none.value("status"), QStringLiteral("closed"));
    for (const char *column :
         {"before_from", "before_value", "before_n", "after_to", "after_n", "change", "verdict"})
        QVERIFY2(none.value(QLatin1String(column)).isEmpty(), column);
    QCOMPARE(none.value("actions"), QStringLiteral("0"));
}

void TestCliCoaching::afterWindowStopsAtToday()
{
    // Today 20 April, 14 days: the session of 10 April is measured up to the 20th although the demo has data
    // up to the 30th.
    const Run run = exportRun({"--today", "2024-04-20", "--effect-days", "14"});
    QCOMPARE(run.exitCode, 0);
    const Row csat = rowOf(readTable(run.out), m_session, "csat");
    QCOMPARE(csat.value("after_from"), QStringLiteral("2024-04-11"));
    QCOMPARE(csat.value("after_to"), QStringLiteral("2024-04-20"));
    QCOMPARE(csat.value("verdict"), QStringLiteral("running"));
    const Reading upToToday = reading("csat", m_agent, {2024, 4, 11}, {2024, 4, 20});
    const Reading wholeWindow = reading("csat", m_agent, {2024, 4, 11}, {2024, 4, 24});
    QVERIFY(wholeWindow.n > upToToday.n); // the later rows are there
    QCOMPARE(csat.value("after_n").toLongLong(), upToToday.n);
    QCOMPARE(csat.value("before_from"), QStringLiteral("2024-03-27"));
    QCOMPARE(csat.value("before_n").toLongLong(), reading("csat", m_agent, {2024, 3, 27}, {2024, 4, 9}).n);
}

void TestCliCoaching::teamAndAgentByNameOrId()
{
    const QStringList who = huddle::clitest::column(
        m_db, QStringLiteral("SELECT a.display_name || '|' || t.id || '|' || t.name FROM agents a"
                             " JOIN team_memberships m ON m.agent_id = a.id JOIN teams t ON t.id = m.team_id"
                             " WHERE a.id = %1 AND m.valid_from <= '2024-04-10' AND (m.valid_to IS NULL OR"
                             " m.valid_to > '2024-04-10')")
                  .arg(m_agent));
    QCOMPARE(who.size(), 1);
    const QStringList parts = who.first().split('|');
    const Run byName = exportRun({"--agent", parts[0], "--today", "2024-04-30"});
    const Run byId = exportRun({"--agent", QString::number(m_agent), "--today", "2024-04-30"});
    QCOMPARE(byName.exitCode, 0);
    QCOMPARE(byId.out, byName.out);
    const Table agentRows = readTable(byName.out);
    QVERIFY(agentRows.rows.size() >= 3); // AHT, CSAT and the session without focus
    for (const Row &row : agentRows.rows)
        QCOMPARE(row.value("agent"), parts[0]);
    const Run teamByName = exportRun({"--team", parts[2], "--today", "2024-04-30"});
    const Run teamById = exportRun({"--team", parts[1], "--today", "2024-04-30"});
    QCOMPARE(teamById.out, teamByName.out);
    const Table teamRows = readTable(teamByName.out);
    QVERIFY(teamRows.rows.size() > agentRows.rows.size());
    for (const Row &row : teamRows.rows)
        QCOMPARE(row.value("team"), parts[2]);
}

void TestCliCoaching::outputFileIsSpreadsheetCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("coaching.csv"));
    const Run run = exportRun({"--today", "2024-04-30", "--output", path, "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    // The same CSV as standard output (CRLF line ends), behind a byte-order mark for spreadsheets.
    const QString piped = exportRun({"--today", "2024-04-30"}).out;
    QVERIFY(piped.contains(QLatin1String("\r\n")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), "\xEF\xBB\xBF" + piped.toUtf8());
    const Run refused = exportRun({"--output", m_dir.filePath(QStringLiteral("no/such/dir/c.csv"))});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(huddle::clitest::isOneLine(refused.err));
}

void TestCliCoaching::sameDataSameFile()
{
    const Run first = exportRun({"--today", "2024-04-30"});
    const Run second = exportRun({"--today", "2024-04-30"});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(second.out, first.out);
    // The default window is the database's setting (14 days).
    QCOMPARE(rowOf(readTable(first.out), m_session, "aht").value("before_from"),
             QStringLiteral("2024-03-27"));
}

void TestCliCoaching::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList db{"--db", "x.db"};
    const QStringList april{"--from", "2024-04-01", "--to", "2024-04-30"};
    QTest::newRow("no subcommand") << QStringList{"coaching"} << "subcommand";
    QTest::newRow("unknown subcommand") << QStringList{"coaching", "import"} << "unknown subcommand 'import'";
    QTest::newRow("no db") << QStringList{"coaching", "export"} + april << "--db";
    QTest::newRow("no from") << QStringList{"coaching", "export", "--to", "2024-04-30"} + db << "--from";
    QTest::newRow("bad day") << QStringList{"coaching",   "export", "--from",
                                            "2024-04-31", "--to",   "2024-05-01"} +
                                    db
                             << "YYYY-MM-DD";
    QTest::newRow("reversed") << QStringList{"coaching",   "export", "--from",
                                             "2024-04-30", "--to",   "2024-04-01"} +
                                     db
                              << "after";
    QTest::newRow("bad today") << QStringList{"coaching", "export", "--today", "now"} + april + db
                               << "--today";
    for (const char *days : {"0", "91", "two"})
        QTest::newRow(qPrintable(QStringLiteral("effect days %1").arg(days)))
            << QStringList{"coaching", "export", "--effect-days", days} + april + db << "--effect-days";
    QTest::newRow("format") << QStringList{"coaching", "export", "--format", "json"} + april + db << "csv";
    QTest::newRow("unknown option") << QStringList{"coaching", "export", "--week"} + april + db << "week";
    QTest::newRow("stray argument") << QStringList{"coaching", "export", "extra"} + april + db << "extra";
}

void TestCliCoaching::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

// A team or agent nobody has is a usage error too, named in the message.
void TestCliCoaching::unknownTeamOrAgent()
{
    const Run nobody = exportRun({"--agent", "Nobody Here"});
    QCOMPARE(nobody.exitCode, 1);
    QVERIFY2(nobody.err.contains("Nobody Here") && huddle::clitest::isOneLine(nobody.err),
             qPrintable(nobody.err));
    // Ids one past the last team and agent match nobody; the last ones themselves do.
    const qint64 lastTeam =
        huddle::clitest::column(m_db, QStringLiteral("SELECT MAX(id) FROM teams")).value(0).toLongLong();
    const qint64 lastAgent =
        huddle::clitest::column(m_db, QStringLiteral("SELECT MAX(id) FROM agents")).value(0).toLongLong();
    QVERIFY(lastTeam > 0 && lastAgent > 0);
    QCOMPARE(exportRun({"--team", QString::number(lastTeam + 1)}).exitCode, 1);
    QCOMPARE(exportRun({"--agent", QString::number(lastAgent + 1)}).exitCode, 1);
    QCOMPARE(exportRun({"--team", QString::number(lastTeam)}).exitCode, 0);
    QCOMPARE(exportRun({"--agent", QString::number(lastAgent)}).exitCode, 0);
}

void TestCliCoaching::missingDatabase()
{
    const Run run = cli({"coaching", "export", "--db", m_dir.filePath(QStringLiteral("absent.db")), "--from",
                         "2024-04-01", "--to", "2024-04-30"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(huddle::clitest::isOneLine(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.db"))));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_coaching", TestCliCoaching)
#include "tst_clicoaching.moc"
