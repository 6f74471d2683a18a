#pragma once

#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace huddle::models {
class EvaluationForm;
}

namespace huddle::ui {

class CriterionPanel;

// A peer review: a colleague (picked from the agents, or the user) scores a conversation on the short peer
// scorecard and writes a free note; the note appears beside the dashboard chart.
class PeerReviewDialog : public QDialog {
    Q_OBJECT
public:
    PeerReviewDialog(const storage::Database &database, qint64 conversationId, const QString &user,
                     QWidget *parent = nullptr);

    // The review is this colleague's: the one asked for it, or the agent signed in. Not to be changed.
    void fixReviewer(qint64 agentId);

Q_SIGNALS:
    void reviewPublished(qint64 evaluationId);

private:
    QWidget *createChoices();
    void fillReviewers();
    void fillScorecards();
    void chooseScorecard(int index);
    void updateState();
    void publish();

    const storage::Database *m_database;
    QString m_user;
    models::EvaluationForm *m_form;
    QLabel *m_title;
    QComboBox *m_reviewer;
    QComboBox *m_scorecard;
    CriterionPanel *m_criteria;
    QLabel *m_score;
    QPlainTextEdit *m_note;
    QLabel *m_message;
    QPushButton *m_publish;
    bool m_opened = false;
};

} // namespace huddle::ui
