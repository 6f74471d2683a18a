#include "bonusplanroles.h"

namespace huddle::models {

bool isConditionRole(int role)
{
    return role >= ConditionMeasureRole && role <= ConditionMinSampleRole;
}

QVariant conditionData(const core::BonusCondition &condition, int role)
{
    switch (role) {
    case ConditionMeasureRole:
        return core::bonusMeasureCode(condition.measure);
    case ConditionComparisonRole:
        return core::comparisonCode(condition.comparison);
    case ConditionValueRole:
        return condition.value;
    case ConditionMinSampleRole:
        return condition.minSample;
    default:
        return {};
    }
}

bool setConditionData(core::BonusCondition &condition, int role, const QVariant &value)
{
    switch (role) {
    case ConditionMeasureRole:
        return assignParsed(core::bonusMeasureFromCode(value.toString()), condition.measure);
    case ConditionComparisonRole:
        return assignParsed(core::comparisonFromCode(value.toString()), condition.comparison);
    case ConditionValueRole: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return false;
        condition.value = number;
        return true;
    }
    case ConditionMinSampleRole: {
        bool ok = false;
        const int sample = value.toInt(&ok);
        if (!ok || sample < 0)
            return false;
        condition.minSample = sample;
        return true;
    }
    default:
        return false;
    }
}

} // namespace huddle::models
