#include "sitesettingsdialog.h"

#include "storage/directoryrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace huddle::ui {

SiteSettingsDialog::SiteSettingsDialog(const storage::Database &database, const QString &user,
                                       QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_user(user)
    , m_name(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Site settings"));
    const storage::DirectoryRepository directory(database);
    m_name->setText(directory.setting(QStringLiteral("site_name")));
    m_name->setPlaceholderText(tr("e.g. Lakeside Contact Centre"));
    // The currencies whose symbol Huddle knows; any other ISO 4217 code can be typed and is shown as the
    // code.
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                          QStringLiteral("MXN"), QStringLiteral("BRL"), QStringLiteral("PHP")});
    m_currency->setCurrentText(directory.setting(QStringLiteral("currency"), QStringLiteral("USD")));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Site &name:"), m_name);
    form->addRow(tr("&Currency:"), m_currency);
    auto *note = new QLabel(
        tr("Changing the currency converts no amounts: set it before the first bonus month is locked."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SiteSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString SiteSettingsDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SiteSettingsDialog::accept()
{
    const QString code = m_currency->currentText().trimmed().toUpper();
    if (const core::Status saved =
            storage::DirectoryRepository(*m_database).setSiteIdentity(m_name->text(), code, m_user);
        !saved) {
        m_problem->setText(tr("Could not save: %1").arg(saved.error().toString()));
        m_problem->show();
        return;
    }
    Q_EMIT settingsSaved();
    QDialog::accept();
}

} // namespace huddle::ui
