#include "askpeerreviewdialog.h"

#include "storage/conversationrepository.h"
#include "storage/directoryrepository.h"
#include "storage/peerreviewassignments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

AskPeerReviewDialog::AskPeerReviewDialog(const storage::Database &database, qint64 conversationId,
                                         const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_conversationId(conversationId)
    , m_user(user)
    , m_title(new QLabel(this))
    , m_reviewer(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_ask(new QPushButton(tr("&Ask"), this))
{
    setWindowTitle(tr("Ask for a peer review"));
    m_reviewer->setObjectName(QStringLiteral("askReviewer"));
    m_message->setObjectName(QStringLiteral("askMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_ask->setObjectName(QStringLiteral("askPeerReview"));
    m_ask->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_ask, QDialogButtonBox::AcceptRole);
    connect(m_ask, &QPushButton::clicked, this, &AskPeerReviewDialog::ask);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reviewer:"), m_reviewer);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("The review goes on the colleague's to-review list (QA page, Peer Reviews). "
                      "On a server, it is also what lets them open this conversation."),
                   this));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    for (QLabel *label : findChildren<QLabel *>())
        label->setWordWrap(true);

    const auto conversation = storage::ConversationRepository(database).byId(conversationId);
    if (!conversation) {
        m_message->setText(conversation.error().toString());
        m_ask->setEnabled(false);
        return;
    }
    m_title->setText(tr("Who should review <b>%1</b>, handled by %2 on %3?")
                         .arg(conversation->externalId.toHtmlEscaped(),
                              conversation->agentName.toHtmlEscaped(),
                              QLocale().toString(conversation->day, QLocale::ShortFormat)));
    fillColleagues(conversation->agentName, conversation->day);
    m_ask->setEnabled(m_reviewer->count() > 0);
}

// The agents working on the conversation's day, but not whoever handled it.
void AskPeerReviewDialog::fillColleagues(const QString &handledBy, QDate day)
{
    const auto agents = storage::DirectoryRepository(*m_database).agents(std::nullopt, day);
    if (!agents) {
        m_message->setText(agents.error().toString());
        return;
    }
    for (const storage::AgentEntry &agent : agents.value())
        if (agent.name != handledBy)
            m_reviewer->addItem(agent.name, agent.id);
    if (m_reviewer->count() == 0)
        m_message->setText(tr("No colleague of that day to ask."));
}

void AskPeerReviewDialog::ask()
{
    const auto assigned = storage::PeerReviewAssignments(*m_database)
                              .assign(m_conversationId, m_reviewer->currentData().toLongLong(), m_user,
                                      QDateTime::currentDateTimeUtc());
    if (!assigned) {
        m_message->setText(assigned.error().toString());
        return;
    }
    Q_EMIT asked(m_reviewer->currentText());
    accept();
}

} // namespace huddle::ui
