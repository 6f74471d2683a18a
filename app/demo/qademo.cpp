#include "qademo.h"

#include "random.h"

namespace huddle::demo {

core::ScorecardDefinition demoScorecard()
{
    using core::Criterion;
    using core::CriterionKind;
    auto yesNo = [](const char *name, double weight, bool autoFail = false) {
        return core::CriterionDefinition{
            QString::fromLatin1(name), Criterion{weight, CriterionKind::YesNo, autoFail, true}, {}};
    };
    auto scale = [](const char *name, double weight) {
        return core::CriterionDefinition{
            QString::fromLatin1(name), Criterion{weight, CriterionKind::Scale1to5, false, true}, {}};
    };
    core::ScorecardDefinition scorecard;
    scorecard.name = QStringLiteral("Inbound call");
    scorecard.sections = {
        {QStringLiteral("Opening"), {yesNo("Greeting and name", 1), yesNo("Identity verified", 2, true)}},
        {QStringLiteral("Resolution"),
         {scale("Understood the need", 3), scale("Correct solution", 3), yesNo("Took ownership", 2)}},
        {QStringLiteral("Closing"), {yesNo("Summarised next steps", 1), yesNo("Offered further help", 1)}}};
    return scorecard;
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
