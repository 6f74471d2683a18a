#pragma once

#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

// An evaluation as its form edits it. `id` 0: not stored yet.
struct EvaluationDraft {
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 scorecardVersionId = 0;
    core::EvaluationKind kind = core::EvaluationKind::Qa;
    qint64 calibrationSessionId = 0; // kind Calibration only
    QString evaluator;
    QList<core::CriterionAnswer>
        answers;                // flatCriteria() order; a draft may hold unanswered ones (points -1)
    QStringList answerComments; // one per answer (may be empty strings)
    QString comment;
    QList<core::Annotation> annotations;
    // The stored revision this draft was loaded at (load() fills it in). A save of an existing evaluation
    // applies only while it is still at that revision, so a change somebody else saved meanwhile is never
    // overwritten unseen; 0 skips the check (callers that hold no loaded copy).
    int revision = 0;
};

struct EvaluationDetail {
    EvaluationDraft draft;
    core::EvaluationStatus status = core::EvaluationStatus::Draft;
    std::optional<double> scorePct;
    QDateTime createdAt;
    QDateTime publishedAt; // invalid while a draft
    QDateTime updatedAt;
    QString updatedBy; // who saved the last change (empty for changes from before schema level 8)
    qint64 agentId = 0;
    QString agentName;
    QString conversationRef; // the conversation's external id
    QDate conversationDay;
    QString scorecardName;
    int scorecardVersion = 1;
};

struct EvaluationListEntry {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString conversationRef;
    QDate conversationDay;
    qint64 agentId = 0;
    QString agentName;
    QString evaluator;
    QString scorecardName;
    int scorecardVersion = 1;
    core::EvaluationKind kind = core::EvaluationKind::Qa;
    core::EvaluationStatus status = core::EvaluationStatus::Draft;
    std::optional<double> scorePct;
    QDateTime updatedAt;
    QDateTime publishedAt;
    int annotations = 0;
};

struct EvaluationFilter {
    core::DateRange range; // of the evaluated conversations' days
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    std::optional<core::EvaluationKind> kind; // empty: QA and peer (calibration scores are never listed here)
    QList<core::EvaluationStatus> statuses;   // empty: all
    QString evaluator;                        // empty: anyone
};

struct ScoreHistoryEntry {
    QDateTime at;
    QString actor;
    std::optional<double> scorePct;
    core::EvaluationStatus status = core::EvaluationStatus::Published;
    QString reason;
};

// Evaluations, their answers, comments and annotations. Every write is one transaction; every change to an
// evaluation that is no longer a draft appends to the audit log and, when the score changes, to the score
// history. Calibration scores are blind: while their session is open only their own evaluator can load them.
class EvaluationRepository {
public:
    explicit EvaluationRepository(const Database &database);

    // The evaluated conversation's id; empty when no evaluation has that id.
    core::Result<std::optional<qint64>> conversationOf(qint64 evaluationId) const;
    // The evaluation's stored revision (see EvaluationDraft::revision); 0 when there is no such evaluation.
    core::Result<int> revision(qint64 evaluationId) const;

    // Creates (id 0) or updates a draft; answers may be incomplete. Refuses an evaluation that is not a
    // draft, or one changed since `draft.revision` ("changed by … at …; reload"). `storedRevision`, when
    // given, receives the revision the save leaves, for the next save of the same copy.
    core::Result<qint64> saveDraft(const EvaluationDraft &draft, int *storedRevision = nullptr);
    // Stores and publishes: every criterion answered (or N/A where allowed), the score computed with
    // core::qaScorePct. Calibration scores must belong to an open session the evaluator is part of, for one
    // of its conversations, once per evaluator and conversation. Returns the evaluation id.
    core::Result<qint64> publish(const EvaluationDraft &draft, const QString &actor);
    // A peer review: publishes a Peer evaluation and the reviewer's note (shown beside the dashboard chart)
    // together. `reviewerAgentId` is the colleague writing it (0: entered by somebody else).
    core::Result<qint64> publishPeerReview(const EvaluationDraft &draft, qint64 reviewerAgentId,
                                           const QString &note, const QString &actor);
    // Corrects a published (not disputed, not final) evaluation; `reason` is required and audited. Refused
    // like saveDraft when the evaluation changed since `changed.revision`.
    core::Status editPublished(const EvaluationDraft &changed, const QString &reason, const QString &actor);
    // Drafts only; audited ("remove_draft") so a vanished draft can be explained.
    core::Status removeDraft(qint64 evaluationId, const QString &actor);

    // Refuses a calibration score of an open session to anybody but its evaluator (`viewer`).
    core::Result<EvaluationDetail> load(qint64 evaluationId, const QString &viewer) const;
    core::Result<QList<EvaluationListEntry>> list(const EvaluationFilter &filter) const;
    // Empty for a calibration score while its session is open (the blind rule).
    core::Result<QList<ScoreHistoryEntry>> history(qint64 evaluationId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::EvaluationRepository)
};

} // namespace huddle::storage
