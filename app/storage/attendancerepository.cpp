#include "attendancerepository.h"
#include "translation.h"

#include "auditlog.h"
#include "bonuslatedata.h"
#include "boundquery.h"
#include "core/enumnames.h"
#include "core/month.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

constexpr std::array allStatuses{
    core::AttendanceStatus::Present, core::AttendanceStatus::Late, core::AttendanceStatus::ExcusedAbsence,
    core::AttendanceStatus::UnexcusedAbsence, core::AttendanceStatus::NoCallNoShow};

const QString shiftColumns = QStringLiteral(
    "SELECT day, shift_start, shift_minutes, status, late_minutes, adherence_pct, id, import_id"
    " FROM attendance");

// A row of the attendance table as read back: the record, and what links it to an import.
struct StoredShift {
    core::AttendanceRecord record;
    qint64 id = 0;
    qint64 importId = 0; // 0: entered by hand or by the demo
};

core::Result<StoredShift> shiftFrom(const QSqlQuery &q, qint64 agentId)
{
    const auto status = core::attendanceFromCode(q.value(3).toString());
    if (!status)
        return core::Error{tr("attendance of agent %1 on %2 has an unknown status \"%3\"")
                               .arg(agentId)
                               .arg(q.value(0).toString(), q.value(3).toString()),
                           {}};
    StoredShift shift;
    core::AttendanceRecord &record = shift.record;
    record.agentId = agentId;
    record.day = dayFrom(q.value(0));
    record.shiftStart = QTime::fromString(q.value(1).toString(), Qt::ISODate);
    record.shiftMinutes = q.value(2).toInt();
    record.status = *status;
    record.lateMinutes = q.value(4).toInt();
    if (!q.value(5).isNull())
        record.adherencePct = q.value(5).toDouble();
    shift.id = q.value(6).toLongLong();
    shift.importId = q.value(7).toLongLong();
    return shift;
}

core::Result<std::optional<StoredShift>> readShift(const Database &database, qint64 agentId, QDate day)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, shiftColumns + QStringLiteral(" WHERE agent_id = ? AND day = ?"),
                             {agentId, dayText(day)}, QStringLiteral("reading attendance"));
        !done)
        return done.error();
    if (!q.next())
        return std::optional<StoredShift>();
    auto shift = shiftFrom(q, agentId);
    if (!shift)
        return shift.error();
    return std::optional<StoredShift>(shift.value());
}

QJsonObject shiftDetail(const core::AttendanceRecord &r)
{
    QJsonObject detail{{QStringLiteral("status"), core::attendanceCode(r.status)},
                       {QStringLiteral("shiftMinutes"), r.shiftMinutes},
                       {QStringLiteral("lateMinutes"), r.lateMinutes}};
    if (r.shiftStart.isValid())
        detail.insert(QStringLiteral("shiftStart"), r.shiftStart.toString(QStringLiteral("HH:mm")));
    if (r.adherencePct)
        detail.insert(QStringLiteral("adherencePct"), *r.adherencePct);
    return detail;
}

QJsonObject changeDetail(QDate day, const std::optional<StoredShift> &before)
{
    QJsonObject detail{{QStringLiteral("day"), dayText(day)}};
    if (before) {
        detail.insert(QStringLiteral("before"), shiftDetail(before->record));
        if (before->importId > 0)
            detail.insert(QStringLiteral("importId"), before->importId);
    }
    return detail;
}

// The checks that need no database; the message names the rule that was broken.
Status checkShift(const core::AttendanceRecord &shift)
{
    if (!shift.day.isValid())
        return core::Error{tr("a shift needs a valid day"), {}};
    if (shift.shiftMinutes < 1 || shift.shiftMinutes > 1440)
        return core::Error{tr("a shift lasts 1 to 1440 minutes, not %1").arg(shift.shiftMinutes), {}};
    if (shift.lateMinutes < 0)
        return core::Error{tr("late minutes cannot be negative (%1)").arg(shift.lateMinutes), {}};
    if (shift.lateMinutes > 0 && shift.status != core::AttendanceStatus::Late)
        return core::Error{tr("late minutes are given only for a shift the agent was late to"), {}};
    return core::Done{};
}

Status checkAgentExists(const Database &database, qint64 agentId)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, QStringLiteral("SELECT 1 FROM agents WHERE id = ?"), {agentId},
                             QStringLiteral("looking up agent %1").arg(agentId));
        !done)
        return done;
    if (!q.next())
        return core::Error{tr("there is no agent %1").arg(agentId), {}};
    return core::Done{};
}

// A hand-made change wins over imports: the row's snapshots are dropped, so undoing an import that
// overwrote it no longer puts the import's "before" back over the correction (or over a later row that
// reuses the id of a removed one).
core::Status forgetImportSnapshots(const Database &database, qint64 rowId)
{
    QSqlQuery q(database.connection());
    return runBound(
        q, QStringLiteral("DELETE FROM import_replaced WHERE table_name = 'attendance' AND row_id = ?"),
        {rowId}, QStringLiteral("unlinking attendance row %1 from its imports").arg(rowId));
}

core::Status writeShift(const Database &database, const core::AttendanceRecord &shift,
                        const std::optional<StoredShift> &before)
{
    const QVariantList values{shift.shiftStart.isValid()
                                  ? QVariant(shift.shiftStart.toString(QStringLiteral("HH:mm")))
                                  : QVariant(),
                              shift.shiftMinutes, core::attendanceCode(shift.status), shift.lateMinutes,
                              nullable(shift.adherencePct)};
    QSqlQuery q(database.connection());
    if (!before)
        return runBound(
            q,
            QStringLiteral("INSERT INTO attendance (shift_start, shift_minutes, status, late_minutes,"
                           " adherence_pct, agent_id, day) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            values + QVariantList{shift.agentId, dayText(shift.day)}, QStringLiteral("entering attendance"));
    // Kept in place with its id; the import link goes, so undoing that import leaves the correction.
    if (auto done =
            runBound(q,
                     QStringLiteral("UPDATE attendance SET shift_start = ?, shift_minutes = ?, status = ?,"
                                    " late_minutes = ?, adherence_pct = ?, import_id = NULL,"
                                    " row_hash = NULL WHERE id = ?"),
                     values + QVariantList{before->id}, QStringLiteral("correcting attendance"));
        !done)
        return done;
    return forgetImportSnapshots(database, before->id);
}

struct MonthCounts {
    qint64 agentId = 0;
    QString agentName;
    AttendanceMonth month;
};

// SUM(CASE …) per status, bound in the order of `allStatuses` (attended = present + late is added up after).
QString statusSums()
{
    QStringList sums;
    for (std::size_t i = 0; i < allStatuses.size(); ++i)
        sums.append(QStringLiteral("SUM(CASE WHEN a.status = ? THEN 1 ELSE 0 END)"));
    return sums.join(QStringLiteral(", "));
}

QVariantList statusCodes()
{
    QVariantList codes;
    for (const core::AttendanceStatus status : allStatuses)
        codes.append(core::attendanceCode(status));
    return codes;
}

// One calendar month's counts per agent; with a team, only the agents in it on the month's last day.
core::Result<QList<AttendanceMonth>> readMonth(const Database &database, QDate first,
                                               std::optional<qint64> teamId)
{
    const QDate last = first.addMonths(1).addDays(-1);
    QString sql = QStringLiteral("SELECT a.agent_id, g.display_name, COUNT(*), %1, SUM(CASE WHEN a.status = ?"
                                 " THEN a.late_minutes ELSE 0 END) FROM attendance a JOIN agents g ON"
                                 " g.id = a.agent_id WHERE a.day BETWEEN ? AND ?")
                      .arg(statusSums());
    QVariantList values = statusCodes();
    values << core::attendanceCode(core::AttendanceStatus::Late) << dayText(first) << dayText(last);
    if (teamId) {
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM team_memberships m WHERE m.agent_id = a.agent_id"
            " AND m.team_id = ? AND m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to > ?))");
        values << *teamId << dayText(last) << dayText(last);
    }
    sql += QStringLiteral(" GROUP BY a.agent_id, g.display_name");
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (auto done = runBound(q, sql, values, QStringLiteral("counting attendance by month")); !done)
        return done.error();
    QList<AttendanceMonth> months;
    while (q.next()) {
        AttendanceMonth m;
        m.agentId = q.value(0).toLongLong();
        m.agentName = q.value(1).toString();
        m.month = first;
        m.scheduled = q.value(2).toInt();
        const int present = q.value(3).toInt();
        m.late = q.value(4).toInt();
        m.attended = present + m.late;
        m.excused = q.value(5).toInt();
        m.unexcused = q.value(6).toInt();
        m.noCallNoShow = q.value(7).toInt();
        m.lateMinutes = q.value(8).toInt();
        months.append(m);
    }
    return months;
}

// A shift entered, corrected or removed in a locked bonus month is late data for it: stored, while the
// month's bonus stays frozen and the difference is paid as an adjustment later (storage/bonuslatedata.h).
core::Status recordLateAttendance(const Database &database, qint64 agentId, QDate day, const QString &actor)
{
    const auto late = recordLateBonusData(
        database, {{core::monthStart(day), 1}},
        QStringLiteral("attendance of agent %1 on %2").arg(agentId).arg(dayText(day)), actor);
    if (!late)
        return late.error();
    return core::Done{};
}

} // namespace

AttendanceRepository::AttendanceRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<core::AttendanceRecord>> AttendanceRepository::shifts(qint64 agentId,
                                                                         core::DateRange range) const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done = runBound(
            q, shiftColumns + QStringLiteral(" WHERE agent_id = ? AND day BETWEEN ? AND ? ORDER BY day"),
            {agentId, dayText(range.from), dayText(range.to)}, QStringLiteral("reading attendance"));
        !done)
        return done.error();
    QList<core::AttendanceRecord> shifts;
    while (q.next()) {
        auto shift = shiftFrom(q, agentId);
        if (!shift)
            return shift.error();
        shifts.append(shift->record);
    }
    return shifts;
}

core::Status AttendanceRepository::enterShift(const core::AttendanceRecord &shift, const QString &actor,
                                              const QDateTime &now)
{
    Q_UNUSED(now) // the audit log stamps its own time; the attendance table keeps no change times
    if (auto valid = checkShift(shift); !valid)
        return valid;
    return inTransaction(m_database->connection(), tr("entering attendance"), [&]() -> core::Status {
        if (auto known = checkAgentExists(*m_database, shift.agentId); !known)
            return known;
        const auto before = readShift(*m_database, shift.agentId, shift.day);
        if (!before)
            return before.error();
        if (auto written = writeShift(*m_database, shift, before.value()); !written)
            return written;
        QJsonObject detail = changeDetail(shift.day, before.value());
        detail.insert(QStringLiteral("after"), shiftDetail(shift));
        if (auto audited = AuditLog(*m_database)
                               .append(actor, QStringLiteral("attendance"), shift.agentId,
                                       QStringLiteral("enter"), detail);
            !audited)
            return audited;
        return recordLateAttendance(*m_database, shift.agentId, shift.day, actor);
    });
}

core::Status AttendanceRepository::removeShift(qint64 agentId, QDate day, const QString &actor,
                                               const QDateTime &now)
{
    Q_UNUSED(now)
    return inTransaction(m_database->connection(), tr("removing attendance"), [&]() -> core::Status {
        const auto before = readShift(*m_database, agentId, day);
        if (!before)
            return before.error();
        if (!before.value())
            return core::Done{}; // nothing to remove, nothing to audit
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q, QStringLiteral("DELETE FROM attendance WHERE id = ?"),
                                 {before.value()->id}, QStringLiteral("removing attendance"));
            !done)
            return done;
        if (auto forgotten = forgetImportSnapshots(*m_database, before.value()->id); !forgotten)
            return forgotten;
        if (auto audited = AuditLog(*m_database)
                               .append(actor, QStringLiteral("attendance"), agentId, QStringLiteral("remove"),
                                       changeDetail(day, before.value()));
            !audited)
            return audited;
        return recordLateAttendance(*m_database, agentId, day, actor);
    });
}

// Whole calendar months: a month of the range counts all its days, so its column means the same whatever
// day of it the range starts or ends on.
core::Result<QList<AttendanceMonth>> AttendanceRepository::months(core::DateRange range,
                                                                  std::optional<qint64> teamId) const
{
    if (!range.isValid())
        return core::Error{tr("the period of the attendance table is not a valid range of days"), {}};
    QList<AttendanceMonth> months;
    for (QDate first(range.from.year(), range.from.month(), 1); first <= range.to;
         first = first.addMonths(1)) {
        auto month = readMonth(*m_database, first, teamId);
        if (!month)
            return month.error();
        months.append(month.value());
    }
    std::stable_sort(months.begin(), months.end(), [](const AttendanceMonth &a, const AttendanceMonth &b) {
        if (const int byName = a.agentName.localeAwareCompare(b.agentName); byName != 0)
            return byName < 0;
        return a.agentId < b.agentId; // same name, different agents: kept apart (months stay in order)
    });
    return months;
}

core::Result<QList<QDate>> AttendanceRepository::violationDays(qint64 agentId, core::DateRange range) const
{
    QVariantList values{agentId, dayText(range.from), dayText(range.to)};
    QStringList placeholders;
    for (const core::AttendanceStatus status : allStatuses) {
        if (core::isViolation(status)) {
            values.append(core::attendanceCode(status));
            placeholders.append(QStringLiteral("?"));
        }
    }
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (auto done =
            runBound(q,
                     QStringLiteral("SELECT day FROM attendance WHERE agent_id = ? AND day BETWEEN ? AND ?"
                                    " AND status IN (%1) ORDER BY day")
                         .arg(placeholders.join(QStringLiteral(", "))),
                     values, QStringLiteral("reading attendance violations"));
        !done)
        return done.error();
    QList<QDate> days;
    while (q.next())
        days.append(dayFrom(q.value(0)));
    return days;
}

} // namespace huddle::storage
