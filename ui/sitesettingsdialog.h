#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// Settings → Site…: the site's name, printed at the top of reports, and the currency of bonus amounts.
// OK saves both (audited); a code that is not ISO 4217 is shown and the dialog stays open.
class SiteSettingsDialog : public QDialog {
    Q_OBJECT
public:
    SiteSettingsDialog(const storage::Database &database, const QString &user, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *currencyEdit() const { return m_currency; }
    QString problem() const;

Q_SIGNALS:
    void settingsSaved();

public Q_SLOTS:
    void accept() override;

private:
    const storage::Database *m_database;
    QString m_user;
    QLineEdit *m_name;
    QComboBox *m_currency;
    QLabel *m_problem;
};

} // namespace huddle::ui
