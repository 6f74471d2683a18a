#pragma once

// Reading demo databases back in the demo tests: plain SQL of the tests, not the application's queries.
#include "demo/demogenerator.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace huddle::storage {
class Database;
}

namespace demofacts {

// The last day of the demo databases the tests generate: a fixed date, so that the expected numbers do not
// depend on the day the tests run.
inline const QDate endDay(2024, 6, 30);

// Prepares, binds and runs `sql`; a failure is reported as a warning (the test's comparisons then fail).
QSqlQuery run(const huddle::storage::Database &db, const QString &sql, const QVariantList &bindings = {});
// The first column of the first row, or an invalid QVariant.
QVariant scalar(const huddle::storage::Database &db, const QString &sql, const QVariantList &bindings = {});
// A fingerprint of every row of a table, in id order: equal fingerprints mean equal contents.
QByteArray fingerprint(const huddle::storage::Database &db, const QString &table);
// A new database at `path` filled by the demo generator; empty (with a warning) when that fails.
std::unique_ptr<huddle::storage::Database> generate(const QString &path,
                                                    const huddle::demo::DemoOptions &options,
                                                    huddle::demo::DemoSummary *summary = nullptr);

} // namespace demofacts
