#include "databasecopy.h"
#include "translation.h"

#include "database.h"
#include "databasecatalogue.h"
#include "multirowinsert.h"
#include "scopedconnection.h"
#include "serverurl.h"
#include "sqltransaction.h"
#include "sqlutil.h"
#include "tablecomparison.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Error;
using core::Status;

namespace {

// --- Is the target empty? ---

core::Result<bool> hasNoTables(QSqlDatabase &db, const ServerUrl &url)
{
    if (const core::Status connected = connectToServer(db, url); !connected)
        return connected.error();
    QSqlQuery query(db);
    // pg_class, not information_schema, which leaves out tables the user has no privilege on. Kinds: table,
    // partitioned table, view, materialized view, foreign table
    // (https://www.postgresql.org/docs/15/catalog-pg-class.html).
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = "
                                   "c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', "
                                   "'p', 'v', 'm', 'f')")) ||
        !query.next())
        return sqlError(query, tr("listing the tables of %1").arg(displayUrl(url)));
    return query.value(0).toLongLong() == 0;
}

core::Result<bool> serverDatabaseIsEmpty(const QString &location)
{
    const core::Result<ServerUrl> url = parseServerUrl(location);
    if (!url)
        return url.error();
    const ScopedConnection scoped(QStringLiteral("QPSQL"), "empty-check");
    QSqlDatabase db = scoped.connection();
    return hasNoTables(db, url.value());
}

// --- Reading the source in one snapshot ---

// A read-only transaction on the source while it lives, so every table is read as of one moment even when
// others write to a shared server meanwhile: PostgreSQL's REPEATABLE READ sees one snapshot for the whole
// transaction (https://www.postgresql.org/docs/15/transaction-iso.html#XACT-REPEATABLE-READ); an SQLite
// read transaction keeps its snapshot of a WAL database until it ends (https://sqlite.org/wal.html).
class ReadSnapshot {
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ReadSnapshot)

public:
    explicit ReadSnapshot(const DatabaseSide &side)
        : m_side(side)
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_side.db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin()
    {
        if (!m_side.db.transaction())
            return core::Error{tr("could not start reading the source: %1").arg(m_side.db.lastError().text()),
                               {}};
        m_open = true;
        if (m_side.dialect == Dialect::SQLite)
            return core::Done{};
        QSqlQuery query(m_side.db);
        return execute(query, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"),
                       tr("starting a snapshot of the source"));
    }

private:
    DatabaseSide m_side;
    bool m_open = false;
};

// --- Both schemas alike ---

Status checkSameTables(const QList<CatalogueTable> &source, const QList<CatalogueTable> &target)
{
    QMap<QString, QStringList> targetColumns;
    for (const CatalogueTable &table : target) {
        QStringList names = table.columnNames();
        names.sort();
        targetColumns.insert(table.name, names);
    }
    for (const CatalogueTable &table : source) {
        QStringList names = table.columnNames();
        names.sort();
        if (!targetColumns.contains(table.name))
            return core::Error{tr("the target has no table %1").arg(table.name), {}};
        if (targetColumns.take(table.name) != names)
            return core::Error{
                tr("table %1 has other columns in the target than in the source").arg(table.name), {}};
    }
    if (!targetColumns.isEmpty())
        return core::Error{tr("the source has no table %1").arg(targetColumns.firstKey()), {}};
    return core::Done{};
}

const CatalogueTable &tableNamed(const QList<CatalogueTable> &tables, const QString &name)
{
    return *std::find_if(tables.cbegin(), tables.cend(),
                         [&](const CatalogueTable &t) { return t.name == name; });
}

// --- Copying ---

// `value` as read from the source, fit to bind: Qt's QPSQL driver reads a BIGINT that is not negative as
// qulonglong, which Qt's SQLite driver would bind as text; as qlonglong it is bound as an integer.
QVariant bindable(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::ULongLong && !value.isNull())
        return QVariant(value.toLongLong());
    return value;
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error cancelledError()
{
    return core::Error{tr("the copy was cancelled"), {}};
}

struct CopyRun {
    DatabaseSide source;
    DatabaseSide target;
    const CopyProgress &progress;
    const std::atomic_bool *cancel;
    PreparedStatements *statements; // on the target
};

core::Result<qint64> copyTable(const CopyRun &run, const CatalogueTable &table)
{
    constexpr qint64 reportEvery = 5000;
    const QStringList columns = table.columnNames();
    QSqlQuery read(run.source.db);
    read.setForwardOnly(true); // the rows stream through; a large table is never held whole
    if (!read.exec(selectInKeyOrder(run.source, table, columns)))
        return sqlError(read, tr("reading table %1").arg(table.name));
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(quotedName(run.target.db, column));
    MultiRowInsert insert(run.target.dialect, *run.statements, quotedName(run.target.db, table.name), quoted);
    const QString what = tr("copying table %1").arg(table.name);
    qint64 rows = 0;
    while (read.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row.append(bindable(read.value(i)));
        insert.queue(row);
        if (insert.isFull()) {
            if (const core::Status written = insert.flush(what); !written)
                return written.error();
        }
        if (++rows % reportEvery != 0)
            continue;
        if (cancelled(run.cancel))
            return cancelledError();
        if (run.progress)
            run.progress(table.name, rows);
    }
    if (read.lastError().isValid())
        return sqlError(read, tr("reading table %1").arg(table.name));
    if (const core::Status flushed = insert.flush(what); !flushed)
        return flushed.error();
    if (run.progress)
        run.progress(table.name, rows);
    return rows;
}

// The target's new schema holds seed rows (settings, default scorecards) that the copy brings again.
Status deleteSeedRows(const DatabaseSide &target, const QList<CatalogueTable> &parentsFirst)
{
    QSqlQuery query(target.db);
    for (auto it = parentsFirst.crbegin(); it != parentsFirst.crend(); ++it)
        if (const core::Status deleted =
                execute(query, QStringLiteral("DELETE FROM %1").arg(quotedName(target.db, it->name)),
                        tr("emptying table %1 of the target").arg(it->name));
            !deleted)
            return deleted;
    return core::Done{};
}

// Copied ids bypass PostgreSQL's identity sequences, which would otherwise hand out those ids again: each
// is set so that its next value is one past the table's largest id
// (https://www.postgresql.org/docs/15/functions-sequence.html).
Status moveSequences(const CopyRun &run, const QList<CatalogueTable> &tables)
{
    const DatabaseSide &target = run.target;
    if (target.dialect != Dialect::PostgreSQL)
        return core::Done{};
    QSqlQuery &query = run.statements->add();
    for (const CatalogueTable &table : tables)
        for (const CatalogueColumn &column : table.columns) {
            if (!column.identity)
                continue;
            query.prepare(
                QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX(%1), 0) + 1, "
                               "false) FROM %2")
                    .arg(quotedName(target.db, column.name), quotedName(target.db, table.name)));
            query.addBindValue(quotedName(target.db, table.name)); // parsed as a possibly quoted name
            query.addBindValue(column.name);
            if (const core::Status moved =
                    execute(query, tr("moving the id sequence of table %1").arg(table.name));
                !moved)
                return moved;
        }
    return core::Done{};
}

core::Result<CopyReport> copyAndVerify(const CopyRun &run, const QList<CatalogueTable> &sourceTables,
                                       const QList<CatalogueTable> &targetTables)
{
    if (const core::Status emptied = deleteSeedRows(run.target, targetTables); !emptied)
        return emptied.error();
    for (const CatalogueTable &table : sourceTables)
        if (const core::Result<qint64> copied = copyTable(run, table); !copied)
            return copied.error();
    if (const core::Status moved = moveSequences(run, targetTables); !moved)
        return moved.error();
    CopyReport report;
    for (const CatalogueTable &table : sourceTables) {
        if (cancelled(run.cancel))
            return cancelledError();
        const core::Result<TableDigest> verified =
            compareTable(run.source, table, run.target, tableNamed(targetTables, table.name));
        if (!verified)
            return verified.error();
        report.tables.append({table.name, verified->rows, verified->sha256});
    }
    return report;
}

core::Result<QList<CatalogueTable>> readSideCatalogue(const DatabaseSide &side, const QString &which)
{
    core::Result<QList<CatalogueTable>> tables = readCatalogue(side.db, side.dialect);
    if (!tables)
        return core::Error{tr("%1: %2").arg(which, tables.error().message), {}};
    return tables;
}

} // namespace

qint64 CopyReport::totalRows() const
{
    qint64 total = 0;
    for (const TableCopy &table : tables)
        total += table.rows;
    return total;
}

core::Result<bool> isEmptyDatabase(const QString &location)
{
    if (isServerUrl(location))
        return serverDatabaseIsEmpty(location);
    const QFileInfo file(location);
    return !file.exists() || (file.isFile() && file.size() == 0);
}

core::Result<CopyReport> copyDatabase(const Database &from, const Database &to, const CopyProgress &progress,
                                      const std::atomic_bool *cancel)
{
    PreparedStatements statements(to.connection()); // declared first, so it goes after the transaction ended
    const CopyRun run{
        {from.connection(), from.dialect()}, {to.connection(), to.dialect()}, progress, cancel, &statements};
    ReadSnapshot snapshot(run.source);
    if (const core::Status begun = snapshot.begin(); !begun)
        return begun.error();
    const auto sourceTables = readSideCatalogue(run.source, tr("the source"));
    if (!sourceTables)
        return sourceTables.error();
    const auto targetTables = readSideCatalogue(run.target, tr("the target"));
    if (!targetTables)
        return targetTables.error();
    if (const core::Status alike = checkSameTables(sourceTables.value(), targetTables.value()); !alike)
        return alike.error();
    return inTransaction(run.target.db, tr("copying the database"),
                         [&] { return copyAndVerify(run, sourceTables.value(), targetTables.value()); });
}

} // namespace huddle::storage
