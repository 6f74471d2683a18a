#include "auditlog.h"
#include "translation.h"

#include "boundquery.h"
#include "database.h"
#include "sqldialect.h"
#include "sqlitestatement.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

#include <sqlite3.h>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString entryColumns =
    QStringLiteral("SELECT id, at, actor, entity, entity_id, action, detail, prev_hash, hash FROM audit_log");

// An entry's columns as the database holds them: the hash covers these exact texts, so a change that
// survives a parse (a NULL detail edited to "{}", an instant rewritten in another notation) still shows.
struct StoredEntry {
    QString id;
    QString at;
    QString actor;
    QString entity;
    QString entityId;
    QString action;
    QString detail; // empty when NULL
    QString prevHash;
    QString hash;
};

StoredEntry storedEntry(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
}

// What is hashed: SHA-256 (FIPS 180-4, via QCryptographicHash) of the UTF-8 bytes of
//     L(id) L(at) L(actor) L(entity) L(entity_id) L(action) L(detail) L(prev_hash)
// where L(field) = <decimal byte length of the field's UTF-8>:<the field's UTF-8>; and every field is the
// text as stored: id and entity_id in decimal, at as 'YYYY-MM-DDTHH:MM:SSZ', detail the stored JSON text
// (empty when NULL), prev_hash the previous entry's hash in lower-case hex (empty for the first entry). The
// length prefix makes the encoding unambiguous: no field content, separators included, can shift text from
// one field into another. The hash is written as 64 lower-case hex digits.
QString hashOf(const StoredEntry &entry)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const QString *field : {&entry.id, &entry.at, &entry.actor, &entry.entity, &entry.entityId,
                                 &entry.action, &entry.detail, &entry.prevHash}) {
        const QByteArray utf8 = field->toUtf8();
        sha.addData(QByteArray::number(utf8.size()) + ':');
        sha.addData(utf8);
    }
    return QString::fromLatin1(sha.result().toHex());
}

QString detailText(const QJsonObject &detail)
{
    return detail.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

// Repositories append inside their own transaction; a caller without one still gets the three statements
// of an append as a unit. SQLite's autocommit flag is off exactly while a transaction is open. PostgreSQL
// accepts a savepoint only inside a transaction block, and refusing one outside changes nothing
// (https://www.postgresql.org/docs/15/sql-savepoint.html), so trying one tells.
bool transactionOpen(const QSqlDatabase &db)
{
    if (dialectOf(db) == Dialect::PostgreSQL) {
        QSqlQuery probe(db);
        return probe.exec(QStringLiteral("SAVEPOINT huddle_transaction_probe")) &&
               probe.exec(QStringLiteral("RELEASE SAVEPOINT huddle_transaction_probe"));
    }
    sqlite3 *handle = nativeHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

// The newest entry's hash (empty when the log is empty, or when the newest was never chained).
core::Result<QString> lastHash(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto done = execute(q, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"),
                            tr("reading the last audit entry"));
        !done)
        return done.error();
    return q.next() ? q.value(0).toString() : QString();
}

// On a server, two clients appending at once would each read the same last entry and chain to it, and the
// log would then look tampered with. The first to append holds this lock until its transaction ends, so the
// second reads the first's entry as the last (https://www.postgresql.org/docs/15/functions-admin.html,
// pg_advisory_xact_lock). A file has one writer at a time anyway.
Status takeTheChain(const QSqlDatabase &db)
{
    if (dialectOf(db) != Dialect::PostgreSQL)
        return core::Done{};
    constexpr qint64 chainLockKey = 79669032676454; // the migration lock's key ("Huddle") + 1
    QSqlQuery q(db);
    return execute(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(chainLockKey),
                   tr("waiting for the audit log"));
}

Status setHash(const QSqlDatabase &db, qint64 id, const QString &prevHash, const QString &hash)
{
    QSqlQuery q(db);
    return runBound(q, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"),
                    {notNullText(prevHash), hash, id}, tr("chaining audit entry %1").arg(id));
}

// Walks the log in id order; remembers the first entry that breaks the chain.
class ChainWalk {
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::ChainWalk)

public:
    void visit(const StoredEntry &entry)
    {
        ++m_check.entries;
        if (!m_check.brokenAt)
            check(entry);
        m_previousId = entry.id;
        m_previousHash = entry.hash;
        m_check.headHash = entry.hash;
    }
    const AuditChainCheck &result() const { return m_check; }

private:
    void check(const StoredEntry &entry)
    {
        if (entry.hash.isEmpty())
            return breakAt(entry,
                           tr("it has no hash — it was written outside Huddle or its hash was erased"));
        if (hashOf(entry) != entry.hash)
            return breakAt(entry,
                           tr("its contents do not match its hash — it was changed after it was written"));
        if (entry.prevHash == m_previousHash)
            return;
        if (m_previousId.isEmpty())
            return breakAt(entry,
                           tr("it is the first entry but follows another — earlier entries were removed"));
        breakAt(entry, tr("does not follow entry %1 — an entry was removed or inserted, or entry %1 was "
                          "rewritten")
                           .arg(m_previousId));
    }
    void breakAt(const StoredEntry &entry, const QString &problem)
    {
        m_check.brokenAt = entry.id.toLongLong();
        m_check.problem = problem;
    }

    AuditChainCheck m_check;
    QString m_previousId;
    QString m_previousHash;
};

core::Result<QList<AuditEntry>> readEntries(const QSqlDatabase &db, const QString &where,
                                            const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (const core::Status done = runBound(q, entryColumns + where, values, tr("reading the audit log"));
        !done)
        return done.error();
    QList<AuditEntry> entries;
    while (q.next()) {
        const StoredEntry stored = storedEntry(q);
        entries.append({stored.id.toLongLong(), instantFrom(stored.at), stored.actor, stored.entity,
                        stored.entityId.toLongLong(), stored.action,
                        QJsonDocument::fromJson(stored.detail.toUtf8()).object(), stored.prevHash,
                        stored.hash});
    }
    return entries;
}

} // namespace

AuditLog::AuditLog(const Database &database)
    : m_database(&database)
{
}

core::Status AuditLog::append(const QString &actor, const QString &entity, qint64 entityId,
                              const QString &action, const QJsonObject &detail) const
{
    const QSqlDatabase db = m_database->connection();
    const auto write = [&]() -> core::Status {
        if (auto taken = takeTheChain(db); !taken)
            return taken;
        const auto previous = lastHash(db);
        if (!previous)
            return previous.error();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        AuditEntry entry{0, now, actor, entity, entityId, action, detail, previous.value(), {}};
        QSqlQuery q(db);
        const auto id =
            insertBound(q,
                        QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, detail)"
                                       " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                        {instantText(now), notNullText(actor), entity, entityId, action,
                         nullableText(detailText(detail))},
                        tr("recording the %1 of %2 %3 in the audit log").arg(action, entity).arg(entityId));
        if (!id)
            return id.error();
        entry.id = id.value();
        return setHash(db, entry.id, entry.prevHash, entryHash(entry));
    };
    if (transactionOpen(db))
        return write();
    return inTransaction(db, tr("recording in the audit log"), write);
}

core::Result<QList<AuditEntry>> AuditLog::entries(const QString &entity, qint64 entityId) const
{
    return readEntries(m_database->connection(),
                       QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY id"), {entity, entityId});
}

core::Result<QList<AuditEntry>> AuditLog::entries(const QString &entity) const
{
    return readEntries(m_database->connection(), QStringLiteral(" WHERE entity = ? ORDER BY id DESC"),
                       {entity});
}

core::Result<QList<AuditEntry>> AuditLog::allEntries() const
{
    return readEntries(m_database->connection(), QStringLiteral(" ORDER BY id"), {});
}

QString AuditLog::entryHash(const AuditEntry &entry)
{
    return hashOf({QString::number(entry.id),
                   instantText(entry.at),
                   entry.actor,
                   entry.entity,
                   QString::number(entry.entityId),
                   entry.action,
                   detailText(entry.detail),
                   entry.prevHash,
                   {}});
}

core::Result<AuditChainCheck> AuditLog::verifyChain() const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done = execute(q, entryColumns + QStringLiteral(" ORDER BY id"), tr("reading the audit log"));
        !done)
        return done.error();
    ChainWalk walk;
    while (q.next())
        walk.visit(storedEntry(q));
    return walk.result();
}

// Chaining is only sound for entries older than every chained one: they are then the log's beginning, written
// before the chain existed. An unhashed entry after a hashed one was added behind the chain's back; it is
// left for verifyChain to report rather than made to look legitimate.
core::Status AuditLog::chainUnhashedEntries() const
{
    const QSqlDatabase db = m_database->connection();
    return inTransaction(db, tr("chaining the audit log"), [&]() -> core::Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT (SELECT MAX(id) FROM audit_log WHERE hash IS NULL),"
                                   " (SELECT MIN(id) FROM audit_log WHERE hash IS NOT NULL)")) ||
            !q.next())
            return sqlError(q, tr("reading the audit log"));
        const QVariant newestUnhashed = q.value(0);
        const QVariant oldestHashed = q.value(1);
        if (newestUnhashed.isNull() ||
            (!oldestHashed.isNull() && oldestHashed.toLongLong() < newestUnhashed.toLongLong()))
            return core::Done{};
        if (auto done = execute(q, entryColumns + QStringLiteral(" WHERE hash IS NULL ORDER BY id"),
                                tr("reading the audit log"));
            !done)
            return done;
        QList<StoredEntry> unhashed;
        while (q.next())
            unhashed.append(storedEntry(q));
        QString previous;
        for (StoredEntry &entry : unhashed) {
            entry.prevHash = previous;
            previous = hashOf(entry);
            if (auto done = setHash(db, entry.id.toLongLong(), entry.prevHash, previous); !done)
                return done;
        }
        return core::Done{};
    });
}

} // namespace huddle::storage
