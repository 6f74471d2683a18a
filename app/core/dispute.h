#pragma once

#include "records.h"
#include "result.h"

#include <QDateTime>

// The dispute rules: who may contest an evaluation, until when, and what a decision may change. Pure, so the
// state machine is tested without a database; storage/disputerepository.cpp applies it inside a transaction.
namespace huddle::core {

enum class DisputeOutcome { Accepted, PartiallyAccepted, Rejected };

struct DisputeRules {
    int windowDays =
        7; // days after publishing in which a dispute can be opened (setting dispute_window_days)
    int decisionDays = 5; // days the arbitrator has to decide (setting dispute_decision_days)
};

// Whether a dispute can be opened on an evaluation at `now`: only QA evaluations, only while published
// (not a draft, not already disputed, never once final), only within the window after publishing.
// The error says which rule refused it.
Status canOpenDispute(EvaluationKind kind, EvaluationStatus status, const QDateTime &publishedAt,
                      const QDateTime &now, const DisputeRules &rules);

// The last instant a dispute opened at `raisedAt` can be opened at all (publishedAt + window) …
QDateTime disputeWindowEnd(const QDateTime &publishedAt, const DisputeRules &rules);
// … and the arbitrator's deadline for one raised at `raisedAt`.
QDateTime decisionDeadline(const QDateTime &raisedAt, const DisputeRules &rules);
bool isOverdue(const QDateTime &dueAt, const QDateTime &now);

// The only status changes an evaluation can make: draft → published; published → disputed;
// published → final (edited after the window); disputed → final. Nothing leaves final. Staying put is
// allowed where the evaluation may still be edited: draft → draft (saving a draft) and published →
// published (a correction); a disputed evaluation changes only through the decision, a final one never.
Status checkStatusChange(EvaluationStatus from, EvaluationStatus to);

// Whether a decision is acceptable: a reason is always required; a rejection keeps every answer as it was;
// an acceptance (full or partial) must change the score; a dispute of one criterion (criterionIndex ≥ 0)
// may only change that criterion's answer. `before` and `after` are in flatCriteria() order.
Status checkDecision(DisputeOutcome outcome, const QString &reason, int criterionIndex,
                     const QList<Criterion> &criteria, const QList<CriterionAnswer> &before,
                     const QList<CriterionAnswer> &after);

} // namespace huddle::core
