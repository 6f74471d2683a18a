#include "demoscoring.h"

#include "core/qaimpact.h"
#include "random.h"

#include <algorithm>

namespace huddle::demo {

namespace {

const QStringList missedComments{
    QStringLiteral("Skipped this step."), QStringLiteral("The customer had to ask for it."),
    QStringLiteral("Not in line with the guideline, let's go over it in the next one-to-one.")};
const QStringList partlyComments{QStringLiteral("Only partly — see the annotation."),
                                 QStringLiteral("Rushed; slow down here next time."),
                                 QStringLiteral("Good start, but it tailed off after the hold.")};
const QStringList praiseComments{QStringLiteral("Textbook."),
                                 QStringLiteral("Good example for the team huddle."),
                                 QStringLiteral("Nicely done under pressure.")};
const QStringList missedRemarks{
    QStringLiteral("Here: the moment this went wrong."),
    QStringLiteral("Customer repeats the question here."), QStringLiteral("Interrupted the customer."),
    QStringLiteral("Silence of several seconds without telling the customer why."),
    QStringLiteral("This promise is not in the ticket notes.")};
const QStringList generalRemarks{QStringLiteral("Warm tone throughout — keep this."),
                                 QStringLiteral("Good recap of the next steps.")};

} // namespace

QList<core::CriterionAnswer> demoAnswers(Random &random, const QList<core::Criterion> &criteria,
                                         double quality, double leniency)
{
    const double q = std::clamp(quality + leniency, 0.02, 0.99);
    QList<core::CriterionAnswer> answers;
    for (const core::Criterion &criterion : criteria) {
        if (criterion.naAllowed && !criterion.autoFail && random.chance(0.05)) {
            answers.append({true, 0});
            continue;
        }
        if (criterion.kind == core::CriterionKind::Scale1to5) {
            answers.append(
                {false, std::clamp(static_cast<int>(std::lround(1 + 4 * q + random.normal() * 0.7)), 1, 5)});
            continue;
        }
        answers.append({false, random.chance(criterion.autoFail ? 0.985 : q) ? 1 : 0});
    }
    return answers;
}

QStringList demoComments(Random &random, const QList<core::Criterion> &criteria,
                         const QList<core::CriterionAnswer> &answers)
{
    QStringList comments;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const bool failed = core::isFailed(criteria[i], answers[i]);
        // Clear misses are explained more often than near misses (a 3 or 4 of 5).
        const bool partly = criteria[i].kind == core::CriterionKind::Scale1to5 && answers[i].points >= 3;
        if (failed && random.chance(partly ? 0.15 : 0.45))
            comments << random.pick(partly ? partlyComments : missedComments);
        else if (!failed && !answers[i].notApplicable && random.chance(0.04))
            comments << random.pick(praiseComments);
        else
            comments << QString();
    }
    return comments;
}

QList<core::Annotation> demoAnnotations(Random &random, const QList<core::Criterion> &criteria,
                                        const QList<core::CriterionAnswer> &answers,
                                        const QList<core::TranscriptLine> &transcript)
{
    QList<int> failed;
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (core::isFailed(criteria[i], answers[i]))
            failed.append(static_cast<int>(i));
    QList<const core::TranscriptLine *> agentLines;
    for (const core::TranscriptLine &line : transcript)
        if (line.speaker == QLatin1String("agent"))
            agentLines.append(&line);
    const int count = failed.isEmpty() ? 1 : std::min(static_cast<int>(failed.size()), random.between(1, 3));
    QList<core::Annotation> annotations;
    for (int i = 0; i < count; ++i) {
        core::Annotation annotation;
        annotation.criterionIndex =
            failed.isEmpty() ? -1 : failed[random.between(0, static_cast<int>(failed.size()) - 1)];
        annotation.body = random.pick(failed.isEmpty() ? generalRemarks : missedRemarks);
        const core::TranscriptLine *line = agentLines.isEmpty() ? nullptr : random.pick(agentLines);
        // Half on the transcript line, half on the second of the call it was said at.
        if (line && (random.chance(0.5) || !line->offsetSeconds)) {
            annotation.anchorKind = core::AnchorKind::Line;
            annotation.anchorValue = line->lineNo;
        } else {
            annotation.anchorKind = core::AnchorKind::Second;
            annotation.anchorValue =
                line ? *line->offsetSeconds + random.between(0, 5) : random.between(20, 240);
        }
        annotations.append(annotation);
    }
    return annotations;
}

} // namespace huddle::demo
