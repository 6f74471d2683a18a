#pragma once

#include "storage/database.h"

#include <memory>

namespace huddle::testsupport {

// A new database file whose audit log is empty: a new database logs its default scorecards first, and the
// audit tests want their own entries to be the whole log. Null (with a warning) when it cannot be made.
std::unique_ptr<storage::Database> openWithEmptyAuditLog(const QString &path);

} // namespace huddle::testsupport
