#pragma once

#include <QString>

namespace huddle::demo {

// The kinds of agent a team leader recognises; each gives the demo a story to find on the dashboard.
enum class AgentProfile {
    Steady,
    FastUnsatisfying,
    SlowLoved,
    ImprovingAfterCoaching,
    StrugglingNewHire,
    TopSeller
};

struct ProfileTraits {
    double talkMedian = 330; // seconds
    double acwMedian = 45;
    double holdChance = 0.2;
    double satisfiedChance = 0.82; // share of CSAT answers that are 4 or 5
    double resolveChance = 0.78;
    double saleChance = 0.04;
    double lateChance = 0.04;
    double violationChance = 0.01; // unexcused absence or no-call-no-show, per shift
};

ProfileTraits traitsOf(AgentProfile profile);
AgentProfile profileForAgent(int index);
QString profileDescription(AgentProfile profile);

} // namespace huddle::demo
