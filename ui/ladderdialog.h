#pragma once

#include "core/attendanceladder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// "Warning ladder…": the site's attendance warning ladder — steps (from how many violations, what it is
// called) and the rolling window they are counted over. Checked as it is edited
// (core::AttendanceLadder::validate, the message on screen); OK stores it (AttendanceRepository::setLadder)
// only when valid.
class LadderDialog : public QDialog {
    Q_OBJECT
public:
    explicit LadderDialog(const storage::Database &database, QWidget *parent = nullptr);

    core::AttendanceLadder ladder() const; // as edited
    void setLadder(const core::AttendanceLadder &ladder);
    // Validates and stores; false (with the reason on screen) when refused.
    bool save();

    QTableWidget *stepsTable() const { return m_steps; }
    QSpinBox *windowBox() const { return m_window; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void ladderSaved();

private:
    void addStep();
    void removeStep();
    void check();

    const storage::Database *m_database;
    QTableWidget *m_steps;
    QSpinBox *m_window;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_defaults;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace huddle::ui
