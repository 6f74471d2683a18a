#include "databasecatalogue.h"
#include "translation.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

// Every column of every table with its declared type and its place in the primary key (0: not in it).
// pragma_table_info and pragma_foreign_key_list are the table-valued forms of the PRAGMAs
// (https://sqlite.org/pragma.html#pragfunc).
const char *sqliteColumnsSql = R"(
SELECT m.name, p.name, p.type, p.pk, 'NO'
FROM sqlite_master AS m, pragma_table_info(m.name) AS p
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, p.cid)";

const char *sqliteForeignKeysSql = R"(
SELECT m.name, f."table"
FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f
WHERE m.type = 'table')";

// The same from PostgreSQL's information schema, for the tables of the connection's schema
// (https://www.postgresql.org/docs/15/infoschema-columns.html, …/infoschema-key-column-usage.html).
const char *postgresColumnsSql = R"(
SELECT c.table_name, c.column_name, c.data_type, COALESCE(k.ordinal_position, 0), c.is_identity
FROM information_schema.columns AS c
JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
LEFT JOIN information_schema.table_constraints AS p
    ON p.table_schema = c.table_schema AND p.table_name = c.table_name AND p.constraint_type = 'PRIMARY KEY'
LEFT JOIN information_schema.key_column_usage AS k
    ON k.constraint_schema = p.constraint_schema AND k.constraint_name = p.constraint_name
    AND k.table_name = c.table_name AND k.column_name = c.column_name
WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_version'
ORDER BY c.table_name, c.ordinal_position)";

// pg_constraint: contype 'f' is a foreign key, conrelid its table, confrelid the referenced one
// (https://www.postgresql.org/docs/15/catalog-pg-constraint.html).
const char *postgresForeignKeysSql = R"(
SELECT child.relname, parent.relname
FROM pg_constraint AS c
JOIN pg_class AS child ON child.oid = c.conrelid
JOIN pg_class AS parent ON parent.oid = c.confrelid
JOIN pg_namespace AS n ON n.oid = child.relnamespace
WHERE c.contype = 'f' AND n.nspname = current_schema())";

// Whether values of a column of this declared type are text: SQLite's affinity rules (a type containing
// "INT" is an integer first; https://sqlite.org/datatype3.html#determination_of_column_affinity) or
// PostgreSQL's character types.
bool isTextType(const QString &type, Dialect dialect)
{
    const QString upper = type.toUpper();
    if (dialect == Dialect::PostgreSQL)
        return upper == QLatin1String("TEXT") || upper.startsWith(QLatin1String("CHARACTER"));
    if (upper.contains(QLatin1String("INT")))
        return false;
    return upper.contains(QLatin1String("CHAR")) || upper.contains(QLatin1String("CLOB")) ||
           upper.contains(QLatin1String("TEXT"));
}

core::Result<QMap<QString, CatalogueTable>> readTables(const QSqlDatabase &db, Dialect dialect)
{
    QSqlQuery query(db);
    const char *sql = dialect == Dialect::SQLite ? sqliteColumnsSql : postgresColumnsSql;
    if (!query.exec(QString::fromLatin1(sql)))
        return sqlError(query, tr("reading the tables of the database"));
    QMap<QString, CatalogueTable> tables;
    QMap<QString, QMap<int, QString>> keys; // table → place in the key → column
    while (query.next()) {
        const QString tableName = query.value(0).toString();
        CatalogueTable &table = tables[tableName];
        table.name = tableName;
        const QString column = query.value(1).toString();
        table.columns.append({column, isTextType(query.value(2).toString(), dialect),
                              query.value(4).toString() == QLatin1String("YES")});
        if (const int place = query.value(3).toInt(); place > 0)
            keys[tableName].insert(place, column);
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        tables[it.key()].primaryKey = it.value().values();
    return tables;
}

Status readParents(const QSqlDatabase &db, Dialect dialect, QMap<QString, CatalogueTable> &tables)
{
    QSqlQuery query(db);
    const char *sql = dialect == Dialect::SQLite ? sqliteForeignKeysSql : postgresForeignKeysSql;
    if (!query.exec(QString::fromLatin1(sql)))
        return sqlError(query, tr("reading the foreign keys of the database"));
    while (query.next()) {
        const QString child = query.value(0).toString();
        const QString parent = query.value(1).toString();
        // A table that references itself needs no order among tables; one outside Huddle's is not copied.
        if (child == parent || !tables.contains(child) || !tables.contains(parent))
            continue;
        if (!tables[child].parents.contains(parent))
            tables[child].parents.append(parent);
    }
    return core::Done{};
}

// Kahn's topological sort, taking the tables in alphabetical order on each pass so the order is the same
// on every run.
core::Result<QList<CatalogueTable>> parentsFirst(QMap<QString, CatalogueTable> remaining)
{
    QList<CatalogueTable> ordered;
    while (!remaining.isEmpty()) {
        bool placedOne = false;
        for (auto it = remaining.begin(); it != remaining.end();) {
            const bool parentsPlaced = std::none_of(it->parents.cbegin(), it->parents.cend(),
                                                    [&](const QString &p) { return remaining.contains(p); });
            if (!parentsPlaced) {
                ++it;
                continue;
            }
            ordered.append(it.value());
            it = remaining.erase(it);
            placedOne = true;
        }
        if (!placedOne)
            return core::Error{
                tr("the foreign keys of the tables %1 form a cycle, so no table of them can be "
                   "copied before the others")
                    .arg(remaining.keys().join(QStringLiteral(", "))),
                {}};
    }
    return ordered;
}

} // namespace

QStringList CatalogueTable::columnNames() const
{
    QStringList names;
    for (const CatalogueColumn &c : columns)
        names.append(c.name);
    return names;
}

const CatalogueColumn *CatalogueTable::column(const QString &name) const
{
    for (const CatalogueColumn &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

core::Result<QList<CatalogueTable>> readCatalogue(const QSqlDatabase &db, Dialect dialect)
{
    core::Result<QMap<QString, CatalogueTable>> tables = readTables(db, dialect);
    if (!tables)
        return tables.error();
    if (const core::Status linked = readParents(db, dialect, tables.value()); !linked)
        return linked.error();
    return parentsFirst(tables.value());
}

QString selectInKeyOrder(const DatabaseSide &side, const CatalogueTable &table, const QStringList &columns)
{
    QStringList selected;
    for (const QString &column : columns)
        selected.append(quotedName(side.db, column));
    const QStringList keys = table.primaryKey.isEmpty() ? table.columnNames() : table.primaryKey;
    QStringList order;
    for (const QString &key : keys) {
        QString term = quotedName(side.db, key);
        const CatalogueColumn *column = table.column(key);
        if (column && column->text)
            term += side.dialect == Dialect::SQLite ? QStringLiteral(" COLLATE BINARY")
                                                    : QStringLiteral(" COLLATE \"C\"");
        order.append(term);
    }
    return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
        .arg(selected.join(QStringLiteral(", ")), quotedName(side.db, table.name),
             order.join(QStringLiteral(", ")));
}

QString quotedName(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

} // namespace huddle::storage
