#pragma once

#include "core/result.h"

#include <QDate>
#include <QTimeZone>

namespace huddle::storage {
class Database;
}

namespace huddle::demo {

struct BonusDemoInput {
    QDate firstDay;
    QDate endDay;
    QTimeZone zone;
};

struct BonusDemoCounts {
    int planVersions = 0; // the site's plan and the best-selling team's
    QDate lockedMonth;    // first day; invalid when the demo's days do not reach it
    int lateCorrections = 0;
};

// The Bonus page's demo data, written through the repositories once the demo's transaction is committed, as
// a payroll clerk's work would be: the site adopts the example plan from the demo's first month; the team
// with the most sales gets a plan of its own with higher per-sale tier rates from the month before the locked
// one; the month two months before endDay's month is run and locked by "Dana Reyes (payroll)" with a reason;
// then a late attendance correction lands in the locked month (an agent whose only violation, a
// no-call-no-show, left them at $0.00 had an excused absence after all; failing such an agent, a paid agent's
// absence was a no-call-no-show), so the next open month shows that agent an adjustment line. No random
// numbers: the same demo data always give the same plans, lock and correction.
core::Result<BonusDemoCounts> writeBonusDemo(storage::Database &database, const BonusDemoInput &input);

} // namespace huddle::demo
