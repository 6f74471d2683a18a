#include "connectdialog.h"

#include "storage/serverurl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huddle::ui {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keyring"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Server"));
    m_host->setPlaceholderText(tr("e.g. db.example.com"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("e.g. contact_centre"));
    m_password->setEchoMode(QLineEdit::Password);
    // libpq's sslmode values (https://www.postgresql.org/docs/15/libpq-ssl.html), in words.
    m_tls->addItem(tr("Use TLS when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("Require TLS"), QStringLiteral("require"));
    m_tls->addItem(tr("Require TLS and verify the server's certificate and name"),
                   QStringLiteral("verify-full"));
    m_tls->addItem(tr("No TLS (trusted networks only)"), QStringLiteral("disable"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&TLS:"), m_tls);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The PostgreSQL database your site's supervisors share. Your site's IT "
                                    "can give you these details."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void ConnectDialog::setLocation(const QString &location)
{
    const core::Result<storage::ServerUrl> url = storage::parseServerUrl(location);
    if (!url)
        return;
    m_host->setText(url.value().host);
    m_port->setValue(url.value().port);
    m_database->setText(url.value().database);
    m_user->setText(url.value().user);
    m_password->setText(url.value().password);
    const int tls =
        m_tls->findData(url.value().sslMode.isEmpty() ? QStringLiteral("prefer") : url.value().sslMode);
    m_tls->setCurrentIndex(std::max(0, tls));
}

QString ConnectDialog::location() const
{
    if (!missingField().isEmpty())
        return {};
    storage::ServerUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    const QString tls = m_tls->currentData().toString();
    url.sslMode = tls == QLatin1String("prefer") ? QString() : tls;
    return storage::serverLocation(url);
}

void ConnectDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

QString ConnectDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString ConnectDialog::missingField() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database on the server.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter your user name on the server.");
    return {};
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isChecked() && !m_password->text().isEmpty();
}

void ConnectDialog::accept()
{
    const QString missing = missingField();
    if (!missing.isEmpty()) {
        showProblem(missing);
        return;
    }
    showProblem({});
    QDialog::accept();
}

} // namespace huddle::ui
