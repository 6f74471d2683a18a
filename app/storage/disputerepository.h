#pragma once

#include "core/dispute.h"
#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

struct DisputeEntry {
    qint64 id = 0;
    qint64 evaluationId = 0;
    int criterionIndex = -1; // flatCriteria() index of the contested criterion; -1: the whole evaluation
    QString criterionName;
    QString raisedBy;
    QDateTime raisedAt;
    QString reason;
    QDateTime dueAt;
    std::optional<core::DisputeOutcome> outcome; // empty while open
    QString arbitrator;
    QDateTime decidedAt;
    QString decisionReason;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    // Context for the list
    QString agentName;
    QString evaluator;
    QString conversationRef;
    QDate conversationDay;
};

// Disputes of published QA evaluations, applying core's dispute rules (core/dispute.h) with the site's
// windows from settings. Opening makes the evaluation Disputed (out of QA % until decided); a decision makes
// it Final with the decided answers. Both steps write score history and audit entries (on the evaluation:
// "dispute", "resolve") in one transaction. An evaluation still Published after its window counts as final:
// open() refuses it, so no background job has to change its status.
class DisputeRepository {
public:
    explicit DisputeRepository(const Database &database);

    core::Result<core::DisputeRules> rules() const;
    // Both at least one day; audited as entity "settings", id 0, action "dispute_rules".
    core::Status setRules(const core::DisputeRules &rules, const QString &actor);

    // `criterionIndex` -1 disputes the whole evaluation.
    core::Result<qint64> open(qint64 evaluationId, int criterionIndex, const QString &raisedBy,
                              const QString &reason, const QDateTime &now);
    // `answers`: the evaluation's answers after the decision (unchanged for a rejection).
    core::Status decide(qint64 disputeId, core::DisputeOutcome outcome,
                        const QList<core::CriterionAnswer> &answers, const QString &reason,
                        const QString &arbitrator, const QDateTime &now);

    // Open ones first (soonest deadline first), then decided ones, newest first.
    core::Result<QList<DisputeEntry>> list(bool openOnly) const;
    core::Result<std::optional<DisputeEntry>> forEvaluation(qint64 evaluationId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::DisputeRepository)
};

} // namespace huddle::storage
