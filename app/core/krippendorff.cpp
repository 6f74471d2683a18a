// Krippendorff's α after K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), §C–E:
//   o_ck  = Σ_u (number of c–k pairs in unit u) ÷ (m_u − 1)   (the coincidence matrix)
//   n_c   = Σ_k o_ck,  n = Σ_c n_c
//   α     = 1 − D_o ÷ D_e = 1 − (n − 1) · Σ_ck o_ck δ²_ck ÷ Σ_ck n_c n_k δ²_ck
// with δ²_ck = 0 if c = k else 1 (nominal) or (c − k)² (interval). Only units with m_u ≥ 2 values count.
#include "krippendorff.h"

#include <QMap>

namespace huddle::core {

namespace {

double squaredDifference(double c, double k, AlphaMetric metric)
{
    if (metric == AlphaMetric::Nominal)
        return c == k ? 0.0 : 1.0;
    return (c - k) * (c - k);
}

QList<double> presentValues(const QList<std::optional<double>> &unit)
{
    QList<double> values;
    for (const std::optional<double> &value : unit)
        if (value)
            values.append(*value);
    return values;
}

} // namespace

std::optional<double> krippendorffAlpha(const ReliabilityData &unitsByCoders, AlphaMetric metric)
{
    double observed = 0;             // Σ_ck o_ck δ²_ck, summed unit by unit without building the matrix
    QMap<double, double> valueCount; // n_c
    double n = 0;
    for (const auto &unit : unitsByCoders) {
        const QList<double> values = presentValues(unit);
        const auto m = static_cast<double>(values.size());
        if (m < 2)
            continue;
        double unitSum = 0; // over ordered pairs of different coders
        for (qsizetype i = 0; i < values.size(); ++i)
            for (qsizetype j = 0; j < values.size(); ++j)
                if (i != j)
                    unitSum += squaredDifference(values[i], values[j], metric);
        observed += unitSum / (m - 1);
        for (const double value : values)
            valueCount[value] += 1;
        n += m;
    }
    if (n < 2)
        return std::nullopt;
    double expected = 0; // Σ_ck n_c n_k δ²_ck
    for (auto c = valueCount.cbegin(); c != valueCount.cend(); ++c)
        for (auto k = valueCount.cbegin(); k != valueCount.cend(); ++k)
            expected += c.value() * k.value() * squaredDifference(c.key(), k.key(), metric);
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - (n - 1) * observed / expected;
}

} // namespace huddle::core
