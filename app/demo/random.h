#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <random>

namespace huddle::demo {

// Deterministic random numbers. std::mt19937_64's output sequence is fixed by the standard, but the
// std::*_distribution classes are not, so the distributions are written out here: the same seed gives
// the same demo database with any standard library.
class Random {
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    bool chance(double probability) { return uniform() < probability; }
    int between(int low, int high)
    {
        return low + static_cast<int>(uniform() * (high - low + 1));
    } // inclusive

    // Standard normal by the Box–Muller transform.
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    // Durations are right-skewed: a log-normal around a median.
    int logNormal(double median, double sigma)
    {
        return static_cast<int>(std::lround(median * std::exp(sigma * normal())));
    }

    template <typename List> const auto &pick(const List &list)
    {
        return list[between(0, static_cast<int>(list.size()) - 1)];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace huddle::demo
