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

core::Status fillTouchedCustomers(QSqlDatabase db, const QSet<QString> &customers, qint64 importId)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fcr_customers (customer_id TEXT PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.fcr_customers")))
        return sqlError(q, QStringLiteral("preparing FCR inference"));
    q.prepare(QStringLiteral("INSERT INTO temp.fcr_customers (customer_id) VALUES (?)"));
    for (const QString &customer : customers) {
        q.addBindValue(customer);
        if (!q.exec())
            return sqlError(q, QStringLiteral("preparing FCR inference"));
    }
    if (importId > 0) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO temp.fcr_customers (customer_id) SELECT DISTINCT customer_id"
            " FROM conversations WHERE import_id = ? AND customer_id IS NOT NULL"));
        q.addBindValue(importId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("preparing FCR inference"));
    }
    return core::Done{};
}

} // namespace

QString newestConversationStart(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT MAX(started_at) FROM conversations")) && q.next())
        return q.value(0).toString();
    return {};
}

core::Status inferFirstContactResolution(QSqlDatabase db, const FcrChanges &changes)
{
    const QString newest = newestConversationStart(db);
    if (newest.isEmpty())
        return core::Done{};
    if (changes.customers.isEmpty() && changes.importId == 0 && newest == changes.newestBefore)
        return core::Done{}; // nothing a customer's repeat contact or the data's end depends on moved
    if (const core::Status filled = fillTouchedCustomers(db, changes.customers, changes.importId); !filled)
        return filled;
    const int days = windowDays(db);
    // Instants are stored as 'YYYY-MM-DDTHH:MM:SSZ'; the window's end is formatted the same way to compare
    // as text. An unparsable start gives NULL, which leaves the conversation undecided.
    const QString windowEnd =
        QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', c.started_at, '+%1 days')").arg(days);
    const QString inference =
        QStringLiteral("CASE WHEN %1 IS NULL THEN NULL"
                       " WHEN EXISTS (SELECT 1 FROM conversations n WHERE n.customer_id = c.customer_id"
                       "   AND n.started_at > c.started_at AND n.started_at <= %1) THEN 0"
                       " WHEN %1 > :newest THEN NULL ELSE 1 END")
            .arg(windowEnd);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE conversations AS c SET fcr_inferred = %1"
                             " WHERE c.resolved IS NULL AND c.answered = 1 AND c.customer_id IS NOT NULL"
                             " AND (c.customer_id IN (SELECT customer_id FROM temp.fcr_customers)"
                             "      OR (c.fcr_inferred IS NULL AND c.started_at > "
                             "strftime('%Y-%m-%dT%H:%M:%SZ', :before, '-%2 days')))")
                  .arg(inference)
                  .arg(days));
    q.bindValue(QStringLiteral(":newest"), newest);
    q.bindValue(QStringLiteral(":before"), changes.newestBefore.isEmpty()
                                               ? QStringLiteral("0000-01-01T00:00:00Z")
                                               : changes.newestBefore);
    return execute(q, QStringLiteral("inferring first-contact resolution"));
}

} // namespace huddle::storage
