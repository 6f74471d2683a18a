#pragma once

#include "models/scoredevaluation.h"
#include "storage/database.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace huddle::ui {

// Opens a dispute on a published QA evaluation: of the whole evaluation or one criterion, with a reason.
// Shows the window's end and refuses (with the rule's message) when the evaluation can't be disputed.
class DisputeOpenDialog : public QDialog {
    Q_OBJECT
public:
    DisputeOpenDialog(const storage::Database &database, qint64 evaluationId, const QString &user,
                      QWidget *parent = nullptr);

    // Added for tests and callers: the widgets and what the dialog says.
    QComboBox *scopeBox() const { return m_scope; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;
    QString refusal() const { return m_refusal; } // why no dispute can be opened; empty when one can
    QString windowText() const;
    QString problem() const;

Q_SIGNALS:
    void disputeOpened(qint64 disputeId);

public Q_SLOTS:
    void accept() override;

private:
    void checkRules();
    void fillScopes();
    QString describeEvaluation() const;
    void validate();

    const storage::Database *m_database;
    qint64 m_evaluationId;
    QString m_user;
    std::optional<models::ScoredEvaluation> m_evaluation;
    QString m_refusal;
    QLabel *m_context;
    QLabel *m_window;
    QComboBox *m_scope;
    QPlainTextEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
