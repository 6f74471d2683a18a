#pragma once

#include "core/attendanceladder.h"
#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

// One agent's attendance in one calendar month: what the violations table and the ladder show.
struct AttendanceMonth {
    qint64 agentId = 0;
    QString agentName;
    QDate month; // first day of the month
    int scheduled = 0;
    int attended = 0; // present or late
    int late = 0;
    int lateMinutes = 0;
    int excused = 0;
    int unexcused = 0;
    int noCallNoShow = 0;

    int violations() const { return unexcused + noCallNoShow; }
};

// An agent's place on the warning ladder on a day, for the agent view, the agenda and the attendance tab.
struct AgentLadderStage {
    qint64 agentId = 0;
    QString agentName;
    core::LadderStage stage;
};

// An agent's scheduled shifts and how each went (present, late, excused, unexcused, no-call-no-show): the
// rows behind the attendance % and the calendar strip of the agent view.
class AttendanceRepository {
public:
    explicit AttendanceRepository(const Database &database);

    // The agent's shifts in `range`, by day.
    core::Result<QList<core::AttendanceRecord>> shifts(qint64 agentId, core::DateRange range) const;

    // Enters or corrects one shift (the agent's row for that day is replaced; a row an import wrote loses its
    // import link, so undoing the import leaves the correction). Refuses an unknown agent, an invalid day,
    // shift minutes outside 1–1440, late minutes < 0 or late minutes on a status other than Late. Audited
    // (entity "attendance", the agent's id, action "enter", detail with the day and the old row).
    core::Status enterShift(const core::AttendanceRecord &shift, const QString &actor, const QDateTime &now);
    // Removes the agent's row for the day, if any (audited, action "remove").
    core::Status removeShift(qint64 agentId, QDate day, const QString &actor, const QDateTime &now);

    // Per agent (of the team on each month's last day, or all) and month, months intersecting `range`,
    // agents by name, then month. Months without scheduled shifts are left out.
    core::Result<QList<AttendanceMonth>> months(core::DateRange range, std::optional<qint64> teamId) const;
    // Days of the agent's violations (unexcused, no-call-no-show) in `range`, ascending.
    core::Result<QList<QDate>> violationDays(qint64 agentId, core::DateRange range) const;

    // The site's ladder: the stored setting "attendance_ladder" (JSON), else
    // core::AttendanceLadder::defaults() with the window of setting attendance_ladder_window_days.
    core::Result<core::AttendanceLadder> ladder() const;
    // Validates first; audited (entity "settings", id 0, action "attendance_ladder").
    core::Status setLadder(const core::AttendanceLadder &ladder, const QString &actor, const QDateTime &now);
    // Each agent's stage on `day` (agents of the team on that day, or all with any shift), by name.
    core::Result<QList<AgentLadderStage>> stages(QDate day, std::optional<qint64> teamId) const;
    core::Result<core::LadderStage> stage(qint64 agentId, QDate day) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::AttendanceRepository)
};

} // namespace huddle::storage
