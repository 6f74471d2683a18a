#include "bonuslockdialog.h"

#include "bonuspagetext.h"
#include "currentuser.h"
#include "models/sitetimezone.h"
#include "storage/bonuslockrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace huddle::ui {

BonusLockDialog::BonusLockDialog(Mode mode, const storage::Database &database,
                                 const reports::BonusMonth &month, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_database(&database)
    , m_month(month)
    , m_today(today)
    , m_zone(models::siteTimeZone(database))
    , m_summary(new QLabel(this))
    , m_name(new QLineEdit(currentUserName(), this))
    , m_reason(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool locking = mode == Mode::Lock;
    setWindowTitle(locking ? tr("Lock %1").arg(BonusPageText::monthName(month.month))
                           : tr("Unlock %1").arg(BonusPageText::monthName(month.month)));
    m_summary->setText(locking ? lockSummary() : unlockSummary());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setAccessibleName(tr("Your name"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(locking
                                     ? tr("e.g. Reviewed with the team leaders; sent to payroll")
                                     : tr("Why the month must change, e.g. a corrected attendance export"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold"));
    m_message->hide();
    m_buttons->addButton(locking ? tr("Lock month") : tr("Unlock month…"), QDialogButtonBox::AcceptRole);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BonusLockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BonusLockDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BonusLockDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &BonusLockDialog::validate);
    validate();
    m_reason->setFocus();
}

QPushButton *BonusLockDialog::confirmButton() const
{
    const QList<QAbstractButton *> buttons = m_buttons->buttons();
    for (QAbstractButton *button : buttons)
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton *>(button);
    return nullptr;
}

QString BonusLockDialog::summary() const
{
    return m_summary->text();
}

QString BonusLockDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString BonusLockDialog::lockSummary() const
{
    QSet<qint64> teams;
    for (const reports::AgentBonusRow &agent : std::as_const(m_month.agents))
        teams.insert(agent.teamId);
    QString text = tr("Locking freezes %1 as it is on screen: the lines of %n agent(s)", nullptr,
                      static_cast<int>(m_month.agents.size()))
                       .arg(BonusPageText::monthName(m_month.month));
    text += QLatin1Char(' ') + tr("in %n team(s), site total %1.", nullptr, static_cast<int>(teams.size()))
                                   .arg(m_month.money.format(m_month.siteTotal));
    if (!m_month.plans.isEmpty())
        text += QLatin1Char(' ') + tr("Plans used: %1.").arg(BonusPageText::plans(m_month.plans));
    text +=
        QStringLiteral("\n\n") +
        tr("The plans and the SHA-256 of the CSV export are kept with the lock. The month is then read back "
           "as locked, never recomputed; data arriving later for it are paid as adjustments in the next "
           "open month.");
    return text;
}

QString BonusLockDialog::unlockSummary() const
{
    QString text =
        m_month.lock ? BonusPageText::lock(*m_month.lock, m_zone) + QStringLiteral("\n\n") : QString();
    text +=
        tr("Unlocking is an admin action: %1 is then recomputed from today's data and can be locked again. "
           "The lock stays in the history and the unlock is written to the audit log with your name and "
           "reason. A later locked month must be unlocked first.")
            .arg(BonusPageText::monthName(m_month.month));
    return text;
}

void BonusLockDialog::validate()
{
    const bool complete = !m_name->text().trimmed().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty();
    if (QPushButton *button = confirmButton()) {
        button->setEnabled(complete);
        button->setToolTip(complete ? QString() : tr("Give your name and a reason first"));
    }
}

void BonusLockDialog::showRefusal(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

bool BonusLockDialog::apply()
{
    const QString name = m_name->text().trimmed();
    const QString reason = m_reason->toPlainText().trimmed();
    core::Status done = core::Done{};
    if (m_mode == Mode::Lock) {
        const auto locked = reports::lockBonusMonth(*m_database, m_month, name, reason, m_today);
        if (!locked)
            done = locked.error();
    } else {
        done = storage::BonusLockRepository(*m_database).unlock(m_month.month, name, reason);
    }
    if (!done) {
        showRefusal(m_mode == Mode::Lock ? tr("Not locked: %1").arg(done.error().toString())
                                         : tr("Not unlocked: %1").arg(done.error().toString()));
        return false;
    }
    m_message->hide();
    Q_EMIT applied();
    return true;
}

void BonusLockDialog::accept()
{
    if (QPushButton *button = confirmButton(); button && !button->isEnabled())
        return;
    if (m_mode == Mode::Unlock) {
        const auto answer =
            QMessageBox::question(this, windowTitle(),
                                  tr("Unlock %1? Its figures may change once it is recomputed.")
                                      .arg(BonusPageText::monthName(m_month.month)),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (apply())
        QDialog::accept();
}

} // namespace huddle::ui
