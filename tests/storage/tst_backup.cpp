// Backups of a database file (storage/backup.h): a copy holds every row, also those still only in the
// write-ahead log; copies and new database files are private to their owner; a cancelled copy leaves no file;
// a damaged, foreign or newer file is refused as a backup with the reason; restoring puts the backup's rows
// back and keeps the replaced file. Rows are counted with plain SQL on connections of the test's own.
#include "sitefixture.h"
#include "support/rawsql.h"
#include "support/testmain.h"

#include "storage/backup.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using testsupport::runRaw;

namespace {

// The first column of the first row of `sql` on `path`, read on a connection of its own, without the
// file's -wal (SQLite's read-only, immutable mode sees the main file only).
QString mainFileValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("backup-test-%1").arg(QRandomGenerator::global()->generate());
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0).toString();
        else
            value = QStringLiteral("<failed: %1: %2 %3>")
                        .arg(sql, db.lastError().text(), query.lastError().text());
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool privateToOwner(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther |
                                            QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner) &&
           (permissions & QFileDevice::WriteOwner);
}

const QString countNotes = QStringLiteral("SELECT COUNT(*) FROM review_notes");

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aBackupHoldsEveryRowAlsoThoseOnlyInTheLog();
    void newFilesArePrivateToTheirOwner();
    void anExistingTargetIsRefused();
    void aCancelledBackupLeavesNoFile();
    void aBadBackupIsRefusedWithTheReason();
    void restoringPutsTheRowsBackAndKeepsTheReplacedFile();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackup::aBackupHoldsEveryRowAlsoThoseOnlyInTheLog()
{
    auto site = fixture::openSmallSite(file(QStringLiteral("site.db")));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().message));
    storage::Database &database = *site.value().database;
    // A row written now sits in the -wal file until a checkpoint: a copy of the main file alone lacks it.
    QSqlQuery insert(database.connection());
    QVERIFY(
        insert.exec(QStringLiteral("UPDATE review_notes SET body = 'only in the log' WHERE body = 'n1'")));
    // (No checkpoint has run yet, so the main file may not even hold the table.)
    QVERIFY(
        mainFileValue(file(QStringLiteral("site.db")),
                      QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE body = 'only in the log'")) !=
        QLatin1String("1"));

    QVERIFY(storage::backUp(database, file(QStringLiteral("copy.db"))));
    const QString copy = file(QStringLiteral("copy.db"));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
    QCOMPARE(mainFileValue(
                 copy, QStringLiteral("SELECT COUNT(*) FROM review_notes WHERE body = 'only in the log'")),
             QStringLiteral("1"));
    for (const char *table :
         {"conversations", "agents", "teams", "review_notes", "evaluations", "audit_log"}) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table));
        QSqlQuery count(database.connection());
        QVERIFY(count.exec(sql) && count.next());
        QCOMPARE(mainFileValue(copy, sql), count.value(0).toString());
    }
    QVERIFY(storage::checkBackup(copy));
}

void TestBackup::newFilesArePrivateToTheirOwner()
{
    auto opened = storage::Database::open(file(QStringLiteral("new.db")), storage::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    QVERIFY(privateToOwner(file(QStringLiteral("new.db"))));
    QVERIFY(storage::backUp(*opened.value(), file(QStringLiteral("new-copy.db"))));
    QVERIFY(privateToOwner(file(QStringLiteral("new-copy.db"))));
}

void TestBackup::anExistingTargetIsRefused()
{
    auto opened = storage::Database::open(file(QStringLiteral("a.db")), storage::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    QFile existing(file(QStringLiteral("taken.db")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    const core::Status refused = storage::backUp(*opened.value(), existing.fileName());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("already exists")),
             qPrintable(refused.error().message));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("keep me"));
}

void TestBackup::aCancelledBackupLeavesNoFile()
{
    auto site = fixture::openSmallSite(file(QStringLiteral("site.db")));
    QVERIFY(site);
    // Enough rows that copying them takes many of SQLite's steps, so the cancel is seen while copying.
    QSqlQuery fill(site.value().database->connection());
    QVERIFY(fill.exec(
        QStringLiteral("CREATE TABLE scratch AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                       " FROM n WHERE i < 5000) SELECT i FROM n")));
    const std::atomic_bool cancel{true};
    const core::Status cancelled =
        storage::backUp(*site.value().database, file(QStringLiteral("c.db")), &cancel);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")),
             qPrintable(cancelled.error().message));
    QVERIFY(!QFile::exists(file(QStringLiteral("c.db"))));
}

void TestBackup::aBadBackupIsRefusedWithTheReason()
{
    QVERIFY(storage::Database::open(file(QStringLiteral("good.db")), storage::OpenMode::CreateIfMissing));
    const auto refusal = [](const QString &path) {
        const core::Status checked = storage::checkBackup(path);
        return checked ? QStringLiteral("<accepted>") : checked.error().message;
    };
    QVERIFY(refusal(file(QStringLiteral("missing.db"))).contains(QLatin1String("not found")));

    QFile text(file(QStringLiteral("notes.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(8192, 'x'));
    text.close();
    QVERIFY2(refusal(text.fileName()).contains(QLatin1String("damaged or not a database")),
             qPrintable(refusal(text.fileName())));

    QVERIFY(runRaw(file(QStringLiteral("other.db")), {QStringLiteral("CREATE TABLE invoices (id INTEGER)")}));
    QVERIFY(refusal(file(QStringLiteral("other.db"))).contains(QLatin1String("not a Huddle database")));

    QVERIFY(QFile::copy(file(QStringLiteral("good.db")), file(QStringLiteral("newer.db"))));
    QVERIFY(runRaw(
        file(QStringLiteral("newer.db")),
        {QStringLiteral("PRAGMA user_version = %1").arg(storage::Database::latestSchemaVersion() + 1)}));
    QVERIFY(refusal(file(QStringLiteral("newer.db"))).contains(QLatin1String("newer than this Huddle")));

    // The first half of a good file: SQLite's integrity check finds the pages missing.
    QFile good(file(QStringLiteral("good.db")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile half(file(QStringLiteral("half.db")));
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    QVERIFY2(refusal(half.fileName()).contains(QLatin1String("damaged")),
             qPrintable(refusal(half.fileName())));

    QCOMPARE(refusal(good.fileName()), QStringLiteral("<accepted>"));
}

void TestBackup::restoringPutsTheRowsBackAndKeepsTheReplacedFile()
{
    const QString path = file(QStringLiteral("site.db"));
    {
        auto site = fixture::openSmallSite(path);
        QVERIFY(site);
        QVERIFY(storage::backUp(*site.value().database, file(QStringLiteral("monday.db"))));
        // After the backup: one note more, left in the -wal file of the database being replaced.
        QSqlQuery insert(site.value().database->connection());
        QVERIFY(insert.exec(QStringLiteral("DELETE FROM review_notes WHERE body = 'n2'")));
    }
    const QString before = mainFileValue(file(QStringLiteral("monday.db")), countNotes);
    QVERIFY(storage::restoreBackup(file(QStringLiteral("monday.db")), path));

    auto reopened = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY(reopened);
    QSqlQuery count(reopened.value()->connection());
    QVERIFY(count.exec(countNotes) && count.next());
    QCOMPARE(count.value(0).toString(), before);
    QVERIFY(privateToOwner(path));
    // The replaced file is kept, with the deletion made after the backup.
    const QString kept = path + QStringLiteral(".before-restore");
    QVERIFY(QFile::exists(kept));
    QCOMPARE(mainFileValue(kept, countNotes).toInt(), before.toInt() - 1);
    QVERIFY(!QFile::exists(path + QStringLiteral(".restoring")));

    // A refused backup changes nothing.
    QVERIFY(runRaw(file(QStringLiteral("other.db")), {QStringLiteral("CREATE TABLE invoices (id INTEGER)")}));
    reopened.value().reset();
    QVERIFY(!storage::restoreBackup(file(QStringLiteral("other.db")), path));
    QCOMPARE(mainFileValue(path, countNotes), before);
}

HUDDLE_TEST_GUILESS_MAIN("test_backup", TestBackup)
#include "tst_backup.moc"
