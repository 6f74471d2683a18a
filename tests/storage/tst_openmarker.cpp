// The mark a console leaves on the database file it has open (storage/openmarker.h): a second opener sees who
// holds it; it goes when the first lets go; one left behind by a console that crashed is taken over.
#include "support/testmain.h"

#include "storage/openmarker.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using huddle::storage::OpenMarker;

class TestOpenMarker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSecondOpenerSeesTheFirst();
    void theMarkGoesWithTheFirst();
    void aMarkLeftByACrashIsTakenOver();

private:
    QTemporaryDir m_dir;
};

void TestOpenMarker::aSecondOpenerSeesTheFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("a.db"));
    const OpenMarker first(path);
    QVERIFY(!first.heldElsewhere());
    QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
    const OpenMarker second(path);
    QVERIFY(second.heldElsewhere());
    QCOMPARE(second.otherProcess(), QCoreApplication::applicationPid());
    QCOMPARE(second.otherHost(), QSysInfo::machineHostName());
}

void TestOpenMarker::theMarkGoesWithTheFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("b.db"));
    {
        const OpenMarker first(path);
        QVERIFY(!first.heldElsewhere());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    const OpenMarker again(path);
    QVERIFY(!again.heldElsewhere());
}

void TestOpenMarker::aMarkLeftByACrashIsTakenOver()
{
    const QString path = m_dir.filePath(QStringLiteral("c.db"));
    // QLockFile's own format: process id, application name, host name. No process has this id (above Linux's
    // pid_max of 2^22).
    QFile left(path + QStringLiteral(".lock"));
    QVERIFY(left.open(QIODevice::WriteOnly));
    left.write("99999999\nhuddle\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    left.close();
    const OpenMarker opener(path);
    QVERIFY(!opener.heldElsewhere());
    const OpenMarker second(path); // and it now holds the mark itself
    QVERIFY(second.heldElsewhere());
    QCOMPARE(second.otherProcess(), QCoreApplication::applicationPid());
}

HUDDLE_TEST_GUILESS_MAIN("test_open_marker", TestOpenMarker)
#include "tst_openmarker.moc"
