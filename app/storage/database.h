#pragma once

#include "dialect.h"

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace huddle::storage {

enum class OpenMode {
    MustExist,       // refuse a path where no file is (the CLI's reports, opening a recent file)
    CreateIfMissing, // create and migrate a new database
};

// One open Huddle database, with its schema migrated to the level this binary knows: an SQLite file with
// its pragmas set, or a PostgreSQL database given as
// postgresql://user[:password]@host[:port]/name[?sslmode=…]. Each instance owns its own named Qt connection,
// so a worker thread opens its own (from path()).
class Database {
public:
    static core::Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // What open() was given: the file, or the server URL (with its password, so a worker can reconnect).
    QString path() const { return m_path; }
    // path() fit to show: a server URL without its password.
    QString displayName() const;
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;

    // The newest schema level this binary can write (the count of migrations compiled in).
    static int latestSchemaVersion();

private:
    Database(QString connectionName, QString path, Dialect dialect);
    core::Status prepareSchema(const QString &name);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
};

} // namespace huddle::storage
