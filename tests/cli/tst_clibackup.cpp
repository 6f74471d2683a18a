// huddle-cli db backup and db restore on SQLite files: a backup holds what the database held, a restore puts
// it back after later imports and keeps the replaced file; a missing option, an existing target and a file
// that is no database are refused with their exit codes and reasons. Rows are counted with plain SQL.
#include "clirun.h"
#include "support/testmain.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::Run;

namespace {

const QString countConversations = QStringLiteral("SELECT COUNT(*) FROM conversations");

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backupAndRestoreRoundTrip();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
};

void TestCliBackup::backupAndRestoreRoundTrip()
{
    const QString db = m_dir.filePath(QStringLiteral("site.db"));
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    const QString second = m_dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(writeBytes(first, "call_id,agent,date,talk_s\nA1,Ana,2021-03-01,60\nA2,Ben,2021-03-02,90\n"));
    QVERIFY(writeBytes(second, "call_id,agent,date,talk_s\nB1,Ana,2021-03-03,75\n"));
    QCOMPARE(cli({QStringLiteral("import"), first, QStringLiteral("--db"), db}).exitCode, 0);

    const QString copy = m_dir.filePath(QStringLiteral("monday.db"));
    const Run backup = cli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"), db,
                            QStringLiteral("--to"), copy});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QCOMPARE(backup.out, QStringLiteral("%1 backed up to %2\n").arg(db, copy));
    QCOMPARE(column(copy, countConversations), QStringList{QStringLiteral("2")});

    QCOMPARE(cli({QStringLiteral("import"), second, QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(column(db, countConversations), QStringList{QStringLiteral("3")});
    const Run restore = cli({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--db"), db,
                             QStringLiteral("--from"), copy});
    QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
    QCOMPARE(restore.out, QStringLiteral("%1 restored from %2\n").arg(db, copy));
    QCOMPARE(column(db, countConversations), QStringList{QStringLiteral("2")});
    QCOMPARE(column(db + QStringLiteral(".before-restore"), countConversations),
             QStringList{QStringLiteral("3")});
    // The restored database works on: the second file imports again.
    QCOMPARE(cli({QStringLiteral("import"), second, QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(column(db, countConversations), QStringList{QStringLiteral("3")});
}

void TestCliBackup::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");
    const QString db = m_dir.filePath(QStringLiteral("refusals.db"));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QTest::newRow("backup without --to")
        << QStringList{"db", "backup", "--db", db} << 1 << "--to is required";
    QTest::newRow("restore without --from")
        << QStringList{"db", "restore", "--db", db} << 1 << "--from is required";
    QTest::newRow("backup onto a file")
        << QStringList{"db", "backup", "--db", db, "--to", text} << 2 << "already exists";
    QTest::newRow("restore a text file")
        << QStringList{"db", "restore", "--db", db, "--from", text} << 2 << "damaged or not a database";
    QTest::newRow("backup of a missing file")
        << QStringList{"db", "backup", "--db", m_dir.filePath(QStringLiteral("none.db")), "--to", db + "x"}
        << 2 << "not found";
}

void TestCliBackup::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QString db = m_dir.filePath(QStringLiteral("refusals.db"));
    QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("notes.txt")), QByteArray(4096, 'x')));
    QCOMPARE(cli({QStringLiteral("db"), QStringLiteral("upgrade"), QStringLiteral("--db"), db}).exitCode, 0);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QFileInfo(m_dir.filePath(QStringLiteral("notes.txt"))).size(), 4096); // left as it was
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_backup", TestCliBackup)
#include "tst_clibackup.moc"
