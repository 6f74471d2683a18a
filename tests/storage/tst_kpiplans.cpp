// KPI plans per team with the site's plan as fallback: what is saved is what is read back, a team without a
// plan of its own follows the site, and a refused plan leaves the stored one untouched.
#include "core/kpiplan.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"
#include "storage/recordwriter.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

class TestKpiPlans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultsWithoutStoredPlans();
    void teamFollowsSiteUntilItHasItsOwn();
    void savingAgainReplacesAndCountsVersions();
    void invalidPlanIsRefusedAndNothingChanges();
    void removingAgainInherits();
    void corruptStoredPlanIsReported();

private:
    core::KpiPlan sitePlan() const;
    core::KpiPlan teamPlan() const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_team = 0;
    int m_counter = 0;
};

void TestKpiPlans::init()
{
    m_db.reset();
    auto db = storage::Database::open(
        testsupport::testDatabaseLocation(m_dir.filePath(QStringLiteral("plans%1.sqlite").arg(++m_counter))),
        storage::OpenMode::CreateIfMissing);
    QVERIFY(db);
    m_db = std::move(db.value());
    storage::RecordWriter writer(*m_db);
    QVERIFY(writer.begin());
    m_team = writer.insertTeam({0, QStringLiteral("Billing")}).value();
    QVERIFY(writer.commit());
}

core::KpiPlan TestKpiPlans::sitePlan() const
{
    core::KpiPlan plan = core::KpiPlan::defaults();
    plan.entry(core::KpiId::Attendance).weight = 20; // 20 + 35 + 20 + 15 + 10 = 100
    plan.entry(core::KpiId::Csat).weight = 35;
    return plan;
}

core::KpiPlan TestKpiPlans::teamPlan() const
{
    core::KpiPlan plan = core::KpiPlan::defaults();
    plan.entry(core::KpiId::Sales).weight = 0; // a team that sells nothing: 30 + 45 + 0 + 15 + 10
    plan.entry(core::KpiId::Csat).weight = 45;
    plan.entry(core::KpiId::Aht).thresholds = {600, 480, 400};
    return plan;
}

void TestKpiPlans::defaultsWithoutStoredPlans()
{
    const storage::KpiPlanRepository plans(*m_db);
    QCOMPARE(plans.planFor(std::nullopt).value(), core::KpiPlan::defaults());
    QCOMPARE(plans.planFor(m_team).value(), core::KpiPlan::defaults());
    QVERIFY(!plans.ownPlan(m_team).value().has_value());
}

void TestKpiPlans::teamFollowsSiteUntilItHasItsOwn()
{
    const storage::KpiPlanRepository plans(*m_db);
    QVERIFY(sitePlan() != core::KpiPlan::defaults());
    QVERIFY(plans.save(std::nullopt, sitePlan()));
    QCOMPARE(plans.planFor(m_team).value(), sitePlan());
    QVERIFY(plans.save(m_team, teamPlan()));
    QCOMPARE(plans.planFor(m_team).value(), teamPlan());
    QCOMPARE(plans.planFor(std::nullopt).value(), sitePlan());
    QCOMPARE(plans.planFor(m_team + 1).value(), sitePlan()); // another team still follows the site
}

void TestKpiPlans::savingAgainReplacesAndCountsVersions()
{
    const storage::KpiPlanRepository plans(*m_db);
    QVERIFY(plans.save(m_team, sitePlan()));
    QVERIFY(plans.save(m_team, teamPlan()));
    QVERIFY(plans.save(std::nullopt, sitePlan()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT team_id, version FROM kpi_plans ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), m_team);
    QCOMPARE(q.value(1).toInt(), 2);
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QCOMPARE(q.value(1).toInt(), 1);
    QVERIFY(!q.next());
    QCOMPARE(plans.ownPlan(m_team).value().value(), teamPlan());
}

void TestKpiPlans::invalidPlanIsRefusedAndNothingChanges()
{
    const storage::KpiPlanRepository plans(*m_db);
    QVERIFY(plans.save(m_team, teamPlan()));
    core::KpiPlan wrong = teamPlan();
    wrong.entry(core::KpiId::Csat).weight = 40; // sums to 95
    const core::Status refused = plans.save(m_team, wrong);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("95")), qPrintable(refused.error().message));
    QCOMPARE(plans.planFor(m_team).value(), teamPlan());
}

void TestKpiPlans::removingAgainInherits()
{
    const storage::KpiPlanRepository plans(*m_db);
    QVERIFY(plans.save(std::nullopt, sitePlan()));
    QVERIFY(plans.save(m_team, teamPlan()));
    QVERIFY(plans.remove(m_team));
    QCOMPARE(plans.planFor(m_team).value(), sitePlan());
    QVERIFY(plans.remove(std::nullopt));
    QCOMPARE(plans.planFor(m_team).value(), core::KpiPlan::defaults());
}

void TestKpiPlans::corruptStoredPlanIsReported()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO kpi_plans (team_id, definition, updated_at)"
                                  " VALUES (NULL, '{\"weights\": 7}', '2026-11-30T00:00:00Z')")));
    const auto plan = storage::KpiPlanRepository(*m_db).planFor(m_team);
    QVERIFY(!plan);
    QVERIFY2(plan.error().message.contains(QLatin1String("the site")), qPrintable(plan.error().message));
}

HUDDLE_TEST_GUILESS_MAIN("test_kpi_plans", TestKpiPlans)
#include "tst_kpiplans.moc"
