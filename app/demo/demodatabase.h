#pragma once

#include "demogenerator.h"

namespace huddle::demo {

// Creates a new database file at `path` filled with demo data. The data is written to a side file that
// is renamed to `path` only once complete, so an interrupted run (cancel, crash, kill) never leaves a
// half-made database behind to be opened later as if it were whole. Refuses an existing `path`.
core::Result<DemoSummary> createDemoDatabase(const QString &path, const DemoOptions &options,
                                             const DemoProgress &progress = {});

} // namespace huddle::demo
