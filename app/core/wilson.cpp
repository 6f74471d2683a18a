#include "wilson.h"

#include <cmath>

namespace huddle::core {

std::optional<Interval> wilson95(qint64 successes, qint64 n)
{
    if (n <= 0 || successes < 0 || successes > n)
        return std::nullopt;
    constexpr double z = 1.959964;
    const double nn = static_cast<double>(n);
    const double p = static_cast<double>(successes) / nn;
    const double denominator = 1 + z * z / nn;
    const double centre = (p + z * z / (2 * nn)) / denominator;
    const double margin = z * std::sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / denominator;
    return Interval{100 * std::max(0.0, centre - margin), 100 * std::min(1.0, centre + margin)};
}

} // namespace huddle::core
