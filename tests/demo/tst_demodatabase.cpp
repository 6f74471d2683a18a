// A demo database appears whole or not at all: cancelled, refused or killed runs leave no file behind.
#include "demo/demodatabase.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

class TestDemoDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAWholeDatabase();
    void cancelledRunLeavesNoFile();
    void existingFileIsRefused();
    void killedCliRunLeavesNoFileAndCanBeRepeated();

private:
    static demo::DemoOptions small()
    {
        demo::DemoOptions options;
        options.teams = 1;
        options.agents = 3;
        options.days = 14;
        options.endDay = QDate(2026, 2, 28);
        return options;
    }
    QTemporaryDir m_dir;
};

void TestDemoDatabase::createsAWholeDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("whole.sqlite"));
    const auto summary = demo::createDemoDatabase(path, small());
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
    auto db = storage::Database::open(path, storage::OpenMode::MustExist);
    QVERIFY(db);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), summary.value().conversations);
}

void TestDemoDatabase::cancelledRunLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    int calls = 0;
    const auto summary = demo::createDemoDatabase(path, small(), [&](double) { return ++calls < 5; });
    QVERIFY(!summary);
    QVERIFY(summary.error().message.contains(QStringLiteral("cancelled")));
    QCOMPARE(calls, 5);
    for (const QString &suffix : {QString(), QStringLiteral(".partial"), QStringLiteral(".partial-wal")})
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
}

void TestDemoDatabase::existingFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const auto summary = demo::createDemoDatabase(path, small());
    QVERIFY(!summary);
    QVERIFY(summary.error().message.contains(QStringLiteral("already exists")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDemoDatabase::killedCliRunLeavesNoFileAndCanBeRepeated()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    const QStringList arguments{QStringLiteral("demo"),     QStringLiteral("--db"), path,
                                QStringLiteral("--agents"), QStringLiteral("200"),  QStringLiteral("--days"),
                                QStringLiteral("365")};
    QProcess cli;
    cli.start(QStringLiteral(HUDDLE_CLI), arguments);
    QVERIFY(cli.waitForStarted());
    // Wait until the run is writing (its side file exists), then kill it outright.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + QStringLiteral(".partial")), 20000);
    QTest::qWait(300);
    cli.kill();
    QVERIFY(cli.waitForFinished());
    QVERIFY(!QFileInfo::exists(path));

    // The next run starts over from the leftover side file and finishes.
    QProcess again;
    again.start(QStringLiteral(HUDDLE_CLI),
                {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--agents"),
                 QStringLiteral("3"), QStringLiteral("--teams"), QStringLiteral("1"),
                 QStringLiteral("--days"), QStringLiteral("7")});
    QVERIFY(again.waitForFinished(60000));
    QCOMPARE(again.exitCode(), 0);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
}

HUDDLE_TEST_GUILESS_MAIN("test_demo_database", TestDemoDatabase)
#include "tst_demodatabase.moc"
