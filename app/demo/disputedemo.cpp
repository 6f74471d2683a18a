#include "disputedemo.h"

#include "core/qaimpact.h"
#include "core/qascore.h"
#include "demotext.h"
#include "storage/disputerepository.h"

#include <QSet>

#include <optional>

namespace huddle::demo {

namespace {

// One dispute of the demo: raised about `raisedDaysBack` days before the last day (anywhere from
// `latestDaysBack` to `earliestDaysBack` when that day has no suitable evaluation), decided `decidedAfter`
// days later or left open.
struct DisputePlan {
    int raisedDaysBack = 0;
    int latestDaysBack = 0;
    int earliestDaysBack = 0;
    std::optional<core::DisputeOutcome> outcome;
    int decidedAfter = 0;
    bool oneCriterion = false;
    QString reason;
    QString decision;
};

QList<int> failedCriteria(const PublishedEvaluation &e)
{
    QList<int> failed;
    const QList<core::Criterion> criteria = e.scorecard.definition.flatCriteria();
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (core::isFailed(criteria[i], e.answers[i]))
            failed.append(static_cast<int>(i));
    return failed;
}

// The answers after the decision: accepted puts the disputed criterion (or every failed one) right,
// partially accepted the first of several failed ones; rejected keeps them. Empty when the evaluation does
// not suit the plan: the arbitrator's change must move the score.
std::optional<QList<core::CriterionAnswer>> decidedAnswers(const PublishedEvaluation &e,
                                                           const DisputePlan &plan)
{
    const QList<int> failed = failedCriteria(e);
    if (failed.isEmpty() || (plan.outcome == core::DisputeOutcome::PartiallyAccepted && failed.size() < 2))
        return std::nullopt;
    QList<core::CriterionAnswer> answers = e.answers;
    if (plan.outcome == core::DisputeOutcome::Rejected || !plan.outcome)
        return answers;
    const QList<core::Criterion> criteria = e.scorecard.definition.flatCriteria();
    const bool all = plan.outcome == core::DisputeOutcome::Accepted && !plan.oneCriterion;
    for (const int i : failed.mid(0, all ? failed.size() : 1))
        answers[i].points = criteria[i].kind == core::CriterionKind::YesNo ? 1 : 5;
    if (core::qaScorePct(criteria, answers) == core::qaScorePct(criteria, e.answers))
        return std::nullopt;
    return answers;
}

struct Candidate {
    const PublishedEvaluation *evaluation = nullptr;
    QList<core::CriterionAnswer> answers;
};

// The evaluation published most recently before `raisedAt` within the dispute window that suits the plan.
std::optional<Candidate> candidateFor(const QList<PublishedEvaluation> &published, const QSet<qint64> &used,
                                      const DisputePlan &plan, const QDateTime &raisedAt, int windowDays)
{
    for (auto it = published.crbegin(); it != published.crend(); ++it) {
        if (used.contains(it->id) || it->publishedAt >= raisedAt.addSecs(-3600) ||
            it->publishedAt.addDays(windowDays) <= raisedAt)
            continue;
        if (auto answers = decidedAnswers(*it, plan))
            return Candidate{&*it, *answers};
    }
    return std::nullopt;
}

// Open within its deadline (raised at most four days before the end, so due after it), overdue, and decided
// three ways.
QList<DisputePlan> plans()
{
    using core::DisputeOutcome;
    return {
        {1,
         0,
         4,
         {},
         0,
         false,
         QStringLiteral("The customer asked for the supervisor themselves; the agent did offer."),
         {}},
        {9,
         6,
         20,
         {},
         0,
         true,
         QStringLiteral("The recording shows it was done, from 03:40 on; this criterion should pass."),
         {}},
        {16, 2, 40, DisputeOutcome::Accepted, 2, true,
         QStringLiteral("The recap is at 06:10, after the hold — the evaluator stopped listening before it."),
         QStringLiteral("Confirmed on the recording: the recap is there. Criterion re-scored.")},
        {23, 3, 40, DisputeOutcome::PartiallyAccepted, 3, false,
         QStringLiteral(
             "Two of the marked mistakes follow the new refund policy, which the scorecard predates."),
         QStringLiteral("One of the two follows the new policy and is re-scored; the other stands.")},
        {12, 2, 40, DisputeOutcome::Rejected, 2, false,
         QStringLiteral("The call was hard and the customer was abusive; the score is unfair."),
         QStringLiteral(
             "Understood, but the criteria were scored as the guidelines say. The score stands.")}};
}

// When to raise the plan's dispute and of which evaluation: the day nearest the preferred one that has a
// suitable evaluation in its window.
std::optional<std::pair<QDateTime, Candidate>> raise(const DisputePlan &plan,
                                                     const QList<PublishedEvaluation> &published,
                                                     const QSet<qint64> &used, QDate endDay,
                                                     const QTimeZone &zone, int windowDays)
{
    for (int distance = 0; distance <= plan.earliestDaysBack - plan.latestDaysBack; ++distance) {
        QList<int> days{plan.raisedDaysBack + distance};
        if (distance > 0)
            days.append(plan.raisedDaysBack - distance);
        for (const int daysBack : days) {
            if (daysBack < plan.latestDaysBack || daysBack > plan.earliestDaysBack)
                continue;
            const QDateTime raisedAt = QDateTime(endDay.addDays(-daysBack), QTime(11, 0), zone).toUTC();
            if (auto candidate = candidateFor(published, used, plan, raisedAt, windowDays))
                return std::pair{raisedAt, *candidate};
        }
    }
    return std::nullopt;
}

} // namespace

core::Result<int> writeDemoDisputes(storage::Database &database, const QList<PublishedEvaluation> &published,
                                    QDate endDay, const QTimeZone &zone)
{
    storage::DisputeRepository disputes(database);
    const auto rules = disputes.rules();
    if (!rules)
        return rules.error();
    QSet<qint64> used;
    int written = 0;
    for (const DisputePlan &plan : plans()) {
        const auto chosen = raise(plan, published, used, endDay, zone, rules.value().windowDays);
        if (!chosen)
            continue;
        const auto &[raisedAt, candidate] = *chosen;
        const PublishedEvaluation &e = *candidate.evaluation;
        used.insert(e.id);
        const QList<int> failed = failedCriteria(e);
        const auto opened = disputes.open(e.id, plan.oneCriterion ? failed.first() : -1,
                                          coachName(e.teamIndex), plan.reason, raisedAt);
        if (!opened)
            return opened.error();
        ++written;
        if (!plan.outcome)
            continue;
        const QDateTime decidedAt = raisedAt.addDays(plan.decidedAfter).addSecs(4 * 3600);
        if (auto decided = disputes.decide(opened.value(), *plan.outcome, candidate.answers, plan.decision,
                                           qaManagerName(), decidedAt);
            !decided)
            return decided.error();
    }
    return written;
}

} // namespace huddle::demo
