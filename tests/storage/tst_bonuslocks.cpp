// Locked bonus months in storage, on the October 2026 site (bonussite.h): a lock freezes its lines exactly as
// given (every kind, evidence, sign and JSON input read back bit for bit), is refused while the month is
// still running, twice, or without a name and reason; unlocking is refused while a later month is locked,
// stamps the lock instead of deleting it, and every lock and unlock is in the audit log — all or nothing.
#include "bonussite.h"
#include "qafixture.h"
#include "support/testmain.h"

#include "core/bonusengine.h"
#include "storage/auditlog.h"
#include "storage/bonuslockrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using bonussite::December;
using bonussite::November;
using bonussite::October;
using bonussite::September;
using bonussite::Today;
using core::BonusEvidence;
using core::BonusLineKind;
using qafixture::count;
using qafixture::scalar;

namespace {

const QDate AfterOctober{2026, 11, 1};

storage::FrozenBonusLine frozen(qint64 agent, const QString &name, qint64 team, const QString &teamName,
                                core::BonusLine line)
{
    return {agent, name, team, teamName, std::move(line)};
}

core::BonusLine line(BonusLineKind kind, const QString &id, const QString &explanation, QJsonObject inputs,
                     BonusEvidence evidence, core::Cents amount)
{
    return {kind, id, id.toUpper(), explanation, std::move(inputs), evidence, amount};
}

QString describe(const storage::FrozenBonusLine &f)
{
    const core::BonusLine &l = f.line;
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11")
        .arg(f.agentId)
        .arg(f.agentName)
        .arg(f.teamId)
        .arg(f.teamName, core::bonusLineKindCode(l.kind), l.id, l.label, l.explanation,
             QString::fromUtf8(QJsonDocument(l.inputs).toJson(QJsonDocument::Compact)),
             core::bonusEvidenceCode(l.evidence))
        .arg(l.amount);
}

} // namespace

class TestBonusLocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void lockFreezesTheLinesExactly();
    void lockIsRefused_data();
    void lockIsRefused();
    void unlockIsRefused();
    void unlockNewestFirstKeepsTheHistory();
    void locksAndUnlocksAreAudited();
    void failedLockLeavesNothing();

private:
    storage::BonusLockRepository locks() const { return storage::BonusLockRepository(*m_site.db); }
    storage::BonusLockRequest request(QDate month) const;
    QList<storage::FrozenBonusLine> octoberLines() const;
    void lock(QDate month);

    QTemporaryDir m_dir;
    int m_counter = 0;
    bonussite::Site m_site;
};

void TestBonusLocks::init()
{
    m_site = {};
    auto site = bonussite::openSite(m_dir.filePath(QStringLiteral("locks%1.sqlite").arg(++m_counter)));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
}

// Lines of every kind and evidence, with the characters and numbers a JSON round trip could change.
QList<storage::FrozenBonusLine> TestBonusLocks::octoberLines() const
{
    const qint64 billing = m_site.billing;
    return {
        frozen(m_site.ana, QStringLiteral("Ana"), billing, QStringLiteral("Billing"),
               line(BonusLineKind::Component, QStringLiteral("perfect_csat"),
                    QStringLiteral("CSAT 100 % on 5 responses → $80.00"),
                    {{QStringLiteral("responses"), 5}, {QStringLiteral("satisfied"), 5}}, BonusEvidence::Csat,
                    8000)),
        frozen(m_site.ana, QStringLiteral("Ana"), billing, QStringLiteral("Billing"),
               line(BonusLineKind::Component, QStringLiteral("per_sale"),
                    QStringLiteral("3 sales: 2 × tier A $8.00 + 1 × tier B $12.00 = $28.00"),
                    {{QStringLiteral("tiers"),
                      QJsonArray{QJsonObject{{QStringLiteral("tier"), QStringLiteral("A")},
                                             {QStringLiteral("count"), 2}},
                                 QJsonObject{{QStringLiteral("tier"), QStringLiteral("B")},
                                             {QStringLiteral("count"), 1}}}}},
                    BonusEvidence::Sales, 2800)),
        frozen(m_site.cat, QStringLiteral("Cat"), m_site.care, QStringLiteral("Care"),
               line(BonusLineKind::Gate, QStringLiteral("qa_below_80"),
                    QStringLiteral("QA 76.9 % on 2 evaluations < 80 % → −50 % = −$6.00"),
                    {{QStringLiteral("qa"), 100.0 * 10 / 13},
                     {QStringLiteral("evaluations"), 2},
                     {QStringLiteral("threshold"), 0.1 + 0.2}},
                    BonusEvidence::Qa, -600)),
        frozen(
            m_site.fay, QStringLiteral("Fay “Ffion” O'Brien"), m_site.retention, QStringLiteral("Retention"),
            line(BonusLineKind::Cap, QStringLiteral("cap"), QStringLiteral("capped at $50.00"),
                 {{QStringLiteral("cap"), QStringLiteral("50.00")}, {QStringLiteral("none"), QJsonValue()}},
                 BonusEvidence::None, -3000)),
        frozen(m_site.eve, QStringLiteral("Eve"), 0, QStringLiteral("(no team)"),
               line(BonusLineKind::Adjustment, QStringLiteral("adjustment:2026-09"),
                    QStringLiteral(
                        "Adjustment for September 2026: paid $0.00, now $12.00 → $12.00\nsecond line"),
                    {{QStringLiteral("paid"), 0},
                     {QStringLiteral("now"), 1200},
                     {QStringLiteral("big"), qint64(1) << 53}},
                    BonusEvidence::Kpi, 1200)),
        frozen(m_site.dan, QStringLiteral("Dan"), m_site.care, QStringLiteral("Care"),
               line(BonusLineKind::Component, QStringLiteral("attendance"), QStringLiteral("no data → $0.00"),
                    {}, BonusEvidence::Attendance, 0)),
    };
}

storage::BonusLockRequest TestBonusLocks::request(QDate month) const
{
    storage::BonusLockRequest request;
    request.month = month;
    request.lockedBy = QStringLiteral("Payroll");
    request.reason = QStringLiteral("Reviewed with the team leads");
    request.plans = QJsonArray{QJsonObject{{QStringLiteral("team_id"), QJsonValue()},
                                           {QStringLiteral("team"), QStringLiteral("")},
                                           {QStringLiteral("plan_id"), 0},
                                           {QStringLiteral("version"), 0},
                                           {QStringLiteral("valid_from"), QJsonValue()}}};
    request.csvSha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    request.lines = octoberLines();
    return request;
}

void TestBonusLocks::lock(QDate month)
{
    const auto locked = locks().lock(request(month), Today);
    QVERIFY2(locked, qPrintable(locked ? QString() : locked.error().toString()));
}

void TestBonusLocks::lockFreezesTheLinesExactly()
{
    const storage::BonusLockRequest asked = request(October);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto locked = locks().lock(asked, AfterOctober);
    QVERIFY2(locked, qPrintable(locked ? QString() : locked.error().toString()));
    QCOMPARE(locked->month, October);
    QCOMPARE(locked->lockedBy, asked.lockedBy);
    QCOMPARE(locked->reason, asked.reason);
    QCOMPARE(locked->plans, asked.plans);
    QCOMPARE(locked->csvSha256, asked.csvSha256);
    QCOMPARE(locked->totalCents, core::Cents(8000 + 2800 - 600 - 3000 + 1200 + 0));
    QVERIFY(locked->lockedAt >= before);
    QVERIFY(locked->inForce());

    const auto lines = locks().lines(locked->id);
    QVERIFY2(lines, qPrintable(lines ? QString() : lines.error().toString()));
    QCOMPARE(lines->size(), asked.lines.size());
    for (int i = 0; i < lines->size(); ++i) {
        QCOMPARE(describe(lines->at(i)), describe(asked.lines.at(i)));
        QVERIFY(lines->at(i).line == asked.lines.at(i).line);
    }
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_lock_lines WHERE team_id IS NULL")),
             1);

    const auto inForce = locks().lockFor(QDate(2026, 10, 20));
    QVERIFY(inForce && inForce->has_value());
    QCOMPARE(inForce->value().id, locked->id);
    QCOMPARE(inForce->value().lockedAt, locked->lockedAt);
    QCOMPARE(inForce->value().plans, asked.plans);
    QCOMPARE(inForce->value().totalCents, locked->totalCents);
    QVERIFY(!locks().lockFor(November)->has_value());
    QCOMPARE(locks().lockedMonths().value(), QList<QDate>{October});
}

void TestBonusLocks::lockIsRefused_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("month not over") << QDate(2026, 10, 31) << "Payroll"
                                    << "reviewed"
                                    << "has not ended yet";
    QTest::newRow("month not begun") << QDate(2026, 9, 30) << "Payroll"
                                     << "reviewed"
                                     << "has not ended yet";
    QTest::newRow("no name") << AfterOctober << " "
                             << "reviewed"
                             << "your name and a reason";
    QTest::newRow("no reason") << AfterOctober << "Payroll"
                               << ""
                               << "your name and a reason";
}

void TestBonusLocks::lockIsRefused()
{
    QFETCH(QDate, today);
    QFETCH(QString, by);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    storage::BonusLockRequest asked = request(October);
    asked.lockedBy = by;
    asked.reason = reason;
    const auto refused = locks().lock(asked, today);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("October 2026")),
             qPrintable(refused.error().message));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks")), 0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_lock_lines")), 0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bonus_month'")),
             0);
}

void TestBonusLocks::unlockIsRefused()
{
    const auto notLocked = locks().unlock(October, QStringLiteral("Admin"), QStringLiteral("correction"));
    QVERIFY(!notLocked);
    QCOMPARE(notLocked.error().message, QStringLiteral("October 2026 is not locked"));

    lock(October);
    lock(November);
    // Locking October again while its lock holds.
    const auto twice = locks().lock(request(October), Today);
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.startsWith(QLatin1String("October 2026 is already locked (by Payroll")),
             qPrintable(twice.error().message));

    for (const auto &[by, reason] : {std::pair{QStringLiteral(""), QStringLiteral("correction")},
                                     std::pair{QStringLiteral("Admin"), QStringLiteral(" ")}}) {
        const auto refused = locks().unlock(November, by, reason);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("your name and a reason")),
                 qPrintable(refused.error().message));
    }
    const auto later = locks().unlock(October, QStringLiteral("Admin"), QStringLiteral("correction"));
    QVERIFY(!later);
    QVERIFY2(later.error().message.endsWith(QLatin1String("unlock November 2026 first")),
             qPrintable(later.error().message));
    QCOMPARE(locks().lockedMonths().value(), (QList<QDate>{October, November}));
    QCOMPARE(
        count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks WHERE unlocked_at IS NOT NULL")),
        0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'unlock'")), 0);
}

void TestBonusLocks::unlockNewestFirstKeepsTheHistory()
{
    lock(September);
    lock(November);
    lock(October);
    QCOMPARE(locks().lockedMonths().value(), (QList<QDate>{September, October, November}));
    QVERIFY(locks().unlock(November, QStringLiteral("Admin"), QStringLiteral("late sales file")));
    QVERIFY(locks().unlock(October, QStringLiteral("Admin"), QStringLiteral("late sales file")));
    QCOMPARE(locks().lockedMonths().value(), QList<QDate>{September});
    QVERIFY(!locks().lockFor(October)->has_value());
    lock(October); // locked again: a new lock, the old one kept

    const auto history = locks().history();
    QVERIFY(history);
    QStringList listed;
    for (const storage::BonusLock &l : history.value())
        listed.append(QStringLiteral("%1 %2 %3")
                          .arg(l.month.toString(QStringLiteral("yyyy-MM")),
                               l.inForce() ? QStringLiteral("in force") : l.unlockedBy, l.unlockReason));
    QCOMPARE(
        listed,
        (QStringList{QStringLiteral("2026-10 in force "), QStringLiteral("2026-10 Admin late sales file"),
                     QStringLiteral("2026-11 Admin late sales file"), QStringLiteral("2026-09 in force ")}));
    QVERIFY(history->at(1).unlockedAt.isValid());
    // The unlocked lock's lines stay readable.
    QCOMPARE(locks().lines(history->at(1).id)->size(), octoberLines().size());
}

void TestBonusLocks::locksAndUnlocksAreAudited()
{
    lock(October);
    QVERIFY(locks().unlock(October, QStringLiteral("Admin"), QStringLiteral("late sales file")));
    const auto entries = storage::AuditLog(*m_site.db).entries(QStringLiteral("bonus_month"), 202610);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    const storage::AuditEntry &locked = entries->at(0);
    QCOMPARE(locked.action, QStringLiteral("lock"));
    QCOMPARE(locked.actor, QStringLiteral("Payroll"));
    QCOMPARE(locked.detail.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
    QCOMPARE(locked.detail.value(QStringLiteral("by")).toString(), QStringLiteral("Payroll"));
    QCOMPARE(locked.detail.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Reviewed with the team leads"));
    QCOMPARE(locked.detail.value(QStringLiteral("total")).toString(), QStringLiteral("84.00"));
    QCOMPARE(locked.detail.value(QStringLiteral("csv_sha256")).toString(), request(October).csvSha256);
    const storage::AuditEntry &unlocked = entries->at(1);
    QCOMPARE(unlocked.action, QStringLiteral("unlock"));
    QCOMPARE(unlocked.actor, QStringLiteral("Admin"));
    QCOMPARE(unlocked.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("late sales file"));
    QVERIFY(storage::AuditLog(*m_site.db).verifyChain()->ok());
}

void TestBonusLocks::failedLockLeavesNothing()
{
    // A line of an agent that does not exist: the last insert of the lock fails.
    storage::BonusLockRequest asked = request(October);
    asked.lines.append(frozen(999999, QStringLiteral("Nobody"), 0, QString(),
                              line(BonusLineKind::Component, QStringLiteral("x"), QStringLiteral("x"), {},
                                   BonusEvidence::None, 100)));
    QVERIFY(!locks().lock(asked, Today));
    // The audit entry, written last, fails.
    QVERIFY(qafixture::breakInsertsInto(*m_site.db, QStringLiteral("audit_log")));
    QVERIFY(!locks().lock(request(October), Today));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks")), 0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM bonus_lock_lines")), 0);
    QVERIFY(!locks().lockFor(October)->has_value());
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_locks", TestBonusLocks)
#include "tst_bonuslocks.moc"
