#include "backup.h"

#include "database.h"
#include "scopedconnection.h"
#include "sqlitestatement.h"
#include "translation.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace huddle::storage {

using core::Error;
using core::Status;

namespace {

// A connection of its own to a file, read-only (the backup is never changed by checking or restoring it).
class ReadOnlyFile {
public:
    explicit ReadOnlyFile(const QString &path)
        : m_scoped(QStringLiteral("QSQLITE"), "backup")
    {
        QSqlDatabase db = m_scoped.connection();
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return m_scoped.connection(); }

private:
    ScopedConnection m_scoped;
    bool m_open = false;
    QString m_error;
};

// The first column of the first row, or an invalid QVariant when the statement fails.
QVariant firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// SQLite calls this every 100 virtual-machine steps of each statement it runs, also of those VACUUM INTO runs
// for each table; a non-zero result interrupts it (https://sqlite.org/c3ref/progress_handler.html).
int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic_bool *>(cancel)->load() ? 1 : 0;
}

Status vacuumInto(const QSqlDatabase &db, const QString &target, const std::atomic_bool *cancel = nullptr)
{
    sqlite3 *handle = cancel ? nativeHandle(db) : nullptr;
    if (handle)
        sqlite3_progress_handler(handle, 100, stopWhenCancelled, const_cast<std::atomic_bool *>(cancel));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    const bool written = query.exec();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!written) {
        QFile::remove(target);
        if (cancel && cancel->load())
            return Error{tr("cancelled; no backup was written"), {}};
        return Error{tr("could not write %1: %2").arg(target, query.lastError().text()), {}};
    }
    if (!restrictToOwner(target))
        return Error{tr("could not make %1 private to its owner").arg(target), {}};
    return core::Done{};
}

} // namespace

bool restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

Status backUp(const Database &database, const QString &target, const std::atomic_bool *cancel)
{
    if (database.dialect() != Dialect::SQLite)
        return Error{tr("%1 is a server database; back it up with the server's tools (pg_dump)")
                         .arg(database.displayName()),
                     {}};
    if (QFileInfo::exists(target))
        return Error{tr("%1 already exists; choose a new file for the backup").arg(target), {}};
    return vacuumInto(database.connection(), target, cancel);
}

Status checkBackup(const QString &backup)
{
    if (!QFileInfo(backup).isFile())
        return Error{tr("backup file not found: %1").arg(backup), {}};
    const ReadOnlyFile file(backup);
    if (!file.isOpen())
        return Error{tr("cannot open %1: %2").arg(backup, file.error()), {}};
    const QVariant integrity = firstValue(file.connection(), QStringLiteral("PRAGMA integrity_check"));
    if (integrity.toString() != QLatin1String("ok"))
        return Error{tr("%1 is damaged or not a database (integrity check: %2)")
                         .arg(backup, integrity.isValid() ? integrity.toString() : tr("failed")),
                     {}};
    const QVariant application =
        firstValue(file.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'application'"));
    if (application.toString() != QLatin1String("huddle"))
        return Error{tr("%1 is not a Huddle database").arg(backup), {}};
    const int version = firstValue(file.connection(), QStringLiteral("PRAGMA user_version")).toInt();
    if (version > Database::latestSchemaVersion())
        return Error{tr("%1 has schema version %2, newer than this Huddle understands (%3)")
                         .arg(backup)
                         .arg(version)
                         .arg(Database::latestSchemaVersion()),
                     {}};
    return core::Done{};
}

Status restoreBackup(const QString &backup, const QString &target)
{
    if (const Status usable = checkBackup(backup); !usable)
        return usable;
    // Written beside the target first, so a failure halfway leaves the target as it was.
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    {
        const ReadOnlyFile file(backup);
        if (const Status written = vacuumInto(file.connection(), incoming); !written)
            return written;
    }
    const QString kept = target + QStringLiteral(".before-restore");
    if (QFileInfo::exists(target)) {
        QFile::remove(kept);
        if (!QFile::rename(target, kept)) {
            QFile::remove(incoming);
            return Error{tr("could not move %1 aside to %2").arg(target, kept), {}};
        }
    }
    // The old file's write-ahead log (committed changes not yet checkpointed, after a crash) belongs to the
    // old file: it goes with it, or SQLite would replay it into the backup. The -shm index is rebuilt.
    QFile::remove(kept + QStringLiteral("-wal"));
    QFile::rename(target + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(kept + QStringLiteral("-shm"));
    if (!QFile::rename(incoming, target))
        return Error{
            tr("could not put the backup in place of %1 (the previous file is %2)").arg(target, kept), {}};
    return core::Done{};
}

} // namespace huddle::storage
