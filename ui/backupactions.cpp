#include "backupactions.h"

#include "mainwindow.h"
#include "workerrun.h"

#include "storage/backup.h"
#include "storage/database.h"

#include <QAction>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

#include <atomic>

namespace huddle::ui {

namespace {

const char *const backupFilter = QT_TRANSLATE_NOOP(
    "huddle::ui::BackupActions", "Huddle databases (*.sqlite *.db *.huddle);;All files (*)");

// The same file under either name: through links where both exist, by absolute path where one is still to be
// written (a backup's target).
bool isSameFile(const QString &a, const QString &b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    const QString canonicalB = QFileInfo(b).canonicalFilePath();
    if (!canonicalA.isEmpty() && !canonicalB.isEmpty())
        return canonicalA == canonicalB;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

bool isOpenFile(const storage::Database *database)
{
    return database && database->dialect() == storage::Dialect::SQLite;
}

} // namespace

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_backUp(new QAction(tr("Back &Up…"), this))
    , m_restore(new QAction(tr("Restore from &Backup…"), this))
{
    m_backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backUp->setStatusTip(tr("Write a copy of the open database to a file of your choice"));
    m_restore->setStatusTip(
        tr("Replace the open database with a backup; the replaced file is kept beside it"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::chooseBackupFile);
    connect(m_restore, &QAction::triggered, this, &BackupActions::chooseFileToRestore);
    update();
}

void BackupActions::addTo(QMenu *menu)
{
    menu->addAction(m_backUp);
    menu->addAction(m_restore);
}

void BackupActions::update()
{
    const bool file = isOpenFile(m_window->database());
    m_backUp->setEnabled(file);
    m_restore->setEnabled(file);
}

void BackupActions::chooseBackupFile()
{
    if (!isOpenFile(m_window->database()))
        return;
    const QFileInfo current(m_window->database()->path());
    const QString proposed = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target =
        QFileDialog::getSaveFileName(m_window, tr("Back up the database"), proposed, tr(backupFilter));
    if (target.isEmpty())
        return;
    if (const core::Status written = backUpTo(target); !written && !written.error().message.isEmpty())
        QMessageBox::warning(m_window, tr("Back up"), written.error().toString());
}

core::Status BackupActions::backUpTo(const QString &target)
{
    if (!isOpenFile(m_window->database()))
        return core::Error{
            tr("Open a database file first; a server's database is backed up with its own tools."), {}};
    const QString path = m_window->database()->path();
    // The file dialog lets the user pick any file to overwrite, the open database too.
    if (isSameFile(target, path))
        return core::Error{
            tr("%1 is the open database itself; choose another file for the backup.").arg(target), {}};
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return core::Error{tr("Could not replace %1.").arg(target), {}};
    std::atomic_bool cancelled{false};
    auto work = [path, target, &cancelled]() -> core::Status {
        auto opened = storage::Database::open(path, storage::OpenMode::MustExist);
        if (!opened)
            return opened.error();
        return storage::backUp(*opened.value(), target, &cancelled);
    };
    QProgressDialog progress(tr("Backing up %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                             m_window);
    progress.setWindowTitle(tr("Back up"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    const core::Status result = runBehindProgress(progress, work);
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("Backup cancelled; no file was written."), 10000);
        return core::Error{};
    }
    if (result)
        m_window->statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)),
                                           15000);
    return result;
}

void BackupActions::chooseFileToRestore()
{
    if (!isOpenFile(m_window->database()))
        return;
    const QString backup = QFileDialog::getOpenFileName(
        m_window, tr("Restore from a backup"), QFileInfo(m_window->database()->path()).absolutePath(),
        tr(backupFilter));
    if (backup.isEmpty())
        return;
    if (const core::Status restored = restoreFrom(backup); !restored && !restored.error().message.isEmpty())
        QMessageBox::warning(m_window, tr("Restore"), restored.error().toString());
}

core::Status BackupActions::restoreFrom(const QString &backup)
{
    if (!isOpenFile(m_window->database()))
        return core::Error{tr("Open the database file to restore first."), {}};
    const QString path = m_window->database()->path();
    if (isSameFile(backup, path))
        return core::Error{tr("%1 is the open database itself; choose a backup.").arg(backup), {}};
    if (const core::Status usable = storage::checkBackup(backup); !usable)
        return usable;
    const QString kept = path + QStringLiteral(".before-restore");
    const auto answer = QMessageBox::question(
        m_window, tr("Restore"),
        tr("Replace everything in %1 with the backup %2?\n\nThe current file is kept as %3.")
            .arg(QFileInfo(path).fileName(), QFileInfo(backup).fileName(), QFileInfo(kept).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return core::Error{};
    m_window->closeDatabase(); // nothing may write to the file while it is replaced
    const core::Status restored = storage::restoreBackup(backup, path);
    // Opened again either way: the restored file, or the untouched one when the restore failed.
    const core::Status reopened = m_window->openDatabase(path, storage::OpenMode::MustExist);
    if (!restored)
        return restored;
    if (!reopened)
        return reopened;
    m_window->statusBar()->showMessage(
        tr("Restored %1 from %2; the previous data is in %3.")
            .arg(QFileInfo(path).fileName(), QFileInfo(backup).fileName(), QFileInfo(kept).fileName()),
        20000);
    return core::Done{};
}

} // namespace huddle::ui
