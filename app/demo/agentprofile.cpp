#include "agentprofile.h"

#include <array>

namespace huddle::demo {

ProfileTraits traitsOf(AgentProfile profile)
{
    ProfileTraits t;
    switch (profile) {
    case AgentProfile::Steady:
        break;
    case AgentProfile::FastUnsatisfying:
        t.talkMedian = 185, t.acwMedian = 20, t.holdChance = 0.08, t.satisfiedChance = 0.56,
        t.resolveChance = 0.6;
        break;
    case AgentProfile::SlowLoved:
        t.talkMedian = 540, t.acwMedian = 75, t.holdChance = 0.35, t.satisfiedChance = 0.95,
        t.resolveChance = 0.9;
        break;
    case AgentProfile::ImprovingAfterCoaching: // before coaching; the generator improves it afterwards
        t.talkMedian = 250, t.acwMedian = 30, t.satisfiedChance = 0.6, t.resolveChance = 0.66;
        break;
    case AgentProfile::StrugglingNewHire:
        t.talkMedian = 470, t.acwMedian = 90, t.holdChance = 0.45, t.satisfiedChance = 0.7,
        t.resolveChance = 0.62, t.lateChance = 0.09, t.violationChance = 0.03;
        break;
    case AgentProfile::TopSeller:
        t.talkMedian = 380, t.satisfiedChance = 0.86, t.saleChance = 0.12;
        break;
    }
    return t;
}

// A team of twelve gets six steady agents and one of every other kind, in an order that spreads them.
AgentProfile profileForAgent(int index)
{
    static constexpr std::array<AgentProfile, 12> pattern{AgentProfile::Steady,
                                                          AgentProfile::FastUnsatisfying,
                                                          AgentProfile::Steady,
                                                          AgentProfile::SlowLoved,
                                                          AgentProfile::ImprovingAfterCoaching,
                                                          AgentProfile::Steady,
                                                          AgentProfile::TopSeller,
                                                          AgentProfile::Steady,
                                                          AgentProfile::StrugglingNewHire,
                                                          AgentProfile::Steady,
                                                          AgentProfile::FastUnsatisfying,
                                                          AgentProfile::Steady};
    return pattern[static_cast<std::size_t>(index) % pattern.size()];
}

QString profileDescription(AgentProfile profile)
{
    switch (profile) {
    case AgentProfile::Steady:
        return QStringLiteral("steady");
    case AgentProfile::FastUnsatisfying:
        return QStringLiteral("fast but unsatisfying");
    case AgentProfile::SlowLoved:
        return QStringLiteral("slow and loved");
    case AgentProfile::ImprovingAfterCoaching:
        return QStringLiteral("improving after coaching");
    case AgentProfile::StrugglingNewHire:
        return QStringLiteral("struggling new hire");
    case AgentProfile::TopSeller:
        return QStringLiteral("top seller");
    }
    return {};
}

} // namespace huddle::demo
