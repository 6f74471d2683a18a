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

// SQL for the truth of `condition` as a number to sum or read: 1 where it holds, 0 where not, NULL where
// unknown. SQLite's comparisons are those numbers already ("the result of any binary operator is either a
// numeric value or NULL", https://sqlite.org/lang_expr.html), so `condition` is left as it is; PostgreSQL's
// are boolean (https://www.postgresql.org/docs/15/functions-comparison.html), which SUM does not take.
QString truthAsNumber(Dialect dialect, const QString &condition);

// SQL for a constant to group every row by, as one group: PostgreSQL refuses a bare literal in GROUP BY
// ("non-integer constant in GROUP BY"), but groups by an expression of it.
QString constantGroupKey(Dialect dialect, const QString &literal);

// SQL for a JSON object text of `pairs` ("'key', expression, …"): json_object on SQLite
// (https://sqlite.org/json1.html#jobj), json_build_object on PostgreSQL
// (https://www.postgresql.org/docs/15/functions-json.html); both keep integers exact and NULL as null.
QString jsonObject(Dialect dialect, const QString &pairs);

// SQL for the integer under `key` in the JSON object text `json`, NULL when absent or null.
QString jsonInteger(Dialect dialect, const QString &json, const QString &key);

} // namespace huddle::storage
