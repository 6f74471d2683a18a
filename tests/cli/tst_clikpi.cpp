// huddle-cli kpi's weighted KPI score, band columns, KPI plans from the database, --weights, and week and
// month rows. Expected values are recomputed here from raw SQL on the same database, with the default plan of
// domain.md written out by hand, never taken from the code under test.
#include "clirun.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <optional>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::readTable;
using huddle::clitest::Run;
using huddle::clitest::Table;
using huddle::testsupport::openRawConnection;
using huddle::testsupport::runRaw;

namespace {

// One KPI of a plan: its weight and band edges; AHT is the lower-is-better one.
struct Rule {
    QString code;
    int weight;
    double below;
    double met;
    double exceeded;
    bool lowerIsBetter = false;
};

// domain.md's default weights with the default thresholds (attendance 90/95/99, CSAT 70/80/90, sales
// conversion 2/4/6 %, QA 70/80/90, AHT 540/420/360 s).
const QList<Rule> defaultRules{{QStringLiteral("attendance"), 30, 90, 95, 99},
                               {QStringLiteral("csat"), 25, 70, 80, 90},
                               {QStringLiteral("sales"), 20, 2, 4, 6},
                               {QStringLiteral("qa"), 15, 70, 80, 90},
                               {QStringLiteral("aht"), 10, 540, 420, 360, true}};

QString bandOf(const Rule &rule, double value)
{
    const auto reaches = [&](double edge) { return rule.lowerIsBetter ? value <= edge : value >= edge; };
    if (reaches(rule.exceeded))
        return QStringLiteral("exceeded");
    if (reaches(rule.met))
        return QStringLiteral("met");
    if (reaches(rule.below))
        return QStringLiteral("below");
    return QStringLiteral("far_below");
}

int pointsOf(const QString &band)
{
    static const QHash<QString, int> points{{QStringLiteral("far_below"), 0},
                                            {QStringLiteral("below"), 50},
                                            {QStringLiteral("met"), 80},
                                            {QStringLiteral("exceeded"), 100}};
    return points.value(band);
}

// KPI code → exact value, for the KPIs that have data.
using Readings = QHash<QString, double>;

struct Expected {
    std::optional<double> score;
    int coverage = 0;
    QHash<QString, QString> bands; // code → band, for weighted KPIs with data
};

// Σ weight × points ÷ Σ weight over the weighted KPIs with data.
Expected expectedScore(const QList<Rule> &rules, const Readings &readings)
{
    Expected expected;
    double points = 0;
    for (const Rule &rule : rules) {
        if (rule.weight == 0 || !readings.contains(rule.code))
            continue;
        const QString band = bandOf(rule, readings.value(rule.code));
        expected.bands.insert(rule.code, band);
        points += rule.weight * pointsOf(band);
        expected.coverage += rule.weight;
    }
    if (expected.coverage > 0)
        expected.score = points / expected.coverage;
    return expected;
}

// The rules with other weights: code → weight, everything else 0.
QList<Rule> reweighted(const QHash<QString, int> &weights)
{
    QList<Rule> rules = defaultRules;
    for (Rule &rule : rules)
        rule.weight = weights.value(rule.code);
    return rules;
}

QStringList bandColumns(const QStringList &header)
{
    QStringList bands;
    for (const QString &name : header)
        if (name.startsWith(QLatin1String("band_")))
            bands << name;
    return bands;
}

// A complete KPI plan as a site would hand-write it: CSAT and QA weigh 50 each and are met at a low 20 %.
const char *lenientPlan =
    "{\"version\": 1, \"band_points\": {\"far_below\": 0, \"below\": 50, \"met\": 80, \"exceeded\": 100}, "
    "\"kpis\": {\"attendance\": {\"weight\": 0, \"below\": 90, \"met\": 95, \"exceeded\": 99}, "
    "\"csat\": {\"weight\": 50, \"below\": 10, \"met\": 20, \"exceeded\": 30}, "
    "\"sales\": {\"weight\": 0, \"below\": 2, \"met\": 4, \"exceeded\": 6}, "
    "\"qa\": {\"weight\": 50, \"below\": 10, \"met\": 20, \"exceeded\": 30}, "
    "\"aht\": {\"weight\": 0, \"below\": 540, \"met\": 420, \"exceeded\": 360}, "
    "\"fcr\": {\"weight\": 0, \"below\": 60, \"met\": 70, \"exceeded\": 80}, "
    "\"cph\": {\"weight\": 0, \"below\": 4, \"met\": 6, \"exceeded\": 8}, "
    "\"nps\": {\"weight\": 0, \"below\": 0, \"met\": 30, \"exceeded\": 50}}} ";

} // namespace

class TestCliKpi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scoreByAgentMatchesHandComputation();
    void weightsOverrideThePlan();
    void plansFromTheDatabase();
    void scoreInJson();
    void byWeek();
    void byMonthAcrossLeapFebruary();
    void refusesACenturyOfEmptyRows();
    void csvNeutralisesFormulaNames();

private:
    QSqlQuery sql(const QString &statement, const QVariantList &bindings = {});
    // Exact KPI values per agent over the whole span of the data (the CLI's default period).
    QHash<QString, Readings> agentReadings();
    QString copyOfDemo(const QString &name);
    Run kpi(const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("kpi"), QStringLiteral("--db"), m_db} + extra);
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliKpi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = huddle::clitest::demoDatabase(m_dir.filePath(QStringLiteral("demo.db")));
    QVERIFY(!m_db.isEmpty());
    QVERIFY(openRawConnection(m_db, QStringLiteral("clikpi")).isOpen());
}

void TestCliKpi::cleanupTestCase()
{
    QSqlDatabase::database(QStringLiteral("clikpi")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("clikpi"));
}

QSqlQuery TestCliKpi::sql(const QString &statement, const QVariantList &bindings)
{
    return huddle::clitest::checkSql(QStringLiteral("clikpi"), statement, bindings);
}

QString TestCliKpi::copyOfDemo(const QString &name)
{
    return huddle::clitest::copyOfDatabase(m_db, m_dir.filePath(name), QStringLiteral("clikpi"));
}

QHash<QString, Readings> TestCliKpi::agentReadings()
{
    QSqlQuery span = sql(QStringLiteral("SELECT MIN(day), MAX(day) FROM conversations"));
    span.next();
    const QVariantList days{span.value(0), span.value(1)};
    // Each statement: agent name, numerator, denominator; the KPI is 100 × n ÷ d (AHT and QA: n ÷ d).
    const QList<std::tuple<QString, double, QString>> statements{
        {QStringLiteral("csat"), 100.0,
         QStringLiteral(
             "SELECT a.display_name, SUM(CASE WHEN c.csat_score >= 4 THEN 1 ELSE 0 END), COUNT(*) FROM "
             "conversations c JOIN agents a"
             " ON a.id = c.agent_id WHERE c.csat_score IS NOT NULL AND c.day BETWEEN ? AND ? GROUP BY 1")},
        {QStringLiteral("aht"), 1.0,
         QStringLiteral(
             "SELECT a.display_name, SUM(c.handle_s), COUNT(*) FROM conversations c JOIN agents a"
             " ON a.id = c.agent_id WHERE c.answered = 1 AND c.handle_s IS NOT NULL AND c.day BETWEEN ?"
             " AND ? GROUP BY 1")},
        {QStringLiteral("sales"), 100.0,
         QStringLiteral(
             "SELECT a.display_name, (SELECT COUNT(*) FROM sales s WHERE s.agent_id = a.id AND s.day"
             " BETWEEN ? AND ?), (SELECT COUNT(*) FROM conversations c WHERE c.agent_id = a.id AND"
             " c.answered = 1 AND c.day BETWEEN ? AND ?) FROM agents a")},
        {QStringLiteral("attendance"), 100.0,
         QStringLiteral("SELECT a.display_name, SUM(CASE WHEN t.status IN ('present', 'late') THEN 1 ELSE 0 "
                        "END), COUNT(*) FROM attendance t"
                        " JOIN agents a ON a.id = t.agent_id WHERE t.day BETWEEN ? AND ? GROUP BY 1")},
        {QStringLiteral("qa"), 1.0,
         QStringLiteral(
             "SELECT a.display_name, SUM(e.score_pct), COUNT(*) FROM evaluations e JOIN agents a"
             " ON a.id = e.agent_id WHERE e.status IN ('published', 'final') AND e.score_pct IS NOT"
             " NULL AND e.kind = 'qa' AND e.conversation_day BETWEEN ? AND ? GROUP BY 1")}};
    QHash<QString, Readings> readings;
    for (const auto &[code, scale, statement] : statements) {
        const QVariantList bindings = statement.count(QLatin1Char('?')) == 4 ? days + days : days;
        QSqlQuery q = sql(statement, bindings);
        while (q.next())
            if (q.value(2).toLongLong() > 0)
                readings[q.value(0).toString()].insert(code,
                                                       scale * q.value(1).toDouble() / q.value(2).toDouble());
    }
    return readings;
}

void TestCliKpi::scoreByAgentMatchesHandComputation()
{
    const Run run = kpi({});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QCOMPARE(bandColumns(table.header),
             (QStringList{"band_attendance", "band_csat", "band_sales", "band_qa", "band_aht"}));
    const QHash<QString, Readings> readings = agentReadings();
    QCOMPARE(table.rows.size(), readings.size());
    QSet<QString> bandsSeen;
    int partial = 0; // agents without data for some KPI: their score stands on the rest of the weight
    for (const auto &row : table.rows) {
        const QString agent = row.value(QStringLiteral("agent"));
        QVERIFY2(readings.contains(agent), qPrintable(agent));
        if (readings[agent].size() < 5)
            ++partial;
        const Expected expected = expectedScore(defaultRules, readings[agent]);
        const QString score = row.value(QStringLiteral("score"));
        QVERIFY2(
            std::abs(score.toDouble() - *expected.score) <= 0.05 + 1e-9,
            qPrintable(QStringLiteral("%1: score %2, expected %3").arg(agent, score).arg(*expected.score)));
        QCOMPARE(row.value(QStringLiteral("score_coverage")).toInt(), expected.coverage);
        for (const Rule &rule : defaultRules) {
            const QString band = row.value(QStringLiteral("band_") + rule.code);
            QCOMPARE(band, expected.bands.value(rule.code));
            bandsSeen.insert(band);
        }
    }
    QVERIFY2(bandsSeen.size() >= 3, "the demo spreads agents over several bands");
    QVERIFY2(partial > 0, "some demo agent has no QA evaluation in the month");
}

void TestCliKpi::weightsOverrideThePlan()
{
    const Run run = kpi({QStringLiteral("--weights"), QStringLiteral("csat=60,aht=40")});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QCOMPARE(bandColumns(table.header), (QStringList{"band_csat", "band_aht"}));
    const QList<Rule> rules = reweighted({{QStringLiteral("csat"), 60}, {QStringLiteral("aht"), 40}});
    const QHash<QString, Readings> readings = agentReadings();
    for (const auto &row : table.rows) {
        const QString agent = row.value(QStringLiteral("agent"));
        const Expected expected = expectedScore(rules, readings[agent]);
        QVERIFY2(std::abs(row.value(QStringLiteral("score")).toDouble() - *expected.score) <= 0.05 + 1e-9,
                 qPrintable(agent));
        QCOMPARE(row.value(QStringLiteral("band_csat")), expected.bands.value(QStringLiteral("csat")));
        QCOMPARE(row.value(QStringLiteral("band_aht")), expected.bands.value(QStringLiteral("aht")));
    }
    // Weighing only sales: an agent's score is exactly the points of their conversion band.
    const Run sales = kpi({QStringLiteral("--weights"), QStringLiteral("sales=100")});
    for (const auto &row : readTable(sales.out).rows) {
        const double conversion =
            agentReadings()[row.value(QStringLiteral("agent"))].value(QStringLiteral("sales"));
        QCOMPARE(row.value(QStringLiteral("score")).toDouble(),
                 pointsOf(bandOf(defaultRules[2], conversion)));
    }
}

void TestCliKpi::plansFromTheDatabase()
{
    // Team 1 gets the lenient plan; the site's plan weighs attendance alone, met at 1 %.
    const QString db = copyOfDemo(QStringLiteral("plans.db"));
    QVERIFY(!db.isEmpty());
    QString sitePlan = QString::fromUtf8(lenientPlan);
    sitePlan.replace(
        QStringLiteral("\"attendance\": {\"weight\": 0, \"below\": 90, \"met\": 95, \"exceeded\": 99}"),
        QStringLiteral("\"attendance\": {\"weight\": 100, \"below\": 0, \"met\": 1, \"exceeded\": 2}"));
    sitePlan.replace(QStringLiteral("\"csat\": {\"weight\": 50"), QStringLiteral("\"csat\": {\"weight\": 0"));
    sitePlan.replace(QStringLiteral("\"qa\": {\"weight\": 50"), QStringLiteral("\"qa\": {\"weight\": 0"));
    QVERIFY(runRaw(db, {QStringLiteral("INSERT INTO kpi_plans (team_id, definition, updated_at) VALUES"
                                       " ((SELECT MIN(id) FROM teams), '%1', '2024-05-01T00:00:00Z')")
                            .arg(QString::fromUtf8(lenientPlan)),
                        QStringLiteral("INSERT INTO kpi_plans (team_id, definition, updated_at) VALUES"
                                       " (NULL, '%1', '2024-05-01T00:00:00Z')")
                            .arg(sitePlan)}));
    QSqlQuery first = sql(QStringLiteral("SELECT name FROM teams ORDER BY id"));
    QVERIFY(first.next());
    const QString lenientTeam = first.value(0).toString();
    QVERIFY(first.next());
    const QString otherTeam = first.value(0).toString();

    // Demo teams reach 60–80 % CSAT and QA and attend most shifts: everything is Exceeded under these plans.
    const Run byTeam = cli(
        {QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("team")});
    QCOMPARE(byTeam.exitCode, 0);
    const Table teams = readTable(byTeam.out);
    QCOMPARE(bandColumns(teams.header), (QStringList{"band_attendance", "band_csat", "band_qa"}));
    QCOMPARE(teams.rows.size(), 2);
    for (const auto &row : teams.rows) {
        const bool lenient = row.value(QStringLiteral("team")) == lenientTeam;
        QVERIFY(lenient || row.value(QStringLiteral("team")) == otherTeam);
        QCOMPARE(row.value(QStringLiteral("score")), QStringLiteral("100.0"));
        QCOMPARE(row.value(QStringLiteral("band_csat")), lenient ? QStringLiteral("exceeded") : QString());
        QCOMPARE(row.value(QStringLiteral("band_qa")), lenient ? QStringLiteral("exceeded") : QString());
        QCOMPARE(row.value(QStringLiteral("band_attendance")),
                 lenient ? QString() : QStringLiteral("exceeded"));
    }
    // Rows that are periods use --team's plan.
    const Run month = cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--team"),
                           lenientTeam, QStringLiteral("--by"), QStringLiteral("month")});
    QCOMPARE(month.exitCode, 0);
    QCOMPARE(bandColumns(readTable(month.out).header), (QStringList{"band_csat", "band_qa"}));
    // --weights replaces the weights of both plans and keeps their thresholds: the lenient team's CSAT is
    // still Exceeded at 30 %.
    const Run weighted =
        cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--by"),
             QStringLiteral("team"), QStringLiteral("--weights"), QStringLiteral("csat=100")});
    const Table reweightedTeams = readTable(weighted.out);
    QCOMPARE(bandColumns(reweightedTeams.header), QStringList{"band_csat"});
    for (const auto &row : reweightedTeams.rows)
        if (row.value(QStringLiteral("team")) == lenientTeam)
            QCOMPARE(row.value(QStringLiteral("score")), QStringLiteral("100.0"));
}

void TestCliKpi::scoreInJson()
{
    const Run run = kpi({QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    const Table csv = readTable(kpi({}).out);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        QVERIFY(row[QLatin1String("score")].isDouble());
        QCOMPARE(row[QLatin1String("score")].toDouble(),
                 csv.rows[i].value(QStringLiteral("score")).toDouble());
        QCOMPARE(row[QLatin1String("score_coverage")].toInt(),
                 csv.rows[i].value(QStringLiteral("score_coverage")).toInt());
        QVERIFY(row[QLatin1String("band_csat")].isString());
        QCOMPARE(row[QLatin1String("band_csat")].toString(), csv.rows[i].value(QStringLiteral("band_csat")));
    }
}

void TestCliKpi::byWeek()
{
    // Wednesday 10 to Saturday 20 April 2024: the rest of ISO week 15 (8–14 April) and part of week 16.
    const Run run = kpi({QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--from"),
                         QStringLiteral("2024-04-10"), QStringLiteral("--to"), QStringLiteral("2024-04-20")});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QVERIFY(table.header.mid(0, 4) == QStringList({"week", "from", "to", "handled"}));
    QCOMPARE(table.rows.size(), 2);
    const QList<std::tuple<QString, QString, QString>> weeks{{"2024-W15", "2024-04-10", "2024-04-14"},
                                                             {"2024-W16", "2024-04-15", "2024-04-20"}};
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const auto &[week, from, to] = weeks[i];
        const auto &row = table.rows[i];
        QCOMPARE(row.value(QStringLiteral("week")), week);
        QCOMPARE(row.value(QStringLiteral("from")), from);
        QCOMPARE(row.value(QStringLiteral("to")), to);
        QSqlQuery q = sql(QStringLiteral("SELECT COUNT(*), COUNT(csat_score) FROM conversations"
                                         " WHERE answered = 1 AND day BETWEEN ? AND ?"),
                          {from, to});
        QVERIFY(q.next());
        QCOMPARE(row.value(QStringLiteral("handled")).toLongLong(), q.value(0).toLongLong());
        QVERIFY(!row.value(QStringLiteral("score")).isEmpty());
    }
    // Over the whole month the weeks follow each other without a gap and add up to every conversation.
    const Table all = readTable(kpi({QStringLiteral("--by"), QStringLiteral("week")}).out);
    qint64 handled = 0;
    QDate next;
    for (const auto &row : all.rows) {
        const QDate from = QDate::fromString(row.value(QStringLiteral("from")), Qt::ISODate);
        QVERIFY(!next.isValid() || from == next);
        next = QDate::fromString(row.value(QStringLiteral("to")), Qt::ISODate).addDays(1);
        handled += row.value(QStringLiteral("handled")).toLongLong();
    }
    QSqlQuery total = sql(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 1"));
    QVERIFY(total.next());
    QCOMPARE(handled, total.value(0).toLongLong());
    QCOMPARE(all.rows.size(), 5); // 1–7, 8–14, 15–21, 22–28 and 29–30 April 2024
}

void TestCliKpi::byMonthAcrossLeapFebruary()
{
    // 75 days to 30 April 2024 start on 16 February; January is asked for too and has no data.
    const QString db = huddle::clitest::newDatabase(m_dir.filePath(QStringLiteral("months.db")));
    QCOMPARE(
        cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--teams"),
             QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("3"), QStringLiteral("--days"),
             QStringLiteral("75"), QStringLiteral("--end"), QStringLiteral("2024-04-30")})
            .exitCode,
        0);
    const Run run = cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--by"),
                         QStringLiteral("month"), QStringLiteral("--from"), QStringLiteral("2024-01-20")});
    QCOMPARE(run.exitCode, 0);
    const Table table = readTable(run.out);
    QVERIFY(table.header.mid(0, 4) == QStringList({"month", "from", "to", "handled"}));
    const QList<std::tuple<QString, QString, QString>> months{{"2024-01", "2024-01-20", "2024-01-31"},
                                                              {"2024-02", "2024-02-01", "2024-02-29"},
                                                              {"2024-03", "2024-03-01", "2024-03-31"},
                                                              {"2024-04", "2024-04-01", "2024-04-30"}};
    QCOMPARE(table.rows.size(), months.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        const auto &[month, from, to] = months[i];
        const auto &row = table.rows[i];
        QCOMPARE(row.value(QStringLiteral("month")), month);
        QCOMPARE(row.value(QStringLiteral("from")), from);
        QCOMPARE(row.value(QStringLiteral("to")), to);
        QCOMPARE(row.value(QStringLiteral("handled")),
                 column(db, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 1 AND day"
                                           " BETWEEN '%1' AND '%2'")
                                .arg(from, to))
                     .value(0));
    }
    QVERIFY(table.rows[1].value(QStringLiteral("handled")).toLongLong() > 0);
    // January: a row without data, not zeros.
    QCOMPARE(table.rows[0].value(QStringLiteral("handled")), QStringLiteral("0"));
    QCOMPARE(table.rows[0].value(QStringLiteral("csat_pct")), QString());
    QCOMPARE(table.rows[0].value(QStringLiteral("score")), QString());
    QCOMPARE(table.rows[0].value(QStringLiteral("score_coverage")), QStringLiteral("0"));
    QCOMPARE(table.rows[0].value(QStringLiteral("band_csat")), QString());
}

// Found by fuzz_cli: weeks and months are rows even without data, so a range of thousands of years took
// seconds and hundreds of megabytes. Refused as a usage error; a long but sane range still works.
void TestCliKpi::refusesACenturyOfEmptyRows()
{
    const Run refused =
        kpi({QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--from"),
             QStringLiteral("0001-01-01"), QStringLiteral("--to"), QStringLiteral("9999-12-31")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(
        refused.err,
        QStringLiteral("huddle-cli kpi: --from 0001-01-01 to --to 9999-12-31 spans more than 100 years\n"));
    QCOMPARE(refused.out, QString());
    const Run decades =
        kpi({QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--from"),
             QStringLiteral("1950-01-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    QCOMPARE(decades.exitCode, 0);
    QCOMPARE(readTable(decades.out).rows.size(), 75 * 12);
}

void TestCliKpi::csvNeutralisesFormulaNames()
{
    const QString db = copyOfDemo(QStringLiteral("formula.db"));
    QVERIFY(
        runRaw(db, {QStringLiteral("UPDATE agents SET display_name = '=HYPERLINK(\"x\")' WHERE external_ref ="
                                   " 'A1001'"),
                    QStringLiteral("UPDATE teams SET name = '-7' WHERE id = (SELECT MIN(id) FROM teams)")}));
    const Run csv = cli(
        {QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("agent")});
    QCOMPARE(csv.exitCode, 0);
    // The formula gets its apostrophe (and quotes, for its own quotes); "-7" is a plain number and stays.
    QVERIFY2(csv.out.contains(QLatin1String("\n\"'=HYPERLINK(\"\"x\"\")\",")), qPrintable(csv.out.left(800)));
    QStringList teams;
    for (const auto &row : readTable(csv.out).rows)
        teams << row.value(QStringLiteral("team"));
    QVERIFY(teams.contains(QStringLiteral("-7")));
    const Run json = cli({QStringLiteral("kpi"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                          QStringLiteral("json")});
    QStringList agents; // JSON is not a spreadsheet: names as they are
    for (const QJsonValue &row : QJsonDocument::fromJson(json.out.toUtf8()).array())
        agents << row[QLatin1String("agent")].toString();
    QVERIFY(agents.contains(QStringLiteral("=HYPERLINK(\"x\")")));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_kpi", TestCliKpi)
#include "tst_clikpi.moc"
