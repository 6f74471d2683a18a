#pragma once

#include "core/result.h"
#include "qademo.h"

namespace huddle::demo {

// A few disputes of recent demo evaluations: one open within its deadline, one overdue, and one each decided
// accepted, partially accepted and rejected. Written through DisputeRepository once the demo's transaction is
// committed (each dispute step is a transaction of its own), so they follow the rules a user's do: the
// window after publishing, the arbitrator's deadline, score history and audit entries. A dispute without a
// suitable evaluation in its window is left out. Returns how many were written.
core::Result<int> writeDemoDisputes(storage::Database &database, const QList<PublishedEvaluation> &published,
                                    QDate endDay, const QTimeZone &zone);

} // namespace huddle::demo
