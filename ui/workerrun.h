#pragma once

#include "core/result.h"

#include <functional>

class QProgressDialog;

namespace huddle::ui {

// Runs `work` on a worker thread and returns its result once it ends. Meanwhile the event loop runs, so the
// window repaints and `progress` (whose Cancel the work is expected to watch) stays live; `tick`, when given,
// runs every 100 ms on the GUI thread, to move a progress bar. The work opens its own database connection: a
// Qt SQL connection belongs to the thread that made it.
core::Status runBehindProgress(QProgressDialog &progress, const std::function<core::Status()> &work,
                               const std::function<void()> &tick = {});

} // namespace huddle::ui
