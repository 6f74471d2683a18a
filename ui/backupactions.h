#pragma once

#include "core/result.h"

#include <QObject>

class QAction;
class QMenu;

namespace huddle::ui {

class MainWindow;

// File → Back Up… and Restore from Backup… for the open database file (storage/backup.h). A backup is written
// by a worker thread with its own connection, behind a progress dialog whose Cancel leaves no file; a restore
// checks the backup, asks, closes the database, puts the backup in its place (the replaced file is kept as
// FILE.before-restore) and opens it again. A server database has neither: its own tools back it up.
class BackupActions : public QObject {
    Q_OBJECT
public:
    explicit BackupActions(MainWindow *window);

    void addTo(QMenu *menu);
    // Writes a backup of the open database to `target` (replacing a file there, which the file dialog asked
    // about); what the menu calls after asking where. Reports in the status line.
    core::Status backUpTo(const QString &target);
    // Puts `backup` in place of the open database after asking; what the menu calls after asking which file.
    core::Status restoreFrom(const QString &backup);

public Q_SLOTS:
    void update(); // enabled for an open database file

private:
    void chooseBackupFile();
    void chooseFileToRestore();

    MainWindow *m_window;
    QAction *m_backUp;
    QAction *m_restore;
};

} // namespace huddle::ui
