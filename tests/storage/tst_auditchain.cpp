// The audit log's hash chain: the hash of an entry as auditlog.cpp defines it (checked against SHA-256 values
// computed outside Huddle), a fresh log of many entries that verifies, every kind of tampering found at the
// entry where it happened — an edited field, a removed entry, an entry slipped in without a hash — and the
// entries written before the chain existed chained once, on the upgrade to level 7.
#include "qafixture.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using qafixture::count;
using qafixture::scalar;

namespace {

// Two entries and their hashes, computed with Python's hashlib over the encoding auditlog.cpp documents
// (each field as "<UTF-8 byte length>:<UTF-8>", in the order id, at, actor, entity, entity_id, action,
// detail, prev_hash).
const QString knownFirstHash =
    QStringLiteral("08ddd13496578b03c14a4fb1e0b2e928bc1189c25bc56420d2d78dec13a82cdb");
const QString knownSecondHash =
    QStringLiteral("307828c9077d84f9f778e9929966600b210f69439b2cbd12a8c5b658c56c732b");

bool exec(const storage::Database &database, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(database.connection());
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QList<qint64> ids(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace

class TestAuditChain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void hashIsTheDocumentedSha256();
    void freshLogOfManyEntriesVerifies();
    void editedFieldIsFoundAtItsEntry_data();
    void editedFieldIsFoundAtItsEntry();
    void removedEntryBreaksTheNextLink();
    void removedFirstEntryIsFound();
    void entryWithoutHashIsFound();
    void appendJoinsTheCallersTransaction();
    void legacyEntriesAreChained();
    void unhashedEntriesAfterTheChainAreLeft();
    void upgradeToLevel7ChainsTheOldLog();

private:
    storage::AuditLog log() const { return storage::AuditLog(*m_db); }
    storage::AuditChainCheck verify() const;
    // Appends `n` entries with varied actors, entities and details.
    void appendMany(int n) const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
};

void TestAuditChain::init()
{
    m_db.reset();
    auto db = storage::Database::open(
        testsupport::testDatabaseLocation(m_dir.filePath(QStringLiteral("audit%1.sqlite").arg(++m_counter))),
        storage::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(db.value());
}

storage::AuditChainCheck TestAuditChain::verify() const
{
    const auto check = log().verifyChain();
    if (!check)
        qWarning("%s", qPrintable(check.error().toString()));
    return check ? check.value() : storage::AuditChainCheck{-1, {}, qint64(-1), QStringLiteral("no check")};
}

void TestAuditChain::appendMany(int n) const
{
    for (int i = 0; i < n; ++i) {
        QJsonObject detail;
        if (i % 3 != 0)
            detail = {{QStringLiteral("step"), i},
                      {QStringLiteral("note"), QStringLiteral("änderung %1").arg(i)}};
        const auto done = log().append(i % 2 ? QStringLiteral("Payroll") : QStringLiteral("Zoë"),
                                       i % 4 ? QStringLiteral("bonus_month") : QStringLiteral("bonus_plan"),
                                       202600 + i, QStringLiteral("action%1").arg(i % 5), detail);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    }
}

void TestAuditChain::hashIsTheDocumentedSha256()
{
    QVERIFY(exec(*m_db, QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(
        exec(*m_db,
             QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_id, action, detail,"
                            " prev_hash, hash) VALUES (1, '2026-11-02T09:30:00Z', 'Payroll', 'bonus_month',"
                            " 202610, 'lock', '{\"month\":\"2026-10\"}', '', ?),"
                            " (2, '2026-11-03T10:00:00Z', ?, 'bonus_plan', 7, 'save', NULL, ?, ?)"),
             {knownFirstHash, QStringLiteral("Zoë Núñez"), knownFirstHash, knownSecondHash}));
    const storage::AuditChainCheck check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(2));
    QCOMPARE(check.headHash, knownSecondHash);

    // The same definition through entryHash, from the entries as read back.
    const auto locks = log().entries(QStringLiteral("bonus_month"), 202610);
    QVERIFY(locks);
    QCOMPARE(locks->size(), 1);
    QCOMPARE(locks->first().hash, knownFirstHash);
    QCOMPARE(storage::AuditLog::entryHash(locks->first()), knownFirstHash);
    const auto plans = log().entries(QStringLiteral("bonus_plan"));
    QVERIFY(plans);
    QCOMPARE(plans->first().prevHash, knownFirstHash);
    QCOMPARE(storage::AuditLog::entryHash(plans->first()), knownSecondHash);
}

void TestAuditChain::freshLogOfManyEntriesVerifies()
{
    appendMany(60);
    const int entries = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(entries >= 60); // the scorecards a new database starts with are in the log too
    const storage::AuditChainCheck check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(entries));
    QCOMPARE(check.headHash,
             scalar(*m_db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString());
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(check.headHash).hasMatch());
    // Each entry names the one before it; the first names none.
    QCOMPARE(count(*m_db, QStringLiteral(
                              "SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.id ="
                              " (SELECT MAX(id) FROM audit_log WHERE id < a.id) WHERE a.prev_hash = b.hash")),
             entries - 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1")).toString(),
             QString());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(DISTINCT hash) FROM audit_log")), entries);
}

void TestAuditChain::editedFieldIsFoundAtItsEntry_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("actor") << QStringLiteral("actor = 'Mallory'");
    QTest::newRow("detail") << QStringLiteral("detail = '{\"step\":99,\"note\":\"änderung 7\"}'");
    QTest::newRow("detail reformatted") << QStringLiteral("detail = replace(detail, ',', ', ')");
    QTest::newRow("time") << QStringLiteral("at = '2020-01-01T00:00:00Z'");
    QTest::newRow("entity id") << QStringLiteral("entity_id = entity_id + 1");
    QTest::newRow("action") << QStringLiteral("action = 'unlock'");
    QTest::newRow("link") << QStringLiteral("prev_hash = hash");
}

void TestAuditChain::editedFieldIsFoundAtItsEntry()
{
    QFETCH(QString, edit);
    appendMany(20);
    const QList<qint64> all = ids(*m_db);
    // An entry with a detail (appendMany leaves every third one without).
    const qint64 target =
        scalar(*m_db, QStringLiteral(
                          "SELECT MIN(id) FROM audit_log WHERE action = 'action2' AND detail IS NOT NULL"))
            .toLongLong();
    QVERIFY(target > all.first() && target < all.last());
    const QString before =
        scalar(*m_db,
               QStringLiteral("SELECT actor || '|' || at || '|' || entity_id || '|' || action || '|' ||"
                              " COALESCE(detail, '') || '|' || prev_hash FROM audit_log WHERE id = ?"),
               {target})
            .toString();
    QVERIFY(exec(*m_db, QStringLiteral("UPDATE audit_log SET %1 WHERE id = ?").arg(edit), {target}));

    storage::AuditChainCheck check = verify();
    QCOMPARE(check.brokenAt, std::optional<qint64>(target));
    QVERIFY2(check.problem.contains(QLatin1String("do not match its hash")), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(all.size())); // the walk still counts every entry

    // Undone, the chain is whole again: the check reads the data, not a flag.
    const QStringList parts = before.split(QLatin1Char('|'));
    QVERIFY(exec(*m_db,
                 QStringLiteral("UPDATE audit_log SET actor = ?, at = ?, entity_id = ?, action = ?,"
                                " detail = NULLIF(?, ''), prev_hash = ? WHERE id = ?"),
                 {parts[0], parts[1], parts[2].toLongLong(), parts[3], parts[4], parts[5], target}));
    check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
}

void TestAuditChain::removedEntryBreaksTheNextLink()
{
    appendMany(10);
    const QList<qint64> all = ids(*m_db);
    const qint64 removed = all.at(all.size() / 2);
    QVERIFY(exec(*m_db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {removed}));
    const storage::AuditChainCheck check = verify();
    QCOMPARE(check.brokenAt, std::optional<qint64>(all.at(all.size() / 2 + 1)));
    QVERIFY2(check.problem.startsWith(
                 QStringLiteral("does not follow entry %1 — ").arg(all.at(all.size() / 2 - 1))),
             qPrintable(check.problem));
    QVERIFY2(check.problem.contains(QLatin1String("removed or inserted")), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(all.size() - 1));
}

void TestAuditChain::removedFirstEntryIsFound()
{
    appendMany(3);
    const QList<qint64> all = ids(*m_db);
    QVERIFY(exec(*m_db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {all.first()}));
    const storage::AuditChainCheck check = verify();
    QCOMPARE(check.brokenAt, std::optional<qint64>(all.at(1)));
    QVERIFY2(check.problem.contains(QLatin1String("earlier entries were removed")),
             qPrintable(check.problem));
}

void TestAuditChain::entryWithoutHashIsFound()
{
    appendMany(4);
    QVERIFY(
        exec(*m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES"
                                   " ('2026-11-05T08:00:00Z', 'Mallory', 'bonus_month', 202610, 'unlock')")));
    const qint64 slipped = ids(*m_db).last();
    const storage::AuditChainCheck check = verify();
    QCOMPARE(check.brokenAt, std::optional<qint64>(slipped));
    QVERIFY2(check.problem.contains(QLatin1String("no hash")), qPrintable(check.problem));
    QCOMPARE(check.headHash, QString());
    // Reopening the database does not make it look legitimate.
    const QString path = m_db->path();
    m_db.reset();
    auto reopened = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY(reopened);
    m_db = std::move(reopened.value());
    QCOMPARE(verify().brokenAt, std::optional<qint64>(slipped));
}

void TestAuditChain::appendJoinsTheCallersTransaction()
{
    appendMany(2);
    const int before = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    QVERIFY(log().append(QStringLiteral("Payroll"), QStringLiteral("bonus_month"), 202610,
                         QStringLiteral("lock")));
    QVERIFY(log().append(QStringLiteral("Payroll"), QStringLiteral("bonus_month"), 202610,
                         QStringLiteral("unlock")));
    QVERIFY(db.rollback());
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    QVERIFY(log().append(QStringLiteral("Payroll"), QStringLiteral("bonus_month"), 202610,
                         QStringLiteral("lock")));
    const storage::AuditChainCheck check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(before + 1));
    // Outside a transaction an append is still whole: a failing insert leaves no half entry behind.
    QVERIFY(qafixture::breakInsertsInto(*m_db, QStringLiteral("audit_log")));
    QVERIFY(
        !log().append(QStringLiteral("Payroll"), QStringLiteral("bonus_month"), 202610, QStringLiteral("x")));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
}

void TestAuditChain::legacyEntriesAreChained()
{
    QVERIFY(exec(*m_db, QStringLiteral("DELETE FROM audit_log")));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(
            exec(*m_db,
                 QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, detail) VALUES"
                                " (?, 'Coach', 'evaluation', ?, 'publish', ?)"),
                 {QStringLiteral("2025-03-0%1T10:00:00Z").arg(i), i,
                  i % 2 ? QVariant(QStringLiteral("{\"score\":%1}").arg(80 + i)) : QVariant()}));
    QCOMPARE(verify().brokenAt, std::optional<qint64>(ids(*m_db).first()));

    QVERIFY(log().chainUnhashedEntries());
    storage::AuditChainCheck check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(5));
    // New entries continue the chain; chaining again changes nothing.
    appendMany(3);
    const QString head = verify().headHash;
    QVERIFY(log().chainUnhashedEntries());
    check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.headHash, head);
    QCOMPARE(check.entries, qint64(8));
}

void TestAuditChain::unhashedEntriesAfterTheChainAreLeft()
{
    appendMany(3);
    QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES"
                                       " ('2026-11-05T08:00:00Z', 'Mallory', 'bonus_plan', 1, 'save')")));
    const qint64 slipped = ids(*m_db).last();
    QVERIFY(log().chainUnhashedEntries());
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {slipped}).isNull());
    QCOMPARE(verify().brokenAt, std::optional<qint64>(slipped));
}

// A file at level 6 with QA audit entries, opened by this Huddle: migrated, and its old entries chained.
void TestAuditChain::upgradeToLevel7ChainsTheOldLog()
{
    const QString path = m_dir.filePath(QStringLiteral("level6.sqlite"));
    const QString name = QStringLiteral("level6");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(storage::migrate(db, storage::builtInMigrations().mid(0, 6)));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        for (int i = 1; i <= 4; ++i)
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, detail)"
                                      " VALUES ('2025-0%1-01T12:00:00Z', 'Coach', 'dispute', %1, 'resolve',"
                                      " '{\"outcome\":\"rejected\"}')")
                           .arg(i)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    auto opened = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value());
    QVERIFY(m_db->schemaVersion() >= 7);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE hash IS NULL")), 0);
    const storage::AuditChainCheck check = verify();
    QVERIFY2(check.ok(), qPrintable(check.problem));
    QCOMPARE(check.entries, qint64(4));
}

HUDDLE_TEST_GUILESS_MAIN("test_audit_chain", TestAuditChain)
#include "tst_auditchain.moc"
