#include "records.h"

namespace huddle::core {

QList<Criterion> ScorecardDefinition::flatCriteria() const
{
    QList<Criterion> criteria;
    for (const ScorecardSection &section : sections)
        for (const CriterionDefinition &definition : section.criteria)
            criteria.append(definition.criterion);
    return criteria;
}

} // namespace huddle::core
