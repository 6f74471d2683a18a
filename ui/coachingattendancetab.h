#pragma once

#include "coachingtab.h"
#include "storage/attendancerepository.h"

class QLabel;
class QPushButton;

namespace huddle::models {
class AttendanceMonthModel;
}

namespace huddle::ui {

class AttendanceDialog;
class LadderDialog;
class QaTableView;

// What the Attendance tab reads: per agent and month of the scope, the agents' ladder stages today and the
// site's ladder.
struct AttendanceData {
    QList<storage::AttendanceMonth> months;
    QList<storage::AgentLadderStage> stages;
    core::AttendanceLadder ladder;
    core::DateRange range; // one column per month it touches
};

// Attendance: violations (unexcused absences and no-call-no-shows) per agent and month of the scope's team
// and range, each agent's warning-ladder stage today, "Enter attendance…" to enter or correct a shift (Enter
// on a row: for that agent) and "Warning ladder…" to change the site's ladder.
class CoachingAttendanceTab : public CoachingTab {
    Q_OBJECT
public:
    explicit CoachingAttendanceTab(CoachingPage *page);

    void reload() override;
    void release() override;
    QString title() const override;

    // Window-modal, deleted when closed; null without a database.
    AttendanceDialog *enterAttendance();
    LadderDialog *editLadder();

    QaTableView *view() const { return m_view; }
    models::AttendanceMonthModel *model() const { return m_model; }
    QLabel *ladderLabel() const { return m_ladderText; }
    const core::AttendanceLadder &ladder() const { return m_ladder; }

private:
    void display(const core::Result<AttendanceData> &data);
    void changed();
    qint64 selectedAgent() const; // 0: none

    models::AttendanceMonthModel *m_model;
    QaTableView *m_view;
    QLabel *m_ladderText;
    QLabel *m_status;
    QPushButton *m_enter;
    QPushButton *m_editLadder;
    core::AttendanceLadder m_ladder;
};

} // namespace huddle::ui
