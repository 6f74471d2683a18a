#pragma once

#include "core/records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace huddle::models {
class EvaluationForm;
}

namespace huddle::ui {

// The top of the evaluation form: what is evaluated and its state ("QA evaluation — EXT-12 · Ana  Draft"),
// the scorecard (changeable while nothing is answered), undo / redo, and the live total with how much is
// answered.
class EvaluationHeader : public QWidget {
    Q_OBJECT
public:
    EvaluationHeader(models::EvaluationForm *form, QWidget *parent = nullptr);

    static QString kindTitle(core::EvaluationKind kind); // "QA evaluation", "Calibration (blind)", …
    QString title() const;                               // "QA evaluation — EXT-12 · Ana"
    void setUndoActions(QAction *undo, QAction *redo);
    void fillScorecards(); // after the form opened an evaluation
    void refresh();        // title, state and whether the scorecard may change
    void showScore();
    void showFailure(core::EvaluationKind kind); // the form could not be opened

Q_SIGNALS:
    void scorecardChosen(qint64 versionId);

private:
    models::EvaluationForm *m_form;
    QLabel *m_title;
    QLabel *m_score;
    QLabel *m_progress;
    QComboBox *m_scorecard;
    QToolButton *m_undo;
    QToolButton *m_redo;
};

} // namespace huddle::ui
