#include "fcrinference.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

namespace {

int windowDays(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'fcr_window_days'")) && q.next()) {
        bool ok = false;
        const int days = q.value(0).toInt(&ok);
        if (ok && days > 0)
            return days;
    }
    return 7;
}

} // namespace

core::Status inferFirstContactResolution(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(started_at) FROM conversations")) || !q.next())
        return sqlError(q, QStringLiteral("finding the newest conversation"));
    const QVariant newest = q.value(0);
    if (newest.isNull())
        return core::Done{};
    // Instants are stored as 'YYYY-MM-DDTHH:MM:SSZ', so the window's end is formatted the same way to
    // compare as text.
    const QString windowEnd =
        QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', c.started_at, '+%1 days')").arg(windowDays(db));
    q.prepare(
        QStringLiteral("UPDATE conversations AS c SET fcr_inferred = CASE"
                       " WHEN c.resolved IS NOT NULL OR c.answered = 0 OR c.customer_id IS NULL THEN NULL"
                       " WHEN EXISTS (SELECT 1 FROM conversations n WHERE n.customer_id = c.customer_id"
                       "   AND n.started_at > c.started_at AND n.started_at <= %1) THEN 0"
                       " WHEN %1 > ? THEN NULL"
                       " ELSE 1 END"
                       " WHERE c.resolved IS NULL OR c.fcr_inferred IS NOT NULL")
            .arg(windowEnd));
    q.addBindValue(newest);
    return execute(q, QStringLiteral("inferring first-contact resolution"));
}

} // namespace huddle::storage
