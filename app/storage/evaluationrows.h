#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

// Internal to storage: reading an evaluation the way the rules need it, and checking and describing its
// answers. Shared by EvaluationRepository, DisputeRepository and their writer.
namespace huddle::storage {

class Database;

// An evaluation's row as the rules need it.
struct EvaluationRow {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 versionId = 0;
    qint64 calibrationSessionId = 0;
    core::EvaluationKind kind = core::EvaluationKind::Qa;
    core::EvaluationStatus status = core::EvaluationStatus::Draft;
    QString evaluator;
    std::optional<double> scorePct;
    QDateTime publishedAt;
};

core::Result<EvaluationRow> readEvaluationRow(const Database &database, qint64 evaluationId);

// Answers and their comments in the scorecard's flatCriteria() order; points -1 where not answered yet.
struct StoredAnswers {
    QList<core::CriterionAnswer> answers;
    QStringList comments;
};
core::Result<StoredAnswers> readAnswers(const Database &database, qint64 evaluationId,
                                        const QList<qint64> &criterionIds);

// Audit details: the answers by criterion name, and a score (null when there is none).
QJsonArray answersDetail(const core::ScorecardDefinition &scorecard,
                         const QList<core::CriterionAnswer> &answers);
QJsonValue scoreDetail(std::optional<double> scorePct);

// Every criterion answered with a valid answer (`complete`), or answered validly where answered at all; the
// message names the criterion.
core::Status checkAnswers(const core::ScorecardDefinition &scorecard,
                          const QList<core::CriterionAnswer> &answers, bool complete);
// The score of complete answers; refuses answers that leave nothing to score.
core::Result<double> scoreOf(const core::ScorecardDefinition &scorecard,
                             const QList<core::CriterionAnswer> &answers);

} // namespace huddle::storage
