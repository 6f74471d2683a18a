#include "peerreviewdialog.h"

#include "criterionlistview.h"
#include "criterionpanel.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"
#include "models/qatext.h"
#include "models/sitetimezone.h"
#include "storage/directoryrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

constexpr qint64 notAnAgent = 0; // the reviewer is the user, not one of the agents
constexpr qint64 nobodyYet = -1;

} // namespace

PeerReviewDialog::PeerReviewDialog(const storage::Database &database, qint64 conversationId,
                                   const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_user(user)
    , m_form(new models::EvaluationForm(database, user, this))
    , m_title(new QLabel(this))
    , m_reviewer(new QComboBox(this))
    , m_scorecard(new QComboBox(this))
    , m_criteria(new CriterionPanel(this))
    , m_score(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
{
    setWindowTitle(tr("Peer review"));
    m_reviewer->setObjectName(QStringLiteral("peerReviewer"));
    m_scorecard->setObjectName(QStringLiteral("peerScorecard"));
    m_score->setObjectName(QStringLiteral("peerScore"));
    m_note->setObjectName(QStringLiteral("peerNote"));
    m_note->setPlaceholderText(
        tr("A note for the colleague: what went well, what to try next time. It appears "
           "beside the dashboard chart."));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5);
    m_message->setObjectName(QStringLiteral("peerMessage"));
    m_message->setWordWrap(true);
    m_publish->setObjectName(QStringLiteral("publishPeerReview"));
    m_publish->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_publish, &QPushButton::clicked, this, &PeerReviewDialog::publish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(createChoices());
    layout->addWidget(m_criteria, 1);
    auto *help = new QLabel(CriterionListView::keyHelp().section(QStringLiteral(" · Ctrl+S"), 0, 0), this);
    help->setStyleSheet(QStringLiteral("color: palette(mid)"));
    help->setWordWrap(true);
    layout->addWidget(help);
    auto *noteLabel = new QLabel(tr("&Note (required):"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 620);

    m_criteria->setFormModel(m_form->criteria());
    connect(m_form->criteria(), &models::EvaluationFormModel::scoreChanged, this,
            &PeerReviewDialog::updateState);
    connect(m_reviewer, &QComboBox::currentIndexChanged, this, &PeerReviewDialog::updateState);
    connect(m_note, &QPlainTextEdit::textChanged, this, &PeerReviewDialog::updateState);
    connect(m_scorecard, &QComboBox::activated, this, &PeerReviewDialog::chooseScorecard);

    const core::Status opened = m_form->openNew(conversationId, 0, core::EvaluationKind::Peer);
    m_opened = bool(opened);
    if (!opened) {
        m_message->setText(opened.error().toString());
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_publish->setEnabled(false);
        return;
    }
    const storage::ConversationRow &c = m_form->conversation();
    m_title->setText(
        tr("<b>%1</b> handled by %2 on %3")
            .arg(c.externalId.toHtmlEscaped(), c.agentName.toHtmlEscaped(),
                 models::formatInstant(c.startedAt, models::siteTimeZone(database)).toHtmlEscaped()));
    fillReviewers();
    fillScorecards();
    updateState();
}

QWidget *PeerReviewDialog::createChoices()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Reviewed by:"), m_reviewer);
    form->addRow(tr("&Scorecard:"), m_scorecard);
    form->addRow(tr("Score:"), m_score);
    return box;
}

void PeerReviewDialog::fillReviewers()
{
    const storage::ConversationRow &c = m_form->conversation();
    storage::DirectoryRepository directory(*m_database);
    const std::optional<qint64> handledBy = directory.agentIdByName(c.agentName);
    m_reviewer->addItem(tr("— choose a colleague —"), nobodyYet);
    if (auto agents = directory.agents(std::nullopt, c.day)) {
        for (const storage::AgentEntry &agent : agents.value())
            if (agent.id != handledBy) // nobody peer-reviews their own conversation
                m_reviewer->addItem(agent.name, agent.id);
    }
    m_reviewer->addItem(tr("%1 (not an agent)").arg(m_user), notAnAgent);
}

void PeerReviewDialog::fixReviewer(qint64 agentId)
{
    if (!m_opened)
        return;
    const int index = m_reviewer->findData(agentId);
    if (index < 0) { // only whoever handled the conversation is not listed
        m_message->setText(tr("Agents do not peer-review their own conversations."));
        m_publish->setEnabled(false);
        m_opened = false;
        return;
    }
    m_reviewer->setCurrentIndex(index);
    m_reviewer->setEnabled(false);
}

void PeerReviewDialog::fillScorecards()
{
    for (const models::ScorecardOption &option : m_form->scorecardOptions())
        m_scorecard->addItem(option.label, option.versionId);
    m_scorecard->setCurrentIndex(m_scorecard->findData(m_form->scorecard().versionId));
}

void PeerReviewDialog::chooseScorecard(int index)
{
    if (const core::Status changed = m_form->changeScorecard(m_scorecard->itemData(index).toLongLong());
        !changed) {
        m_message->setText(changed.error().toString());
        m_scorecard->setCurrentIndex(m_scorecard->findData(m_form->scorecard().versionId));
    }
}

void PeerReviewDialog::updateState()
{
    if (!m_opened)
        return;
    const models::LiveScore score = m_form->criteria()->score();
    m_score->setText(
        QStringLiteral("%1 · %2").arg(models::liveScoreText(score), models::liveProgressText(score)));
    m_score->setToolTip(models::liveScoreToolTip(score));
    m_scorecard->setEnabled(m_form->canChangeScorecard());
    QString blocker;
    if (m_reviewer->currentData().toLongLong() == nobodyYet)
        blocker = tr("Choose who reviewed the conversation.");
    else if (!m_form->publishBlocker().isEmpty())
        blocker = m_form->publishBlocker();
    else if (m_note->toPlainText().trimmed().isEmpty())
        blocker = tr("Write the note for the colleague.");
    m_publish->setEnabled(blocker.isEmpty());
    m_publish->setToolTip(blocker);
    m_message->setStyleSheet(QString());
    m_message->setText(blocker);
}

void PeerReviewDialog::publish()
{
    const qint64 reviewerId = m_reviewer->currentData().toLongLong();
    const QString reviewer = reviewerId == notAnAgent ? m_user : m_reviewer->currentText();
    auto id = m_form->publishPeerReview(reviewerId, reviewer, m_note->toPlainText());
    if (!id) {
        m_message->setText(id.error().toString());
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        return;
    }
    Q_EMIT reviewPublished(id.value());
    accept();
}

} // namespace huddle::ui
