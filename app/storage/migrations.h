#pragma once

#include "dialect.h"

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huddle::storage {

struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

// The numbered migrations compiled in, in order: resources/sql/NNN_name.sql for SQLite, their twins in
// resources/sql/postgresql/ for PostgreSQL (same numbers, names and resulting tables).
QList<Migration> builtInMigrations(Dialect dialect = Dialect::SQLite);

// The schema level: SQLite keeps it in PRAGMA user_version, PostgreSQL (which has none) in the one-row
// table schema_version, created here when missing.
core::Result<int> readSchemaVersion(QSqlDatabase &db, Dialect dialect);

// Brings the schema from its current level to the newest, one transaction per migration, so a failure
// leaves the database at the last complete level. On PostgreSQL the caller holds the migration lock
// (see database.cpp), so two clients connecting at once cannot both migrate.
core::Status migrate(QSqlDatabase &db, const QList<Migration> &migrations, Dialect dialect = Dialect::SQLite);

} // namespace huddle::storage
