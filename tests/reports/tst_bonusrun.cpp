// The monthly bonus run on the hand-made October 2026 site (tests/storage/bonussite.h), with every expected
// amount worked out by hand from the example plan of domain.md ($80 perfect CSAT on ≥ 5 responses; per sale
// A $8, B $12, C $20; no-call-no-show → $0; ≥ 2 unexcused absences → $0; QA < 80 % → −50 %): the month in the
// site's time zone, a team change mid-month, agents without data, too few responses for a perfect month,
// totals, a locked month read back unchanged after late data, the adjustment that data makes in the next
// month (and never twice), a plan given for every team, and determinism.
#include "bonussite.h"
#include "core/month.h"
#include "reports/bonusexport.h"
#include "reports/bonusrun.h"
#include "storage/bonuslockrepository.h"
#include "storage/bonusplanrepository.h"
#include "storage/database.h"
#include "storage/recordwriter.h"
#include "support/testmain.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace huddle;
using core::BonusEvidence;
using core::BonusLineKind;
using reports::AgentBonusRow;
using reports::BonusMonth;

namespace {

const QDate December{2026, 12, 1};
const QDate AfterOctober{2026, 11, 5};
const QDate AfterNovember{2026, 12, 5};

// A plan of one component: `cents` per sale of tier C, nothing for other tiers, no gates.
core::BonusPlan tierCPlan(core::Cents cents)
{
    core::BonusComponent perSale;
    perSale.id = QStringLiteral("tier_c");
    perSale.label = QStringLiteral("Tier C sales");
    perSale.kind = core::ComponentKind::PerUnit;
    perSale.tierRates = {{QStringLiteral("C"), cents}};
    core::BonusPlan plan;
    plan.name = QStringLiteral("Care sales");
    plan.components = {perSale};
    return plan;
}

// One dollar per sale of any tier.
core::BonusPlan dollarPerSalePlan()
{
    core::BonusComponent perSale;
    perSale.id = QStringLiteral("any_sale");
    perSale.label = QStringLiteral("Sales");
    perSale.kind = core::ComponentKind::PerUnit;
    perSale.otherTierCents = 100;
    core::BonusPlan plan;
    plan.name = QStringLiteral("Dollar a sale");
    plan.components = {perSale};
    return plan;
}

// Points into `month`: keep it alive while the pointer is used (not a temporary).
const AgentBonusRow *rowOf(const BonusMonth &month, qint64 agentId)
{
    for (const AgentBonusRow &row : month.agents)
        if (row.agentId == agentId)
            return &row;
    return nullptr;
}

core::Cents totalOf(const BonusMonth &month, qint64 agentId)
{
    const AgentBonusRow *row = rowOf(month, agentId);
    return row ? row->bonus.total : -999999;
}

QList<core::BonusLine> linesOf(const BonusMonth &month, qint64 agentId, BonusLineKind kind)
{
    QList<core::BonusLine> lines;
    if (const AgentBonusRow *row = rowOf(month, agentId))
        for (const core::BonusLine &line : row->bonus.lines)
            if (line.kind == kind)
                lines.append(line);
    return lines;
}

// The same run, field by field (BonusMonth has no operator==).
bool sameMonth(const BonusMonth &a, const BonusMonth &b)
{
    if (a.month != b.month || a.siteTotal != b.siteTotal || a.agents.size() != b.agents.size() ||
        a.teams.size() != b.teams.size() || a.plans.size() != b.plans.size())
        return false;
    for (qsizetype i = 0; i < a.agents.size(); ++i) {
        const AgentBonusRow &x = a.agents[i];
        const AgentBonusRow &y = b.agents[i];
        if (x.agentId != y.agentId || x.agentName != y.agentName || x.teamId != y.teamId ||
            x.teamName != y.teamName || x.teamNote != y.teamNote || !(x.bonus == y.bonus))
            return false;
    }
    for (qsizetype i = 0; i < a.teams.size(); ++i)
        if (a.teams[i].teamId != b.teams[i].teamId || a.teams[i].total != b.teams[i].total ||
            a.teams[i].agents != b.teams[i].agents)
            return false;
    for (qsizetype i = 0; i < a.plans.size(); ++i)
        if (a.plans[i].teamId != b.plans[i].teamId || a.plans[i].planId != b.plans[i].planId ||
            a.plans[i].version != b.plans[i].version || !(a.plans[i].plan == b.plans[i].plan))
            return false;
    return true;
}

} // namespace

class TestBonusRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void exampleMonthByHand();
    void totalsAreTheSumsOfTheirParts();
    void monthIsTheSiteTimeZones();
    void moverIsInTheLastDaysTeamUnderItsPlan();
    void agentWithoutDataHasZeroLines();
    void perfectCsatNeedsFiveResponses();
    void planOverrideGovernsEveryTeam();
    void runningTwiceGivesTheSameMonth();
    void progressEndsAtOneAndCancels();
    void moneyFormatUsesTheSiteCurrency();
    void lockedMonthReadsBackUnchanged();
    void lateDataIsAdjustedInTheNextMonthOnce();
    void monthWithAPlanFromAFileIsNotLocked();

private:
    BonusMonth run(QDate month, const std::optional<core::BonusPlan> &plan = std::nullopt);
    void lock(const BonusMonth &month, QDate today);
    // Late data for October: Ana's sixth survey, unsatisfied (her month is no longer perfect: $108 → $28),
    // and a second tier-B sale for Cat ($12 + $12, −50 % → $12).
    void writeLateOctoberData();

    bonussite::Sites m_sites;
    bonussite::Site m_site;
    core::MoneyFormat m_money;
};

void TestBonusRun::init()
{
    const auto opened = m_sites.reopen(m_site);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_money = reports::moneyFormatFor(*m_site.db, QLocale(QLocale::English, QLocale::UnitedStates));
}

BonusMonth TestBonusRun::run(QDate month, const std::optional<core::BonusPlan> &plan)
{
    reports::BonusRunOptions options;
    options.money = m_money;
    options.planOverride = plan;
    const auto result = reports::runBonusMonth(*m_site.db, month, options);
    if (!result) {
        qWarning() << result.error().toString();
        return {};
    }
    return result.value();
}

void TestBonusRun::lock(const BonusMonth &month, QDate today)
{
    const auto locked =
        reports::lockBonusMonth(*m_site.db, month, QStringLiteral("Lee"), QStringLiteral("Reviewed"), today);
    QVERIFY2(locked, qPrintable(locked ? QString() : locked.error().toString()));
    QCOMPARE(locked.value().totalCents, month.siteTotal);
}

void TestBonusRun::writeLateOctoberData()
{
    QVERIFY(bonussite::addConversation(m_site, QStringLiteral("late1"), m_site.ana, m_site.billing,
                                       QDateTime(QDate(2026, 10, 20), QTime(15, 0), QTimeZone::utc()), 1));
    QVERIFY(bonussite::addSale(m_site, m_site.cat, QDate(2026, 10, 25), QStringLiteral("B"), 12000));
}

void TestBonusRun::exampleMonthByHand()
{
    const BonusMonth october = run(bonussite::October);
    QCOMPARE(october.month, bonussite::October);
    QVERIFY(!october.lock);
    QVERIFY(!october.planOverridden);
    QList<qint64> order;
    for (const AgentBonusRow &row : october.agents)
        order.append(row.agentId);
    QCOMPARE(order, (QList<qint64>{m_site.ana, m_site.hal, m_site.ben, m_site.cat, m_site.dan, m_site.eve,
                                   m_site.fay}));
    QCOMPARE(totalOf(october, m_site.ana), 8000 + 2 * 800 + 1200);
    QCOMPARE(totalOf(october, m_site.hal), 0);
    QCOMPARE(totalOf(october, m_site.ben), 0); // 3 × $20, then the no-call-no-show on the 14th
    QCOMPARE(linesOf(october, m_site.ben, BonusLineKind::Gate).size(), 1);
    QCOMPARE(totalOf(october, m_site.cat), 600); // $12 − 50 % (QA 76.9 %)
    QCOMPARE(totalOf(october, m_site.dan), 0);   // $16, then 2 unexcused absences
    QCOMPARE(totalOf(october, m_site.eve), 0);
    QCOMPARE(totalOf(october, m_site.fay), 8000);
    QCOMPARE(october.siteTotal, 19400);
    QCOMPARE(october.teams.size(), 3);
    QCOMPARE(october.teams[0].teamName, QStringLiteral("Billing"));
    QCOMPARE(october.teams[0].agents, 2);
    QCOMPARE(october.teams[0].total, 10800);
    QCOMPARE(october.teams[1].teamName, QStringLiteral("Care"));
    QCOMPARE(october.teams[1].agents, 3);
    QCOMPARE(october.teams[1].total, 600);
    QCOMPARE(october.teams[2].teamName, QStringLiteral("Retention"));
    QCOMPARE(october.teams[2].total, 8000);
    // No plan stored: the built-in example for every team.
    QCOMPARE(october.plans.size(), 3);
    for (const reports::BonusPlanUsed &used : october.plans) {
        QCOMPARE(used.planId, 0);
        QVERIFY(used.plan == core::BonusPlan::example());
    }
}

void TestBonusRun::totalsAreTheSumsOfTheirParts()
{
    const BonusMonth october = run(bonussite::October);
    QVERIFY(!october.agents.isEmpty());
    core::Cents site = 0;
    QHash<qint64, core::Cents> teams;
    for (const AgentBonusRow &row : october.agents) {
        core::Cents lines = 0;
        core::Cents components = 0;
        for (const core::BonusLine &line : row.bonus.lines) {
            lines += line.amount;
            components += line.kind == BonusLineKind::Component ? line.amount : 0;
        }
        QCOMPARE(row.bonus.total, lines);
        QCOMPARE(row.bonus.subtotal, components);
        teams[row.teamId] += row.bonus.total;
        site += row.bonus.total;
    }
    QCOMPARE(october.siteTotal, site);
    for (const reports::TeamBonusTotal &team : october.teams)
        QCOMPARE(team.total, teams.value(team.teamId));
}

void TestBonusRun::monthIsTheSiteTimeZones()
{
    // f6 (03:30 UTC on 1 November) is October's in Chicago: Fay's 5th satisfied response.
    const auto fayCsat = linesOf(run(bonussite::October), m_site.fay, BonusLineKind::Component);
    core::Cents csat = -1;
    for (const core::BonusLine &line : fayCsat)
        if (line.evidence == BonusEvidence::Csat)
            csat = line.amount;
    QCOMPARE(csat, 8000);
    // Her September is f1 alone (CSAT 1, 23:30 on the 30th in Chicago): nothing.
    QCOMPARE(totalOf(run(bonussite::September), m_site.fay), 0);
}

void TestBonusRun::moverIsInTheLastDaysTeamUnderItsPlan()
{
    const auto saved = storage::BonusPlanRepository(*m_site.db)
                           .save(m_site.care, bonussite::October, tierCPlan(2500), QStringLiteral("Lee"), {});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    const BonusMonth october = run(bonussite::October);
    const AgentBonusRow *ben = rowOf(october, m_site.ben);
    QVERIFY(ben);
    QCOMPARE(ben->teamId, m_site.care);
    QCOMPARE(ben->teamName, QStringLiteral("Care"));
    QCOMPARE(ben->teamNote, QStringLiteral("Moved from Billing on 2026-10-15"));
    // Care's plan: 3 tier-C sales × $25, no gates (his NCNS no longer zeroes anything).
    QCOMPARE(ben->bonus.total, 7500);
    QCOMPARE(totalOf(october, m_site.cat), 0);                 // tier B earns nothing under Care's plan
    QCOMPARE(totalOf(october, m_site.ana), 10800);             // Billing keeps the example
    QCOMPARE(rowOf(october, m_site.hal)->teamNote, QString()); // joining is not moving
    bool careListed = false;
    for (const reports::BonusPlanUsed &used : october.plans)
        if (used.teamId == m_site.care) {
            careListed = true;
            QCOMPARE(used.planId, saved.value().id);
            QCOMPARE(used.version, 1);
            QVERIFY(used.plan == tierCPlan(2500));
        }
    QVERIFY(careListed);
}

void TestBonusRun::agentWithoutDataHasZeroLines()
{
    const auto eveRows = run(bonussite::October);
    const auto *eve = rowOf(eveRows, m_site.eve);
    QVERIFY(eve);
    QCOMPARE(eve->teamName, QStringLiteral("Retention"));
    QVERIFY(!eve->bonus.lines.isEmpty()); // every component says why it pays nothing
    for (const core::BonusLine &line : eve->bonus.lines)
        QCOMPARE(line.amount, 0);
    QCOMPARE(eve->bonus.total, 0);
}

void TestBonusRun::perfectCsatNeedsFiveResponses()
{
    const BonusMonth october = run(bonussite::October);
    const auto csatLine = [&](qint64 agentId) {
        for (const core::BonusLine &line : linesOf(october, agentId, BonusLineKind::Component))
            if (line.evidence == BonusEvidence::Csat)
                return line.amount;
        return core::Cents(-1);
    };
    QCOMPARE(csatLine(m_site.cat), 0);    // 4 of 4 satisfied: too few
    QCOMPARE(csatLine(m_site.ana), 8000); // 5 of 5: exactly enough
    QCOMPARE(csatLine(m_site.dan), 0);    // 5 of 6
}

void TestBonusRun::planOverrideGovernsEveryTeam()
{
    QVERIFY(storage::BonusPlanRepository(*m_site.db)
                .save(m_site.care, bonussite::October, tierCPlan(2500), QStringLiteral("Lee"), {}));
    const BonusMonth october = run(bonussite::October, dollarPerSalePlan());
    QVERIFY(october.planOverridden);
    for (const reports::BonusPlanUsed &used : october.plans)
        QVERIFY(used.plan == dollarPerSalePlan());
    QCOMPARE(totalOf(october, m_site.ana), 300);
    QCOMPARE(totalOf(october, m_site.ben), 400); // tiers C and none alike; Care's stored plan set aside
    QCOMPARE(totalOf(october, m_site.cat), 100);
    QCOMPARE(totalOf(october, m_site.dan), 200);
    QCOMPARE(october.siteTotal, 1000);
}

void TestBonusRun::runningTwiceGivesTheSameMonth()
{
    const BonusMonth first = run(bonussite::October);
    const BonusMonth second = run(bonussite::October);
    QVERIFY(!first.agents.isEmpty());
    QVERIFY(sameMonth(first, second));
    QCOMPARE(reports::bonusCsv(first), reports::bonusCsv(second));
}

void TestBonusRun::progressEndsAtOneAndCancels()
{
    QList<double> shares;
    reports::BonusRunOptions options;
    options.money = m_money;
    options.progress = [&shares](double share) {
        shares.append(share);
        return true;
    };
    QVERIFY(reports::runBonusMonth(*m_site.db, bonussite::October, options));
    QVERIFY(!shares.isEmpty());
    QCOMPARE(shares.back(), 1.0);
    QVERIFY(std::is_sorted(shares.cbegin(), shares.cend()));

    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 3; };
    const auto cancelled = reports::runBonusMonth(*m_site.db, bonussite::October, options);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().message, QStringLiteral("cancelled"));
}

void TestBonusRun::moneyFormatUsesTheSiteCurrency()
{
    QCOMPARE(m_money.currencyCode, QStringLiteral("USD"));
    storage::RecordWriter writer(*m_site.db);
    QVERIFY(writer.begin());
    QVERIFY(writer.setSetting(QStringLiteral("currency"), QStringLiteral("EUR")));
    QVERIFY(writer.commit());
    const core::MoneyFormat euro =
        reports::moneyFormatFor(*m_site.db, QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(euro.currencyCode, QStringLiteral("EUR"));
    QCOMPARE(euro.locale, QLocale(QLocale::German, QLocale::Germany));
}

void TestBonusRun::lockedMonthReadsBackUnchanged()
{
    const BonusMonth computed = run(bonussite::October);
    lock(computed, AfterOctober);
    writeLateOctoberData();
    const BonusMonth locked = run(bonussite::October);
    QVERIFY(locked.lock);
    QCOMPARE(locked.lock->lockedBy, QStringLiteral("Lee"));
    QCOMPARE(locked.lock->csvSha256, reports::bonusCsvSha256(locked));             // the locked export's own
    QVERIFY(reports::bonusCsvSha256(locked) != reports::bonusCsvSha256(computed)); // "locked" yes, not no
    QVERIFY(sameMonth(locked, computed)); // names, teams, notes, lines, totals and plans as locked
    QCOMPARE(totalOf(locked, m_site.ana), 10800);
    // A plan given on the command line does not reopen it either.
    const BonusMonth overridden = run(bonussite::October, dollarPerSalePlan());
    QVERIFY(overridden.lock);
    QCOMPARE(overridden.siteTotal, 19400);
}

void TestBonusRun::lateDataIsAdjustedInTheNextMonthOnce()
{
    // Cat leaves at the end of October, so November has her adjustment but no data of hers.
    QSqlQuery q(m_site.db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE team_memberships SET valid_to = '2026-11-01' WHERE agent_id = %1")
                       .arg(m_site.cat)));
    lock(run(bonussite::October), AfterOctober);
    writeLateOctoberData();

    const BonusMonth november = run(bonussite::November);
    QVERIFY(!november.lock);
    // Ana: paid $108.00, October now gives $28.00 → −$80.00.
    const auto anaAdjustments = linesOf(november, m_site.ana, BonusLineKind::Adjustment);
    QCOMPARE(anaAdjustments.size(), 1);
    QCOMPARE(anaAdjustments[0].id, QStringLiteral("adjustment:2026-10"));
    QCOMPARE(anaAdjustments[0].amount, -8000);
    QCOMPARE(totalOf(november, m_site.ana), -8000); // nothing else in November
    // Cat: paid $6.00, now $12.00 → +$6.00, on a row of her own in her October team.
    const AgentBonusRow *cat = rowOf(november, m_site.cat);
    QVERIFY(cat);
    QCOMPARE(cat->teamName, QStringLiteral("Care"));
    QCOMPARE(cat->bonus.lines.size(), 1);
    QCOMPARE(cat->bonus.total, 600);
    // Nobody else's October changed; Ben's November: 1 tier-A sale, $8.00.
    for (const AgentBonusRow &row : november.agents)
        if (row.agentId != m_site.ana && row.agentId != m_site.cat)
            QVERIFY2(linesOf(november, row.agentId, BonusLineKind::Adjustment).isEmpty(),
                     qPrintable(row.agentName));
    QCOMPARE(totalOf(november, m_site.ben), 800);
    QCOMPARE(november.siteTotal, -8000 + 600 + 800); // Fay: f7 alone is no perfect month

    lock(november, AfterNovember);
    const BonusMonth lockedNovember = run(bonussite::November);
    QVERIFY(sameMonth(lockedNovember, november));
    // Paid now: nothing repeats in December.
    const BonusMonth december = run(December);
    for (const AgentBonusRow &row : december.agents)
        QVERIFY2(linesOf(december, row.agentId, BonusLineKind::Adjustment).isEmpty(),
                 qPrintable(row.agentName));
    // A further correction to October is paid once more, by its own difference: $28.00 + $8.00 − $28.00.
    QVERIFY(bonussite::addSale(m_site, m_site.ana, QDate(2026, 10, 30), QStringLiteral("A"), 5000));
    const auto again = linesOf(run(December), m_site.ana, BonusLineKind::Adjustment);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again[0].id, QStringLiteral("adjustment:2026-10"));
    QCOMPARE(again[0].amount, 800);
}

void TestBonusRun::monthWithAPlanFromAFileIsNotLocked()
{
    const auto locked =
        reports::lockBonusMonth(*m_site.db, run(bonussite::October, dollarPerSalePlan()),
                                QStringLiteral("Lee"), QStringLiteral("Reviewed"), AfterOctober);
    QVERIFY(!locked);
    const auto lockNow = storage::BonusLockRepository(*m_site.db).lockFor(bonussite::October);
    QVERIFY(lockNow);
    QVERIFY(!lockNow.value());
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_run", TestBonusRun)
#include "tst_bonusrun.moc"
