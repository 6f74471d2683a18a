#pragma once

#include "databasecatalogue.h"

#include "core/result.h"

#include <QString>

namespace huddle::storage {

// A table's rows as huddle-cli migrate verifies them: how many, and a SHA-256 over them in key order.
struct TableDigest {
    qint64 rows = 0;
    QString sha256; // hex
};

// Reads `table` from both sides in key order (each side's own catalogue entry, for its collation) and
// computes each side's digest over the columns of `source`, every value written out the same way on both
// engines (see tablecomparison.cpp). The source's digest when the two agree; otherwise an error naming the
// table, both digests and the first row and column that differ.
core::Result<TableDigest> compareTable(const DatabaseSide &sourceSide, const CatalogueTable &source,
                                       const DatabaseSide &targetSide, const CatalogueTable &target);

} // namespace huddle::storage
