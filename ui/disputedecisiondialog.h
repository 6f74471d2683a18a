#pragma once

#include "models/scoredevaluation.h"
#include "storage/database.h"
#include "storage/disputerepository.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace huddle::ui {

class CriterionAnswersEdit;

// Disputes → Decide…: the arbitrator reads the dispute's reason and the evaluation's answers (the contested
// criterion highlighted), accepts (re-scores), partially accepts (re-scores) or rejects, and gives a reason.
// The new score shows live; OK stays disabled, with core::checkDecision's message shown, until the decision
// is one the rules allow.
class DisputeDecisionDialog : public QDialog {
    Q_OBJECT
public:
    DisputeDecisionDialog(const storage::Database &database, const storage::DisputeEntry &dispute,
                          const QString &arbitrator, QWidget *parent = nullptr);

    QRadioButton *outcomeButton(core::DisputeOutcome outcome) const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    CriterionAnswersEdit *answersEdit() const { return m_answers; }
    QPushButton *okButton() const;
    QString problem() const;
    QString scoreText() const;

Q_SIGNALS:
    void decided(qint64 disputeId);

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createOutcomes();
    QString describeDispute() const;
    std::optional<core::DisputeOutcome> outcome() const;
    void onOutcomeChanged();
    void validate();

    const storage::Database *m_database;
    storage::DisputeEntry m_dispute;
    QString m_arbitrator;
    std::optional<models::ScoredEvaluation> m_evaluation; // empty when it could not be loaded
    QString m_loadError;
    CriterionAnswersEdit *m_answers;
    QButtonGroup *m_outcomes;
    QPlainTextEdit *m_reason;
    QLabel *m_score;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
