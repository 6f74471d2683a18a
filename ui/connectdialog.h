#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace huddle::ui {

// File → Connect to Server…: the PostgreSQL server a site's supervisors share (docs/shared-mode.md). The
// fields make a postgresql:// URL; OK is refused, with the field named, while host, database or user is
// empty. Connecting is the main window's job: on failure it shows the reason here and asks again; on success
// it keeps the password in the system keyring when "Remember" is ticked (ServerPasswords; libpq also reads
// ~/.pgpass).
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // Fills the fields from a postgresql:// URL (a recent entry, or the address that just failed).
    void setLocation(const QString &location);
    // The URL to connect with, password included; empty while a required field is empty.
    QString location() const;
    void showProblem(const QString &problem);
    QString problem() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsEdit() const { return m_tls; }
    QCheckBox *rememberEdit() const { return m_remember; }
    bool rememberPassword() const;

public Q_SLOTS:
    void accept() override;

private:
    QString missingField() const;

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QCheckBox *m_remember;
    QLabel *m_problem;
};

} // namespace huddle::ui
