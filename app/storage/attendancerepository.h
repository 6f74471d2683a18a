#pragma once

#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"

#include <QList>

namespace huddle::storage {

class Database;

// An agent's scheduled shifts and how each went (present, late, excused, unexcused, no-call-no-show): the
// rows behind the attendance % and the calendar strip of the agent view.
class AttendanceRepository {
public:
    explicit AttendanceRepository(const Database &database);

    // The agent's shifts in `range`, by day.
    core::Result<QList<core::AttendanceRecord>> shifts(qint64 agentId, core::DateRange range) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
