#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

// Small helpers shared by the repositories: error text, and the storage formats of dates and nullables.
namespace huddle::storage {

core::Error sqlError(const QSqlQuery &query, const QString &what);

// Runs a prepared or plain statement; on failure returns the driver's message with `what` as context.
core::Status execute(QSqlQuery &query, const QString &what);
core::Status execute(QSqlQuery &query, const QString &sql, const QString &what);

// The id of the row an executed `INSERT … RETURNING id` added; an error naming `what` when it gave back no
// row (an INSERT … SELECT that matched nothing). Every insert whose id is needed ends with RETURNING id
// because QSqlQuery::lastInsertId() has no portable meaning: SQLite's is last_insert_rowid(), while Qt's
// QPSQL driver reports the row's OID, which PostgreSQL tables no longer have (WITH OIDS was removed in
// PostgreSQL 12), never an identity column's value. Both engines accept RETURNING (SQLite since 3.35.0:
// https://sqlite.org/lang_returning.html; https://www.postgresql.org/docs/15/dml-returning.html).
core::Result<qint64> insertedId(QSqlQuery &query, const QString &what);

QString dayText(QDate day);                // 'YYYY-MM-DD'
QString instantText(const QDateTime &utc); // 'YYYY-MM-DDTHH:MM:SSZ'
QDate dayFrom(const QVariant &value);
QDateTime instantFrom(const QVariant &value);

template <typename T> QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
inline QVariant nullableDay(QDate day)
{
    return day.isValid() ? QVariant(dayText(day)) : QVariant();
}
// For NOT NULL text columns: the SQLite driver binds a null QString as NULL, so an empty one goes in as ''.
inline QVariant notNullText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
std::optional<int> optionalInt(const QVariant &value);

} // namespace huddle::storage
