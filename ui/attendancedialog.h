#pragma once

#include "core/records.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// "Enter attendance…": one agent's shift on one day — status, shift minutes and, for Late only, the minutes
// late. What is stored for that day is shown and filled in when the agent or day changes, so correcting an
// imported row starts from it. Save replaces the day's row (AttendanceRepository::enterShift); "Remove day"
// deletes it. Both are audited and close the dialog; a refusal stays on screen with its reason.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    // The agents of `teamId` (or all) on `day`; `agentId` preselected when listed.
    AttendanceDialog(const storage::Database &database, std::optional<qint64> teamId, qint64 agentId,
                     QDate day, QWidget *parent = nullptr);

    core::AttendanceRecord shift() const; // as entered

    QComboBox *agentBox() const { return m_agent; }
    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *statusBox() const { return m_status; }
    QSpinBox *shiftMinutesBox() const { return m_shiftMinutes; }
    QSpinBox *lateMinutesBox() const { return m_lateMinutes; }
    QPushButton *removeButton() const { return m_remove; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *messageLabel() const { return m_message; }

    bool save();
    bool removeDay();

Q_SIGNALS:
    void attendanceChanged(qint64 agentId, QDate day);

private:
    void fillAgents(std::optional<qint64> teamId, qint64 agentId, QDate day);
    void showStored();
    void updateLateMinutes();
    void setStatus(core::AttendanceStatus status);
    core::AttendanceStatus status() const;

    const storage::Database *m_database;
    QComboBox *m_agent;
    QDateEdit *m_day;
    QComboBox *m_status;
    QSpinBox *m_shiftMinutes;
    QSpinBox *m_lateMinutes;
    QLabel *m_stored;
    QLabel *m_message;
    QPushButton *m_remove;
    QDialogButtonBox *m_buttons;
    std::optional<core::AttendanceRecord> m_storedShift; // the day's row as stored, if any
};

} // namespace huddle::ui
