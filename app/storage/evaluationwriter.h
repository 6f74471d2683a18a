#pragma once

#include "core/records.h"
#include "core/result.h"
#include "evaluationrepository.h"
#include "evaluationrows.h"
#include "qawriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace huddle::storage {

class Database;

// Internal to storage: the write steps EvaluationRepository and DisputeRepository share. Each runs inside
// the transaction the caller has open and checks what it writes, so the caller's rollback undoes all of it.
class EvaluationWriter {
public:
    EvaluationWriter(const Database &database, const QDateTime &now);

    // Checks the draft against its scorecard, its kind and (for calibration) its session, and stores row,
    // answers and annotations. Refuses an existing evaluation that is no longer a draft or no longer at
    // draft.revision. Returns the id; storedRevision() then tells the revision it is at.
    core::Result<qint64> storeDraft(const EvaluationDraft &draft, const StoredScorecard &scorecard);
    // Takes the evaluation for a change by `actor`: bumps its revision and records who changed it when, but
    // only while it is still at `expectedRevision` (0: at any). Otherwise refused with who changed it when.
    core::Status claim(qint64 evaluationId, int expectedRevision, const QString &actor);
    // The revision the last claim or new draft left (1 for a new evaluation).
    int storedRevision() const { return m_revision; }
    // Makes a stored, complete draft published: score, publishing time, score history and audit entry.
    core::Status publishStored(qint64 evaluationId, const EvaluationDraft &draft,
                               const StoredScorecard &scorecard, const QString &actor);
    core::Status replaceAnswers(qint64 evaluationId, const StoredScorecard &scorecard,
                                const QList<core::CriterionAnswer> &answers, const QStringList &comments);
    core::Status replaceAnnotations(qint64 evaluationId, const StoredScorecard &scorecard,
                                    const QList<core::Annotation> &annotations);
    // Sets status, score and comment (when given), the time of the change and who made it, and bumps the
    // revision (an editor who loaded the evaluation before is then refused).
    core::Status updateState(qint64 evaluationId, core::EvaluationStatus status,
                             std::optional<double> scorePct, const QString &actor,
                             const std::optional<QString> &comment = std::nullopt);
    core::Status appendHistory(qint64 evaluationId, const QString &actor, std::optional<double> scorePct,
                               core::EvaluationStatus status, const QString &reason);
    core::Status audit(qint64 evaluationId, const QString &actor, const QString &action,
                       const QJsonObject &detail);
    // A peer review is of the peer kind and not of the reviewer's own conversation (reviewerAgentId 0: the
    // reviewer is not an agent) …
    core::Status checkPeerReviewer(const EvaluationDraft &draft, qint64 reviewerAgentId);
    // … and brings a review note, dated today (UTC), that points at its evaluation.
    core::Status insertPeerNote(const EvaluationDraft &draft, qint64 evaluationId, qint64 reviewerAgentId,
                                const QString &note);
    // A calibration score may be changed only while its session is open, and only by its evaluator.
    core::Status checkCalibrationEdit(const EvaluationRow &row, const QString &actor);

    QDateTime now() const { return m_now; }

private:
    core::Status checkKind(const EvaluationDraft &draft, const StoredScorecard &scorecard);
    core::Status checkCalibration(const EvaluationDraft &draft);
    core::Status checkConversation(qint64 conversationId);
    core::Result<qint64> insertRow(const EvaluationDraft &draft, std::optional<double> scorePct);
    core::Status updateRow(const EvaluationDraft &draft, std::optional<double> scorePct);
    core::Error staleEdit(qint64 evaluationId, int expectedRevision);

    const Database &m_database;
    QDateTime m_now;
    QaWriter m_writer;
    int m_revision = 0;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::EvaluationWriter)
};

} // namespace huddle::storage
