#include "coachingphrasedialog.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// Phrases are a sentence or two: three lines show one whole without a scroll bar.
QPlainTextEdit *phraseEdit(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

CoachingPhraseDialog::CoachingPhraseDialog(const QStringList &knownSituations, QWidget *parent)
    : QDialog(parent)
    , m_longer(phraseEdit(tr("Can you tell me more about the problem that you're experiencing?"), this))
    , m_shorter(phraseEdit(tr("Please tell me what happened?"), this))
    , m_situations(new QLineEdit(this))
    , m_csatChecked(new QCheckBox(tr("&Checked for CSAT impact"), this))
    , m_csatNote(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add phrase"));
    m_longer->setObjectName(QStringLiteral("phraseLonger"));
    m_shorter->setObjectName(QStringLiteral("phraseShorter"));
    m_situations->setObjectName(QStringLiteral("phraseSituations"));
    m_situations->setPlaceholderText(tr("opening, complaint, closing"));
    m_situations->setToolTip(tr("The situations the phrase fits, separated by commas"));
    // Completes the tag being typed after the last comma from the tags already in use.
    auto *completer = new QCompleter(knownSituations, m_situations);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setWidget(m_situations);
    connect(m_situations, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        const QString last = text.section(QLatin1Char(','), -1).trimmed();
        completer->setCompletionPrefix(last);
        if (!last.isEmpty())
            completer->complete();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &tag) {
        QStringList parts = m_situations->text().split(QLatin1Char(','));
        parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
        m_situations->setText(parts.join(QLatin1Char(',')));
    });
    m_csatChecked->setObjectName(QStringLiteral("phraseCsatChecked"));
    m_csatNote->setObjectName(QStringLiteral("phraseCsatNote"));
    m_csatNote->setPlaceholderText(tr("How it was checked, e.g. “A/B on 400 chats, +3 pts”"));
    m_csatNote->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Longer (what agents say):"), m_longer);
    form->addRow(tr("&Shorter (say this instead):"), m_shorter);
    form->addRow(tr("S&ituations:"), m_situations);
    form->addRow(QString(), m_csatChecked);
    form->addRow(tr("&Note:"), m_csatNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_longer, &QPlainTextEdit::textChanged, this, &CoachingPhraseDialog::updateOk);
    connect(m_shorter, &QPlainTextEdit::textChanged, this, &CoachingPhraseDialog::updateOk);
    connect(m_csatChecked, &QCheckBox::toggled, m_csatNote, &QWidget::setEnabled);
    updateOk();
}

void CoachingPhraseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_longer->toPlainText().trimmed().isEmpty() &&
                     !m_shorter->toPlainText().trimmed().isEmpty());
}

storage::Phrase CoachingPhraseDialog::phrase() const
{
    storage::Phrase phrase;
    phrase.longer = m_longer->toPlainText().trimmed();
    phrase.shorter = m_shorter->toPlainText().trimmed();
    phrase.situations =
        storage::PhraseRepository::normalizedSituations(m_situations->text().split(QLatin1Char(',')));
    phrase.csatChecked = m_csatChecked->isChecked();
    phrase.csatNote = phrase.csatChecked ? m_csatNote->text().trimmed() : QString();
    return phrase;
}

} // namespace huddle::ui
