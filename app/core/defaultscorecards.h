#pragma once

#include "records.h"

#include <QList>

// The scorecards a new database starts with: voice and chat QA forms with soft-skill criteria (empathy,
// ownership, staying calm under pressure, smart troubleshooting) and a short peer-review form. Names and
// guidelines are translated into the language the database is created in.
namespace huddle::core {

ScorecardDefinition defaultVoiceScorecard();
ScorecardDefinition defaultChatScorecard();
ScorecardDefinition defaultPeerScorecard();
QList<ScorecardDefinition> defaultScorecards(); // voice, chat, peer

} // namespace huddle::core
