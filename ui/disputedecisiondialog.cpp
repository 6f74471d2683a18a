#include "disputedecisiondialog.h"

#include "criterionanswersedit.h"
#include "models/disputetext.h"
#include "models/kpiformat.h"
#include "models/sitetimezone.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace huddle::ui {

DisputeDecisionDialog::DisputeDecisionDialog(const storage::Database &database,
                                             const storage::DisputeEntry &dispute, const QString &arbitrator,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_dispute(dispute)
    , m_arbitrator(arbitrator)
    , m_answers(new CriterionAnswersEdit(this))
    , m_outcomes(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit(this))
    , m_score(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Decide dispute"));
    if (auto loaded = models::loadScoredEvaluation(database, dispute.evaluationId, arbitrator))
        m_evaluation = loaded.value();
    else
        m_loadError = loaded.error().toString();

    auto *context = new QLabel(describeDispute(), this);
    context->setWordWrap(true);
    context->setTextFormat(Qt::RichText);
    context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_answers);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(180);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why — the agent and the evaluator both read this"));
    m_reason->setMaximumHeight(90);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    okButton()->setText(tr("&Decide"));

    auto *form = new QFormLayout;
    form->addRow(tr("Outcome:"), createOutcomes());
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Score:"), m_score);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(context);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(620, 640);

    if (m_evaluation)
        m_answers->setAnswers(m_evaluation->criteria, m_evaluation->detail.draft.answers,
                              dispute.criterionIndex);
    connect(m_answers, &CriterionAnswersEdit::answersChanged, this, &DisputeDecisionDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DisputeDecisionDialog::validate);
    connect(m_outcomes, &QButtonGroup::idToggled, this, &DisputeDecisionDialog::onOutcomeChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisputeDecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QWidget *DisputeDecisionDialog::createOutcomes()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<core::DisputeOutcome, QString>> choices{
        {core::DisputeOutcome::Accepted, tr("&Accept")},
        {core::DisputeOutcome::PartiallyAccepted, tr("&Partially accept")},
        {core::DisputeOutcome::Rejected, tr("Re&ject")}};
    for (const auto &[choice, label] : choices) {
        auto *button = new QRadioButton(label, box);
        m_outcomes->addButton(button, static_cast<int>(choice));
        row->addWidget(button);
    }
    row->addStretch(1);
    m_outcomes->button(static_cast<int>(core::DisputeOutcome::Accepted))
        ->setToolTip(tr("The agent is right: re-score the contested answers."));
    m_outcomes->button(static_cast<int>(core::DisputeOutcome::PartiallyAccepted))
        ->setToolTip(tr("The agent is partly right: re-score what deserves it."));
    m_outcomes->button(static_cast<int>(core::DisputeOutcome::Rejected))
        ->setToolTip(tr("The evaluation stands as it was scored."));
    return box;
}

QString DisputeDecisionDialog::describeDispute() const
{
    const QLocale locale;
    const QTimeZone zone = models::siteTimeZone(*m_database);
    const QString contested = m_dispute.criterionIndex < 0
                                  ? tr("the whole evaluation")
                                  : tr("the criterion “%1”").arg(m_dispute.criterionName);
    QString text = tr("<b>%1</b>'s evaluation by %2 of conversation %3 (%4) — %5 contested by %6 on %7, "
                      "deadline %8.")
                       .arg(m_dispute.agentName.toHtmlEscaped(), m_dispute.evaluator.toHtmlEscaped(),
                            m_dispute.conversationRef.toHtmlEscaped(),
                            locale.toString(m_dispute.conversationDay, QStringLiteral("d MMM yyyy")),
                            contested.toHtmlEscaped(), m_dispute.raisedBy.toHtmlEscaped(),
                            models::formatSiteTime(m_dispute.raisedAt, zone),
                            models::formatSiteTime(m_dispute.dueAt, zone));
    text += QStringLiteral("<p><i>“%1”</i></p>").arg(m_dispute.reason.toHtmlEscaped());
    return text;
}

QPushButton *DisputeDecisionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QRadioButton *DisputeDecisionDialog::outcomeButton(core::DisputeOutcome outcome) const
{
    return qobject_cast<QRadioButton *>(m_outcomes->button(static_cast<int>(outcome)));
}

std::optional<core::DisputeOutcome> DisputeDecisionDialog::outcome() const
{
    const int id = m_outcomes->checkedId();
    return id < 0 ? std::nullopt : std::optional<core::DisputeOutcome>(static_cast<core::DisputeOutcome>(id));
}

// A rejection keeps every answer: the editors go back to what was scored and lock.
void DisputeDecisionDialog::onOutcomeChanged()
{
    const bool rejecting = outcome() == core::DisputeOutcome::Rejected;
    if (rejecting)
        m_answers->restore();
    m_answers->setEditable(!rejecting);
    validate();
}

QString DisputeDecisionDialog::problem() const
{
    if (!m_evaluation)
        return tr("Could not load the evaluation: %1").arg(m_loadError);
    if (m_dispute.outcome)
        return tr("This dispute was already decided.");
    const auto chosen = outcome();
    if (!chosen)
        return tr("Choose an outcome: accept, partially accept or reject.");
    const core::Status allowed = core::checkDecision(
        *chosen, m_reason->toPlainText().trimmed(), m_dispute.criterionIndex, m_evaluation->flatCriteria(),
        m_evaluation->detail.draft.answers, m_answers->answers());
    return allowed ? QString() : allowed.error().toString();
}

QString DisputeDecisionDialog::scoreText() const
{
    return m_score->text();
}

void DisputeDecisionDialog::validate()
{
    if (m_evaluation) {
        const auto after = core::qaScorePct(m_evaluation->flatCriteria(), m_answers->answers());
        m_score->setText(models::scoreChangeText(m_evaluation->detail.scorePct, after));
    }
    const QString reason = problem();
    m_problem->setText(reason);
    okButton()->setEnabled(reason.isEmpty());
}

void DisputeDecisionDialog::accept()
{
    const auto chosen = outcome();
    if (!problem().isEmpty() || !chosen)
        return;
    const core::Status done =
        storage::DisputeRepository(*m_database)
            .decide(m_dispute.id, *chosen, m_answers->answers(), m_reason->toPlainText().trimmed(),
                    m_arbitrator, QDateTime::currentDateTimeUtc());
    if (!done) {
        m_problem->setText(done.error().toString());
        return;
    }
    Q_EMIT decided(m_dispute.id);
    QDialog::accept();
}

} // namespace huddle::ui
