#pragma once

#include "core/records.h"
#include "storage/database.h"

#include <QDialog>

namespace huddle::ui {

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

    qint64 evaluationId() const; // 0 until saved

Q_SIGNALS:
    void evaluationSaved(qint64 evaluationId); // a draft saved, or published
};

} // namespace huddle::ui
