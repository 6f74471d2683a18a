#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace huddle::storage {

enum class OpenMode {
    MustExist,       // refuse a path where no file is (the CLI's reports, opening a recent file)
    CreateIfMissing, // create and migrate a new database
};

// One open Huddle database: an SQLite file with its pragmas set and its schema migrated to the level this
// binary knows. Each instance owns its own named Qt connection, so a worker thread opens its own.
class Database {
public:
    static core::Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // The newest schema level this binary can write (the count of migrations compiled in).
    static int latestSchemaVersion();

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace huddle::storage
