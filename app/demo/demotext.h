#pragma once

#include "agentprofile.h"

#include <QString>

namespace huddle::demo {

class Random;

QString agentName(int index); // unique for the first 1,200 agents
QString teamName(int index);
QString evaluatorName(int index);
QString coachName(int teamIndex);
QString qaManagerName(); // arbitrates disputes

// A short peer-review note in the voice of a fellow agent, fitting how the call went.
QString reviewNote(Random &random, AgentProfile profile, bool satisfied);

} // namespace huddle::demo
