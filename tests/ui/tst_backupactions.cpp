// File → Back Up… and Restore from Backup… in the console, on the small site: the backup holds the open
// database's rows; a restore asks first, puts the backup's rows back under the same window and keeps the
// replaced file; answering Cancel changes nothing. A second window on the same file is warned, not refused.
// Rows are counted with plain SQL on connections of the test's own.
#include "backupactions.h"
#include "keyboardinput.h"
#include "mainwindow.h"
#include "sitefixture.h"
#include "support/rawsql.h"
#include "support/testmain.h"

#include "storage/database.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using keyboardinput::answerNextMessageBox;

namespace {

// The number of review notes in the file at `path`, read on a connection of its own.
int notesIn(const QString &path)
{
    const QString name = QStringLiteral("backupactions-count");
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM review_notes")) && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace

class TestBackupActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disabledWithoutADatabase();
    void backUpThenRestore();
    void cancellingTheRestoreChangesNothing();
    void aSecondWindowOnTheSameFileIsWarned();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void TestBackupActions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests")); // keep the user's recent list clean
    m_path = m_dir.filePath(QStringLiteral("site.db"));
    QVERIFY(fixture::openSmallSite(m_path));
}

void TestBackupActions::disabledWithoutADatabase()
{
    ui::MainWindow window;
    QStringList enabled;
    for (QAction *action : window.findChildren<QAction *>()) {
        const QString text = action->text();
        if ((text.contains(QLatin1String("Back &Up")) || text.contains(QLatin1String("Restore"))))
            enabled << text + (action->isEnabled() ? QStringLiteral(" on") : QStringLiteral(" off"));
    }
    QCOMPARE(enabled,
             (QStringList{QStringLiteral("Back &Up… off"), QStringLiteral("Restore from &Backup… off")}));
    QVERIFY(!window.backupActions()->backUpTo(m_dir.filePath(QStringLiteral("never.db"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.db"))));
}

void TestBackupActions::backUpThenRestore()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path, storage::OpenMode::MustExist));
    const int notes = notesIn(m_path);
    QVERIFY(notes > 0);

    // The open file itself is refused as the target, and left as it was.
    const core::Status onItself = window.backupActions()->backUpTo(m_path);
    QVERIFY(!onItself);
    QVERIFY2(onItself.error().message.contains(QLatin1String("the open database itself")),
             qPrintable(onItself.error().message));
    QCOMPARE(notesIn(m_path), notes);

    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    const core::Status written = window.backupActions()->backUpTo(copy);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Backed up to")));
    QCOMPARE(notesIn(copy), notes);

    QVERIFY(testsupport::runRaw(m_path, {QStringLiteral("DELETE FROM review_notes")}));
    QCOMPARE(notesIn(m_path), 0);
    const QPointer<QTimer> answer = answerNextMessageBox(QMessageBox::Yes);
    const core::Status restored = window.backupActions()->restoreFrom(copy);
    delete answer;
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    QVERIFY(window.database());
    QCOMPARE(window.database()->path(), m_path);
    QCOMPARE(notesIn(m_path), notes);
    QCOMPARE(notesIn(m_path + QStringLiteral(".before-restore")), 0);
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Restored site.db from copy.db")));
}

void TestBackupActions::cancellingTheRestoreChangesNothing()
{
    ui::MainWindow window;
    QVERIFY(window.openDatabase(m_path, storage::OpenMode::MustExist));
    const QString copy = m_dir.filePath(QStringLiteral("cancel.db"));
    QVERIFY(window.backupActions()->backUpTo(copy));
    QVERIFY(
        testsupport::runRaw(m_path, {QStringLiteral("DELETE FROM review_notes WHERE id = (SELECT MIN(id) FROM"
                                                    " review_notes)")}));
    const int notes = notesIn(m_path);
    const QPointer<QTimer> answer = answerNextMessageBox(QMessageBox::Cancel);
    const core::Status restored = window.backupActions()->restoreFrom(copy);
    delete answer;
    QVERIFY(!restored);
    QVERIFY(restored.error().message.isEmpty()); // the user's choice, not a failure to report
    QCOMPARE(notesIn(m_path), notes);
    QVERIFY(window.database());
}

void TestBackupActions::aSecondWindowOnTheSameFileIsWarned()
{
    ui::MainWindow first;
    QVERIFY(first.openDatabase(m_path, storage::OpenMode::MustExist));
    QVERIFY(!first.findChild<QMessageBox *>(QStringLiteral("alreadyOpenWarning")));
    ui::MainWindow second;
    QVERIFY(second.openDatabase(m_path, storage::OpenMode::MustExist));
    auto *warning = second.findChild<QMessageBox *>(QStringLiteral("alreadyOpenWarning"));
    QVERIFY(warning);
    QVERIFY2(warning->text().contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(warning->text()));
    QVERIFY(second.database()); // warned, not refused: both work on the file
    warning->close();
    // Once the first window lets go, opening the file again warns no more.
    first.closeDatabase();
    second.closeDatabase();
    ui::MainWindow third;
    QVERIFY(third.openDatabase(m_path, storage::OpenMode::MustExist));
    QVERIFY(!third.findChild<QMessageBox *>(QStringLiteral("alreadyOpenWarning")));
}

HUDDLE_TEST_MAIN("test_ui_backup", TestBackupActions)
#include "tst_backupactions.moc"
