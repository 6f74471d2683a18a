#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace huddle::storage {

core::Error sqlError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return core::Error{QStringLiteral("%1 failed: %2").arg(what, text), {}};
}

core::Status execute(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(query, what);
    return core::Done{};
}

core::Status execute(QSqlQuery &query, const QString &sql, const QString &what)
{
    if (!query.exec(sql))
        return sqlError(query, what);
    return core::Done{};
}

core::Result<qint64> insertedId(QSqlQuery &query, const QString &what)
{
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(query, what);
        return core::Error{
            QCoreApplication::translate("huddle::storage::Sql", "%1 failed: no row was added").arg(what), {}};
    }
    const qint64 id = query.value(0).toLongLong();
    // SQLite keeps a RETURNING statement open until it is reset; an open writing statement makes the
    // transaction's COMMIT fail ("SQL statements in progress"), so the query lets go of it here.
    query.finish();
    return id;
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString instantText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QDate dayFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime instantFrom(const QVariant &value)
{
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
    instant.setTimeZone(QTimeZone::utc());
    return instant;
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace huddle::storage
