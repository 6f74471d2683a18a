#include "disputeopendialog.h"

#include "models/disputetext.h"
#include "models/kpiformat.h"
#include "models/sitetimezone.h"
#include "storage/disputerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

DisputeOpenDialog::DisputeOpenDialog(const storage::Database &database, qint64 evaluationId,
                                     const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_evaluationId(evaluationId)
    , m_user(user)
    , m_context(new QLabel(this))
    , m_window(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Dispute evaluation"));
    m_context->setWordWrap(true);
    m_window->setWordWrap(true);
    m_scope->setAccessibleName(tr("Contest"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What the agent contests, and why — the arbitrator decides on this"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    okButton()->setText(tr("&Open dispute"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Contest:"), m_scope);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_window);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(520, 380);

    if (auto loaded = models::loadScoredEvaluation(database, evaluationId, user))
        m_evaluation = loaded.value();
    else
        m_refusal = loaded.error().toString();
    m_context->setText(describeEvaluation());
    fillScopes();
    checkRules();
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DisputeOpenDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisputeOpenDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QPushButton *DisputeOpenDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString DisputeOpenDialog::describeEvaluation() const
{
    if (!m_evaluation)
        return {};
    const storage::EvaluationDetail &detail = m_evaluation->detail;
    return tr("%1's evaluation of conversation %2 (%3) by %4: %5, %6.")
        .arg(detail.agentName, detail.conversationRef,
             QLocale().toString(detail.conversationDay, QStringLiteral("d MMM yyyy")), detail.draft.evaluator,
             models::formatPercent(detail.scorePct), models::evaluationStatusText(detail.status).toLower());
}

void DisputeOpenDialog::fillScopes()
{
    m_scope->addItem(tr("The whole evaluation"), -1);
    if (!m_evaluation)
        return;
    const QList<core::CriterionAnswer> &answers = m_evaluation->detail.draft.answers;
    for (int i = 0; i < m_evaluation->criteria.size() && i < answers.size(); ++i) {
        const core::CriterionDefinition &definition = m_evaluation->criteria[i];
        m_scope->addItem(
            tr("%1 — answered %2").arg(definition.name, models::answerText(definition.criterion, answers[i])),
            i);
    }
}

// The rules decide before the user types anything: a dispute that can't be opened says why up front.
void DisputeOpenDialog::checkRules()
{
    if (!m_evaluation)
        return;
    const auto rules = storage::DisputeRepository(*m_database).rules();
    if (!rules) {
        m_refusal = rules.error().toString();
        return;
    }
    const storage::EvaluationDetail &detail = m_evaluation->detail;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (detail.publishedAt.isValid()) {
        const QDateTime end = core::disputeWindowEnd(detail.publishedAt, rules.value());
        const QString endText = models::formatSiteTime(end, models::siteTimeZone(*m_database));
        m_window->setText(now > end ? tr("The dispute window of this evaluation closed on %1.").arg(endText)
                                    : tr("Disputes of this evaluation can be opened until %1; the arbitrator "
                                         "then has %n day(s) to decide.",
                                         nullptr, rules->decisionDays)
                                          .arg(endText));
    }
    const core::Status allowed =
        core::canOpenDispute(detail.draft.kind, detail.status, detail.publishedAt, now, rules.value());
    if (!allowed)
        m_refusal = allowed.error().toString();
}

QString DisputeOpenDialog::windowText() const
{
    return m_window->text();
}

QString DisputeOpenDialog::problem() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    if (m_reason->toPlainText().trimmed().isEmpty())
        return tr("Give a reason: what is wrong with the evaluation?");
    return {};
}

void DisputeOpenDialog::validate()
{
    const bool refused = !m_refusal.isEmpty();
    m_scope->setEnabled(!refused);
    m_reason->setEnabled(!refused);
    const QString reason = problem();
    m_problem->setText(reason);
    okButton()->setEnabled(reason.isEmpty());
}

void DisputeOpenDialog::accept()
{
    if (!problem().isEmpty())
        return;
    const auto opened = storage::DisputeRepository(*m_database)
                            .open(m_evaluationId, m_scope->currentData().toInt(), m_user,
                                  m_reason->toPlainText().trimmed(), QDateTime::currentDateTimeUtc());
    if (!opened) {
        m_problem->setText(opened.error().toString());
        return;
    }
    Q_EMIT disputeOpened(opened.value());
    QDialog::accept();
}

} // namespace huddle::ui
