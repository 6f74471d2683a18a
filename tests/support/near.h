#pragma once

// Comparing a computed number with the one worked out by hand: exact equality of doubles would depend on the
// order of the arithmetic, so within a tolerance far below any rounding the application does.
#include <cmath>
#include <optional>

namespace huddle::testsupport {

// Whether `value` is present and within `tolerance` of `expected`.
inline bool near(const std::optional<double> &value, double expected, double tolerance = 1e-9)
{
    return value && std::abs(*value - expected) < tolerance;
}

} // namespace huddle::testsupport
