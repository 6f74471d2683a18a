#pragma once

#include "dialect.h"

#include <QSqlDatabase>
#include <QString>

// The few places where SQLite and PostgreSQL need different SQL. Everything else in app/storage is written
// in the SQL both accept: RETURNING id, ON CONFLICT, IS [NOT] DISTINCT FROM (SQLite ≥ 3.39), CAST on a
// parameter whose type the statement does not fix (PostgreSQL must know every parameter's type: "? IS NULL"
// alone cannot be prepared there), unqualified temporary tables (both look in the temporary schema first).
namespace huddle::storage {

Dialect dialectOf(const QSqlDatabase &db);

// SQL for the instant `instant` (text 'YYYY-MM-DDTHH:MM:SSZ', as stored) moved by `days` whole days, as text
// in the same form, so it compares with stored instants as text. `days` may be negative.
QString instantPlusDays(Dialect dialect, const QString &instant, int days);

} // namespace huddle::storage
