#pragma once

#include "agentprofile.h"
#include "core/records.h"

namespace huddle::demo {

class Random;

// The scorecard demo evaluations are scored with: a typical inbound-call form with one critical criterion.
core::ScorecardDefinition demoScorecard();

// Answers for demoScorecard() in the style of an agent of the given traits on a call that went well or not.
QList<core::CriterionAnswer> demoAnswers(Random &random, const ProfileTraits &traits, bool wentWell);

} // namespace huddle::demo
