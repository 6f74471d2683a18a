#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace huddle::storage {

class Database;

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString entity; // "evaluation", "dispute", "scorecard", "calibration_session"
    qint64 entityId = 0;
    QString action;     // "publish", "edit", "dispute", "resolve", "create_version", "close", …
    QJsonObject detail; // what changed: {"score": {"before": 80, "after": 90}, "reason": …}
    QString prevHash;   // the previous entry's hash (hex SHA-256); empty for the first entry
    QString hash;       // entryHash(*this)
};

// The result of walking the hash chain from the first entry to the last.
struct AuditChainCheck {
    qint64 entries = 0;
    QString headHash;               // the last entry's hash: note it elsewhere to detect a cut-off tail
    std::optional<qint64> brokenAt; // id of the first entry whose hash or link does not match
    QString problem; // what does not match there, for a person, without the entry's id: "its contents do not
                     // match its hash — …", "does not follow entry 42 — …", "it has no hash — …"
    bool ok() const { return !brokenAt; }
};

// Who changed what and when. Repositories append in the same transaction as the change, so an entry exists
// exactly when the change does.
class AuditLog {
public:
    explicit AuditLog(const Database &database);

    core::Status append(const QString &actor, const QString &entity, qint64 entityId, const QString &action,
                        const QJsonObject &detail = {}) const;
    // Oldest first.
    core::Result<QList<AuditEntry>> entries(const QString &entity, qint64 entityId) const;
    // Every entry of an entity kind ("bonus_month", "bonus_plan"), newest first.
    core::Result<QList<AuditEntry>> entries(const QString &entity) const;
    // The whole log, oldest first (the order of its hash chain).
    core::Result<QList<AuditEntry>> allEntries() const;

    // Hash chain (tamper evidence): each entry's hash is SHA-256 over its id, time, actor, entity, entity id,
    // action, detail and the previous entry's hash, so editing, inserting or deleting an entry in the middle
    // breaks the chain from there on. append() links each new entry to the last one.
    static QString entryHash(const AuditEntry &entry);
    // Recomputes every hash in id order; reports the first entry that does not match.
    core::Result<AuditChainCheck> verifyChain() const;
    // Chains entries written before the log had hashes (schema level < 7), oldest first, in one transaction.
    // Database::open calls it after migrating a file from below level 7; a no-op once every entry has a hash.
    // Unhashed entries after a hashed one are left as they are, for verifyChain to report.
    core::Status chainUnhashedEntries() const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::AuditLog)
};

} // namespace huddle::storage
