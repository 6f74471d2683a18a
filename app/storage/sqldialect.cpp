#include "sqldialect.h"

#include <cstdlib>

namespace huddle::storage {

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

QString instantPlusDays(Dialect dialect, const QString &instant, int days)
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, '%2%3 days')")
            .arg(instant, days < 0 ? QStringLiteral("-") : QStringLiteral("+"))
            .arg(std::abs(days));
    // The text is read as a timestamp without zone (the trailing Z is UTC by Huddle's convention) and written
    // back in the stored form (https://www.postgresql.org/docs/15/functions-formatting.html).
    return QStringLiteral("to_char(CAST(%1 AS TIMESTAMP) + INTERVAL '%2 days', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
        .arg(instant)
        .arg(days);
}

QString truthAsNumber(Dialect dialect, const QString &condition)
{
    if (dialect == Dialect::SQLite)
        return condition;
    return QStringLiteral("CAST(%1 AS INTEGER)").arg(condition);
}

QString constantGroupKey(Dialect dialect, const QString &literal)
{
    if (dialect == Dialect::SQLite)
        return literal;
    return QStringLiteral("CAST(%1 AS TEXT)").arg(literal);
}

QString jsonObject(Dialect dialect, const QString &pairs)
{
    return QStringLiteral("%1(%2)").arg(dialect == Dialect::SQLite ? QStringLiteral("json_object")
                                                                   : QStringLiteral("json_build_object"),
                                        pairs);
}

QString jsonInteger(Dialect dialect, const QString &json, const QString &key)
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("json_extract(%1, '$.%2')").arg(json, key);
    return QStringLiteral("CAST(CAST(%1 AS JSONB) ->> '%2' AS BIGINT)").arg(json, key);
}

} // namespace huddle::storage
