#include "attendancerepository.h"

#include "core/enumnames.h"
#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

AttendanceRepository::AttendanceRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<core::AttendanceRecord>> AttendanceRepository::shifts(qint64 agentId,
                                                                         core::DateRange range) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, shift_start, shift_minutes, status, late_minutes, adherence_pct"
                             " FROM attendance WHERE agent_id = ? AND day BETWEEN ? AND ? ORDER BY day"));
    q.addBindValue(agentId);
    q.addBindValue(dayText(range.from));
    q.addBindValue(dayText(range.to));
    if (!q.exec())
        return sqlError(q, QStringLiteral("reading attendance"));
    QList<core::AttendanceRecord> shifts;
    while (q.next()) {
        const auto status = core::attendanceFromCode(q.value(3).toString());
        if (!status)
            return core::Error{QStringLiteral("attendance of agent %1 on %2 has an unknown status \"%3\"")
                                   .arg(agentId)
                                   .arg(q.value(0).toString(), q.value(3).toString()),
                               {}};
        core::AttendanceRecord record;
        record.agentId = agentId;
        record.day = dayFrom(q.value(0));
        record.shiftStart = QTime::fromString(q.value(1).toString(), Qt::ISODate);
        record.shiftMinutes = q.value(2).toInt();
        record.status = *status;
        record.lateMinutes = q.value(4).toInt();
        if (!q.value(5).isNull())
            record.adherencePct = q.value(5).toDouble();
        shifts.append(record);
    }
    return shifts;
}

} // namespace huddle::storage
