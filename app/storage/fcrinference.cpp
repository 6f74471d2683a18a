#include "fcrinference.h"

#include "sqldialect.h"
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
        !q.exec(QStringLiteral("DELETE FROM fcr_customers")))
        return sqlError(q, QStringLiteral("preparing FCR inference"));
    q.prepare(QStringLiteral("INSERT INTO fcr_customers (customer_id) VALUES (?)"));
    for (const QString &customer : customers) {
        q.addBindValue(customer);
        if (!q.exec())
            return sqlError(q, QStringLiteral("preparing FCR inference"));
    }
    if (importId > 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO fcr_customers (customer_id) SELECT DISTINCT customer_id"
            " FROM conversations WHERE import_id = ? AND customer_id IS NOT NULL ON CONFLICT DO NOTHING"));
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

namespace {

// Decides every handled, unflagged conversation that `source` (aliased c) yields: resolved (1) when the
// customer made no new contact within the window, not resolved (0) when they did, undecided (NULL) when
// the window reaches past the newest data or the start is unparsable. Instants are stored as
// 'YYYY-MM-DDTHH:MM:SSZ'; the window's end is formatted the same way to compare as text. The probe reads
// only conversations_customer, which covers it.
QString decisions(Dialect dialect, const QString &source, const QString &condition, int days)
{
    return QStringLiteral(
               "SELECT c.id, CASE WHEN c.window_end IS NULL THEN NULL"
               " WHEN EXISTS (SELECT 1 FROM conversations n WHERE n.customer_id = c.customer_id"
               "   AND n.started_at > c.started_at AND n.started_at <= c.window_end) THEN 0"
               " WHEN c.window_end > CAST(:newest AS TEXT) THEN NULL ELSE 1 END"
               " FROM (SELECT c.id, c.customer_id, c.started_at, %1 AS window_end FROM %2"
               "   WHERE c.customer_id IS NOT NULL AND c.resolved IS NULL AND c.answered = 1 %3) AS c")
        .arg(instantPlusDays(dialect, QStringLiteral("c.started_at"), days), source, condition);
}

// The decisions are collected first and written in id order: updating straight from the customer-ordered
// probe rewrote the table in random order, several times slower on a table larger than the page cache.
core::Status collectDecisions(QSqlDatabase db, const FcrChanges &changes, const QString &newest, int days)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS fcr_decisions (id BIGINT PRIMARY KEY, value INTEGER)")) ||
        !q.exec(QStringLiteral("DELETE FROM fcr_decisions")))
        return sqlError(q, QStringLiteral("preparing FCR inference"));
    const Dialect dialect = dialectOf(db);
    const QString all = QStringLiteral("conversations c");
    // In customer order the probes stay within a few pages of the index; SQLite's planner prefers the table
    // scan because it saves sorting by id, which costs far less than the probes it scatters.
    const QString allInCustomerOrder =
        dialect == Dialect::SQLite ? QStringLiteral("conversations c INDEXED BY conversations_customer")
                                   : all;
    const QString candidates =
        changes.allCustomers
            ? decisions(dialect, allInCustomerOrder, {}, days)
            : decisions(dialect,
                        QStringLiteral("fcr_customers f JOIN conversations c ON c.customer_id = "
                                       "f.customer_id"),
                        {}, days) +
                  QStringLiteral(" UNION ") +
                  decisions(
                      dialect, all,
                      QStringLiteral("AND c.fcr_inferred IS NULL AND c.started_at > %1")
                          .arg(instantPlusDays(dialect, QStringLiteral("CAST(:before AS TEXT)"), -days)),
                      days);
    q.prepare(QStringLiteral("INSERT INTO fcr_decisions (id, value) %1 ORDER BY 1").arg(candidates));
    q.bindValue(QStringLiteral(":newest"), newest);
    // Without earlier data every start counts as new: the earliest instant both engines can move a week back
    // without leaving year 1 (PostgreSQL has no year 0).
    if (!changes.allCustomers)
        q.bindValue(QStringLiteral(":before"), changes.newestBefore.isEmpty()
                                                   ? QStringLiteral("0001-01-08T00:00:00Z")
                                                   : changes.newestBefore);
    return execute(q, QStringLiteral("inferring first-contact resolution"));
}

} // namespace

core::Status inferFirstContactResolution(QSqlDatabase db, const FcrChanges &changes)
{
    const QString newest = newestConversationStart(db);
    if (newest.isEmpty())
        return core::Done{};
    if (!changes.allCustomers && changes.customers.isEmpty() && changes.importId == 0 &&
        newest == changes.newestBefore)
        return core::Done{}; // nothing a customer's repeat contact or the data's end depends on moved
    if (!changes.allCustomers) {
        if (const core::Status filled = fillTouchedCustomers(db, changes.customers, changes.importId);
            !filled)
            return filled;
    }
    if (const core::Status collected = collectDecisions(db, changes, newest, windowDays(db)); !collected)
        return collected;
    // Only changed values are written, so a re-import that moves nothing leaves the wide indexes alone.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE conversations SET fcr_inferred = d.value FROM fcr_decisions d"
                             " WHERE conversations.id = d.id AND conversations.fcr_inferred IS DISTINCT FROM"
                             " d.value"));
    return execute(q, QStringLiteral("inferring first-contact resolution"));
}

} // namespace huddle::storage
