#include "qaactions.h"

#include "askpeerreviewdialog.h"
#include "conversationspage.h"
#include "currentuser.h"
#include "mainwindow.h"
#include "peerreviewdialog.h"
#include "qadialogs.h"
#include "qasettingsdialog.h"
#include "scorecarddesigner.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace huddle::ui {

QaActions::QaActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_evaluate(new QAction(tr("&Evaluate Conversation…"), this))
    , m_peerReview(new QAction(tr("&Peer Review…"), this))
    , m_askForPeerReview(new QAction(tr("&Ask for a Peer Review…"), this))
    , m_scorecards(new QAction(tr("&Scorecards…"), this))
    , m_settings(new QAction(tr("QA S&ettings…"), this))
    , m_userName(new QAction(tr("Your &Name…"), this))
{
    m_evaluate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_evaluate->setStatusTip(tr("Score the selected conversation on a QA scorecard"));
    m_evaluate->setIconText(tr("Evaluate…"));
    m_peerReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_peerReview->setStatusTip(tr("A colleague reviews the selected conversation on the peer scorecard"));
    m_peerReview->setIconText(tr("Peer review…"));
    m_askForPeerReview->setIconText(tr("Ask for review…"));
    m_askForPeerReview->setStatusTip(
        tr("Ask a colleague to review the selected conversation; it goes on their to-review list"));
    m_scorecards->setStatusTip(tr("Design scorecards: sections, criteria, weights and auto-fail"));
    m_settings->setStatusTip(tr("The weekly sample size and the dispute windows"));
    m_userName->setStatusTip(tr("The name written into evaluations, disputes and the audit log"));
    connect(m_evaluate, &QAction::triggered, this, [this] { evaluateConversation(selectedConversation()); });
    connect(m_peerReview, &QAction::triggered, this,
            [this] { peerReviewConversation(selectedConversation()); });
    connect(m_askForPeerReview, &QAction::triggered, this,
            [this] { askForPeerReview(selectedConversation()); });
    connect(m_scorecards, &QAction::triggered, this, &QaActions::openScorecardDesigner);
    connect(m_settings, &QAction::triggered, this, &QaActions::openQaSettings);
    connect(m_userName, &QAction::triggered, this, &QaActions::chooseUserName);
    update();
}

void QaActions::addTo(QMenu *qaMenu)
{
    qaMenu->addAction(m_evaluate);
    qaMenu->addAction(m_peerReview);
    qaMenu->addAction(m_askForPeerReview);
    qaMenu->addSeparator();
    qaMenu->addAction(m_scorecards);
    qaMenu->addAction(m_settings);
}

void QaActions::update()
{
    // On a server, only what the signed-in role may write (an agent writes peer reviews, not evaluations).
    const bool selected = selectedConversation().has_value();
    const SignedIn who = m_window->signedIn();
    m_evaluate->setEnabled(selected && who.evaluates());
    m_peerReview->setEnabled(selected && who.mayAddTo(QStringLiteral("review_notes")));
    m_askForPeerReview->setEnabled(selected && who.mayAddTo(QStringLiteral("peer_review_assignments")));
    const bool open = m_window->database() != nullptr;
    m_scorecards->setEnabled(open && m_window->roleAllows(QStringLiteral("scorecards")));
    m_settings->setEnabled(open && m_window->roleAllows(QStringLiteral("settings")));
}

std::optional<qint64> QaActions::selectedConversation() const
{
    if (!m_window->database() || m_window->currentPage() != MainWindow::ConversationsIndex)
        return std::nullopt;
    return m_window->conversations()->selectedHandledConversation();
}

bool QaActions::haveDatabase(const QString &title) const
{
    if (m_window->database())
        return true;
    QMessageBox::warning(m_window, title, tr("Open or create a database first."));
    return false;
}

QDialog *QaActions::openForm(const EvaluationRequest &request)
{
    EvaluationDialog *dialog = openEvaluationDialog(*m_window->database(), request, m_window);
    connect(dialog, &EvaluationDialog::evaluationSaved, this, &QaActions::qaDataChanged);
    return dialog;
}

QDialog *QaActions::openEvaluation(qint64 evaluationId)
{
    if (!haveDatabase(tr("Evaluation")))
        return nullptr;
    EvaluationRequest request;
    request.evaluationId = evaluationId;
    return openForm(request);
}

QDialog *QaActions::evaluateConversation(std::optional<qint64> conversationId)
{
    if (!haveDatabase(tr("Evaluate")))
        return nullptr;
    if (!conversationId) {
        m_window->statusBar()->showMessage(tr("Select a conversation on the Conversations page first, or "
                                              "evaluate from the QA page's queue."),
                                           10000);
        return nullptr;
    }
    EvaluationRequest request;
    request.conversationId = *conversationId;
    return openForm(request);
}

QDialog *QaActions::peerReviewConversation(std::optional<qint64> conversationId,
                                           std::optional<qint64> reviewerAgentId)
{
    if (!haveDatabase(tr("Peer review")))
        return nullptr;
    if (!conversationId) {
        m_window->statusBar()->showMessage(tr("Select a conversation on the Conversations page first."),
                                           10000);
        return nullptr;
    }
    auto *dialog = new PeerReviewDialog(*m_window->database(), *conversationId, currentUserName(), m_window);
    if (const std::optional<qint64> me = m_window->signedIn().agent)
        dialog->fixReviewer(*me);
    else if (reviewerAgentId)
        dialog->fixReviewer(*reviewerAgentId);
    connect(dialog, &PeerReviewDialog::reviewPublished, this, &QaActions::qaDataChanged);
    return showWindowModal(dialog);
}

QDialog *QaActions::askForPeerReview(std::optional<qint64> conversationId)
{
    if (!haveDatabase(tr("Ask for a peer review")))
        return nullptr;
    if (!conversationId) {
        m_window->statusBar()->showMessage(tr("Select a conversation on the Conversations page first."),
                                           10000);
        return nullptr;
    }
    auto *dialog =
        new AskPeerReviewDialog(*m_window->database(), *conversationId, currentUserName(), m_window);
    connect(dialog, &AskPeerReviewDialog::asked, this, [this](const QString &reviewer) {
        m_window->statusBar()->showMessage(
            tr("%1 is asked for a peer review; it is on the QA page's Peer Reviews tab.").arg(reviewer),
            8000);
        Q_EMIT qaDataChanged();
    });
    return showWindowModal(dialog);
}

QDialog *QaActions::openScorecardDesigner()
{
    if (!haveDatabase(tr("Scorecards")))
        return nullptr;
    auto *dialog = new ScorecardDesigner(*m_window->database(), currentUserName(), m_window);
    connect(dialog, &ScorecardDesigner::scorecardsChanged, this, &QaActions::qaDataChanged);
    return showWindowModal(dialog);
}

QDialog *QaActions::openQaSettings()
{
    if (!haveDatabase(tr("QA settings")))
        return nullptr;
    auto *dialog = new QaSettingsDialog(*m_window->database(), currentUserName(), m_window);
    connect(dialog, &QaSettingsDialog::settingsSaved, this, [this] {
        m_window->statusBar()->showMessage(tr("QA settings saved."), 8000);
        Q_EMIT qaDataChanged();
    });
    return showWindowModal(dialog);
}

QDialog *QaActions::chooseUserName()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setWindowTitle(tr("Your name"));
    dialog->setLabelText(tr("The name written into the evaluations, disputes and audit entries you make.\n"
                            "Leave it empty to use your login name."));
    dialog->setTextValue(currentUserName());
    dialog->setObjectName(QStringLiteral("userNameDialog"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        setCurrentUserName(name);
        overrideCurrentUserName({}); // a name chosen now replaces one given with --user
        m_window->statusBar()->showMessage(tr("Working as %1.").arg(currentUserName()), 8000);
    });
    return showWindowModal(dialog);
}

} // namespace huddle::ui
