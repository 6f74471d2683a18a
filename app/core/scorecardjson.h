#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>

// A scorecard as a JSON document, so a QA team can move one between sites or keep it in version control:
// {"format": "huddle-scorecard", "formatVersion": 1, "name", "description", "purpose": "qa"|"peer",
//  "channel": "call"|…|null, "sections": [{"name", "criteria": [{"name", "weight", "kind":
//  "yes_no"|"scale_1_5", "autoFail", "naAllowed", "guideline"}]}]}
namespace huddle::core {

QByteArray scorecardToJson(const ScorecardDefinition &scorecard);

// Strict: unknown keys, wrong types and invalid values are refused with the JSON path of the culprit
// ("sections[1].criteria[0].weight") in the message and `sourceName` (a file name) as the location.
Result<ScorecardDefinition> scorecardFromJson(const QByteArray &json, const QString &sourceName);

// What makes a scorecard usable: a name, at least one section, every section named and with at least one
// criterion, criterion names non-empty and unique within the scorecard, weights > 0 and finite.
Status validateScorecard(const ScorecardDefinition &scorecard);

} // namespace huddle::core
