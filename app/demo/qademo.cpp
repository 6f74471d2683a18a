#include "qademo.h"

#include "random.h"

namespace huddle::demo {

core::ScorecardDefinition demoScorecard()
{
    using core::Criterion;
    using core::CriterionKind;
    auto yesNo = [](double weight, bool autoFail = false) {
        return Criterion{weight, CriterionKind::YesNo, autoFail};
    };
    auto scale = [](double weight) { return Criterion{weight, CriterionKind::Scale1to5, false}; };
    return {QStringLiteral("Inbound call"),
            1,
            {{QStringLiteral("Opening"),
              {{QStringLiteral("Greeting and name"), yesNo(1)},
               {QStringLiteral("Identity verified"), yesNo(2, true)}}},
             {QStringLiteral("Resolution"),
              {{QStringLiteral("Understood the need"), scale(3)},
               {QStringLiteral("Correct solution"), scale(3)},
               {QStringLiteral("Took ownership"), yesNo(2)}}},
             {QStringLiteral("Closing"),
              {{QStringLiteral("Summarised next steps"), yesNo(1)},
               {QStringLiteral("Offered further help"), yesNo(1)}}}},
            {}};
}

QList<core::CriterionAnswer> demoAnswers(Random &random, const ProfileTraits &traits, bool wentWell)
{
    const double quality = wentWell ? 0.5 + traits.satisfiedChance / 2 : traits.satisfiedChance / 1.5;
    auto yes = [&](double p) { return core::CriterionAnswer{false, random.chance(p) ? 1 : 0}; };
    auto scale = [&]() {
        return core::CriterionAnswer{
            false, std::clamp(static_cast<int>(std::lround(1 + 4 * quality + random.normal() * 0.7)), 1, 5)};
    };
    // Verification almost always passes: a failed critical criterion zeroes the evaluation, as it should be
    // rare.
    return {yes(0.97), yes(0.985), scale(), scale(), yes(quality), yes(quality * 0.9), yes(0.9)};
}

} // namespace huddle::demo
