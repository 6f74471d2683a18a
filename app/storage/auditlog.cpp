#include "auditlog.h"

#include "boundquery.h"
#include "database.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace huddle::storage {

AuditLog::AuditLog(const Database &database)
    : m_database(&database)
{
}

core::Status AuditLog::append(const QString &actor, const QString &entity, qint64 entityId,
                              const QString &action, const QJsonObject &detail) const
{
    QSqlQuery q(m_database->connection());
    const QVariant detailText =
        detail.isEmpty() ? QVariant()
                         : QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return runBound(
        q,
        QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, detail)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {instantText(QDateTime::currentDateTimeUtc()), actor, entity, entityId, action, detailText},
        QStringLiteral("recording the %1 of %2 %3 in the audit log").arg(action, entity).arg(entityId));
}

core::Result<QList<AuditEntry>> AuditLog::entries(const QString &entity, qint64 entityId) const
{
    QSqlQuery q(m_database->connection());
    if (const core::Status done =
            runBound(q,
                     QStringLiteral("SELECT id, at, actor, entity, entity_id, action, detail FROM audit_log"
                                    " WHERE entity = ? AND entity_id = ? ORDER BY id"),
                     {entity, entityId}, QStringLiteral("reading the audit log"));
        !done)
        return done.error();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append({q.value(0).toLongLong(),
                        instantFrom(q.value(1)),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toLongLong(),
                        q.value(5).toString(),
                        QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object(),
                        {},
                        {}});
    return entries;
}

} // namespace huddle::storage
