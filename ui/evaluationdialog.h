#pragma once

#include "core/records.h"
#include "core/result.h"
#include "storage/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace huddle::models {
class EvaluationForm;
class ScoreHistoryModel;
} // namespace huddle::models

namespace huddle::ui {

class AnnotationPanel;
class ConversationPanel;
class CriterionPanel;
class EvaluationHeader;

// What the evaluation form opens: an existing evaluation, or a new one of a conversation.
struct EvaluationRequest {
    qint64 evaluationId = 0;   // open this one (a draft is editable; published is read-only until "Edit…")
    qint64 conversationId = 0; // or evaluate this conversation …
    qint64 scorecardVersionId =
        0; // … with this scorecard version (0: the latest QA scorecard for its channel)
    core::EvaluationKind kind = core::EvaluationKind::Qa;
    qint64 calibrationSessionId = 0; // kind Calibration
};

// The evaluation form: the conversation's data and transcript on the left; the scorecard's criteria with
// guidelines, answers, comments and the live total on the right; annotations anchored to a transcript line or
// a call timestamp below. Scoring works from the keyboard alone. Save as draft (Ctrl+S) or publish
// (Ctrl+Return).
class EvaluationDialog : public QDialog {
    Q_OBJECT
public:
    EvaluationDialog(const storage::Database &database, const EvaluationRequest &request, const QString &user,
                     QWidget *parent = nullptr);
    ~EvaluationDialog() override;

    qint64 evaluationId() const; // 0 until saved

    // Close, Esc and the window's close button come here: unsaved changes are offered to be saved first.
    void reject() override;

Q_SIGNALS:
    void evaluationSaved(qint64 evaluationId); // a draft saved, or published

private:
    QWidget *createHeader();
    QWidget *createBody();
    QWidget *createButtons();
    void addShortcuts();
    void openRequest(const EvaluationRequest &request);
    void updateScore();
    void updateState();
    void chooseScorecard(qint64 versionId);
    void saveDraft();
    void publish();
    void editPublished();
    void showSaveFailure(const core::Error &error);
    void reload();
    void showAnnotation(const core::Annotation &annotation);
    void showMessage(const QString &text, bool problem);
    bool offerToSave();

    models::EvaluationForm *m_form;
    models::ScoreHistoryModel *m_historyModel;
    EvaluationHeader *m_header = nullptr;
    ConversationPanel *m_conversation;
    CriterionPanel *m_criteria;
    AnnotationPanel *m_annotations;
    QTabWidget *m_tabs;
    QTableView *m_history;
    QLabel *m_message;
    QPushButton *m_edit;
    QPushButton *m_saveDraft;
    QPushButton *m_publish;
    QPushButton *m_reload; // shown after a save refused because somebody else saved first
    QPushButton *m_close;
    bool m_opened = false;
};

} // namespace huddle::ui
