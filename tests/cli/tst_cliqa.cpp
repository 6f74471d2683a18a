// huddle-cli qa export (one CSV row per evaluation × criterion) and the QA % of huddle-cli kpi, on the demo
// database. Expected values come from raw SQL on the same database and from the points-lost rule of domain.md
// worked out here, never from the code under test.
#include "clirun.h"
#include "support/csvtext.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

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

namespace {

const QStringList evaluationExportHeader{"evaluation_id",
                                         "conversation_ref",
                                         "conversation_day",
                                         "agent",
                                         "team",
                                         "evaluator",
                                         "kind",
                                         "status",
                                         "scorecard",
                                         "scorecard_version",
                                         "section",
                                         "criterion",
                                         "weight",
                                         "criterion_kind",
                                         "auto_fail",
                                         "answer",
                                         "points_lost",
                                         "comment",
                                         "evaluation_score_pct",
                                         "published_at"};

// Every answer the export must hold, read straight from the tables: kinds qa and peer, drafts left out, in
// the period; keyed by "evaluation id/criterion name".
const char *answersSql =
    "SELECT e.id, cr.name, c.external_id, e.conversation_day, a.display_name, t.name, e.evaluator, e.kind,"
    " e.status, sc.name, v.version, s.name, cr.weight, cr.kind, cr.auto_fail, x.not_applicable, x.points,"
    " x.comment, e.score_pct, e.published_at FROM evaluations e JOIN conversations c ON c.id = "
    "e.conversation_id"
    " JOIN agents a ON a.id = e.agent_id LEFT JOIN teams t ON t.id = e.team_id"
    " JOIN scorecard_versions v ON v.id = e.scorecard_version_id JOIN scorecards sc ON sc.id = v.scorecard_id"
    " JOIN scorecard_sections s ON s.version_id = v.id JOIN scorecard_criteria cr ON cr.section_id = s.id"
    " LEFT JOIN evaluation_answers x ON x.evaluation_id = e.id AND x.criterion_id = cr.id"
    " WHERE e.kind IN ('qa', 'peer') AND e.status <> 'draft' AND e.conversation_day BETWEEN ? AND ?";

// One criterion's answer as the points-lost rule needs it.
struct Answered {
    double weight = 1;
    int max = 1;    // 1 for yes/no, 4 for a 1–5 scale
    int earned = 0; // yes/no 0–1, a scale points − 1
    bool na = false;
    bool autoFail = false;
};

// domain.md and core/qaimpact.h: a criterion loses 100 × weight × (max − earned) ÷ Σ weight × max over the
// answered criteria; when a failed auto-fail criterion zeroes the evaluation, what the rest earned is charged
// to the failed auto-fail criteria in equal parts.
QList<double> expectedLoss(const QList<Answered> &answers)
{
    double possible = 0;
    double earned = 0;
    int failedCritical = 0;
    for (const Answered &a : answers) {
        if (a.na)
            continue;
        possible += a.weight * a.max;
        earned += a.weight * a.earned;
        failedCritical += a.autoFail && a.earned < a.max ? 1 : 0;
    }
    QList<double> loss;
    for (const Answered &a : answers) {
        double l = a.na ? 0 : 100.0 * a.weight * (a.max - a.earned) / possible;
        if (failedCritical > 0 && a.autoFail && !a.na && a.earned < a.max)
            l += 100.0 * earned / possible / failedCritical;
        loss.append(l);
    }
    return loss;
}

// The text columns of an exported row …
QStringList textFields(const QHash<QString, QString> &row)
{
    QStringList fields;
    for (const char *column :
         {"conversation_ref", "conversation_day", "agent", "team", "evaluator", "kind", "status", "scorecard",
          "scorecard_version", "section", "criterion_kind", "auto_fail", "answer", "comment", "published_at"})
        fields << row.value(QLatin1String(column));
    return fields;
}

// … and what the tables hold for them (a row of answersSql).
QStringList rawFields(const QSqlQuery &q)
{
    QStringList fields;
    for (const int column : {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14})
        fields << q.value(column).toString();
    fields << (q.value(15).toInt() == 1 ? QStringLiteral("NA") : q.value(16).toString())
           << q.value(17).toString() << q.value(19).toString();
    return fields;
}

} // namespace

class TestCliQa : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void exportHasOneRowPerEvaluationAndCriterion();
    void pointsLostFollowTheRule();
    void teamAndAgentFilters();
    void outputFileIsSpreadsheetCsv();
    void draftsAndCalibrationStayOut();
    void usageErrors_data();
    void usageErrors();
    void missingDatabase();
    void kpiQaPctLeavesOutDisputedPeerAndCalibration();

private:
    QSqlQuery sql(const QString &statement, const QVariantList &bindings = {});
    QString copyOfDemo(const QString &name);
    Run exportRun(const QString &db, const QStringList &extra)
    {
        return cli(QStringList{"qa", "export", "--db", db, "--from", m_from, "--to", m_to} + extra);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_from = QStringLiteral("2024-04-01");
    QString m_to = QStringLiteral("2024-04-30");
};

void TestCliQa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = huddle::clitest::demoDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(!m_db.isEmpty());
    QVERIFY(huddle::testsupport::openRawConnection(m_db, QStringLiteral("cliqa")).isOpen());
}

void TestCliQa::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("cliqa")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("cliqa"));
}

QSqlQuery TestCliQa::sql(const QString &statement, const QVariantList &bindings)
{
    return huddle::clitest::checkSql(QStringLiteral("cliqa"), statement, bindings);
}

QString TestCliQa::copyOfDemo(const QString &name)
{
    return huddle::clitest::copyOfDatabase(m_db, m_dir.filePath(name), QStringLiteral("cliqa"));
}

void TestCliQa::exportHasOneRowPerEvaluationAndCriterion()
{
    const Run run = exportRun(m_db, {});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.out.startsWith(QChar(0xfeff))); // no byte-order mark on standard output
    const Table table = readTable(run.out);
    QCOMPARE(table.header, evaluationExportHeader);
    QHash<QString, QHash<QString, QString>> exported;
    for (const auto &row : table.rows)
        exported.insert(row.value("evaluation_id") + '/' + row.value("criterion"), row);
    QCOMPARE(exported.size(), table.rows.size()); // no row twice
    QSqlQuery q = sql(QLatin1String(answersSql), {m_from, m_to});
    int expected = 0;
    QSet<QString> kinds, statuses;
    while (q.next()) {
        ++expected;
        const QString key = q.value(0).toString() + '/' + q.value(1).toString();
        QVERIFY2(exported.contains(key), qPrintable(key));
        const auto &row = exported[key];
        QCOMPARE(textFields(row), rawFields(q));
        QCOMPARE(row.value("weight").toDouble(), q.value(12).toDouble());
        QVERIFY(std::abs(row.value("evaluation_score_pct").toDouble() - q.value(18).toDouble()) <= 0.005);
        kinds.insert(row.value("kind"));
        statuses.insert(row.value("status"));
    }
    QCOMPARE(table.rows.size(), expected);
    QCOMPARE(kinds, (QSet<QString>{"qa", "peer"}));
    QVERIFY2(statuses.contains("published") && statuses.contains("final") && statuses.contains("disputed"),
             "the demo's April holds published, final and disputed evaluations");
}

void TestCliQa::pointsLostFollowTheRule()
{
    const Table table = readTable(exportRun(m_db, {}).out);
    QHash<QString, QList<QHash<QString, QString>>> byEvaluation; // rows in scorecard order
    for (const auto &row : table.rows)
        byEvaluation[row.value("evaluation_id")].append(row);
    QVERIFY(byEvaluation.size() > 10);
    for (auto it = byEvaluation.cbegin(); it != byEvaluation.cend(); ++it) {
        QList<Answered> answers;
        for (const auto &row : it.value()) {
            const bool scale = row.value("criterion_kind") == QLatin1String("scale_1_5");
            Answered a;
            a.weight = row.value("weight").toDouble();
            a.max = scale ? 4 : 1;
            a.na = row.value("answer") == QLatin1String("NA");
            a.earned = a.na ? 0 : row.value("answer").toInt() - (scale ? 1 : 0);
            a.autoFail = row.value("auto_fail") == QLatin1String("1");
            answers.append(a);
        }
        const QList<double> loss = expectedLoss(answers);
        double sum = 0;
        for (qsizetype i = 0; i < loss.size(); ++i) {
            const double got = it.value()[i].value("points_lost").toDouble();
            QVERIFY2(std::abs(got - loss[i]) <= 0.005 + 1e-9,
                     qPrintable(QStringLiteral("evaluation %1, %2: %3 instead of %4")
                                    .arg(it.key(), it.value()[i].value("criterion"))
                                    .arg(got)
                                    .arg(loss[i])));
            sum += loss[i];
        }
        // What was lost and what was scored make 100.
        QVERIFY(std::abs(sum + it.value()[0].value("evaluation_score_pct").toDouble() - 100) <= 0.01);
    }
}

void TestCliQa::teamAndAgentFilters()
{
    QSqlQuery names = sql(
        QStringLiteral(
            "SELECT t.name, a.display_name FROM evaluations e JOIN teams t ON t.id = e.team_id JOIN agents a "
            "ON a.id ="
            " e.agent_id WHERE e.kind = 'qa' AND e.conversation_day BETWEEN ? AND ? ORDER BY e.id LIMIT 1"),
        {m_from, m_to});
    QVERIFY(names.next());
    const QString team = names.value(0).toString();
    const QString agent = names.value(1).toString();
    const auto rowsFor = [&](const QString &condition, const QString &value) {
        QSqlQuery q = sql(QStringLiteral("SELECT COUNT(*) FROM (%1 AND %2) AS answers")
                              .arg(QLatin1String(answersSql), condition),
                          {m_from, m_to, value});
        return q.next() ? q.value(0).toInt() : -1;
    };
    const Table byTeam = readTable(exportRun(m_db, {"--team", team}).out);
    QCOMPARE(byTeam.rows.size(), rowsFor(QStringLiteral("t.name = ?"), team));
    for (const auto &row : byTeam.rows)
        QCOMPARE(row.value("team"), team);
    const Table byAgent = readTable(exportRun(m_db, {"--agent", agent}).out);
    QCOMPARE(byAgent.rows.size(), rowsFor(QStringLiteral("a.display_name = ?"), agent));
    QVERIFY(byAgent.rows.size() > 0 && byAgent.rows.size() < byTeam.rows.size());
    // One day: only conversations of that day.
    const Run day = cli({"qa", "export", "--db", m_db, "--from", "2024-04-10", "--to", "2024-04-10"});
    for (const auto &row : readTable(day.out).rows)
        QCOMPARE(row.value("conversation_day"), QStringLiteral("2024-04-10"));
}

void TestCliQa::outputFileIsSpreadsheetCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("qa.csv"));
    const Run run = exportRun(m_db, {"--output", path, "--format", "csv"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QCOMPARE(huddle::testsupport::parseCsv(text), huddle::testsupport::parseCsv(exportRun(m_db, {}).out));
    // Unwritable: a directory that does not exist.
    const Run refused = exportRun(m_db, {"--output", m_dir.filePath(QStringLiteral("no/such/dir/qa.csv"))});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(huddle::clitest::isOneLine(refused.err));
}

void TestCliQa::draftsAndCalibrationStayOut()
{
    const QString db = copyOfDemo(QStringLiteral("drafts.db"));
    QVERIFY(!db.isEmpty());
    QSqlQuery pick =
        sql(QStringLiteral("SELECT id FROM evaluations WHERE kind = 'qa' AND status = 'published' AND"
                           " conversation_day BETWEEN ? AND ? ORDER BY id LIMIT 1"),
            {m_from, m_to});
    QVERIFY(pick.next());
    const QString draft = pick.value(0).toString();
    // One evaluation becomes a draft, and one answer gets a comment a spreadsheet would run as a formula.
    QVERIFY(
        runRaw(db, {QStringLiteral("UPDATE evaluations SET status = 'draft' WHERE id = %1").arg(draft),
                    QStringLiteral("UPDATE evaluation_answers SET comment = '=HYPERLINK(\"x\")' WHERE"
                                   " evaluation_id = (SELECT MAX(id) FROM evaluations WHERE kind = 'qa' AND"
                                   " status = 'published' AND conversation_day BETWEEN '%1' AND '%2')")
                        .arg(m_from, m_to)}));
    const Table table = readTable(exportRun(db, {}).out);
    QSqlQuery calibration =
        sql(QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE kind = 'calibration'"));
    QVERIFY(calibration.next() && calibration.value(0).toInt() > 0); // there are some to leave out
    int formulas = 0;
    for (const auto &row : table.rows) {
        QVERIFY(row.value("evaluation_id") != draft);
        QVERIFY(row.value("kind") != QLatin1String("calibration"));
        QVERIFY(row.value("status") != QLatin1String("draft"));
        if (row.value("comment").contains(QLatin1String("HYPERLINK"))) {
            QCOMPARE(row.value("comment"), QStringLiteral("'=HYPERLINK(\"x\")"));
            ++formulas;
        }
    }
    QVERIFY(formulas > 0);
}

void TestCliQa::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad month") << QStringList{"--from", "2024-13-01", "--to", "2024-04-30"} << "YYYY-MM-DD";
    QTest::newRow("not a date") << QStringList{"--from", "yesterday", "--to", "2024-04-30"} << "YYYY-MM-DD";
    QTest::newRow("no from") << QStringList{"--to", "2024-04-30"} << "--from";
    QTest::newRow("no to") << QStringList{"--from", "2024-04-01"} << "--to";
    QTest::newRow("from after to") << QStringList{"--from", "2024-04-30", "--to", "2024-04-01"} << "after";
    QTest::newRow("format") << QStringList{"--from", "2024-04-01", "--to", "2024-04-30", "--format", "xlsx"}
                            << "csv";
    QTest::newRow("team") << QStringList{"--from", "2024-04-01", "--to", "2024-04-30", "--team", "Nobody"}
                          << "Nobody";
    QTest::newRow("agent") << QStringList{"--from", "2024-04-01", "--to", "2024-04-30", "--agent", "Nobody"}
                           << "Nobody";
}

void TestCliQa::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(QStringList{"qa", "export", "--db", m_db} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QLatin1String("huddle-cli qa export: ")) && run.err.contains(message),
             qPrintable(run.err));
    QVERIFY(huddle::clitest::isOneLine(run.err));
}

void TestCliQa::missingDatabase()
{
    QCOMPARE(cli({"qa"}).exitCode, 1);
    QCOMPARE(cli({"qa", "import"}).exitCode, 1);
    const Run run = exportRun(m_dir.filePath(QStringLiteral("missing.db")), {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QLatin1String("huddle-cli qa export: ")));
}

void TestCliQa::kpiQaPctLeavesOutDisputedPeerAndCalibration()
{
    // The agent with the most published QA evaluations in April: one of them is disputed, and they get a peer
    // review and a calibration score of 0 %.
    QSqlQuery pick = sql(QStringLiteral("SELECT a.display_name, e.agent_id FROM evaluations e JOIN agents a "
                                        "ON a.id = e.agent_id WHERE e.kind = 'qa'"
                                        " AND e.status IN ('published', 'final') AND e.conversation_day "
                                        "BETWEEN ? AND ? GROUP BY e.agent_id, a.display_name"
                                        " ORDER BY COUNT(*) DESC, e.agent_id LIMIT 1"),
                         {m_from, m_to});
    QVERIFY(pick.next());
    const QString agent = pick.value(0).toString();
    const qint64 agentId = pick.value(1).toLongLong();
    QSqlQuery scores =
        sql(QStringLiteral("SELECT id, score_pct FROM evaluations WHERE agent_id = ? AND kind = 'qa'"
                           " AND status IN ('published', 'final') AND conversation_day BETWEEN ? AND ?"
                           " ORDER BY score_pct DESC, id"),
            {agentId, m_from, m_to});
    QList<std::pair<qint64, double>> counted;
    while (scores.next())
        counted.append({scores.value(0).toLongLong(), scores.value(1).toDouble()});
    QVERIFY(counted.size() >= 2);
    const auto [disputed, highest] = counted.takeFirst(); // the highest score: leaving it out lowers the mean
    double sum = 0;
    for (const auto &[id, score] : counted)
        sum += score;
    const double expected = sum / counted.size();
    QVERIFY2(highest > expected + 0.01, "counting the disputed evaluation would show");

    const QString db = copyOfDemo(QStringLiteral("kpi.db"));
    const QString copyEvaluation = QStringLiteral(
        "INSERT INTO evaluations (conversation_id, agent_id, team_id, conversation_day, evaluator,"
        " scorecard_version_id, status, score_pct, created_at, kind, calibration_session_id) SELECT"
        " conversation_id, agent_id, team_id, conversation_day, 'Tester', scorecard_version_id, 'published', "
        "0,"
        " created_at, '%1', %2 FROM evaluations WHERE id = %3");
    QVERIFY(
        runRaw(db, {QStringLiteral("UPDATE evaluations SET status = 'disputed' WHERE id = %1").arg(disputed),
                    copyEvaluation.arg("peer", "NULL").arg(counted.first().first),
                    copyEvaluation.arg("calibration", "(SELECT MIN(id) FROM calibration_sessions)")
                        .arg(counted.first().first)}));
    const Run run = cli({"kpi", "--db", db, "--agent", agent, "--from", m_from, "--to", m_to});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows[0].value("qa_evaluations").toInt(), int(counted.size()));
    const double printed = table.rows[0].value("qa_pct").toDouble();
    QVERIFY2(std::abs(printed - expected) <= 0.005 + 1e-9,
             qPrintable(QStringLiteral("qa_pct %1, expected %2").arg(printed).arg(expected)));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_qa", TestCliQa)
#include "tst_cliqa.moc"
