// The bonus inputs of an agent-month, read for the whole site at once from the hand-made October 2026 site
// (bonussite.h): every member of a team in the month listed (with zero data too), team of the last day and
// the move behind it, days of the site's time zone, sales by tier summing to the KPI totals, attendance days
// by status, the team's KPI plan — and the fixture's documented facts themselves.
#include "bonussite.h"
#include "core/month.h"
#include "storage/bonusinputreader.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"
#include "storage/kpirepository.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QtTest>

using namespace huddle;
using core::SalesTierTally;

namespace {

QList<QDate> october(std::initializer_list<int> days)
{
    QList<QDate> result;
    for (const int day : days)
        result.append(QDate(2026, 10, day));
    return result;
}

// Points into `agents`: keep the list alive while the pointer is used (not a temporary).
const storage::BonusAgentInputs *find(const QList<storage::BonusAgentInputs> &agents, qint64 id)
{
    for (const storage::BonusAgentInputs &agent : agents)
        if (agent.agentId == id)
            return &agent;
    return nullptr;
}

} // namespace

class TestBonusInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fixtureDaysFollowTheSiteZone();
    void fixtureTotalsAreAsDocumented_data();
    void fixtureTotalsAreAsDocumented();
    void listsEveryMemberOfTheMonthInReportOrder();
    void moverHasTheLastDaysTeamAndTheTeamLeft();
    void returningAfterAGapIsNoMove();
    void agentWithoutDataHasZeroInputs();
    void daysAreTheSiteTimeZones();
    void salesByTierSumToTheTotals();
    void salesStatedOnConversationsAreUntiered();
    void attendanceDaysByStatus();
    void kpiPlanIsTheMonthTeams();
    void cancelledStopsTheRead();

private:
    QList<storage::BonusAgentInputs> read(QDate month = bonussite::October) const;

    bonussite::Sites m_sites;
    bonussite::Site m_site;
};

void TestBonusInputs::init()
{
    const auto opened = m_sites.reopen(m_site);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
}

QList<storage::BonusAgentInputs> TestBonusInputs::read(QDate month) const
{
    const auto agents = storage::BonusInputReader(*m_site.db).read(month);
    if (!agents)
        qWarning() << agents.error().toString();
    return agents ? agents.value() : QList<storage::BonusAgentInputs>();
}

void TestBonusInputs::fixtureDaysFollowTheSiteZone()
{
    QSqlQuery q(m_site.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT external_id, day FROM conversations WHERE external_id IN"
                                  " ('f1', 'f6', 'f7') ORDER BY external_id")));
    QStringList days;
    while (q.next())
        days.append(q.value(0).toString() + QLatin1Char('=') + q.value(1).toString());
    QCOMPARE(days, (QStringList{QStringLiteral("f1=2026-09-30"), QStringLiteral("f6=2026-10-31"),
                                QStringLiteral("f7=2026-11-01")}));
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'site_time_zone'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("America/Chicago"));
}

void TestBonusInputs::fixtureTotalsAreAsDocumented_data()
{
    QTest::addColumn<QString>("agent");
    // handled, responses, satisfied, sales, sales cents, shifts, attended, late, violations, QA evaluations
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("Ana") << QStringLiteral("Ana") << QList<qint64>{6, 5, 5, 3, 44000, 4, 3, 1, 0, 1};
    QTest::newRow("Hal") << QStringLiteral("Hal") << QList<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("Ben") << QStringLiteral("Ben") << QList<qint64>{3, 3, 2, 4, 102000, 3, 2, 0, 1, 1};
    QTest::newRow("Cat") << QStringLiteral("Cat") << QList<qint64>{4, 4, 4, 1, 12000, 2, 2, 1, 0, 2};
    QTest::newRow("Dan") << QStringLiteral("Dan") << QList<qint64>{6, 6, 5, 2, 14000, 4, 2, 1, 2, 0};
    QTest::newRow("Fay") << QStringLiteral("Fay") << QList<qint64>{5, 5, 5, 0, 0, 0, 0, 0, 0, 0};
}

void TestBonusInputs::fixtureTotalsAreAsDocumented()
{
    QFETCH(QString, agent);
    QFETCH(QList<qint64>, expected);
    storage::KpiQuery query;
    query.range = core::monthRange(bonussite::October);
    const auto rows = storage::KpiRepository(*m_site.db).totals(query);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(rows.value().size(), 6); // Eve and Gus have no October data
    for (const storage::KpiRow &row : rows.value()) {
        if (row.agentName != agent)
            continue;
        const core::KpiTotals &t = row.totals;
        QCOMPARE(
            (QList<qint64>{t.handled, t.csat.responses, t.csat.satisfied, t.salesCount, t.salesCents,
                           t.shiftsScheduled, t.shiftsAttended, t.lateCount, t.violations, t.qaEvaluations}),
            expected);
        if (agent == QLatin1String("Cat")) // (100 % + 7/13) ÷ 2 = 10/13
            QCOMPARE(qRound(t.qaScoreSum / 2 * 1000), qRound(100000.0 * 10 / 13));
        return;
    }
    QFAIL("no October row");
}

void TestBonusInputs::listsEveryMemberOfTheMonthInReportOrder()
{
    const auto agents = read();
    QList<qint64> ids;
    QStringList teams;
    for (const storage::BonusAgentInputs &agent : agents) {
        ids.append(agent.agentId);
        teams.append(agent.teamName);
    }
    // Gus left before October; Eve has no data at all but is a member; Hal joined on the 20th.
    QCOMPARE(ids, (QList<qint64>{m_site.ana, m_site.hal, m_site.ben, m_site.cat, m_site.dan, m_site.eve,
                                 m_site.fay}));
    QCOMPARE(teams, (QStringList{QStringLiteral("Billing"), QStringLiteral("Billing"), QStringLiteral("Care"),
                                 QStringLiteral("Care"), QStringLiteral("Care"), QStringLiteral("Retention"),
                                 QStringLiteral("Retention")}));
    QCOMPARE(agents[0].agentName, QStringLiteral("Ana"));
    // In September Gus is there and Hal is not.
    const auto september = read(bonussite::September);
    QVERIFY(find(september, m_site.gus));
    QVERIFY(!find(september, m_site.hal));
}

void TestBonusInputs::moverHasTheLastDaysTeamAndTheTeamLeft()
{
    const auto agents = read();
    const auto *ben = find(agents, m_site.ben);
    QVERIFY(ben);
    QCOMPARE(ben->teamId, m_site.care);
    QCOMPARE(ben->teamName, QStringLiteral("Care"));
    QCOMPARE(ben->previousTeamId, std::optional<qint64>(m_site.billing));
    QCOMPARE(ben->previousTeamName, QStringLiteral("Billing"));
    QCOMPARE(ben->movedOn, bonussite::BenMovedOn);
    // His whole month counts, in both teams: b1, b2 in Billing and b3 in Care.
    QCOMPARE(ben->inputs.totals.handled, 3);
    // A new hire joining mid-month did not move; neither did anyone else.
    for (const storage::BonusAgentInputs &agent : agents)
        if (agent.agentId != m_site.ben) {
            QVERIFY2(!agent.previousTeamId, qPrintable(agent.agentName));
            QVERIFY(!agent.movedOn.isValid());
        }
    // In November he has been in Care all month.
    const auto novemberRows = read(bonussite::November);
    const auto *november = find(novemberRows, m_site.ben);
    QVERIFY(november);
    QCOMPARE(november->teamId, m_site.care);
    QVERIFY(!november->previousTeamId);
}

void TestBonusInputs::returningAfterAGapIsNoMove()
{
    // Gus left Retention on 2026-09-20 and comes back to Billing on 2026-10-10: he joins, he does not move.
    QSqlQuery q(m_site.db->connection());
    q.prepare(
        QStringLiteral("INSERT INTO team_memberships (agent_id, team_id, valid_from) VALUES (?, ?, ?)"));
    q.addBindValue(m_site.gus);
    q.addBindValue(m_site.billing);
    q.addBindValue(QStringLiteral("2026-10-10"));
    QVERIFY(q.exec());
    const auto gusRows = read();
    const auto *gus = find(gusRows, m_site.gus);
    QVERIFY(gus);
    QCOMPARE(gus->teamId, m_site.billing);
    QVERIFY(!gus->previousTeamId);
    QVERIFY(!gus->movedOn.isValid());
    const auto moves = storage::BonusInputReader(*m_site.db).teamMoves(bonussite::October);
    QVERIFY(moves);
    QCOMPARE(moves.value().keys(), QList<qint64>{m_site.ben});
    QCOMPARE(moves.value().value(m_site.ben).previousTeamName, QStringLiteral("Billing"));
    QCOMPARE(moves.value().value(m_site.ben).movedOn, bonussite::BenMovedOn);
}

void TestBonusInputs::agentWithoutDataHasZeroInputs()
{
    const auto agents = read();
    const auto *eve = find(agents, m_site.eve);
    QVERIFY(eve);
    QCOMPARE(eve->agentName, QStringLiteral("Eve"));
    QCOMPARE(eve->teamId, m_site.retention);
    QCOMPARE(eve->inputs.totals.handled, 0);
    QCOMPARE(eve->inputs.totals.csat.responses, 0);
    QCOMPARE(eve->inputs.totals.shiftsScheduled, 0);
    QVERIFY(eve->inputs.salesByTier.isEmpty());
    QVERIFY(eve->inputs.noCallNoShowDays.isEmpty());
    QVERIFY(eve->inputs.unexcusedDays.isEmpty());
    QVERIFY(eve->inputs.lateDays.isEmpty());
}

void TestBonusInputs::daysAreTheSiteTimeZones()
{
    // f6 (2026-11-01T03:30Z) is October's, f1 (2026-10-01T04:30Z, CSAT 1) September's.
    const auto fayRows = read();
    const auto *fay = find(fayRows, m_site.fay);
    QVERIFY(fay);
    QCOMPARE(fay->inputs.totals.csat.responses, 5);
    QCOMPARE(fay->inputs.totals.csat.satisfied, 5);
    const auto septemberRows = read(bonussite::September);
    const auto *september = find(septemberRows, m_site.fay);
    QVERIFY(september);
    QCOMPARE(september->inputs.totals.csat.responses, 1);
    QCOMPARE(september->inputs.totals.csat.satisfied, 0);
}

void TestBonusInputs::salesByTierSumToTheTotals()
{
    const auto agents = read();
    const auto *ana = find(agents, m_site.ana);
    const auto *ben = find(agents, m_site.ben);
    QVERIFY(ana && ben);
    // Ana's September sale (C) and Ben's November one (A) stay out.
    QCOMPARE(ana->inputs.salesByTier,
             (QList<SalesTierTally>{{QStringLiteral("A"), 2, 24000}, {QStringLiteral("B"), 1, 20000}}));
    QCOMPARE(ben->inputs.salesByTier,
             (QList<SalesTierTally>{{QString(), 1, 7000}, {QStringLiteral("C"), 3, 95000}}));
    QCOMPARE(ben->inputs.totals.salesCount, 4);
    QCOMPARE(ben->inputs.totals.salesCents, 102000);
}

void TestBonusInputs::salesStatedOnConversationsAreUntiered()
{
    // A call log that states 2 sales for 50.00 on a4: the KPI totals count those instead of Ana's tier-A
    // sale recorded against a4, so the tiers must leave that sale out too.
    QSqlQuery q(m_site.db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE conversations SET sale_count = 2, sale_cents = 5000 WHERE external_id = 'a4'")));
    const auto anaRows = read();
    const auto *ana = find(anaRows, m_site.ana);
    QVERIFY(ana);
    QCOMPARE(ana->inputs.totals.salesCount, 4);
    QCOMPARE(ana->inputs.totals.salesCents, 34000);
    QCOMPARE(ana->inputs.salesByTier,
             (QList<SalesTierTally>{
                 {QString(), 2, 5000}, {QStringLiteral("A"), 1, 9000}, {QStringLiteral("B"), 1, 20000}}));
}

void TestBonusInputs::attendanceDaysByStatus()
{
    const auto agents = read();
    const auto *ana = find(agents, m_site.ana);
    const auto *ben = find(agents, m_site.ben);
    const auto *dan = find(agents, m_site.dan);
    QVERIFY(ana && ben && dan);
    QCOMPARE(ana->inputs.lateDays, october({9}));
    QVERIFY(ana->inputs.unexcusedDays.isEmpty()); // excused on the 12th is no violation
    QCOMPARE(ben->inputs.noCallNoShowDays, october({14}));
    QCOMPARE(dan->inputs.unexcusedDays, october({6, 20}));
    QCOMPARE(dan->inputs.lateDays, october({8}));
    QCOMPARE(dan->inputs.totals.violations, 2);
}

void TestBonusInputs::kpiPlanIsTheMonthTeams()
{
    core::KpiPlan care = core::KpiPlan::defaults();
    care.entry(core::KpiId::Attendance).weight = 10;
    care.entry(core::KpiId::Csat).weight = 45;
    QVERIFY(storage::KpiPlanRepository(*m_site.db).save(m_site.care, care));
    const auto agents = read();
    for (const storage::BonusAgentInputs &agent : agents) {
        const core::KpiPlan expected = agent.teamId == m_site.care ? care : core::KpiPlan::defaults();
        QVERIFY2(agent.inputs.kpiPlan == expected, qPrintable(agent.agentName));
    }
    QCOMPARE(find(agents, m_site.ben)->inputs.kpiPlan, care); // Care's, where he ended the month
}

void TestBonusInputs::cancelledStopsTheRead()
{
    int polls = 0;
    const auto agents =
        storage::BonusInputReader(*m_site.db).read(bonussite::October, [&polls] { return ++polls == 3; });
    QVERIFY(!agents);
    QCOMPARE(agents.error().message, QStringLiteral("cancelled"));
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_inputs", TestBonusInputs)
#include "tst_bonusinputs.moc"
