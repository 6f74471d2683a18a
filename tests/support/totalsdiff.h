#pragma once

#include "core/kpitotals.h"

#include <QString>

namespace huddle::testsupport {

// Every field in which `actual` differs from `expected`, as "field is A, expected E" joined by "; ";
// empty when they agree (sums of doubles to 1e-9).
QString diffTotals(const core::KpiTotals &actual, const core::KpiTotals &expected);

} // namespace huddle::testsupport
