#pragma once

#include "records.h"
#include "result.h"

// validateScorecard with a choice of how the culprit is named: by position and name for the designer's
// dialogs, or by JSON path ("sections[1].criteria[0].weight") for a file being imported.
namespace huddle::core {

enum class ScorecardPlaces { Designer, JsonPaths };

Status validateScorecardNaming(const ScorecardDefinition &scorecard, ScorecardPlaces places);

} // namespace huddle::core
