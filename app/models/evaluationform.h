#pragma once

#include "core/records.h"
#include "core/result.h"
#include "storage/conversationrepository.h"
#include "storage/evaluationrepository.h"
#include "storage/qawriter.h"
#include "storage/scorecardrepository.h"

#include <QObject>

namespace huddle::storage {
class Database;
}

namespace huddle::models {

class AnnotationModel;
class EvaluationFormModel;
class TranscriptModel;

// A scorecard version the form can be scored with.
struct ScorecardOption {
    qint64 versionId = 0;
    QString label; // "Voice QA (version 2)"
};

// Everything the evaluation form edits and how it is stored: the conversation with its transcript, the
// scorecard, the answers and comments (EvaluationFormModel), the annotations, the state (new, draft,
// published, being edited with a reason) and the score history. No widgets: the dialog shows it, the tests
// drive it directly.
class EvaluationForm : public QObject {
    Q_OBJECT
public:
    EvaluationForm(const storage::Database &database, const QString &user, QObject *parent = nullptr);
    ~EvaluationForm() override;

    // A stored evaluation: a draft opens editable, anything else read-only until beginEdit().
    core::Status openStored(qint64 evaluationId);
    // A new evaluation of `conversationId`. `scorecardVersionId` 0: the default scorecard for the kind and
    // the conversation's channel (defaultScorecard).
    core::Status openNew(qint64 conversationId, qint64 scorecardVersionId, core::EvaluationKind kind,
                         qint64 calibrationSessionId = 0);

    EvaluationFormModel *criteria() const { return m_criteria; }
    AnnotationModel *annotations() const { return m_annotations; }
    TranscriptModel *transcript() const { return m_transcript; }

    const storage::ConversationRow &conversation() const { return m_conversation; }
    bool conversationHasSale() const { return m_hasSale; }
    qint64 evaluationId() const { return m_draft.id; }
    core::EvaluationKind kind() const { return m_draft.kind; }
    core::EvaluationStatus status() const { return m_status; }
    QString evaluator() const { return m_draft.evaluator; }
    const storage::StoredScorecard &scorecard() const { return m_scorecard; }
    const QList<storage::ScoreHistoryEntry> &history() const { return m_history; }

    QList<ScorecardOption> scorecardOptions() const { return m_options; }
    // Only a QA or peer form that is not stored as published, and only while nothing is answered or tied to
    // a criterion: answers belong to the criteria they were given for.
    bool canChangeScorecard() const;
    core::Status changeScorecard(qint64 versionId);

    bool isEditable() const; // a draft (or a new form), or a published evaluation after beginEdit()
    bool isEditingPublished() const { return !m_editReason.isEmpty(); }
    // Why a read-only evaluation cannot be edited ("disputed: …"); empty when beginEdit() may be called.
    QString editBlocker() const;
    void beginEdit(const QString &reason);
    // Why publishing is not possible yet ("2 criteria are not answered yet"); empty when it is.
    QString publishBlocker() const;
    bool isModified() const;
    // Somebody saved the stored evaluation since this form loaded it (or it was removed): a save is then
    // refused, and the way on is to open it again.
    bool isStale() const;

    core::Status saveDraft();
    // Publishes a draft, or stores the edit of a published evaluation with the reason given to beginEdit().
    // Either way the form then shows the stored evaluation again, read-only, with its history.
    core::Status publish();
    // Publishes a new peer-review form as written by `reviewer` (`reviewerAgentId` 0: not an agent) with the
    // note shown beside the dashboard chart. Returns the evaluation id.
    core::Result<qint64> publishPeerReview(qint64 reviewerAgentId, const QString &reviewer,
                                           const QString &note);

    core::Status addAnnotation(const core::Annotation &annotation);
    void removeAnnotation(int row);
    // Parses `text` (core::parseTranscript) and replaces the conversation's transcript with it.
    core::Status attachTranscript(const QString &text, const QString &sourceName);

Q_SIGNALS:
    void stateChanged(); // status, editability, modification or scorecard changed
    void saved(qint64 evaluationId);

private:
    core::Status loadConversation(qint64 conversationId);
    core::Status loadScorecard(qint64 versionId);
    core::Result<QList<storage::ScorecardSummary>> loadOptions(); // also the scorecards offered
    void showForm(const QList<core::CriterionAnswer> &answers, const QStringList &comments,
                  const QList<core::Annotation> &annotations);
    storage::EvaluationDraft currentDraft() const;
    void markClean();

    const storage::Database *m_database;
    QString m_user;
    EvaluationFormModel *m_criteria;
    AnnotationModel *m_annotations;
    TranscriptModel *m_transcript;
    storage::ConversationRow m_conversation;
    bool m_hasSale = false;
    storage::StoredScorecard m_scorecard;
    storage::EvaluationDraft m_draft; // id, conversation, kind, session, evaluator, comment
    core::EvaluationStatus m_status = core::EvaluationStatus::Draft;
    QList<storage::ScoreHistoryEntry> m_history;
    QList<ScorecardOption> m_options;
    QString m_editReason;
    bool m_dirty = false; // annotations or the scorecard changed (answers and comments: the undo stack)
};

// The scorecard a new evaluation starts with: of the non-retired scorecards of `purpose`, the newest made
// for `channel`, else the newest of any channel. 0 when there is none.
qint64 defaultScorecard(const QList<storage::ScorecardSummary> &scorecards, core::ScorecardPurpose purpose,
                        std::optional<core::Channel> channel);

} // namespace huddle::models
