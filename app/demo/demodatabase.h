#pragma once

#include "demogenerator.h"

namespace huddle::demo {

// Creates a new database filled with demo data at `path`: a file, or a postgresql:// URL of a database on a
// server that holds no tables yet (storage::isEmptyDatabase).
// - A file is written to a side file that is renamed to `path` only once complete, so an interrupted run
//   (cancel, crash, kill) never leaves a half-made database behind to be opened later as if it were whole.
//   An existing `path` is refused.
// - A server database gets the same demo built in a temporary file first and then copied over with
//   storage::copyDatabase: in one transaction, every table verified, so a failure or a kill leaves it
//   without data. Generating there directly would take the demo's several transactions, not one.
core::Result<DemoSummary> createDemoDatabase(const QString &path, const DemoOptions &options,
                                             const DemoProgress &progress = {});

} // namespace huddle::demo
