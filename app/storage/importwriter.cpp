#include "importwriter.h"
#include "translation.h"

#include "bonuslatedata.h"
#include "database.h"
#include "importtables.h"
#include "sqldialect.h"
#include "sqlutil.h"

#include "core/enumnames.h"
#include "core/fnv1a.h"
#include "core/handletime.h"
#include "core/month.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace huddle::storage {

namespace {

// 'YYYY-MM-DDTHH:MM:SSZ' straight from epoch seconds: the storage format of instants (sqlutil.h), without
// building a QDateTime per row.
QByteArray instantBytes(qint64 utcSeconds)
{
    qint64 days = utcSeconds / 86400;
    qint64 rest = utcSeconds % 86400;
    if (rest < 0) {
        rest += 86400;
        days -= 1;
    }
    const QDate date = QDate::fromJulianDay(days + 2440588);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(),
                  date.day(), static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                  static_cast<int>(rest % 60));
    return QByteArray(buffer);
}

QByteArray dayBytes(QDate day)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", day.year(), day.month(), day.day());
    return QByteArray(buffer);
}

// "INSERT INTO t (a, b) VALUES (?, ?)" and "UPDATE t SET a = ?, b = ? WHERE id = ?": parameters in
// binding order (EngineStatement).
QString insertSql(const QString &table, const QStringList &columns)
{
    const QStringList params(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

// Columns in `keepWhenNull` keep their stored value when the import has none for them: a call log with
// an empty CSAT cell must not erase a survey answer another import recorded.
QString updateSql(const QString &table, const QStringList &columns, const QStringList &keepWhenNull = {})
{
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        sets.append(keepWhenNull.contains(column) ? QStringLiteral("%1 = COALESCE(?, %1)").arg(column)
                                                  : QStringLiteral("%1 = ?").arg(column));
    }
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
}

QStringList conversationColumns(const ImportMeta &meta)
{
    const QStringList &all = importTable(QStringLiteral("conversations")).columns;
    QStringList columns = all.mid(0, ConversationCoreColumns);
    if (meta.writesSurvey)
        columns += all.mid(ConversationCoreColumns, ConversationSurveyColumns);
    if (meta.writesSales)
        columns += all.mid(ConversationCoreColumns + ConversationSurveyColumns, ConversationSaleColumns);
    return columns;
}

const QStringList statsColumns{
    QStringLiteral("source"),         QStringLiteral("agent_id"),   QStringLiteral("day"),
    QStringLiteral("team_id"),        QStringLiteral("handled"),    QStringLiteral("talk_only"),
    QStringLiteral("handle_s_sum"),   QStringLiteral("wait_s_sum"), QStringLiteral("csat_responses"),
    QStringLiteral("csat_satisfied"), QStringLiteral("sale_count"), QStringLiteral("sale_cents"),
    QStringLiteral("on_queue_s"),     QStringLiteral("import_id"),  QStringLiteral("row_hash")};
const QStringList attendanceColumns{
    QStringLiteral("agent_id"),      QStringLiteral("day"),       QStringLiteral("shift_start"),
    QStringLiteral("shift_minutes"), QStringLiteral("status"),    QStringLiteral("late_minutes"),
    QStringLiteral("adherence_pct"), QStringLiteral("import_id"), QStringLiteral("row_hash")};
const QStringList saleColumns{QStringLiteral("source"),    QStringLiteral("external_id"),
                              QStringLiteral("agent_id"),  QStringLiteral("conversation_id"),
                              QStringLiteral("day"),       QStringLiteral("product"),
                              QStringLiteral("tier"),      QStringLiteral("amount_cents"),
                              QStringLiteral("import_id"), QStringLiteral("row_hash")};

// Average durations in an agent-day file become the day's totals.
std::optional<qint64> dayTotal(std::optional<int> value, int calls, bool averages)
{
    if (!value)
        return std::nullopt;
    return averages ? qint64(*value) * calls : qint64(*value);
}

// A day total as a duration for effectiveHandleTime; sums beyond int range are capped (over 68 years).
std::optional<int> dayDuration(std::optional<qint64> total)
{
    if (!total)
        return std::nullopt;
    return static_cast<int>(std::min<qint64>(*total, std::numeric_limits<int>::max()));
}

// Above this many conversations of a source already stored, an import into a server looks their keys up row
// by row instead of holding them in memory (key, id, hash and import: roughly 100 bytes each, some 200 MB at
// the default limit).
std::atomic<qint64> conversationKeysInMemoryLimit = 2'000'000;

// Helper threads for sorting: the other cores, at most SQLite's usual limit of 8.
int sortThreads()
{
    return std::clamp(static_cast<int>(std::thread::hardware_concurrency()) - 1, 0, 8);
}

} // namespace

core::Result<std::unique_ptr<ImportWriter>> ImportWriter::begin(const Database &database, ImportMeta meta,
                                                                const std::atomic_bool *cancel)
{
    QSqlDatabase db = database.connection();
    std::unique_ptr<ImportWriter> writer(new ImportWriter(db, std::move(meta)));
    writer->m_database = &database;
    if (writer->m_dialect == Dialect::SQLite) {
        // A large page cache keeps the index updates of a big import in memory instead of re-reading pages.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
        // The indexes rebuilt at commit are sorted by SQLite's external merge sort, which can use helper
        // threads (https://sqlite.org/pragma.html#pragma_threads; Debian builds allow up to 8, default 0).
        QSqlQuery(db).exec(QStringLiteral("PRAGMA threads = %1").arg(sortThreads()));
        // The sorts of that rebuild, and FCR's temporary tables, spill to temporary files, which the
        // connection otherwise keeps in memory (temp_store = MEMORY, storage/database.cpp). In memory they
        // grew the process with the import: a 2M-row import peaked at 489 MiB, with files on disk at 230 MiB.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = FILE"));
    }
    if (!db.transaction())
        return core::Error{tr("could not start the import transaction"), {}};
    writer->m_open = true;
    if (auto status = writer->waitForOtherImports(cancel); !status)
        return status.error();
    writer->m_fcr.newestBefore = newestConversationStart(db);
    if (auto status = writer->deferIndexesForBulkLoad(); !status)
        return status.error();
    if (auto status = writer->prepareStatements(); !status)
        return status.error();
    if (auto status = writer->insertImportRecord(); !status)
        return status.error();
    if (writer->m_dialect == Dialect::PostgreSQL &&
        writer->m_meta.shape == core::ImportShape::Conversations) {
        auto batch = ConversationBatch::load(db, writer->m_source, conversationColumns(writer->m_meta),
                                             conversationKeysInMemoryLimit.load());
        if (!batch)
            return batch.error();
        writer->m_conversationBatch = std::move(batch.value());
    }
    return writer;
}

void ImportWriter::setConversationKeysInMemoryLimit(qint64 limit)
{
    conversationKeysInMemoryLimit = limit;
}

ImportWriter::ImportWriter(QSqlDatabase db, ImportMeta meta)
    : m_db(std::move(db))
    , m_dialect(dialectOf(m_db))
    , m_meta(std::move(meta))
    , m_source(m_meta.source.toUtf8())
{
    core::Fnv1a settings;
    settings.plain(m_meta.csatScale.min);
    settings.plain(m_meta.csatScale.max);
    settings.plain(m_meta.durationsAreAverages);
    m_settingsHash = settings.result();
}

ImportWriter::~ImportWriter()
{
    // Statements first: a rollback with unfinished statements would leave them pending.
    for (auto *statement :
         {&m_findConversation, &m_insertConversation, &m_updateConversation, &m_updateSurvey, &m_findStats,
          &m_insertStats, &m_updateStats, &m_findAttendance, &m_insertAttendance, &m_updateAttendance,
          &m_findSale, &m_insertSale, &m_updateSale, &m_findAgent, &m_insertAgent, &m_findTeam, &m_insertTeam,
          &m_memberships_q})
        if (*statement)
            (*statement)->reset();
    m_snapshots.clear();
    if (m_open)
        m_db.rollback();
    if (m_dialect == Dialect::SQLite) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -2000"));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA threads = 0"));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

// Two imports into one server database at once would race to create the same agent or team, or the same
// conversation of overlapping exports, and the later one would fail on the key at commit. So an import holds
// a transaction-level advisory lock, released by its commit or rollback (also when the client dies: the
// server ends the session); the next one waits, as a second writer waits on SQLite. KPI reads and other
// edits go on meanwhile (https://www.postgresql.org/docs/15/explicit-locking.html#ADVISORY-LOCKS).
core::Status ImportWriter::waitForOtherImports(const std::atomic_bool *cancel)
{
    if (m_dialect != Dialect::PostgreSQL)
        return core::Done{};
    constexpr qint64 importLockKey = 79669030907248; // "HudImp" in ASCII, as a number
    QSqlQuery q(m_db);
    for (;;) {
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(importLockKey)) || !q.next())
            return core::Error{tr("could not wait for other imports: %1").arg(q.lastError().text()), {}};
        if (q.value(0).toBool())
            return core::Done{};
        if (cancel && cancel->load())
            return core::Error{tr("cancelled while another import was running"), {}};
        QThread::msleep(200);
    }
}

// A file larger than the table it goes into loads several times faster without the wide covering indexes,
// which are then built once, sorted, at commit (SQLite's CREATE INDEX sorts instead of inserting row by
// row). DDL is transactional in SQLite, so a rollback brings the indexes back untouched. The statements are
// read from the schema itself so they always match the migrations. Only on SQLite: on PostgreSQL every row
// crosses the connection on its own, which costs more than keeping the indexes current.
core::Status ImportWriter::deferIndexesForBulkLoad()
{
    if (m_meta.shape != core::ImportShape::Conversations || m_dialect != Dialect::SQLite)
        return core::Done{};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) || !q.next())
        return core::Error{tr("could not count conversations: %1").arg(q.lastError().text()), {}};
    const qint64 existing = q.value(0).toLongLong();
    if (m_meta.estimatedRows < std::max<qint64>(50000, existing))
        return core::Done{};
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                               "'conversations' AND sql IS NOT NULL AND name IN ('conversations_team_day',"
                               " 'conversations_agent_day', 'conversations_day', 'conversations_customer',"
                               " 'conversations_sales')")))
        return core::Error{tr("could not read the indexes: %1").arg(q.lastError().text()), {}};
    while (q.next())
        m_deferredIndexes.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[name, sql] : m_deferredIndexes) {
        if (!QSqlQuery(m_db).exec(QStringLiteral("DROP INDEX %1").arg(name)))
            return core::Error{tr("could not defer index %1").arg(name), {}};
    }
    return core::Done{};
}

core::Status ImportWriter::recreateDeferredIndexes(const QStringList &names)
{
    // The rows are in; what is left reads and sorts them. SQLite sizes each sort's in-memory run by the page
    // cache (https://sqlite.org/src/doc/trunk/src/vdbesort.c: pgsz × cache_size), one per sort thread, so the
    // 64 MiB cache of the load made the index rebuild the import's peak. With 16 MiB, a 2M-row import peaked
    // at 132 MiB instead of 225 MiB, in the same time (43 s against 48 s).
    if (m_dialect == Dialect::SQLite)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -16384"));
    for (auto it = m_deferredIndexes.begin(); it != m_deferredIndexes.end();) {
        if (!names.isEmpty() && !names.contains(it->first)) {
            ++it;
            continue;
        }
        QSqlQuery q(m_db);
        if (!q.exec(it->second))
            return core::Error{tr("could not rebuild index %1: %2").arg(it->first, q.lastError().text()), {}};
        it = m_deferredIndexes.erase(it);
    }
    return core::Done{};
}

core::Status ImportWriter::prepareStatements()
{
    const auto prepare = [this](std::unique_ptr<EngineStatement> &statement, const QString &sql) {
        statement = std::make_unique<EngineStatement>(m_db);
        return statement->prepare(sql);
    };
    const QStringList conversation = conversationColumns(m_meta);
    const std::pair<std::unique_ptr<EngineStatement> *, QString> statements[] = {
        {&m_findConversation,
         QStringLiteral(
             "SELECT id, row_hash, import_id, csat_score, nps_score, csat_scale_min, csat_scale_max, day"
             " FROM conversations WHERE source = ? AND external_id = ?")},
        {&m_insertConversation, insertSql(QStringLiteral("conversations"), conversation)},
        {&m_updateConversation,
         updateSql(QStringLiteral("conversations"), conversation,
                   importTable(QStringLiteral("conversations")).columns.mid(ConversationCoreColumns))},
        {&m_updateSurvey, QStringLiteral("UPDATE conversations SET csat_score = COALESCE(?, csat_score),"
                                         " csat_scale_min = COALESCE(?, csat_scale_min), csat_scale_max ="
                                         " COALESCE(?, csat_scale_max), nps_score = COALESCE(?, nps_score)"
                                         " WHERE id = ?")},
        {&m_findStats, QStringLiteral("SELECT id, row_hash, import_id FROM agent_day_stats"
                                      " WHERE source = ? AND agent_id = ? AND day = ?")},
        {&m_insertStats, insertSql(QStringLiteral("agent_day_stats"), statsColumns)},
        {&m_updateStats, updateSql(QStringLiteral("agent_day_stats"), statsColumns)},
        {&m_findAttendance,
         QStringLiteral("SELECT id, row_hash, import_id FROM attendance WHERE agent_id = ? AND day = ?")},
        {&m_insertAttendance, insertSql(QStringLiteral("attendance"), attendanceColumns)},
        {&m_updateAttendance, updateSql(QStringLiteral("attendance"), attendanceColumns)},
        {&m_findSale,
         QStringLiteral("SELECT id, row_hash, import_id FROM sales WHERE source = ? AND external_id = ?")},
        {&m_insertSale, insertSql(QStringLiteral("sales"), saleColumns)},
        {&m_updateSale, updateSql(QStringLiteral("sales"), saleColumns)},
        {&m_findAgent, QStringLiteral("SELECT id FROM agents WHERE display_name = ? ORDER BY id LIMIT 1")},
        {&m_insertAgent,
         QStringLiteral(
             "INSERT INTO agents (display_name, status, import_id) VALUES (?, 'active', ?) RETURNING id")},
        {&m_findTeam, QStringLiteral("SELECT id FROM teams WHERE name = ?")},
        {&m_insertTeam, QStringLiteral("INSERT INTO teams (name, import_id) VALUES (?, ?) RETURNING id")},
        {&m_memberships_q,
         QStringLiteral("SELECT team_id, valid_from, valid_to FROM team_memberships WHERE agent_id = ?")},
    };
    for (const auto &[statement, sql] : statements) {
        if (auto status = prepare(*statement, sql); !status)
            return status;
    }
    return core::Done{};
}

core::Status ImportWriter::insertImportRecord()
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO imports (file_name, file_sha256, file_size, imported_at, profile, shape,"
                       " source, settings, rows_read, imported, updated, duplicates, blank, rejected)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0) RETURNING id"));
    static const char *const shapes[] = {"conversations", "agent_day", "surveys", "sales", "attendance"};
    for (const QVariant &value :
         {QVariant(m_meta.fileName),
          QVariant(m_meta.sha256.isEmpty() ? QStringLiteral("pending") : m_meta.sha256),
          QVariant(m_meta.fileSize),
          QVariant(QString::fromLatin1(instantBytes(QDateTime::currentSecsSinceEpoch()))),
          QVariant(m_meta.profile), QVariant(QString::fromLatin1(shapes[static_cast<int>(m_meta.shape)])),
          QVariant(m_meta.source), QVariant(QString::fromUtf8(m_meta.settingsJson))})
        q.addBindValue(value);
    if (!q.exec())
        return core::Error{tr("could not record the import: %1").arg(q.lastError().text()), {}};
    const auto id = insertedId(q, tr("recording the import"));
    if (!id)
        return id.error();
    m_importId = id.value();
    // The zone the import read days in becomes the site's, when the database has none yet, so every page
    // shows the same days the import computed.
    if (!m_meta.siteTimeZone.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO settings (key, value) VALUES ('site_time_zone', ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(m_meta.siteTimeZone);
        if (!q.exec())
            return core::Error{tr("could not record the site's time zone: %1").arg(q.lastError().text()), {}};
    }
    return core::Done{};
}

core::Result<WriteOutcome> ImportWriter::write(const core::ImportRow &source)
{
    // What a row stores depends on the import's settings too (CSAT scale, averages): the same cells read
    // with other settings are a change, not a duplicate. (Copying the row only bumps reference counts.)
    core::ImportRow row = source;
    core::Fnv1a salted;
    salted.plain(row.hash);
    salted.plain(m_settingsHash);
    row.hash = salted.result();
    auto outcome = writeShaped(row);
    // A survey answer counts on its conversation's day, which writeSurvey knows.
    if (outcome && m_meta.shape != core::ImportShape::Surveys)
        countWritten(row.day, outcome.value());
    return outcome;
}

core::Result<WriteOutcome> ImportWriter::writeShaped(const core::ImportRow &row)
{
    switch (m_meta.shape) {
    case core::ImportShape::Conversations:
        return writeConversation(row);
    case core::ImportShape::Surveys:
        return writeSurvey(row);
    case core::ImportShape::AgentDay:
        return writeAgentDay(row);
    case core::ImportShape::Attendance:
        return writeAttendance(row);
    case core::ImportShape::Sales:
        return writeSale(row);
    }
    return core::Error{tr("unknown import shape"), {}};
}

void ImportWriter::countWritten(QDate day, WriteOutcome outcome)
{
    if (day.isValid() && (outcome == WriteOutcome::Inserted || outcome == WriteOutcome::Updated))
        ++m_rowsPerMonth[core::monthStart(day)];
}

core::Result<std::optional<ImportWriter::Existing>> ImportWriter::find(EngineStatement &select)
{
    core::Error error;
    std::optional<Existing> existing;
    if (select.step(error))
        existing =
            Existing{select.columnInt(0), static_cast<quint64>(select.columnInt(1)), select.columnInt(2)};
    select.reset();
    if (!error.message.isEmpty())
        return error;
    return existing;
}

core::Status ImportWriter::snapshot(const QString &table, qint64 rowId)
{
    // DO NOTHING: a row overwritten twice by one import keeps the state from before the import.
    std::unique_ptr<EngineStatement> &statement = m_snapshots[table];
    if (!statement) {
        statement = std::make_unique<EngineStatement>(m_db);
        if (auto status = statement->prepare(
                QStringLiteral("INSERT INTO import_replaced (import_id, table_name, row_id, previous)"
                               " SELECT CAST(? AS BIGINT), '%1', id, %2 FROM %1 WHERE id = ?"
                               " ON CONFLICT DO NOTHING")
                    .arg(table, snapshotExpression(m_dialect, importTable(table))));
            !status)
            return status;
    }
    statement->bind(1, m_importId);
    statement->bind(2, rowId);
    return statement->run();
}

core::Result<WriteOutcome> ImportWriter::upsert(const QString &table, EngineStatement &select,
                                                EngineStatement &insert, EngineStatement &update,
                                                quint64 hash,
                                                const std::function<void(EngineStatement &)> &bindValues)
{
    auto existing = find(select);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->hash == hash)
        return WriteOutcome::Duplicate;
    // Summaries hold one row per key: a second, different row for it in the same file is a conflict, not an
    // update (a file split by queue would otherwise keep only its last part).
    if (existing.value() && existing.value()->importId == m_importId &&
        table != QLatin1String("conversations") && table != QLatin1String("sales"))
        return WriteOutcome::ConflictInFile;
    if (existing.value())
        return overwrite(table, update, *existing.value(), bindValues);
    bindValues(insert);
    if (auto status = insert.run(); !status)
        return status.error();
    return WriteOutcome::Inserted;
}

core::Result<WriteOutcome> ImportWriter::overwrite(const QString &table, EngineStatement &update,
                                                   const Existing &existing,
                                                   const std::function<void(EngineStatement &)> &bindValues)
{
    // Rows this import wrote itself are not saved: undo deletes them outright.
    if (existing.importId != m_importId) {
        if (auto status = snapshot(table, existing.id); !status)
            return status.error();
    }
    bindValues(update);
    update.bind(static_cast<int>(update.parameterCount()), existing.id);
    if (auto status = update.run(); !status)
        return status.error();
    return WriteOutcome::Updated;
}

// upsert() for conversations on PostgreSQL: the key looked up in the batch's memory, a new row queued.
core::Result<WriteOutcome>
ImportWriter::upsertBatched(const QByteArray &externalId, quint64 hash,
                            const std::function<void(EngineStatement &)> &bindValues)
{
    const ConversationBatch::Known *known = m_conversationBatch->find(externalId);
    if (!known) {
        bindValues(*m_insertConversation);
        const QVariantList values = m_insertConversation->boundValues();
        m_insertConversation->reset();
        if (auto status = m_conversationBatch->add(externalId, hash, m_importId, values); !status)
            return status.error();
        return WriteOutcome::Inserted;
    }
    if (known->hash == hash)
        return WriteOutcome::Duplicate;
    if (known->id == 0) { // queued by this import: written first, to learn its id
        if (auto status = m_conversationBatch->flush(); !status)
            return status.error();
    }
    const Existing existing{known->id, known->hash, known->importId};
    auto outcome = overwrite(QStringLiteral("conversations"), *m_updateConversation, existing, bindValues);
    if (outcome) {
        ConversationBatch::Known *updated = m_conversationBatch->find(externalId);
        updated->hash = hash;
        updated->importId = m_importId;
    }
    return outcome;
}

QByteArray ImportWriter::contentKey(const core::ImportRow &row, QByteArray key, bool identicalIsDuplicate,
                                    bool &duplicateInFile)
{
    QList<quint64> &hashes = m_seenKeys[key];
    duplicateInFile = identicalIsDuplicate && hashes.contains(row.hash);
    if (duplicateInFile)
        return {};
    hashes.append(row.hash);
    if (hashes.size() > 1)
        key += '#' + QByteArray::number(hashes.size());
    return key;
}

core::Result<WriteOutcome> ImportWriter::writeConversation(const core::ImportRow &row)
{
    QByteArray externalId = row.conversationId;
    if (externalId.isEmpty()) {
        bool duplicate = false;
        externalId =
            contentKey(row, '~' + instantBytes(row.startedUtc) + '|' + row.agent + '|' + row.customerId, true,
                       duplicate);
        if (duplicate)
            return WriteOutcome::Duplicate;
    }
    qint64 agent = 0;
    if (!row.agent.isEmpty()) {
        auto id = agentId(row.agent, row.day, row.team);
        if (!id)
            return id.error();
        agent = id.value();
    }
    auto team = row.team.isEmpty() ? teamOf(agent, row.day) : teamId(row.team);
    if (!team)
        return team.error();
    const core::HandleTime handle = core::effectiveHandleTime(row.talkS, row.holdS, row.acwS, row.handleS);
    const QByteArray started = instantBytes(row.startedUtc);
    const QByteArray day = dayBytes(row.day);
    const QByteArray channel = core::channelCode(row.channel).toLatin1();
    const QByteArray basis = core::handleBasisCode(handle.basis).toLatin1();
    const QByteArray closed = row.closedUtc ? instantBytes(*row.closedUtc) : QByteArray();
    const auto bindValues = [&](EngineStatement &s) {
        int i = 0;
        s.bind(++i, m_source);
        s.bind(++i, externalId);
        s.bind(++i, channel);
        s.bind(++i, row.topic);
        agent > 0 ? s.bind(++i, agent) : s.bindNull(++i);
        team.value() > 0 ? s.bind(++i, team.value()) : s.bindNull(++i);
        s.bind(++i, row.customerId);
        s.bind(++i, started);
        s.bind(++i, day);
        s.bind(++i, qint64(row.answered ? 1 : 0));
        for (const std::optional<int> &value :
             {row.waitS, row.talkS, row.holdS, row.acwS, row.handleS, handle.seconds})
            s.bindOptional(++i, value);
        s.bind(++i, basis);
        s.bindOptional(++i, row.resolved ? std::optional<int>(*row.resolved ? 1 : 0) : std::nullopt);
        s.bind(++i, row.transcript);
        s.bindOptional(++i, row.firstResponseS);
        s.bindOptional(++i, row.resolutionS);
        s.bind(++i, closed);
        s.bind(++i, row.subject);
        s.bind(++i, m_importId);
        s.bind(++i, static_cast<qint64>(row.hash));
        if (m_meta.writesSurvey) {
            s.bindOptional(++i, row.csat);
            s.bindOptional(++i, row.csat ? std::optional<int>(m_meta.csatScale.min) : std::nullopt);
            s.bindOptional(++i, row.csat ? std::optional<int>(m_meta.csatScale.max) : std::nullopt);
            s.bindOptional(++i, row.nps);
        }
        if (m_meta.writesSales) {
            // An amount without a count is one sale; an amount of zero is none.
            const std::optional<int> count =
                row.saleCount
                    ? row.saleCount
                    : (row.saleCents ? std::optional<int>(*row.saleCents != 0 ? 1 : 0) : std::nullopt);
            s.bindOptional(++i, count);
            s.bindOptional(++i, row.saleCents);
        }
    };
    if (m_conversationBatch)
        return upsertBatched(externalId, row.hash, bindValues);
    m_findConversation->bind(1, m_source);
    m_findConversation->bind(2, externalId);
    return upsert(QStringLiteral("conversations"), *m_findConversation, *m_insertConversation,
                  *m_updateConversation, row.hash, bindValues);
}

// A survey answer lands on the conversation it belongs to, so it is credited to whoever handled that
// conversation, never to the agent a survey export names (domain.md: "credited to the agent who handled it").
core::Result<WriteOutcome> ImportWriter::writeSurvey(const core::ImportRow &row)
{
    m_findConversation->bind(1, m_source);
    m_findConversation->bind(2, row.conversationId);
    core::Error error;
    if (!m_findConversation->step(error)) {
        m_findConversation->reset();
        if (!error.message.isEmpty())
            return error;
        return WriteOutcome::NotFound;
    }
    const qint64 id = m_findConversation->columnInt(0);
    const auto column = [this](int index) {
        return m_findConversation->columnIsNull(index)
                   ? std::optional<int>()
                   : std::optional<int>(static_cast<int>(m_findConversation->columnInt(index)));
    };
    const std::optional<int> csat = column(3);
    const std::optional<int> nps = column(4);
    const core::CsatScale scale{column(5).value_or(0), column(6).value_or(0)};
    const QDate day = QDate::fromString(QString::fromLatin1(m_findConversation->columnText(7)), Qt::ISODate);
    m_findConversation->reset();
    // Only the answers the row has are compared and written; the others stay as they are.
    const bool sameCsat = !row.csat || (csat == row.csat && scale == m_meta.csatScale);
    const bool sameNps = !row.nps || nps == row.nps;
    if (sameCsat && sameNps)
        return WriteOutcome::Duplicate;
    if (auto status = snapshot(QStringLiteral("conversations"), id); !status)
        return status.error();
    m_updateSurvey->bindOptional(1, row.csat);
    m_updateSurvey->bindOptional(2, row.csat ? std::optional<int>(m_meta.csatScale.min) : std::nullopt);
    m_updateSurvey->bindOptional(3, row.csat ? std::optional<int>(m_meta.csatScale.max) : std::nullopt);
    m_updateSurvey->bindOptional(4, row.nps);
    m_updateSurvey->bind(5, id);
    if (auto status = m_updateSurvey->run(); !status)
        return status.error();
    countWritten(day, WriteOutcome::Updated);
    return WriteOutcome::Updated;
}

core::Result<WriteOutcome> ImportWriter::writeAgentDay(const core::ImportRow &row)
{
    auto agent = agentId(row.agent, row.day, row.team);
    if (!agent)
        return agent.error();
    auto team = row.team.isEmpty() ? teamOf(agent.value(), row.day) : teamId(row.team);
    if (!team)
        return team.error();
    const int calls = row.calls.value_or(0);
    const bool averages = m_meta.durationsAreAverages;
    const core::HandleTime handle = core::effectiveHandleTime(
        dayDuration(dayTotal(row.talkS, calls, averages)), dayDuration(dayTotal(row.holdS, calls, averages)),
        dayDuration(dayTotal(row.acwS, calls, averages)),
        dayDuration(dayTotal(row.handleS, calls, averages)));
    std::optional<qint64> satisfied;
    if (row.csatPercent && row.csatResponses)
        satisfied = std::llround(*row.csatPercent * *row.csatResponses / 100.0);
    const QByteArray day = dayBytes(row.day);
    const auto bindValues = [&](EngineStatement &s) {
        int i = 0;
        s.bind(++i, m_source);
        s.bind(++i, agent.value());
        s.bind(++i, day);
        team.value() > 0 ? s.bind(++i, team.value()) : s.bindNull(++i);
        s.bind(++i, qint64(calls));
        s.bind(++i, qint64(handle.basis == core::HandleBasis::TalkOnly ? 1 : 0));
        s.bindOptional(++i, handle.seconds);
        s.bindOptional(++i, dayTotal(row.waitS, calls, averages));
        s.bindOptional(++i, row.csatPercent ? row.csatResponses : std::nullopt);
        s.bindOptional(++i, satisfied);
        s.bindOptional(++i, row.saleCount);
        s.bindOptional(++i, row.saleCents);
        s.bindOptional(++i, row.onQueueS);
        s.bind(++i, m_importId);
        s.bind(++i, static_cast<qint64>(row.hash));
    };
    m_findStats->bind(1, m_source);
    m_findStats->bind(2, agent.value());
    m_findStats->bind(3, day);
    return upsert(QStringLiteral("agent_day_stats"), *m_findStats, *m_insertStats, *m_updateStats, row.hash,
                  bindValues);
}

core::Result<WriteOutcome> ImportWriter::writeAttendance(const core::ImportRow &row)
{
    auto agent = agentId(row.agent, row.day, row.team);
    if (!agent)
        return agent.error();
    const QByteArray day = dayBytes(row.day);
    const QByteArray status = core::attendanceCode(*row.attendance).toLatin1();
    const QByteArray shiftStart =
        row.shiftStart ? row.shiftStart->toString(QStringLiteral("HH:mm")).toLatin1() : QByteArray();
    const auto bindValues = [&](EngineStatement &s) {
        int i = 0;
        s.bind(++i, agent.value());
        s.bind(++i, day);
        s.bind(++i, shiftStart);
        s.bind(++i, qint64(row.shiftMinutes.value_or(480)));
        s.bind(++i, status);
        s.bind(++i, qint64(row.lateMinutes.value_or(0)));
        s.bindOptional(++i, row.adherence);
        s.bind(++i, m_importId);
        s.bind(++i, static_cast<qint64>(row.hash));
    };
    m_findAttendance->bind(1, agent.value());
    m_findAttendance->bind(2, day);
    return upsert(QStringLiteral("attendance"), *m_findAttendance, *m_insertAttendance, *m_updateAttendance,
                  row.hash, bindValues);
}

core::Result<WriteOutcome> ImportWriter::writeSale(const core::ImportRow &row)
{
    auto agent = agentId(row.agent, row.day, row.team);
    if (!agent)
        return agent.error();
    bool unused = false;
    // With a conversation id a corrected amount updates the sale; without one the content is all there is,
    // so a correction adds a sale (docs/import.md).
    const QByteArray externalId =
        row.conversationId.isEmpty()
            ? contentKey(row,
                         '~' + row.agent + '|' + dayBytes(row.day) + '|' + row.product + '|' + row.tier +
                             '|' + QByteArray::number(row.saleCents.value_or(0)),
                         false, unused)
            : contentKey(row, "conversation:" + row.conversationId + '|' + row.product + '|' + row.tier,
                         false, unused);
    qint64 conversation = 0;
    if (!row.conversationId.isEmpty()) {
        m_findConversation->bind(1, m_source);
        m_findConversation->bind(2, row.conversationId);
        auto found = find(*m_findConversation);
        if (!found)
            return found.error();
        conversation = found.value() ? found.value()->id : 0;
    }
    const QByteArray day = dayBytes(row.day);
    const auto bindValues = [&](EngineStatement &s) {
        int i = 0;
        s.bind(++i, m_source);
        s.bind(++i, externalId);
        s.bind(++i, agent.value());
        conversation > 0 ? s.bind(++i, conversation) : s.bindNull(++i);
        s.bind(++i, day);
        s.bind(++i, row.product);
        s.bind(++i, row.tier);
        s.bind(++i, row.saleCents.value_or(0));
        s.bind(++i, m_importId);
        s.bind(++i, static_cast<qint64>(row.hash));
    };
    m_findSale->bind(1, m_source);
    m_findSale->bind(2, externalId);
    return upsert(QStringLiteral("sales"), *m_findSale, *m_insertSale, *m_updateSale, row.hash, bindValues);
}

core::Result<qint64> ImportWriter::agentId(const QByteArray &name, QDate day, const QByteArray &team)
{
    if (const auto it = m_agents.constFind(name); it != m_agents.constEnd()) {
        if (const auto fresh = m_newAgents.find(*it); fresh != m_newAgents.end() && day < fresh->firstDay)
            fresh->firstDay = day;
        return *it;
    }
    bool created = false;
    auto id = findOrInsertNamed(name, *m_findAgent, *m_insertAgent, created);
    if (!id)
        return id.error();
    if (created) {
        auto teamOfNew = team.isEmpty() ? teamId(m_meta.defaultTeam.toUtf8()) : teamId(team);
        if (!teamOfNew)
            return teamOfNew.error();
        m_newAgents.insert(id.value(), {day, teamOfNew.value()});
    }
    m_agents.insert(name, id.value());
    return id;
}

core::Result<qint64> ImportWriter::teamId(const QByteArray &name)
{
    if (const auto it = m_teams.constFind(name); it != m_teams.constEnd())
        return *it;
    bool created = false;
    auto id = findOrInsertNamed(name, *m_findTeam, *m_insertTeam, created);
    if (!id)
        return id.error();
    m_teams.insert(name, id.value());
    return id;
}

// An agent or team by name (the first with it), created with this import's id when there is none.
core::Result<qint64> ImportWriter::findOrInsertNamed(const QByteArray &name, EngineStatement &select,
                                                     EngineStatement &insert, bool &created)
{
    select.bind(1, name);
    core::Error error;
    const bool found = select.step(error);
    const qint64 existing = found ? select.columnInt(0) : 0;
    select.reset();
    if (!error.message.isEmpty())
        return error;
    created = !found;
    if (found)
        return existing;
    insert.bind(1, name);
    insert.bind(2, m_importId);
    const bool inserted = insert.step(error);
    const qint64 id = inserted ? insert.columnInt(0) : 0;
    insert.reset();
    if (!inserted)
        return error.message.isEmpty() ? core::Error{tr("could not add %1").arg(QString::fromUtf8(name)), {}}
                                       : error;
    return id;
}

// The team an agent was in on a day: a new agent's own team, else their membership history, else the
// import's default team.
core::Result<qint64> ImportWriter::teamOf(qint64 agent, QDate day)
{
    if (agent > 0) {
        if (const auto fresh = m_newAgents.constFind(agent); fresh != m_newAgents.constEnd())
            return fresh->teamId;
        auto it = m_memberships.find(agent);
        if (it == m_memberships.end()) {
            QList<Membership> list;
            m_memberships_q->bind(1, agent);
            core::Error error;
            while (m_memberships_q->step(error))
                list.append(
                    {QDate::fromString(QString::fromLatin1(m_memberships_q->columnText(1)), Qt::ISODate),
                     QDate::fromString(QString::fromLatin1(m_memberships_q->columnText(2)), Qt::ISODate),
                     m_memberships_q->columnInt(0)});
            m_memberships_q->reset();
            if (!error.message.isEmpty())
                return error;
            it = m_memberships.insert(agent, list);
        }
        for (const Membership &m : *it) {
            if (day >= m.from && (!m.to.isValid() || day < m.to))
                return m.teamId;
        }
    }
    return teamId(m_meta.defaultTeam.toUtf8());
}

core::Status ImportWriter::addMembershipsOfNewAgents()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO team_memberships (agent_id, team_id, valid_from, import_id)"
                             " VALUES (?, ?, ?, ?)"));
    for (auto it = m_newAgents.constBegin(); it != m_newAgents.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->teamId);
        q.addBindValue(QString::fromLatin1(dayBytes(it->firstDay)));
        q.addBindValue(m_importId);
        if (!q.exec())
            return core::Error{tr("could not add the team of a new agent: %1").arg(q.lastError().text()), {}};
    }
    return core::Done{};
}

// Rows for a locked bonus month are kept (the dashboard shows what happened) and recorded as late data, in
// the import's transaction, so the month's bonus stays frozen and the difference is paid later.
core::Status ImportWriter::recordLockedMonths()
{
    // Stored data, not shown text: not translated.
    const QString source = QStringLiteral("import %1 (%2)").arg(m_importId).arg(m_meta.fileName);
    const QString actor = m_meta.actor.trimmed().isEmpty() ? QStringLiteral("huddle") : m_meta.actor;
    const auto locked = recordLateBonusData(*m_database, m_rowsPerMonth, source, actor);
    if (!locked)
        return locked.error();
    for (const QDate month : locked.value())
        m_lockedBonusMonths.insert(month, m_rowsPerMonth.value(month));
    return core::Done{};
}

core::Status ImportWriter::commit(const ImportCounts &counts)
{
    if (m_conversationBatch) {
        if (auto status = m_conversationBatch->flush(); !status)
            return status;
    }
    if (auto status = addMembershipsOfNewAgents(); !status)
        return status;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE imports SET file_sha256 = ?, rows_read = ?, imported = ?, updated = ?,"
                             " duplicates = ?, blank = ?, rejected = ? WHERE id = ?"));
    q.addBindValue(m_meta.sha256);
    for (const qint64 value : {counts.rowsRead, counts.imported, counts.updated, counts.duplicates,
                               counts.blank, counts.rejected, m_importId})
        q.addBindValue(value);
    if (!q.exec())
        return core::Error{tr("could not record the import: %1").arg(q.lastError().text()), {}};
    if (m_meta.shape == core::ImportShape::Conversations) {
        // FCR inference probes by customer; the other indexes are built after it has set fcr_inferred, so
        // its updates do not have to rewrite them row by row. A bulk load (deferred indexes) wrote at least
        // as many rows as were there, so rechecking every customer is cheaper than listing its customers.
        m_fcr.allCustomers = !m_deferredIndexes.isEmpty();
        if (auto status = recreateDeferredIndexes({QStringLiteral("conversations_customer")}); !status)
            return status;
        m_fcr.importId = m_importId;
        if (auto status = inferFirstContactResolution(m_db, m_fcr); !status)
            return status;
    }
    if (auto status = recreateDeferredIndexes({}); !status)
        return status;
    if (auto status = recordLockedMonths(); !status)
        return status;
    if (!m_db.commit())
        return core::Error{tr("could not commit the import: %1").arg(m_db.lastError().text()), {}};
    m_open = false;
    return core::Done{};
}

} // namespace huddle::storage
