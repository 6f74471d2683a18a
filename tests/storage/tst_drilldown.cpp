// Drill-down and the per-agent-and-day pass on the small site (sitefixture.cpp): the conversations a
// figure opens are exactly as many as its n, KpiRepository::agentDays adds up to the grouped totals, and
// logged on-queue time reaches CpH.
#include "sitefixture.h"
#include "support/testmain.h"
#include "support/totalsdiff.h"

#include "core/kpivalues.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/kpirepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;
using storage::ConversationSubset;
using storage::KpiGrouping;

Q_DECLARE_METATYPE(huddle::storage::ConversationSubset)

namespace {

// The n a KPI figure shows for each subset, from core's own reading of the totals.
qint64 nOf(const core::KpiValues &v, ConversationSubset subset)
{
    switch (subset) {
    case ConversationSubset::All:
        return v.offered;
    case ConversationSubset::Handled:
        return v.handled;
    case ConversationSubset::HandleTimes:
        return v.ahtSeconds.n;
    case ConversationSubset::Waits:
        return v.asaSeconds.n;
    case ConversationSubset::FcrDecided:
        return v.fcrPct.n;
    case ConversationSubset::CsatResponses:
        return v.csatPct.n;
    case ConversationSubset::NpsResponses:
        return v.nps.n;
    case ConversationSubset::Abandoned:
        return v.abandonPct.successes;
    case ConversationSubset::Sales:
        break;
    }
    return -1;
}

struct Scope {
    const char *name;
    core::DateRange range;
    std::optional<qint64> team;
    std::optional<qint64> agent;
};

} // namespace

class TestDrillDown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void subsetCountsByHand_data();
    void subsetCountsByHand();
    void subsetCountEqualsN();
    void agentDaysAddUpToTotals();
    void agentDaysFilterByAgentList();
    void onQueueTimeGivesCph();

private:
    QList<Scope> scopes() const;
    qint64 countOf(core::DateRange range, std::optional<qint64> team, std::optional<qint64> agent,
                   ConversationSubset subset) const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
};

void TestDrillDown::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = fixture::openSmallSite(m_dir.filePath(QStringLiteral("site.sqlite")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value().database);
    m_site = opened.value().site;
}

QList<Scope> TestDrillDown::scopes() const
{
    const core::DateRange all{D1, D4};
    return {{"site", all, std::nullopt, std::nullopt},
            {"alpha", all, m_site.alpha, std::nullopt},
            {"bravo", all, m_site.bravo, std::nullopt},
            {"ana", all, std::nullopt, m_site.ana},
            {"ben", all, std::nullopt, m_site.ben},
            {"ben in bravo", all, m_site.bravo, m_site.ben},
            {"day 1", {D1, D1}, std::nullopt, std::nullopt},
            {"days 2-3 alpha", {D2, D3}, m_site.alpha, std::nullopt},
            {"days 3-4 cat", {D3, D4}, std::nullopt, m_site.cat}};
}

qint64 TestDrillDown::countOf(core::DateRange range, std::optional<qint64> team, std::optional<qint64> agent,
                              ConversationSubset subset) const
{
    storage::ConversationFilter filter{range, team, agent, {}, subset};
    const auto counted = storage::ConversationRepository(*m_db).count(filter);
    return counted ? counted.value() : -1;
}

// Worked out from the conversation table in sitefixture.cpp (c1…c9 over D1…D4).
void TestDrillDown::subsetCountsByHand_data()
{
    QTest::addColumn<ConversationSubset>("subset");
    QTest::addColumn<qint64>("site");
    QTest::addColumn<qint64>("alpha");
    QTest::addColumn<qint64>("ben");
    // offered: c1…c9; alpha: c1 c2 c3 c4 c5; Ben: c3 c5 c6
    QTest::newRow("all") << ConversationSubset::All << qint64(9) << qint64(5) << qint64(3);
    // c4 and c8 abandoned
    QTest::newRow("handled") << ConversationSubset::Handled << qint64(7) << qint64(4) << qint64(3);
    QTest::newRow("abandoned") << ConversationSubset::Abandoned << qint64(2) << qint64(1) << qint64(0);
    // c7 has no handle time
    QTest::newRow("handle times") << ConversationSubset::HandleTimes << qint64(6) << qint64(4) << qint64(3);
    // c7 has no wait
    QTest::newRow("waits") << ConversationSubset::Waits << qint64(6) << qint64(4) << qint64(3);
    // exported flags on c1 c2 c5 c6 c7 c9; c3's inference is undecided (the data ends within its window)
    QTest::newRow("fcr decided") << ConversationSubset::FcrDecided << qint64(6) << qint64(3) << qint64(2);
    // CSAT on c1 c2 c3 c5 c6 c9 (c7 answered NPS only)
    QTest::newRow("csat") << ConversationSubset::CsatResponses << qint64(6) << qint64(4) << qint64(3);
    // NPS on c1 c2 c3 c6 c7
    QTest::newRow("nps") << ConversationSubset::NpsResponses << qint64(5) << qint64(3) << qint64(2);
    // sales recorded against c1 (Ana), c6 (Ben), c7 (Cat); Ben's sale of D2 has no conversation
    QTest::newRow("sales") << ConversationSubset::Sales << qint64(3) << qint64(1) << qint64(1);
}

void TestDrillDown::subsetCountsByHand()
{
    QFETCH(ConversationSubset, subset);
    QFETCH(qint64, site);
    QFETCH(qint64, alpha);
    QFETCH(qint64, ben);
    const core::DateRange all{D1, D4};
    QCOMPARE(countOf(all, std::nullopt, std::nullopt, subset), site);
    QCOMPARE(countOf(all, m_site.alpha, std::nullopt, subset), alpha);
    QCOMPARE(countOf(all, std::nullopt, m_site.ben, subset), ben);
}

// The drill-down promise: for every figure the dashboard shows with an n counted in conversations, opening
// it lists exactly n conversations, whatever the scope.
void TestDrillDown::subsetCountEqualsN()
{
    const QList<ConversationSubset> subsets{
        ConversationSubset::All,          ConversationSubset::Handled,    ConversationSubset::HandleTimes,
        ConversationSubset::Waits,        ConversationSubset::FcrDecided, ConversationSubset::CsatResponses,
        ConversationSubset::NpsResponses, ConversationSubset::Abandoned};
    const storage::KpiRepository kpis(*m_db);
    for (const Scope &scope : scopes()) {
        const auto rows = kpis.totals({scope.range, scope.team, scope.agent, KpiGrouping::All, {}});
        QVERIFY(rows);
        core::KpiTotals totals;
        for (const storage::KpiRow &row : rows.value())
            totals += row.totals;
        const core::KpiValues values = core::computeKpis(totals);
        for (ConversationSubset subset : subsets)
            QVERIFY2(countOf(scope.range, scope.team, scope.agent, subset) == nOf(values, subset),
                     qPrintable(QStringLiteral("%1, subset %2: %3 conversations, n = %4")
                                    .arg(QLatin1String(scope.name))
                                    .arg(static_cast<int>(subset))
                                    .arg(countOf(scope.range, scope.team, scope.agent, subset))
                                    .arg(nOf(values, subset))));
    }
}

// Summed by agent or by day, the parts agentDays hands out are the grouped totals of the same scope; the
// one pass the dashboard makes therefore shows what the KPI table shows.
void TestDrillDown::agentDaysAddUpToTotals()
{
    const storage::KpiRepository kpis(*m_db);
    for (const Scope &scope : scopes()) {
        QHash<qint64, core::KpiTotals> byAgent;
        QMap<QDate, core::KpiTotals> byDay;
        const core::Status read = kpis.agentDays({scope.range, scope.team, scope.agent, KpiGrouping::Day, {}},
                                                 [&](QDate day, qint64 agent, const core::KpiTotals &part) {
                                                     byAgent[agent] += part;
                                                     byDay[day] += part;
                                                 });
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        const auto agents = kpis.totals({scope.range, scope.team, scope.agent, KpiGrouping::Agent, {}});
        QVERIFY(agents);
        for (const storage::KpiRow &row : agents.value()) {
            const QString diff = testsupport::diffTotals(byAgent.take(row.agentId), row.totals);
            QVERIFY2(diff.isEmpty(), qPrintable(QLatin1String(scope.name) + QStringLiteral(": ") + diff));
        }
        // Left over: only conversations nobody handled (agent 0), the abandoned ones.
        QVERIFY(byAgent.size() <= 1);
        QCOMPARE(byAgent.value(0).offered, byAgent.value(0).abandoned);
        const auto days = kpis.totals({scope.range, scope.team, scope.agent, KpiGrouping::Day, {}});
        QVERIFY(days);
        QCOMPARE(byDay.size(), days.value().size());
        for (const storage::KpiRow &row : days.value()) {
            const QString diff = testsupport::diffTotals(byDay.value(row.day), row.totals);
            QVERIFY2(diff.isEmpty(), qPrintable(QLatin1String(scope.name) + QStringLiteral(": ") + diff));
        }
    }
}

void TestDrillDown::agentDaysFilterByAgentList()
{
    storage::KpiQuery query{{D1, D4}, std::nullopt, std::nullopt, KpiGrouping::Day, {}};
    query.agentIds = {m_site.ana, m_site.cat};
    QSet<qint64> seen;
    qint64 handled = 0;
    QVERIFY(
        storage::KpiRepository(*m_db).agentDays(query, [&](QDate, qint64 agent, const core::KpiTotals &part) {
            seen.insert(agent);
            handled += part.handled;
        }));
    QCOMPARE(seen, (QSet<qint64>{m_site.ana, m_site.cat}));
    QCOMPARE(handled, qint64(4)); // Ana c1 c2, Cat c7 c9
}

// An agent-status summary gives Ana two hours on queue on D1, beside her two calls and six summarised
// ones: CpH = 8 handled ÷ 2 h = 4.0.
void TestDrillDown::onQueueTimeGivesCph()
{
    QTemporaryDir dir;
    auto opened = fixture::openSmallSite(dir.filePath(QStringLiteral("cph.sqlite")));
    QVERIFY(opened);
    const storage::Database &db = *opened.value().database;
    const fixture::SmallSite &site = opened.value().site;
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO agent_day_stats (source, agent_id, team_id, day, handled, on_queue_s)"
                       " VALUES ('status', ?, ?, '2024-03-01', 6, 7200)"));
    q.addBindValue(site.ana);
    q.addBindValue(site.alpha);
    QVERIFY(q.exec());
    const auto rows =
        storage::KpiRepository(db).totals({{D1, D1}, std::nullopt, site.ana, KpiGrouping::Agent, {}});
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 1);
    const core::KpiTotals &ana = rows.value().constFirst().totals;
    QCOMPARE(ana.onQueueSeconds, qint64(7200));
    QCOMPARE(ana.handled, qint64(8));
    const core::KpiValues values = core::computeKpis(ana);
    QVERIFY(values.cph.value);
    QCOMPARE(*values.cph.value, 4.0);
    // Without logged time there is no CpH: Ben has none.
    const auto ben =
        storage::KpiRepository(db).totals({{D1, D4}, std::nullopt, site.ben, KpiGrouping::All, {}});
    QVERIFY(ben);
    QVERIFY(!core::computeKpis(ben.value().constFirst().totals).cph.value);
}

HUDDLE_TEST_GUILESS_MAIN("test_drilldown", TestDrillDown)
#include "tst_drilldown.moc"
