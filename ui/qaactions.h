#pragma once

#include <QObject>

#include <optional>

class QAction;
class QDialog;
class QMenu;

namespace huddle::ui {

class MainWindow;
struct EvaluationRequest;

// The QA menu and the QA dialogs the main window opens: evaluate or peer-review the conversation selected
// on the Conversations page, open an evaluation (from a timeline marker), the scorecard designer, QA
// settings, and Settings → Your name…. Dialogs are window-modal and deleted when closed; whatever they
// write is announced with qaDataChanged.
class QaActions : public QObject {
    Q_OBJECT
public:
    explicit QaActions(MainWindow *window);

    void addTo(QMenu *qaMenu);
    QAction *evaluateAction() const { return m_evaluate; }
    QAction *peerReviewAction() const { return m_peerReview; }
    QAction *askForPeerReviewAction() const { return m_askForPeerReview; }
    QAction *userNameAction() const { return m_userName; }

    // Each returns the dialog opened, or null (with a message) when there is nothing to open.
    QDialog *openEvaluation(qint64 evaluationId);
    QDialog *evaluateConversation(std::optional<qint64> conversationId);
    // `reviewerAgentId`: the colleague asked for the review (from the Peer Reviews tab), who then cannot
    // change. An agent signed in on a server always reviews as themself.
    QDialog *peerReviewConversation(std::optional<qint64> conversationId,
                                    std::optional<qint64> reviewerAgentId = std::nullopt);
    QDialog *askForPeerReview(std::optional<qint64> conversationId);
    QDialog *openScorecardDesigner();
    QDialog *openQaSettings();
    QDialog *chooseUserName();

public Q_SLOTS:
    void update(); // enables the conversation actions where a conversation is selected

Q_SIGNALS:
    void qaDataChanged();

private:
    std::optional<qint64> selectedConversation() const;
    bool haveDatabase(const QString &title) const;
    QDialog *openForm(const EvaluationRequest &request);

    MainWindow *m_window;
    QAction *m_evaluate;
    QAction *m_peerReview;
    QAction *m_askForPeerReview;
    QAction *m_scorecards;
    QAction *m_settings;
    QAction *m_userName;
};

} // namespace huddle::ui
