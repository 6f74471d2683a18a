// The dispute state machine. Every refusal is a sentence the team leader or arbitrator reads in a dialog, so
// it says which rule applied and what to do instead.
#include "dispute.h"
#include "translation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace huddle::core {

namespace {

Status refused(const QString &message)
{
    return Error{message, {}};
}

// Core does not know the site's time zone, so instants in messages are UTC and say so.
QString utcText(const QDateTime &instant)
{
    return tr("%1 UTC").arg(QLocale().toString(instant.toUTC(), QLocale::ShortFormat));
}

bool sameAnswer(const CriterionAnswer &a, const CriterionAnswer &b)
{
    return a.notApplicable == b.notApplicable && (a.notApplicable || a.points == b.points);
}

bool sameScore(std::optional<double> a, std::optional<double> b)
{
    // Different answers can reach the same score through different sums; compare with a tolerance far
    // below anything a scorecard can distinguish.
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::abs(*a - *b) < 1e-9;
}

Status checkAnswerShape(int criterionIndex, const QList<Criterion> &criteria,
                        const QList<CriterionAnswer> &before, const QList<CriterionAnswer> &after)
{
    if (before.size() != criteria.size() || after.size() != criteria.size())
        return refused(tr("The answers do not match the scorecard: it has %1 criteria, the evaluation %2 "
                          "answers before and %3 after the decision.")
                           .arg(criteria.size())
                           .arg(before.size())
                           .arg(after.size()));
    if (criterionIndex < -1 || criterionIndex >= criteria.size())
        return refused(
            tr("The disputed criterion (number %1) is not on this scorecard.").arg(criterionIndex + 1));
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (!isValidAnswer(criteria[i], after[i]))
            return refused(
                tr("The new answer to criterion %1 is not valid: answer yes or no, 1 to 5 on a scale, "
                   "or N/A where the criterion allows it.")
                    .arg(i + 1));
    return Done{};
}

} // namespace

Status canOpenDispute(EvaluationKind kind, EvaluationStatus status, const QDateTime &publishedAt,
                      const QDateTime &now, const DisputeRules &rules)
{
    if (kind != EvaluationKind::Qa)
        return refused(
            tr("Only QA evaluations can be disputed; peer reviews and calibration scores never count "
               "in the agent's QA score."));
    switch (status) {
    case EvaluationStatus::Draft:
        return refused(tr("This evaluation is still a draft; it can be disputed once it is published."));
    case EvaluationStatus::Disputed:
        return refused(tr("This evaluation is already disputed; wait for the arbitrator's decision."));
    case EvaluationStatus::Final:
        return refused(tr("This evaluation is final and can no longer be disputed."));
    case EvaluationStatus::Published:
        break;
    }
    if (!publishedAt.isValid())
        return refused(tr("This evaluation has no publication time, so its dispute window cannot be "
                          "determined; ask an administrator to check it."));
    const QDateTime end = disputeWindowEnd(publishedAt, rules);
    if (now.toUTC() > end)
        return refused(
            QCoreApplication::translate(
                "huddle::core::Dispute",
                "The dispute window of %n day(s) after publishing closed at %1; the evaluation can "
                "no longer be disputed.",
                nullptr, rules.windowDays)
                .arg(utcText(end)));
    return Done{};
}

QDateTime disputeWindowEnd(const QDateTime &publishedAt, const DisputeRules &rules)
{
    return publishedAt.toUTC().addDays(rules.windowDays);
}

QDateTime decisionDeadline(const QDateTime &raisedAt, const DisputeRules &rules)
{
    return raisedAt.toUTC().addDays(rules.decisionDays);
}

bool isOverdue(const QDateTime &dueAt, const QDateTime &now)
{
    return dueAt.isValid() && now.toUTC() > dueAt.toUTC();
}

Status checkStatusChange(EvaluationStatus from, EvaluationStatus to)
{
    using S = EvaluationStatus;
    if (from == S::Final)
        return refused(tr("This evaluation is final; it can no longer be changed."));
    const bool allowed = (from == S::Draft && (to == S::Draft || to == S::Published)) ||
                         (from == S::Published && to != S::Draft) || (from == S::Disputed && to == S::Final);
    if (allowed)
        return Done{};
    if (from == S::Disputed)
        return refused(
            tr("This evaluation is disputed; it can only change through the arbitrator's decision."));
    if (to == S::Draft)
        return refused(tr("A published evaluation cannot go back to being a draft; correct it instead."));
    return refused(tr("A draft must be published before it can be disputed or made final."));
}

Status checkDecision(DisputeOutcome outcome, const QString &reason, int criterionIndex,
                     const QList<Criterion> &criteria, const QList<CriterionAnswer> &before,
                     const QList<CriterionAnswer> &after)
{
    if (auto shape = checkAnswerShape(criterionIndex, criteria, before, after); !shape)
        return shape;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (sameAnswer(before[i], after[i]))
            continue;
        if (outcome == DisputeOutcome::Rejected)
            return refused(tr("A rejection keeps every answer as it was; to change an answer, accept or "
                              "partially accept the dispute instead."));
        if (criterionIndex >= 0 && i != criterionIndex)
            return refused(
                tr("This dispute is about criterion %1 only; criterion %2 cannot be changed by its "
                   "decision.")
                    .arg(criterionIndex + 1)
                    .arg(i + 1));
    }
    if (outcome != DisputeOutcome::Rejected &&
        sameScore(qaScorePct(criteria, before), qaScorePct(criteria, after)))
        return refused(
            tr("Accepting a dispute must change the score; re-score the disputed answers, or reject "
               "the dispute if the score stands."));
    if (reason.trimmed().isEmpty())
        return refused(tr("Give a reason for the decision; the agent and the evaluator will read it."));
    return Done{};
}

} // namespace huddle::core
