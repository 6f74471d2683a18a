#pragma once

// Copies of a Huddle database file: one before every schema upgrade, and on demand (File → Back Up…,
// huddle-cli db backup), put back with File → Restore from Backup… (huddle-cli db restore).
//
// SQLite writes the copy itself with VACUUM INTO (https://sqlite.org/lang_vacuum.html#vacuuminto): a
// consistent snapshot of one transaction even while another connection writes, with the pages still in the
// -wal file, which copying the file alone would miss. Copies and restored files are readable by their owner
// only (0600), like the database files Huddle creates: they hold agents' names and pay.
#include "core/result.h"

#include <QString>

#include <atomic>

namespace huddle::storage {

class Database;

// Writes a copy of the open database to `target`, a path where no file is yet. SQLite files only (a server's
// database is backed up with the server's own tools). Setting `*cancel` from another thread stops the copy;
// nothing is left at `target` then.
core::Status backUp(const Database &database, const QString &target,
                    const std::atomic_bool *cancel = nullptr);

// Checks, without changing it, that `backup` is an intact Huddle database this version can open: SQLite's
// integrity check passes, it is Huddle's, and its schema is not newer than this binary's.
core::Status checkBackup(const QString &backup);

// Puts `backup` in the place of the database file `target`, which nothing may have open. The file that was
// there is kept beside it as `target`.before-restore (replacing an older one), so a restore loses nothing.
core::Status restoreBackup(const QString &backup, const QString &target);

// Makes `path` readable and writable by its owner only.
bool restrictToOwner(const QString &path);

} // namespace huddle::storage
