#pragma once

#include <QtGlobal>

#include <optional>

namespace huddle::core {

struct Interval {
    double low = 0;
    double high = 0;
};

// 95 % Wilson score interval for successes out of n, in percent (z = 1.959964). Empty for n = 0.
// Formula: Wilson (1927), as given in e.g. Agresti & Coull (1998), "Approximate is better than exact".
std::optional<Interval> wilson95(qint64 successes, qint64 n);

} // namespace huddle::core
