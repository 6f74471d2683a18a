// The Bonus page's part of the demo: the site's plan and the best-selling team's own plan with higher tier
// rates, April 2024 locked by the payroll clerk, and a late attendance correction into April that May pays
// as an adjustment. Facts are read back with plain SQL of this test, plans parsed with BonusPlan::fromJson,
// and the adjustment through runBonusMonth as the Bonus page would; the same seed gives the same rows.
#include "demofacts.h"
#include "support/testmain.h"

#include "core/bonusplan.h"
#include "demo/demogenerator.h"
#include "reports/bonusrun.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;

namespace {

const QString clerk = QStringLiteral("Dana Reyes (payroll)");
const QDate lockedMonth(2024, 4, 1); // two months before June

demo::DemoOptions options(int days)
{
    demo::DemoOptions o;
    o.teams = 2;
    o.agents = 16;
    o.days = days;
    o.seed = 7;
    o.endDay = demofacts::endDay;
    return o;
}

// The per-sale tier rates of a plan's per-unit components, in plan order.
QList<core::TierRate> tierRates(const core::BonusPlan &plan)
{
    QList<core::TierRate> rates;
    for (const core::BonusComponent &component : plan.components)
        if (component.kind == core::ComponentKind::PerUnit)
            rates += component.tierRates;
    return rates;
}

} // namespace

class TestDemoBonus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void siteAndBestSellingTeamPlans();
    void monthTwoMonthsBackIsLocked();
    void lateCorrectionIsPaidNextMonth();
    void auditChainIsIntact();
    void sameSeedSameBonusData();
    void shortDemoLocksNothing();

private:
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const
    {
        return demofacts::scalar(*m_db, sql, bindings);
    }
    core::BonusPlan storedPlan(const QString &where) const;
    // A hash of every row of `sql`.
    static QByteArray rowsHash(const storage::Database &db, const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db; // 2 teams of 8, 100 days to 30 June 2024
    demo::DemoSummary m_summary;
};

void TestDemoBonus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = demofacts::generate(m_dir.filePath(QStringLiteral("bonus.db")), options(100), &m_summary);
    QVERIFY(m_db);
}

core::BonusPlan TestDemoBonus::storedPlan(const QString &where) const
{
    const QByteArray json =
        scalar(QStringLiteral("SELECT definition FROM bonus_plans WHERE %1").arg(where)).toString().toUtf8();
    const auto plan = core::BonusPlan::fromJson(json);
    if (!plan)
        qWarning("%s", qPrintable(plan.error().toString()));
    return plan ? plan.value() : core::BonusPlan{};
}

QByteArray TestDemoBonus::rowsHash(const storage::Database &db, const QString &sql)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = demofacts::run(db, sql);
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            hash.addData(q.value(i).toString().toUtf8() + '\x1f');
    return hash.result().toHex();
}

void TestDemoBonus::siteAndBestSellingTeamPlans()
{
    QCOMPARE(m_summary.bonusPlanVersions, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bonus_plans")).toInt(), 2);
    // Both from the demo's first month (23 March), version 1 of their scope, saved by the clerk.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM bonus_plans WHERE valid_from = '2024-03' AND"
                                   " version = 1 AND created_by = ?"),
                    {clerk})
                 .toInt(),
             2);
    // The team is the one with the most sales over the demo's days (by the team of each sale's conversation).
    const qint64 bestTeam =
        scalar(QStringLiteral("SELECT c.team_id FROM sales s JOIN conversations c ON c.id = s.conversation_id"
                              " GROUP BY c.team_id ORDER BY COUNT(*) DESC, c.team_id LIMIT 1"))
            .toLongLong();
    QCOMPARE(scalar(QStringLiteral("SELECT team_id FROM bonus_plans WHERE team_id IS NOT NULL")).toLongLong(),
             bestTeam);
    // The site's plan is the example; the team's pays a quarter more per sale in every tier.
    const core::BonusPlan site = storedPlan(QStringLiteral("team_id IS NULL"));
    QCOMPARE(site, core::BonusPlan::example());
    const QList<core::TierRate> siteRates = tierRates(site);
    const QList<core::TierRate> teamRates = tierRates(storedPlan(QStringLiteral("team_id IS NOT NULL")));
    QCOMPARE(siteRates.size(), 3);
    QCOMPARE(teamRates.size(), siteRates.size());
    for (qsizetype i = 0; i < siteRates.size(); ++i) {
        QCOMPARE(teamRates[i].tier, siteRates[i].tier);
        QCOMPARE(teamRates[i].cents * 4, siteRates[i].cents * 5);
    }
}

void TestDemoBonus::monthTwoMonthsBackIsLocked()
{
    QCOMPARE(m_summary.lockedBonusMonth, lockedMonth);
    QSqlQuery lock = demofacts::run(
        *m_db,
        QStringLiteral("SELECT id, month, locked_by, reason, unlocked_at, total_cents FROM bonus_locks"));
    QVERIFY(lock.next());
    QCOMPARE(lock.value(1).toString(), QStringLiteral("2024-04"));
    QCOMPARE(lock.value(2).toString(), clerk);
    QVERIFY2(lock.value(3).toString().contains(QStringLiteral("May 2024")),
             qPrintable(lock.value(3).toString()));
    QVERIFY(lock.value(4).isNull());
    const qint64 lockId = lock.value(0).toLongLong();
    const qint64 total = lock.value(5).toLongLong();
    QVERIFY(!lock.next()); // the only lock
    // Its frozen lines add up to its total and cover every agent of April.
    QCOMPARE(
        scalar(QStringLiteral("SELECT SUM(amount_cents) FROM bonus_lock_lines WHERE lock_id = ?"), {lockId})
            .toLongLong(),
        total);
    QVERIFY(total > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT agent_id) FROM bonus_lock_lines WHERE lock_id = ?"),
                    {lockId})
                 .toInt(),
             16);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bonus_month' AND"
                                   " entity_id = 202404 AND action = 'lock' AND actor = ?"),
                    {clerk})
                 .toInt(),
             1);
}

void TestDemoBonus::lateCorrectionIsPaidNextMonth()
{
    // One shift of April entered again by the clerk after the lock.
    QSqlQuery entry = demofacts::run(*m_db, QStringLiteral("SELECT entity_id, detail FROM audit_log WHERE"
                                                           " entity = 'attendance' AND action = 'enter'"));
    QVERIFY(entry.next());
    const qint64 agentId = entry.value(0).toLongLong();
    const QJsonObject detail = QJsonDocument::fromJson(entry.value(1).toString().toUtf8()).object();
    QVERIFY(!entry.next());
    const QString day = detail.value(QStringLiteral("day")).toString();
    QVERIFY2(day.startsWith(QStringLiteral("2024-04-")), qPrintable(day));
    const QString before =
        detail.value(QStringLiteral("before")).toObject().value(QStringLiteral("status")).toString();
    const QString now =
        scalar(QStringLiteral("SELECT status FROM attendance WHERE agent_id = ? AND day = ?"), {agentId, day})
            .toString();
    const qint64 paid =
        scalar(QStringLiteral("SELECT SUM(amount_cents) FROM bonus_lock_lines WHERE agent_id = ?"), {agentId})
            .toLongLong();
    const qint64 components =
        scalar(QStringLiteral("SELECT SUM(amount_cents) FROM bonus_lock_lines WHERE agent_id = ? AND"
                              " line_kind = 'component'"),
               {agentId})
            .toLongLong();
    // Either a no-call-no-show the gate had taken to $0 became an excused absence (the agent is owed money),
    // or, when no agent was gated so, a paid agent's absence became a no-call-no-show (they owe it all).
    const bool excused = before == QLatin1String("ncns");
    QCOMPARE(now, excused ? QStringLiteral("excused") : QStringLiteral("ncns"));
    if (excused) {
        QVERIFY(paid == 0 && components > 0);
        // It was the agent's only violation of April.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = ? AND day LIKE"
                                       " '2024-04-%' AND status IN ('ncns', 'unexcused')"),
                        {agentId})
                     .toInt(),
                 0);
    } else {
        QVERIFY(before == QLatin1String("excused") || before == QLatin1String("unexcused"));
        QVERIFY(paid > 0);
    }

    // May is open: the agent's month there carries an adjustment for April.
    reports::BonusRunOptions runOptions;
    runOptions.money = reports::moneyFormatFor(*m_db, QLocale(QLocale::English, QLocale::UnitedStates));
    const auto may = reports::runBonusMonth(*m_db, QDate(2024, 5, 1), runOptions);
    QVERIFY2(may, qPrintable(may ? QString() : may.error().toString()));
    QVERIFY(!may->lock);
    std::optional<core::BonusLine> adjustment;
    for (const reports::AgentBonusRow &row : may->agents)
        for (const core::BonusLine &line : row.bonus.lines)
            if (line.kind == core::BonusLineKind::Adjustment) {
                QCOMPARE(row.agentId, agentId); // nobody else's April changed
                QCOMPARE(line.id, QStringLiteral("adjustment:2024-04"));
                adjustment = line;
            }
    QVERIFY(adjustment);
    if (excused)
        QVERIFY2(adjustment->amount > 0 && adjustment->amount <= components,
                 qPrintable(QString::number(adjustment->amount)));
    else
        QCOMPARE(adjustment->amount, -paid);
}

void TestDemoBonus::auditChainIsIntact()
{
    const auto check = storage::AuditLog(*m_db).verifyChain();
    QVERIFY2(check, qPrintable(check ? QString() : check.error().toString()));
    QVERIFY2(check->ok(), qPrintable(check->problem));
    QCOMPARE(check->entries, scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong());
}

void TestDemoBonus::sameSeedSameBonusData()
{
    QTemporaryDir dir;
    const auto second = demofacts::generate(dir.filePath(QStringLiteral("again.db")), options(100));
    QVERIFY(second);
    // Everything but the times the repositories stamp.
    for (const QString &sql :
         {QStringLiteral(
              "SELECT id, team_id, valid_from, version, definition, created_by, note FROM bonus_plans"
              " ORDER BY id"),
          QStringLiteral("SELECT month, locked_by, reason, plans, csv_sha256, total_cents FROM bonus_locks"),
          QStringLiteral("SELECT * FROM bonus_lock_lines ORDER BY lock_id, position"),
          QStringLiteral("SELECT * FROM attendance ORDER BY id"),
          QStringLiteral("SELECT actor, entity, entity_id, action, detail FROM audit_log WHERE entity IN"
                         " ('bonus_plan', 'bonus_month', 'attendance') ORDER BY id")})
        QVERIFY2(rowsHash(*m_db, sql) == rowsHash(*second, sql), qPrintable(sql));
}

void TestDemoBonus::shortDemoLocksNothing()
{
    // Thirty days to 30 June do not reach April: plans, but no lock and no correction.
    QTemporaryDir dir;
    demo::DemoSummary summary;
    const auto db = demofacts::generate(dir.filePath(QStringLiteral("short.db")), options(30), &summary);
    QVERIFY(db);
    QCOMPARE(summary.bonusPlanVersions, 2);
    QVERIFY(!summary.lockedBonusMonth.isValid());
    QCOMPARE(demofacts::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks")).toInt(), 0);
    QCOMPARE(
        demofacts::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'attendance'"))
            .toInt(),
        0);
    QCOMPARE(
        demofacts::scalar(*db, QStringLiteral("SELECT valid_from FROM bonus_plans WHERE team_id IS NULL"))
            .toString(),
        QStringLiteral("2024-06"));
}

HUDDLE_TEST_GUILESS_MAIN("test_demo_bonus", TestDemoBonus)
#include "tst_demobonus.moc"
