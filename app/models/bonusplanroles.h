#pragma once

#include "core/bonusplan.h"

#include <QVariant>

#include <optional>

namespace huddle::models {

// The edit roles of the bonus plan editor's tables. The component and gate tables take them on any column of
// a row; codes are those of JSON plans (core::bonusMeasureCode, comparisonCode, …) so that a form's combo box
// can keep them as item data. Money is qint64 cents, percentages qint32 basis points.
enum BonusPlanRole {
    KindRole = Qt::UserRole + 1, // component: QString kind code ("flat", "per_unit", "tiered", "percent")
    ConditionMeasureRole,        // component (flat) and gate: QString measure code
    ConditionComparisonRole,     // QString comparison code (">=", "<=", "<", ">")
    ConditionValueRole,          // double
    ConditionMinSampleRole,      // int
    CentsRole,                   // component (flat) amount, gate reduction, tier and band amount
    OtherTierCentsRole,          // component (per unit): a sale of a tier not in the table
    BandMeasureRole,             // component (tiered): QString measure code
    BandMinSampleRole,           // component (tiered): int
    PercentBaseRole,             // component (percent): QString base code
    BasisPointsRole,             // component (percent) and gate (reduce %): int
    EffectRole,                  // gate: QString effect code
};

// The condition roles read from and written into a condition; false when `role` is not one of them or the
// value is not a known code.
QVariant conditionData(const core::BonusCondition &condition, int role);
bool isConditionRole(int role);
bool setConditionData(core::BonusCondition &condition, int role, const QVariant &value);

// `target` becomes what a code was read as; false, leaving it, when the code was not read.
template <typename V> bool assignParsed(const std::optional<V> &parsed, V &target)
{
    if (parsed)
        target = *parsed;
    return parsed.has_value();
}

} // namespace huddle::models
