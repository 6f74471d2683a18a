// Bonus plan versions in storage, on the October 2026 site (bonussite.h: teams Billing, Care, Retention):
// versions numbered per scope, the plan in force for a team and month (the team's newest version valid from
// a month ≤ it, else the site's, else the built-in example), a plan read back exactly as saved, an invalid
// plan refused with its field named and nothing stored, plans that would govern a locked month refused, and
// every save in the audit log in the same transaction.
#include "bonussite.h"
#include "qafixture.h"
#include "support/testmain.h"

#include "core/month.h"
#include "storage/auditlog.h"
#include "storage/bonuslockrepository.h"
#include "storage/bonusplanrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using bonussite::December;
using bonussite::November;
using bonussite::October;
using bonussite::September;
using qafixture::count;
using qafixture::scalar;

namespace {

const QDate August{2026, 8, 1};

// The example plan under another name, so each stored version can be told apart by its plan.
core::BonusPlan named(const QString &name)
{
    core::BonusPlan plan = core::BonusPlan::example();
    plan.name = name;
    return plan;
}

} // namespace

class TestBonusPlans : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void builtInExampleWhereNothingIsStored();
    void versionsAreNumberedPerScope();
    void planInForceFallsBack_data();
    void planInForceFallsBack();
    void savedPlanReadsBackExactly();
    void invalidPlanIsRefusedNamingTheField();
    void planOverALockedMonthIsRefused();
    void unknownTeamOrNoNameIsRefused();
    void saveIsAudited();
    void failedAuditLeavesNoPlan();
    void saveOverAVersionSavedMeanwhileIsRefused();

private:
    storage::BonusPlanRepository plans() const { return storage::BonusPlanRepository(*m_site.db); }
    qint64 save(std::optional<qint64> team, QDate from, const QString &name);
    // Stores the versions planInForceFallsBack resolves against (see there).
    void storeVersions();

    QTemporaryDir m_dir;
    int m_counter = 0;
    bonussite::Site m_site;
};

void TestBonusPlans::init()
{
    m_site = {};
    auto site = bonussite::openSite(m_dir.filePath(QStringLiteral("plans%1.sqlite").arg(++m_counter)));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
}

qint64 TestBonusPlans::save(std::optional<qint64> team, QDate from, const QString &name)
{
    const auto saved = plans().save(team, from, named(name), QStringLiteral("Payroll"), QString());
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().toString()));
        return 0;
    }
    return saved->id;
}

void TestBonusPlans::storeVersions()
{
    // In this order: site v1 from September, site v2 from November, Billing v1 and v2 both from October,
    // Care v1 from December, then site v3 from October — a higher version with an earlier month.
    QVERIFY(save(std::nullopt, September, QStringLiteral("site 1")));
    QVERIFY(save(std::nullopt, November, QStringLiteral("site 2")));
    QVERIFY(save(m_site.billing, October, QStringLiteral("billing 1")));
    QVERIFY(save(m_site.billing, October, QStringLiteral("billing 2")));
    QVERIFY(save(m_site.care, December, QStringLiteral("care 1")));
    QVERIFY(save(std::nullopt, October, QStringLiteral("site 3")));
}

void TestBonusPlans::builtInExampleWhereNothingIsStored()
{
    for (const std::optional<qint64> team : {std::optional<qint64>(), std::optional<qint64>(m_site.care)}) {
        const auto plan = plans().planFor(team, October);
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QVERIFY(plan->isBuiltIn());
        QCOMPARE(plan->id, qint64(0));
        QVERIFY(plan->plan == core::BonusPlan::example());
    }
    QCOMPARE(plans().versions()->size(), 0);
    QVERIFY(!plans().planFor(std::nullopt, QDate()));
}

void TestBonusPlans::versionsAreNumberedPerScope()
{
    storeVersions();
    const auto versions = plans().versions();
    QVERIFY2(versions, qPrintable(versions ? QString() : versions.error().toString()));
    // Site first, then teams by name; each scope newest version first.
    QStringList listed;
    for (const storage::BonusPlanVersion &version : versions.value())
        listed.append(QStringLiteral("%1 v%2 %3 %4")
                          .arg(version.teamName.isEmpty() ? QStringLiteral("site") : version.teamName)
                          .arg(version.version)
                          .arg(core::monthCode(version.validFrom), version.plan.name));
    QCOMPARE(listed,
             (QStringList{
                 QStringLiteral("site v3 2026-10 site 3"), QStringLiteral("site v2 2026-11 site 2"),
                 QStringLiteral("site v1 2026-09 site 1"), QStringLiteral("Billing v2 2026-10 billing 2"),
                 QStringLiteral("Billing v1 2026-10 billing 1"), QStringLiteral("Care v1 2026-12 care 1")}));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans WHERE team_id IS NULL")), 3);
}

void TestBonusPlans::planInForceFallsBack_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QString>("plan");
    // Before any version: the built-in example ("" = built in).
    QTest::newRow("site before any") << "site" << August << "";
    QTest::newRow("Retention before any") << "Retention" << August << "";
    QTest::newRow("site September") << "site" << September << "site 1";
    // October: site v3 (from October) beats v1 (from September) by month.
    QTest::newRow("site October") << "site" << October << "site 3";
    // November: v2 is from November, v3 only from October: the newer month wins over the higher version.
    QTest::newRow("site November") << "site" << November << "site 2";
    QTest::newRow("site December") << "site" << December << "site 2";
    // Billing's own versions start in October; September falls back to the site's.
    QTest::newRow("Billing September") << "Billing" << September << "site 1";
    // Two Billing versions from October: the higher version.
    QTest::newRow("Billing October") << "Billing" << October << "billing 2";
    // The team's own plan stays in force although the site has a newer one from November.
    QTest::newRow("Billing December") << "Billing" << December << "billing 2";
    QTest::newRow("Care November") << "Care" << November << "site 2";
    QTest::newRow("Care December") << "Care" << December << "care 1";
    QTest::newRow("Retention October") << "Retention" << October << "site 3";
    // Any day of the month asks for the month.
    QTest::newRow("Care mid-December") << "Care" << QDate(2026, 12, 31) << "care 1";
}

void TestBonusPlans::planInForceFallsBack()
{
    QFETCH(QString, team);
    QFETCH(QDate, month);
    QFETCH(QString, plan);
    storeVersions();
    const QHash<QString, qint64> teams{{QStringLiteral("Billing"), m_site.billing},
                                       {QStringLiteral("Care"), m_site.care},
                                       {QStringLiteral("Retention"), m_site.retention}};
    const std::optional<qint64> teamId =
        team == QLatin1String("site") ? std::nullopt : std::optional<qint64>(teams.value(team));
    const auto inForce = plans().planFor(teamId, month);
    QVERIFY2(inForce, qPrintable(inForce ? QString() : inForce.error().toString()));
    if (plan.isEmpty()) {
        QVERIFY(inForce->isBuiltIn());
        QVERIFY(inForce->plan == core::BonusPlan::example());
        return;
    }
    QCOMPARE(inForce->plan.name, plan);
    QCOMPARE(inForce->id,
             scalar(*m_site.db, QStringLiteral("SELECT id FROM bonus_plans WHERE definition LIKE ?"),
                    {QStringLiteral("%\"") + plan + QStringLiteral("\"%")})
                 .toLongLong());
}

void TestBonusPlans::savedPlanReadsBackExactly()
{
    core::BonusPlan plan = named(QStringLiteral("Billing – Herbst"));
    plan.cap = 25000;
    plan.scoreWeights = {{core::KpiId::Csat, 60}, {core::KpiId::Attendance, 40}};
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto saved = plans().save(m_site.billing, QDate(2026, 10, 17), plan, QStringLiteral("Zoë"),
                                    QStringLiteral("higher rates from October"));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->validFrom, October);
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->teamId, std::optional<qint64>(m_site.billing));
    QCOMPARE(saved->teamName, QStringLiteral("Billing"));
    QCOMPARE(saved->createdBy, QStringLiteral("Zoë"));
    QCOMPARE(saved->note, QStringLiteral("higher rates from October"));
    QVERIFY(saved->createdAt >= before && saved->createdAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(saved->plan == plan);
    QCOMPARE(scalar(*m_site.db,
                    QStringLiteral("SELECT valid_from || ' ' || definition FROM bonus_plans WHERE id = ?"),
                    {saved->id})
                 .toString(),
             QStringLiteral("2026-10 ") + QString::fromUtf8(plan.toJson()));

    const auto read = plans().planFor(m_site.billing, October);
    QVERIFY(read);
    QCOMPARE(read->id, saved->id);
    QVERIFY(read->plan == plan);
    QCOMPARE(read->createdAt, saved->createdAt);
    QCOMPARE(read->createdBy, saved->createdBy);
    QCOMPARE(read->note, saved->note);
    QCOMPARE(read->teamName, saved->teamName);
}

void TestBonusPlans::invalidPlanIsRefusedNamingTheField()
{
    core::BonusPlan plan = core::BonusPlan::example();
    plan.scoreWeights = {{core::KpiId::Csat, 50}, {core::KpiId::Attendance, 45}};
    const auto refused = plans().save(std::nullopt, October, plan, QStringLiteral("Payroll"), QString());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("score_weights")),
             qPrintable(refused.error().message));
    QCOMPARE(refused.error().message, plan.validate().error().message);

    plan = core::BonusPlan::example();
    plan.components[1].id = plan.components[0].id;
    const auto duplicate = plans().save(m_site.care, October, plan, QStringLiteral("Payroll"), QString());
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().message.contains(QLatin1String("components[1]")),
             qPrintable(duplicate.error().message));

    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans")), 0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bonus_plan'")),
             0);
}

void TestBonusPlans::planOverALockedMonthIsRefused()
{
    QVERIFY(save(std::nullopt, September, QStringLiteral("site 1")));
    storage::BonusLockRequest request{October, QStringLiteral("Payroll"), QStringLiteral("reviewed"),
                                      {},      QStringLiteral("abc"),     {}};
    QVERIFY(storage::BonusLockRepository(*m_site.db).lock(request, QDate(2026, 11, 2)));
    for (const QDate from : {October, September, QDate(2026, 10, 31)}) {
        const auto refused = plans().save(m_site.care, from, named(QStringLiteral("late")),
                                          QStringLiteral("Payroll"), QString());
        QVERIFY(!refused);
        QCOMPARE(
            refused.error().message,
            QStringLiteral("October 2026 is locked; a plan can start from November 2026 at the earliest"));
    }
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans")), 1);
    const auto allowed = plans().save(m_site.care, November, named(QStringLiteral("care")),
                                      QStringLiteral("Payroll"), QString());
    QVERIFY2(allowed, qPrintable(allowed ? QString() : allowed.error().toString()));
    QCOMPARE(plans().planFor(m_site.care, October)->plan.name, QStringLiteral("site 1"));
    QCOMPARE(plans().planFor(m_site.care, November)->plan.name, QStringLiteral("care"));
}

void TestBonusPlans::unknownTeamOrNoNameIsRefused()
{
    const auto unknown =
        plans().save(9999, October, named(QStringLiteral("x")), QStringLiteral("Payroll"), QString());
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QLatin1String("9999")), qPrintable(unknown.error().message));
    QVERIFY(
        !plans().save(std::nullopt, October, named(QStringLiteral("x")), QStringLiteral("  "), QString()));
    QVERIFY(!plans().save(std::nullopt, QDate(), named(QStringLiteral("x")), QStringLiteral("Payroll"),
                          QString()));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans")), 0);
}

void TestBonusPlans::saveIsAudited()
{
    QVERIFY(save(m_site.billing, October, QStringLiteral("billing 1")));
    const auto saved = plans().save(m_site.billing, November, named(QStringLiteral("billing 2")),
                                    QStringLiteral("Zoë"), QStringLiteral("tier C up"));
    QVERIFY(saved);
    const auto site = plans().save(std::nullopt, October, named(QStringLiteral("site")),
                                   QStringLiteral("Payroll"), QString());
    QVERIFY(site);

    const auto entries = storage::AuditLog(*m_site.db).entries(QStringLiteral("bonus_plan"), saved->id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const storage::AuditEntry &entry = entries->first();
    QCOMPARE(entry.actor, QStringLiteral("Zoë"));
    QCOMPARE(entry.action, QStringLiteral("save"));
    QCOMPARE(entry.detail.value(QStringLiteral("team")).toString(), QStringLiteral("Billing"));
    QCOMPARE(entry.detail.value(QStringLiteral("team_id")).toInteger(), m_site.billing);
    QCOMPARE(entry.detail.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2026-11"));
    QCOMPARE(entry.detail.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(entry.detail.value(QStringLiteral("note")).toString(), QStringLiteral("tier C up"));

    const auto siteEntry = storage::AuditLog(*m_site.db).entries(QStringLiteral("bonus_plan"), site->id);
    QVERIFY(siteEntry);
    QCOMPARE(siteEntry->size(), 1);
    QVERIFY(siteEntry->first().detail.value(QStringLiteral("team")).isNull());
    QCOMPARE(siteEntry->first().detail.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(storage::AuditLog(*m_site.db).entries(QStringLiteral("bonus_plan"))->size(), 3);
    QVERIFY(storage::AuditLog(*m_site.db).verifyChain()->ok());
}

void TestBonusPlans::failedAuditLeavesNoPlan()
{
    QVERIFY(qafixture::breakInsertsInto(*m_site.db, QStringLiteral("audit_log")));
    const auto failed =
        plans().save(std::nullopt, October, named(QStringLiteral("x")), QStringLiteral("Payroll"), QString());
    QVERIFY(!failed);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans")), 0);
}

// Two people edit the site's plan, both shown version 1. The first save becomes version 2; the second, which
// still names version 1 as seen, is refused naming version 2, who saved it and "look at it", and stores
// nothing. Once it names version 2 it goes through as version 3. The same holds for a scope with no version
// yet (seen 0), and a save that checks nothing (seen empty: the demo, imports) still numbers on.
void TestBonusPlans::saveOverAVersionSavedMeanwhileIsRefused()
{
    QVERIFY(
        plans().save(std::nullopt, October, named(QStringLiteral("v1")), QStringLiteral("Payroll"), {}, 0));
    const auto first =
        plans().save(std::nullopt, October, named(QStringLiteral("mine")), QStringLiteral("Kim"), {}, 1);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->version, 2);

    const auto refused =
        plans().save(std::nullopt, October, named(QStringLiteral("theirs")), QStringLiteral("Lee"), {}, 1);
    QVERIFY(!refused);
    const QString message = refused.error().message;
    QVERIFY2(
        message.startsWith(QStringLiteral("version 2 of the bonus plan for the site was saved by Kim at ")) &&
            message.contains(QStringLiteral("after you opened version 1")) &&
            message.contains(QStringLiteral("look at it")),
        qPrintable(message));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_plans WHERE team_id IS NULL")), 2);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bonus_plan'")),
             2);

    const auto again =
        plans().save(std::nullopt, October, named(QStringLiteral("theirs")), QStringLiteral("Lee"), {}, 2);
    QVERIFY(again);
    QCOMPARE(again->version, 3);
    QCOMPARE(plans().planFor(std::nullopt, October)->plan.name, QStringLiteral("theirs"));

    const qint64 care = m_site.care;
    QVERIFY(plans().save(care, October, named(QStringLiteral("care")), QStringLiteral("Kim"), {}, 0));
    const auto firstToo =
        plans().save(care, October, named(QStringLiteral("care too")), QStringLiteral("Lee"), {}, 0);
    QVERIFY(!firstToo);
    QVERIFY2(firstToo.error().message.contains(QStringLiteral("while you were writing the first one")),
             qPrintable(firstToo.error().message));
    QCOMPARE(
        plans().save(care, October, named(QStringLiteral("unchecked")), QStringLiteral("Demo"), {})->version,
        2);
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_plans", TestBonusPlans)
#include "tst_bonusplans.moc"
