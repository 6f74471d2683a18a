#pragma once

#include "reports/bonusrun.h"
#include "storage/database.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace huddle::ui {

// Lock month… and Unlock… on the Bonus page. Both ask for a name (the console's user by default) and a
// reason; the confirm button stays disabled until both are given. Locking shows what will be frozen (agents,
// teams, site total, the plans used); unlocking is an audited admin action shown with the lock it lifts and
// confirmed once more. A refusal from storage (the month has not ended, a later month is locked, …) is shown
// in the dialog, which stays open.
class BonusLockDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Lock, Unlock };

    // `month` is the month as the page shows it: what Lock freezes, and (for Unlock) the lock in force.
    // `today` is the site's calendar day: a month is locked once it has ended.
    BonusLockDialog(Mode mode, const storage::Database &database, const reports::BonusMonth &month,
                    QDate today, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const;
    QString summary() const;
    QString message() const;

    // Locks or unlocks without asking again; false, with the refusal shown, when storage refused.
    bool apply();

Q_SIGNALS:
    void applied(); // the month was locked or unlocked

public Q_SLOTS:
    // Unlocking asks for a confirmation first; then apply(), closing the dialog when it succeeded.
    void accept() override;

private:
    QString lockSummary() const;
    QString unlockSummary() const;
    void validate();
    void showRefusal(const QString &text);

    Mode m_mode;
    const storage::Database *m_database;
    reports::BonusMonth m_month;
    QDate m_today;
    QTimeZone m_zone;
    QLabel *m_summary;
    QLineEdit *m_name;
    QPlainTextEdit *m_reason;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
