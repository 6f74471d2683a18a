// Tests of the demo generator: deterministic for a seed, summary true to the tables, and realistic enough
// that the stories it promises (rushing agent, loved slow agent, coaching that works) are in the data.
// Facts are read back with plain SQL of this test, not through the KPI code.
#include "demofacts.h"
#include "support/testmain.h"
#include "support/totalsdiff.h"

#include "demo/agentprofile.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "storage/kpirepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace huddle;
using demofacts::fingerprint;
using demofacts::run;
using demofacts::scalar;
using testsupport::diffTotals;

namespace {

demo::DemoOptions smallDemo(quint64 seed)
{
    demo::DemoOptions options;
    options.teams = 2;
    options.agents = 8;
    options.days = 45;
    options.seed = seed;
    options.endDay = demofacts::endDay;
    return options;
}

qint64 rows(const storage::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// The tables whose rows follow from the options alone (scorecard_versions and audit_log record when they
// were written).
const QStringList dataTables{QStringLiteral("teams"),
                             QStringLiteral("agents"),
                             QStringLiteral("team_memberships"),
                             QStringLiteral("conversations"),
                             QStringLiteral("sales"),
                             QStringLiteral("attendance"),
                             QStringLiteral("evaluations"),
                             QStringLiteral("evaluation_answers"),
                             QStringLiteral("review_notes"),
                             QStringLiteral("coaching_sessions"),
                             QStringLiteral("annotations"),
                             QStringLiteral("transcript_lines"),
                             QStringLiteral("evaluation_score_history"),
                             QStringLiteral("calibration_sessions"),
                             QStringLiteral("calibration_conversations"),
                             QStringLiteral("calibration_evaluators"),
                             QStringLiteral("disputes")};

// An agent as the generator made it: index i has external ref A(1001 + i) and profile profileForAgent(i /
// teams).
struct DemoAgent {
    qint64 id = 0;
    int index = 0;
};

QList<DemoAgent> agentsWithProfile(const storage::Database &db, const demo::DemoOptions &options,
                                   demo::AgentProfile profile)
{
    QList<DemoAgent> agents;
    for (int i = 0; i < options.agents; ++i)
        if (demo::profileForAgent(i / options.teams) == profile)
            agents.append({scalar(db, QStringLiteral("SELECT id FROM agents WHERE external_ref = ?"),
                                  {QStringLiteral("A%1").arg(1001 + i)})
                               .toLongLong(),
                           i});
    return agents;
}

// Mean handle time of the agent's answered conversations.
double ahtOf(const storage::Database &db, qint64 agentId)
{
    return scalar(db,
                  QStringLiteral("SELECT AVG(handle_s) FROM conversations WHERE agent_id = ? AND answered = 1"
                                 " AND handle_s IS NOT NULL"),
                  {agentId})
        .toDouble();
}

struct Share {
    qint64 satisfied = 0;
    qint64 responses = 0;
    double pct() const
    {
        return responses ? 100.0 * static_cast<double>(satisfied) / static_cast<double>(responses) : 0;
    }
};

// CSAT of the agent's conversations between two days: answers of 4 or 5 on the demo's 1–5 scale.
Share csatOf(const storage::Database &db, qint64 agentId, QDate from, QDate to)
{
    QSqlQuery q =
        run(db,
            QStringLiteral("SELECT SUM(CASE WHEN c.csat_score >= 4 THEN 1 ELSE 0 END), COUNT(*)"
                           " FROM conversations c"
                           " WHERE c.agent_id = ? AND c.day BETWEEN ? AND ? AND c.csat_score IS NOT NULL"),
            {agentId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    Share share;
    if (q.next())
        share = {q.value(0).toLongLong(), q.value(1).toLongLong()};
    return share;
}

QList<storage::KpiRow> totalsByAgent(const storage::Database &db)
{
    storage::KpiQuery query;
    query.grouping = storage::KpiGrouping::Agent;
    query.range = {demofacts::endDay.addDays(-400), demofacts::endDay};
    auto rows = storage::KpiRepository(db).totals(query);
    return rows ? rows.value() : QList<storage::KpiRow>{};
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void summaryMatchesTables();
    void daysAreSiteLocal();
    void teamHistoryIsConsistent();
    void absentAgentsHandleNothing();
    void fastAgentRushesSlowAgentIsLoved();
    void coachingImprovesCsat();
    void attendanceHasViolations();
    void cancelLeavesNothing();
    void invalidOptions_data();
    void invalidOptions();

private:
    std::unique_ptr<storage::Database> generate(const QString &name, const demo::DemoOptions &options,
                                                demo::DemoSummary *summary = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_first; // small demo, seed 7
    demo::DemoSummary m_firstSummary;
    std::unique_ptr<storage::Database> m_large; // every profile, long enough for coaching windows
    demo::DemoOptions m_largeOptions;
};

std::unique_ptr<storage::Database> TestDemo::generate(const QString &name, const demo::DemoOptions &options,
                                                      demo::DemoSummary *summary)
{
    return demofacts::generate(m_dir.filePath(name), options, summary);
}

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = generate(QStringLiteral("first.db"), smallDemo(7), &m_firstSummary);
    QVERIFY(m_first);
    // Two teams of twelve: profileForAgent(i / 2) walks the whole twelve-profile pattern. 70 days put the
    // coaching day (day 70 × 11/20 = 38) 38 days after the start and 31 before the end.
    m_largeOptions = smallDemo(11);
    m_largeOptions.agents = 24;
    m_largeOptions.days = 70;
    m_large = generate(QStringLiteral("large.db"), m_largeOptions);
    QVERIFY(m_large);
}

void TestDemo::sameSeedSameData()
{
    demo::DemoSummary summary;
    const auto second = generate(QStringLiteral("second.db"), smallDemo(7), &summary);
    QVERIFY(second);
    QCOMPARE(summary.conversations, m_firstSummary.conversations);
    QCOMPARE(summary.surveys, m_firstSummary.surveys);

    const auto a = totalsByAgent(*m_first);
    const auto b = totalsByAgent(*second);
    QCOMPARE(a.size(), 8);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].agentName, a[i].agentName);
        QCOMPARE(b[i].teamName, a[i].teamName);
        const QString diff = diffTotals(a[i].totals, b[i].totals);
        QVERIFY2(diff.isEmpty(), qPrintable(a[i].agentName + QStringLiteral(" differs in ") + diff));
    }
    // Not only the sums: every row of every data table is the same.
    for (const QString &table : dataTables)
        QVERIFY2(fingerprint(*m_first, table) == fingerprint(*second, table), qPrintable(table));
}

void TestDemo::otherSeedOtherData()
{
    const auto other = generate(QStringLiteral("other.db"), smallDemo(8));
    QVERIFY(other);
    const auto a = totalsByAgent(*m_first);
    const auto b = totalsByAgent(*other);
    QCOMPARE(b.size(), a.size()); // same shape: eight agents
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differing += diffTotals(a[i].totals, b[i].totals).isEmpty() ? 0 : 1;
    QVERIFY2(differing > 0, "a different seed gave the same KPIs");
    QVERIFY(fingerprint(*m_first, QStringLiteral("conversations")) !=
            fingerprint(*other, QStringLiteral("conversations")));
}

void TestDemo::summaryMatchesTables()
{
    const demo::DemoSummary &s = m_firstSummary;
    QCOMPARE(s.teams, 2);
    QCOMPARE(s.agents, 8);
    QCOMPARE(rows(*m_first, QStringLiteral("teams")), qint64(s.teams));
    QCOMPARE(rows(*m_first, QStringLiteral("agents")), qint64(s.agents));
    QCOMPARE(rows(*m_first, QStringLiteral("conversations")), s.conversations);
    QCOMPARE(
        rows(*m_first, QStringLiteral("conversations WHERE csat_score IS NOT NULL OR nps_score IS NOT NULL")),
        s.surveys);
    QCOMPARE(rows(*m_first, QStringLiteral("sales")), s.sales);
    QCOMPARE(rows(*m_first, QStringLiteral("attendance")), s.shifts);
    QCOMPARE(rows(*m_first, QStringLiteral("review_notes")), s.reviewNotes);
    QCOMPARE(rows(*m_first, QStringLiteral("evaluations WHERE kind = 'qa'")), s.evaluations);
    QCOMPARE(rows(*m_first, QStringLiteral("evaluations WHERE kind = 'peer'")), s.peerReviews);
    QCOMPARE(rows(*m_first, QStringLiteral("evaluations WHERE kind = 'calibration'")), s.calibrationScores);
    QCOMPARE(rows(*m_first, QStringLiteral("calibration_sessions")), s.calibrationSessions);
    QCOMPARE(rows(*m_first, QStringLiteral("disputes")), s.disputes);
    QCOMPARE(scalar(*m_first, QStringLiteral("SELECT COUNT(DISTINCT conversation_id) FROM transcript_lines"))
                 .toLongLong(),
             s.transcripts);
    QCOMPARE(rows(*m_first, QStringLiteral("coaching_sessions")), s.coachingSessions);
    QVERIFY(s.evaluations > 0 && s.peerReviews > 0 && s.transcripts > 0);
    QCOMPARE(s.calibrationSessions, 2);
    QCOMPARE(s.disputes, 5);
    QVERIFY(s.conversations > 1000);
    QVERIFY(s.surveys > 0 && s.sales > 0 && s.shifts > 0);
    // Every day of the period lies within the 45 days ending on demofacts::endDay.
    QVERIFY(scalar(*m_first, QStringLiteral("SELECT MIN(day) FROM conversations")).toString() >=
            demofacts::endDay.addDays(-44).toString(Qt::ISODate));
    QVERIFY(scalar(*m_first, QStringLiteral("SELECT MAX(day) FROM conversations")).toString() <=
            demofacts::endDay.toString(Qt::ISODate));
    QCOMPARE(scalar(*m_first, QStringLiteral("SELECT value FROM settings WHERE key = 'site_time_zone'"))
                 .toString(),
             QStringLiteral("America/Chicago"));
}

void TestDemo::daysAreSiteLocal()
{
    // `day` is the calendar day of started_at in the site's zone, not in UTC.
    const QTimeZone chicago("America/Chicago");
    QSqlQuery q = run(*m_first, QStringLiteral("SELECT started_at, day FROM conversations"));
    int checked = 0;
    while (q.next()) {
        QDateTime started = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        started.setTimeZone(QTimeZone::utc());
        QCOMPARE(started.toTimeZone(chicago).date().toString(Qt::ISODate), q.value(1).toString());
        ++checked;
    }
    QCOMPARE(qint64(checked), m_firstSummary.conversations);
}

void TestDemo::teamHistoryIsConsistent()
{
    // One agent changes teams: two memberships, the first ending where the second begins.
    QCOMPARE(scalar(*m_first, QStringLiteral("SELECT COUNT(*) FROM (SELECT agent_id FROM team_memberships"
                                             " GROUP BY agent_id HAVING COUNT(*) = 2)"))
                 .toInt(),
             1);
    // Every handled conversation carries the team its agent belonged to on that day …
    const QString wrongTeam = QStringLiteral(
        "SELECT COUNT(*) FROM conversations c WHERE c.agent_id IS NOT NULL AND c.team_id IS NOT"
        " (SELECT m.team_id FROM team_memberships m WHERE m.agent_id = c.agent_id AND m.valid_from <= c.day"
        "  AND (m.valid_to IS NULL OR c.day < m.valid_to))");
    QCOMPARE(scalar(*m_first, wrongTeam).toInt(), 0);
    // … so the mover has conversations in both teams.
    QCOMPARE(
        scalar(*m_first, QStringLiteral("SELECT COUNT(DISTINCT c.team_id) FROM conversations c JOIN agents a"
                                        " ON a.id = c.agent_id WHERE a.external_ref = 'A1006'"))
            .toInt(),
        2);
    // Abandoned calls have no agent but do have a team.
    QCOMPARE(scalar(*m_first, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 0"
                                             " AND (agent_id IS NOT NULL OR team_id IS NULL)"))
                 .toInt(),
             0);
    QVERIFY(
        scalar(*m_first, QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 0")).toInt() >
        0);
}

void TestDemo::absentAgentsHandleNothing()
{
    // No conversations on a day the agent was absent, and none without a shift that day.
    QCOMPARE(scalar(*m_large,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM conversations c JOIN attendance a ON a.agent_id = c.agent_id"
                        " AND a.day = c.day WHERE a.status NOT IN ('present', 'late')"))
                 .toInt(),
             0);
    QCOMPARE(scalar(*m_large,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM conversations c WHERE c.agent_id IS NOT NULL AND NOT EXISTS"
                        " (SELECT 1 FROM attendance a WHERE a.agent_id = c.agent_id AND a.day = c.day)"))
                 .toInt(),
             0);
}

void TestDemo::fastAgentRushesSlowAgentIsLoved()
{
    const auto fast = agentsWithProfile(*m_large, m_largeOptions, demo::AgentProfile::FastUnsatisfying);
    const auto slow = agentsWithProfile(*m_large, m_largeOptions, demo::AgentProfile::SlowLoved);
    QVERIFY(!fast.isEmpty());
    QVERIFY(!slow.isEmpty());
    const QDate from = m_largeOptions.endDay.addDays(1 - m_largeOptions.days);
    for (const DemoAgent &f : fast) {
        for (const DemoAgent &s : slow) {
            const double fastAht = ahtOf(*m_large, f.id);
            const double slowAht = ahtOf(*m_large, s.id);
            const Share fastCsat = csatOf(*m_large, f.id, from, m_largeOptions.endDay);
            const Share slowCsat = csatOf(*m_large, s.id, from, m_largeOptions.endDay);
            const QString context = QStringLiteral("agent %1 (AHT %2, CSAT %3 %) vs %4 (AHT %5, CSAT %6 %)")
                                        .arg(f.index)
                                        .arg(fastAht)
                                        .arg(fastCsat.pct())
                                        .arg(s.index)
                                        .arg(slowAht)
                                        .arg(slowCsat.pct());
            QVERIFY2(fastCsat.responses >= 30 && slowCsat.responses >= 30, qPrintable(context));
            QVERIFY2(fastAht > 0 && fastAht < slowAht, qPrintable(context));
            QVERIFY2(fastCsat.pct() < slowCsat.pct(), qPrintable(context));
        }
    }
}

void TestDemo::coachingImprovesCsat()
{
    const auto improving =
        agentsWithProfile(*m_large, m_largeOptions, demo::AgentProfile::ImprovingAfterCoaching);
    QVERIFY(!improving.isEmpty());
    for (const DemoAgent &agent : improving) {
        const QDate coached = QDate::fromString(
            scalar(*m_large, QStringLiteral("SELECT day FROM coaching_sessions WHERE agent_id = ?"),
                   {agent.id})
                .toString(),
            Qt::ISODate);
        QVERIFY(coached.isValid());
        const Share before = csatOf(*m_large, agent.id, coached.addDays(-30), coached.addDays(-1));
        const Share after = csatOf(*m_large, agent.id, coached.addDays(1), coached.addDays(30));
        const QString context = QStringLiteral("agent %1 coached %2: before %3 % of %4, after %5 % of %6")
                                    .arg(agent.index)
                                    .arg(coached.toString(Qt::ISODate))
                                    .arg(before.pct())
                                    .arg(before.responses)
                                    .arg(after.pct())
                                    .arg(after.responses);
        QVERIFY2(before.responses >= 30 && after.responses >= 30, qPrintable(context));
        QVERIFY2(after.pct() > before.pct(), qPrintable(context));
    }
    // The improving agents' one session each is the showcase: the Coaching page's other sessions
    // (tst_democoaching.cpp) leave them out, so nothing else moves their before/after windows.
    for (const DemoAgent &agent : improving)
        QCOMPARE(scalar(*m_large, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE agent_id = ?"),
                        {agent.id})
                     .toInt(),
                 1);
}

void TestDemo::attendanceHasViolations()
{
    QVERIFY(scalar(*m_large,
                   QStringLiteral("SELECT COUNT(*) FROM attendance WHERE status IN ('unexcused', 'ncns')"))
                .toInt() >= 1);
    QVERIFY(
        scalar(*m_large, QStringLiteral("SELECT COUNT(*) FROM attendance WHERE status = 'late'")).toInt() >=
        1);
    // Lateness comes with minutes; other statuses have none.
    QCOMPARE(
        scalar(*m_large, QStringLiteral(
                             "SELECT COUNT(*) FROM attendance WHERE (status = 'late') <> (late_minutes > 0)"))
            .toInt(),
        0);
}

void TestDemo::cancelLeavesNothing()
{
    auto opened = storage::Database::open(m_dir.filePath(QStringLiteral("cancelled.db")),
                                          storage::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    storage::Database &db = *opened.value();
    QList<double> reported;
    const auto cancelled = demo::generateDemo(db, smallDemo(7), [&](double done) {
        reported.append(done);
        return reported.size() < 3; // cancel on the third report
    });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")),
             qPrintable(cancelled.error().message));
    QCOMPARE(reported.size(), 3);
    for (const QString &table : dataTables)
        QVERIFY2(rows(db, table) == 0, qPrintable(table));
    // Only the default scorecards a new database starts with: voice, chat and peer review.
    QCOMPARE(rows(db, QStringLiteral("scorecards")), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'site_time_zone'")).toString(),
             QStringLiteral("UTC"));

    // The database is usable afterwards, and a full run reports rising progress up to exactly 1.
    reported.clear();
    const auto full = demo::generateDemo(db, smallDemo(7), [&](double done) {
        reported.append(done);
        return true;
    });
    QVERIFY2(full, qPrintable(full ? QString() : full.error().message));
    QCOMPARE(reported.size(), 45);
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QVERIFY(reported.first() > 0);
    QCOMPARE(reported.last(), 1.0);
    QCOMPARE(rows(db, QStringLiteral("conversations")), m_firstSummary.conversations);
}

void TestDemo::invalidOptions_data()
{
    QTest::addColumn<int>("teams");
    QTest::addColumn<int>("agents");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("message");

    QTest::newRow("no teams") << 0 << 8 << 10 << "UTC"
                              << "at least one team";
    QTest::newRow("fewer agents than teams") << 3 << 2 << 10 << "UTC"
                                             << "at least one team";
    QTest::newRow("no days") << 2 << 8 << 0 << "UTC"
                             << "at least one team";
    QTest::newRow("unknown zone") << 2 << 8 << 10 << "Mars/Olympus_Mons"
                                  << "unknown time zone";
}

void TestDemo::invalidOptions()
{
    QFETCH(int, teams);
    QFETCH(int, agents);
    QFETCH(int, days);
    QFETCH(QString, zone);
    QFETCH(QString, message);
    auto opened = storage::Database::open(QStringLiteral(":memory:"), storage::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    demo::DemoOptions options = smallDemo(1);
    options.teams = teams;
    options.agents = agents;
    options.days = days;
    options.timeZone = zone;
    const auto result = demo::generateDemo(*opened.value(), options);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QCOMPARE(rows(*opened.value(), QStringLiteral("teams")), 0);
}

HUDDLE_TEST_GUILESS_MAIN("test_demo", TestDemo)
#include "tst_demo.moc"
