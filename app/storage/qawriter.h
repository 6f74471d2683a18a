#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace huddle::storage {

class Database;

struct StoredScorecard {
    qint64 scorecardId = 0;
    qint64 versionId = 0;
    core::ScorecardDefinition definition;
    QList<qint64> criterionIds; // in the order of definition.flatCriteria()
};

// Writes scorecards and evaluations. Runs inside whatever transaction the connection has open (a
// RecordWriter's, for bulk work). Statements are prepared once per writer, so keep one writer for a batch.
class QaWriter {
public:
    explicit QaWriter(const Database &database);

    core::Result<StoredScorecard> insertScorecard(const core::ScorecardDefinition &definition);
    // A further version (definition.version) of the stored scorecard `scorecardId`; the scorecard's own row
    // (name, purpose, channel) is left as it is.
    core::Result<StoredScorecard> insertVersion(qint64 scorecardId,
                                                const core::ScorecardDefinition &definition);
    // The sections and criteria of `definition` under the version `versionId`; returns the criterion ids in
    // flatCriteria() order.
    core::Result<QList<qint64>> insertSections(qint64 versionId, const core::ScorecardDefinition &definition);

    // Scores the answers with core::qaScorePct and stores evaluation, answers (with their comments),
    // annotations and score. A published (or disputed, or final) one counts as published at its creation
    // time and gets its first score history row.
    core::Result<qint64> insertEvaluation(const StoredScorecard &scorecard,
                                          const core::EvaluationRecord &evaluation,
                                          const QList<core::Annotation> &annotations = {});

    // Answers of an evaluation that has none stored: `answers` in the order of `criterionIds`, points -1 for
    // a criterion not answered yet (stored as NULL points); `comments` empty or one per answer.
    core::Status insertAnswers(qint64 evaluationId, const QList<qint64> &criterionIds,
                               const QList<core::CriterionAnswer> &answers, const QStringList &comments);
    // Annotations of an evaluation; their criterionIndex picks from `criterionIds` (-1: none).
    core::Status insertAnnotations(qint64 evaluationId, const QList<qint64> &criterionIds,
                                   const QList<core::Annotation> &annotations);
    core::Status appendScoreHistory(qint64 evaluationId, const QDateTime &at, const QString &actor,
                                    std::optional<double> scorePct, core::EvaluationStatus status,
                                    const QString &reason);

private:
    QSqlQuery &prepared(QSqlQuery &query, const QString &sql);

    QSqlDatabase m_db;
    QSqlQuery m_evaluation, m_answer, m_annotation, m_history;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::QaWriter)
};

} // namespace huddle::storage
