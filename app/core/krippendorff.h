#pragma once

#include <QList>

#include <optional>

namespace huddle::core {

enum class AlphaMetric { Nominal, Interval };

// Reliability data as Krippendorff lays it out: one row per unit (a conversation, or a conversation ×
// criterion), one column per coder (evaluator); an empty cell is a missing value.
using ReliabilityData = QList<QList<std::optional<double>>>;

// Krippendorff's α = 1 − D_o / D_e from the coincidence matrix (K. Krippendorff, "Computing
// Krippendorff's Alpha-Reliability", 2011). Units with fewer than two values are left out (not pairable).
// Empty when fewer than two pairable values remain or when every value is the same (D_e = 0: α is
// undefined, there is no variation to agree on).
std::optional<double> krippendorffAlpha(const ReliabilityData &unitsByCoders, AlphaMetric metric);

} // namespace huddle::core
