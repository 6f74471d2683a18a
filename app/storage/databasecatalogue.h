#pragma once

#include "dialect.h"

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What huddle-cli migrate needs to know of a database's tables, read from the engine's own catalogue rather
// than from a list kept in the code, so a table a later migration adds is copied without touching the copy.
namespace huddle::storage {

struct CatalogueColumn {
    QString name;
    bool text = false;     // compared as text: ordered byte by byte in both engines (see orderByClause)
    bool identity = false; // PostgreSQL: an identity column, whose sequence must follow copied ids
};

struct CatalogueTable {
    QString name;
    QList<CatalogueColumn> columns; // in the table's column order
    QStringList primaryKey;         // in the key's order; empty when the table has none
    QStringList parents;            // the other tables its foreign keys reference
    QStringList columnNames() const;
    const CatalogueColumn *column(const QString &name) const;
};

// The tables Huddle keeps (not SQLite's own sqlite_* tables, not PostgreSQL's schema_version, which records
// the schema level), parents before the tables that reference them, each level in alphabetical order. An
// error when the foreign keys form a cycle, which no such order can satisfy.
core::Result<QList<CatalogueTable>> readCatalogue(const QSqlDatabase &db, Dialect dialect);

// The engine a connection talks to, with the connection: one side of a copy or comparison.
struct DatabaseSide {
    QSqlDatabase db;
    Dialect dialect = Dialect::SQLite;
};

// SELECT of `columns` of `table` ordered by its primary key (every column when it has none), the same order
// on both engines: integers by value, text by its UTF-8 bytes (SQLite's BINARY collation, PostgreSQL's "C"
// collation), so rows read from each side this way line up one by one.
QString selectInKeyOrder(const DatabaseSide &side, const CatalogueTable &table, const QStringList &columns);

// `name` quoted as an identifier for `db`'s engine.
QString quotedName(const QSqlDatabase &db, const QString &name);

} // namespace huddle::storage
