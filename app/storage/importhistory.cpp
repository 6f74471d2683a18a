#include "importhistory.h"
#include "translation.h"

#include "bonuslatedata.h"
#include "database.h"
#include "fcrinference.h"
#include "importtables.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include "core/month.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

// Rolls back unless committed, so every early return of undo leaves the database as it was.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool started() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Statements that use the import id more than once name it :id and bind it by name: Qt's SQLite driver
// counts every '?' as a parameter of its own, so a repeated "?1" fails with "Parameter count mismatch".
void bind(QSqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    if (sql.contains(QLatin1String(":id"))) {
        q.bindValue(QStringLiteral(":id"), bindings.value(0));
        return;
    }
    for (const QVariant &value : bindings)
        q.addBindValue(value);
}

core::Result<qint64> scalar(QSqlDatabase db, const QString &sql, const QVariantList &bindings,
                            const QString &what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bind(q, sql, bindings);
    if (!q.exec() || !q.next())
        return sqlError(q, what);
    return q.value(0).toLongLong();
}

core::Status run(QSqlDatabase db, const QString &sql, const QVariantList &bindings, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    bind(q, sql, bindings);
    return execute(q, what);
}

// A later import still in effect that overwrote a row this one wrote or also overwrote.
core::Result<qint64> blockingImport(QSqlDatabase db, qint64 id)
{
    return scalar(
        db,
        QStringLiteral("SELECT COALESCE(MIN(r.import_id), 0) FROM import_replaced r JOIN imports i ON"
                       " i.id = r.import_id WHERE r.import_id > :id AND i.undone_at IS NULL AND (%1 ="
                       " :id OR EXISTS (SELECT 1 FROM import_replaced mine WHERE mine.import_id = :id"
                       " AND mine.table_name = r.table_name AND mine.row_id = r.row_id))")
            .arg(jsonInteger(dialectOf(db), QStringLiteral("r.previous"), QStringLiteral("import_id"))),
        {id}, tr("checking later imports"));
}

// Every column back from its snapshot (importtables.h). SQLite reads each one with json_extract; PostgreSQL
// turns the whole object into a row of the table's own column types with jsonb_populate_record
// (https://www.postgresql.org/docs/15/functions-json.html), which a text extract would need a cast per
// column for.
QString restoreSql(Dialect dialect, const ImportTable &table)
{
    QStringList sets;
    for (const QString &column : table.columns)
        sets.append(dialect == Dialect::SQLite
                        ? QStringLiteral("%1 = json_extract(r.previous, '$.%1')").arg(column)
                        : QStringLiteral("%1 = p.%1").arg(column));
    const QString from = dialect == Dialect::SQLite
                             ? QStringLiteral("import_replaced r")
                             : QStringLiteral("import_replaced r, jsonb_populate_record(NULL::%1,"
                                              " CAST(r.previous AS JSONB)) p")
                                   .arg(table.name);
    return QStringLiteral("UPDATE %1 SET %2 FROM %3 WHERE r.import_id = ? AND r.table_name = '%1' AND"
                          " r.row_id = %1.id")
        .arg(table.name, sets.join(QStringLiteral(", ")), from);
}

Status restoreReplaced(QSqlDatabase db, qint64 id)
{
    for (const ImportTable &table : importTables()) {
        if (auto status = run(db, restoreSql(dialectOf(db), table), {id}, tr("restoring overwritten rows"));
            !status)
            return status;
    }
    return core::Done{};
}

Status deleteAdded(QSqlDatabase db, qint64 id)
{
    for (const QString &table : {QStringLiteral("sales"), QStringLiteral("attendance"),
                                 QStringLiteral("agent_day_stats"), QStringLiteral("conversations")}) {
        const QString sql =
            QStringLiteral(
                "DELETE FROM %1 WHERE import_id = :id AND id NOT IN (SELECT row_id FROM import_replaced"
                " WHERE import_id = :id AND table_name = '%1')")
                .arg(table);
        if (auto status = run(db, sql, {id}, tr("deleting imported rows")); !status)
            return status;
    }
    return core::Done{};
}

// Runs after the overwritten rows are restored, so rows that pointed at a new agent or team no longer do.
Status removeCreatedAgentsAndTeams(QSqlDatabase db, qint64 id)
{
    const QString unreferencedAgent = QStringLiteral(
        "import_id = :id AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM agent_day_stats d WHERE d.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM coaching_sessions k WHERE k.agent_id = agents.id)"
        " AND NOT EXISTS (SELECT 1 FROM review_notes r WHERE r.agent_id = agents.id"
        " OR r.reviewer_agent_id = agents.id)");
    const QString statements[] = {
        QStringLiteral(
            "DELETE FROM team_memberships WHERE import_id = :id AND agent_id IN (SELECT id FROM agents"
            " WHERE %1)")
            .arg(unreferencedAgent),
        QStringLiteral("DELETE FROM agents WHERE %1").arg(unreferencedAgent),
        QStringLiteral("DELETE FROM teams WHERE import_id = :id"
                       " AND NOT EXISTS (SELECT 1 FROM team_memberships m WHERE m.team_id = teams.id)"
                       " AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.team_id = teams.id)"
                       " AND NOT EXISTS (SELECT 1 FROM agent_day_stats d WHERE d.team_id = teams.id)"
                       " AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.team_id = teams.id)"
                       " AND NOT EXISTS (SELECT 1 FROM review_notes n WHERE n.team_id = teams.id)")};
    for (const QString &sql : statements) {
        if (auto status = run(db, sql, {id}, tr("removing agents and teams the import created")); !status)
            return status;
    }
    return core::Done{};
}

// The rows an undo deletes or restores (every import table has a site day), per month: undoing rows of a
// locked bonus month is late data for it like importing them was.
core::Result<QHash<QDate, int>> rowsPerMonth(QSqlDatabase db, qint64 id)
{
    QStringList rows;
    for (const ImportTable &table : importTables())
        rows.append(QStringLiteral("SELECT day FROM %1 WHERE import_id = :id OR id IN (SELECT row_id FROM"
                                   " import_replaced WHERE import_id = :id AND table_name = '%1')")
                        .arg(table.name));
    const QString sql = QStringLiteral("SELECT substr(day, 1, 7), COUNT(*) FROM (%1) AS written GROUP BY 1")
                            .arg(rows.join(QStringLiteral(" UNION ALL ")));
    QSqlQuery q(db);
    q.prepare(sql);
    bind(q, sql, {id});
    if (!q.exec())
        return sqlError(q, tr("counting the rows of the import"));
    QHash<QDate, int> months;
    while (q.next())
        if (const auto month = core::monthFromCode(q.value(0).toString()))
            months.insert(*month, q.value(1).toInt());
    return months;
}

} // namespace

ImportHistory::ImportHistory(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<ImportEntry>> ImportHistory::entries() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral(
            "SELECT id, file_name, file_sha256, file_size, imported_at, profile, shape, source,"
            " rows_read, imported, updated, duplicates, blank, rejected, undone_at FROM imports"
            " ORDER BY id DESC")))
        return sqlError(q, tr("reading the import history"));
    QList<ImportEntry> entries;
    while (q.next()) {
        ImportEntry e;
        e.id = q.value(0).toLongLong();
        e.fileName = q.value(1).toString();
        e.sha256 = q.value(2).toString();
        e.fileSize = q.value(3).toLongLong();
        e.importedAt = instantFrom(q.value(4));
        e.profile = q.value(5).toString();
        e.shape = q.value(6).toString();
        e.source = q.value(7).toString();
        e.rowsRead = q.value(8).toLongLong();
        e.imported = q.value(9).toLongLong();
        e.updated = q.value(10).toLongLong();
        e.duplicates = q.value(11).toLongLong();
        e.blank = q.value(12).toLongLong();
        e.rejected = q.value(13).toLongLong();
        e.undoneAt = instantFrom(q.value(14));
        entries.append(e);
    }
    return entries;
}

core::Status ImportHistory::undo(qint64 importId)
{
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.started())
        return core::Error{tr("could not start a transaction"), {}};
    auto undone =
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM imports WHERE id = ? AND undone_at IS NULL"),
               {importId}, tr("reading the import"));
    if (!undone)
        return undone.error();
    if (undone.value() == 0)
        return core::Error{tr("import %1 does not exist or was already undone").arg(importId), {}};
    auto blocking = blockingImport(db, importId);
    if (!blocking)
        return blocking.error();
    if (blocking.value() != 0)
        return core::Error{tr("import %1 changed rows of import %2; undo import %1 first")
                               .arg(blocking.value())
                               .arg(importId),
                           {}};
    auto reviewed = scalar(
        db,
        // Only conversations the undo deletes matter; overwritten ones are restored, reviews and all.
        QStringLiteral("SELECT (SELECT COUNT(*) FROM evaluations e JOIN conversations c ON"
                       " c.id = e.conversation_id WHERE c.import_id = :id AND c.id NOT IN (SELECT row_id"
                       " FROM import_replaced WHERE import_id = :id AND table_name = 'conversations'))"
                       " + (SELECT COUNT(*) FROM review_notes n JOIN conversations c ON"
                       " c.id = n.conversation_id WHERE c.import_id = :id AND c.id NOT IN (SELECT row_id"
                       " FROM import_replaced WHERE import_id = :id AND table_name = 'conversations'))"),
        {importId}, tr("checking evaluations"));
    if (!reviewed)
        return reviewed.error();
    if (reviewed.value() > 0)
        return core::Error{tr("%n evaluation(s) or review note(s) refer to conversations of this import; the "
                              "import cannot be undone without losing them")
                               .replace(QStringLiteral("%n"), QString::number(reviewed.value())),
                           {}};
    const auto months = rowsPerMonth(db, importId);
    if (!months)
        return months.error();
    FcrChanges fcr;
    fcr.newestBefore = newestConversationStart(db);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT DISTINCT customer_id FROM conversations WHERE customer_id IS NOT NULL AND"
            " (import_id = :id OR id IN (SELECT row_id FROM import_replaced WHERE import_id = :id"
            " AND table_name = 'conversations'))"));
        q.bindValue(QStringLiteral(":id"), importId);
        if (!q.exec())
            return sqlError(q, tr("reading customers"));
        while (q.next())
            fcr.customers.insert(q.value(0).toString());
    }
    for (const auto &step : {deleteAdded, restoreReplaced, removeCreatedAgentsAndTeams}) {
        if (auto status = step(db, importId); !status)
            return status;
    }
    if (auto status =
            run(db, QStringLiteral("UPDATE imports SET undone_at = ? WHERE id = ?"),
                {instantText(QDateTime::currentDateTimeUtc()), importId}, tr("marking the import undone"));
        !status)
        return status;
    // Inference looks at the newest start after the undo; newestBefore makes it re-check what was pending.
    fcr.newestBefore.clear();
    if (auto status = inferFirstContactResolution(db, fcr); !status)
        return status;
    // Stored data, not shown text: not translated. No one is named by the caller: the program acts.
    if (auto late =
            recordLateBonusData(*m_database, months.value(),
                                QStringLiteral("undo of import %1").arg(importId), QStringLiteral("huddle"));
        !late)
        return late.error();
    if (!transaction.commit())
        return core::Error{tr("could not commit the undo"), {}};
    return core::Done{};
}

core::Result<QList<SavedProfile>> ImportHistory::profiles() const
{
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT name, definition FROM import_profiles ORDER BY name")))
        return sqlError(q, tr("reading import profiles"));
    QList<SavedProfile> profiles;
    while (q.next())
        profiles.append({q.value(0).toString(), q.value(1).toString().toUtf8()});
    return profiles;
}

core::Status ImportHistory::saveProfile(const SavedProfile &profile)
{
    return run(
        m_database->connection(),
        QStringLiteral("INSERT INTO import_profiles (name, definition, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (name) DO UPDATE SET definition = excluded.definition,"
                       " updated_at = excluded.updated_at"),
        {profile.name, QString::fromUtf8(profile.definition), instantText(QDateTime::currentDateTimeUtc())},
        tr("saving the import profile"));
}

core::Status ImportHistory::deleteProfile(const QString &name)
{
    return run(m_database->connection(), QStringLiteral("DELETE FROM import_profiles WHERE name = ?"), {name},
               tr("deleting the import profile"));
}

} // namespace huddle::storage
