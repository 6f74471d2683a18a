#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

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

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
