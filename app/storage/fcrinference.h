#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace huddle::storage {

// FCR without a resolved flag (domain.md): a handled conversation counts as resolved on first contact when
// the same customer made no new contact within the window (setting fcr_window_days, default 7 days).
// Recomputes conversations.fcr_inferred for every conversation without an exported flag: new data can
// add a repeat contact or carry the data past the end of a window. Conversations whose window reaches
// past the newest data stay undecided (NULL) rather than being counted resolved too early.
// Runs in the caller's transaction.
core::Status inferFirstContactResolution(QSqlDatabase db);

} // namespace huddle::storage
