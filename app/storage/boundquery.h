#pragma once

#include "sqlutil.h"

#include <QVariantList>

namespace huddle::storage {

// Prepares `sql` on `query`, binds `values` in order and runs it; on failure the driver's message with
// `what` as context. The shape of most statements of the QA repositories.
inline core::Status runBound(QSqlQuery &query, const QString &sql, const QVariantList &values,
                             const QString &what)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return execute(query, what);
}

// runBound for an `INSERT … RETURNING id`: the id of the row it added (see insertedId).
inline core::Result<qint64> insertBound(QSqlQuery &query, const QString &sql, const QVariantList &values,
                                        const QString &what)
{
    if (auto done = runBound(query, sql, values, what); !done)
        return done.error();
    return insertedId(query, what);
}

} // namespace huddle::storage
