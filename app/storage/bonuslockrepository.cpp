#include "bonuslockrepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "database.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include "core/month.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString lockColumns =
    QStringLiteral("SELECT id, month, locked_at, locked_by, reason, plans, csv_sha256, total_cents,"
                   " unlocked_at, unlocked_by, unlock_reason FROM bonus_locks");

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

core::Result<BonusLock> lockFrom(const QSqlQuery &q)
{
    BonusLock lock;
    lock.id = q.value(0).toLongLong();
    const auto month = core::monthFromCode(q.value(1).toString());
    if (!month)
        return core::Error{tr("bonus lock %1 names no month: “%2”").arg(lock.id).arg(q.value(1).toString()),
                           {}};
    lock.month = *month;
    lock.lockedAt = instantFrom(q.value(2));
    lock.lockedBy = q.value(3).toString();
    lock.reason = q.value(4).toString();
    lock.plans = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    lock.csvSha256 = q.value(6).toString();
    lock.totalCents = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        lock.unlockedAt = instantFrom(q.value(8));
    lock.unlockedBy = q.value(9).toString();
    lock.unlockReason = q.value(10).toString();
    return lock;
}

// Runs `sql` and converts each row; a row that does not convert ends the read with its error.
template <typename T>
core::Result<QList<T>> readRows(const Database &database, const QString &sql, const QVariantList &values,
                                const QString &what, core::Result<T> (*convert)(const QSqlQuery &))
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (auto done = runBound(q, sql, values, what); !done)
        return done.error();
    QList<T> rows;
    while (q.next()) {
        auto row = convert(q);
        if (!row)
            return row.error();
        rows.append(std::move(row.value()));
    }
    return rows;
}

core::Result<QList<BonusLock>> readLocks(const Database &database, const QString &where,
                                         const QVariantList &values)
{
    return readRows(database, lockColumns + where, values, tr("reading the bonus locks"), lockFrom);
}

core::Result<FrozenBonusLine> frozenLineFrom(const QSqlQuery &q)
{
    const auto kind = core::bonusLineKindFromCode(q.value(4).toString());
    const auto evidence = core::bonusEvidenceFromCode(q.value(9).toString());
    if (!kind || !evidence)
        return core::Error{tr("a frozen bonus line of %1 has an unknown kind “%2” or evidence “%3”")
                               .arg(q.value(1).toString(), q.value(4).toString(), q.value(9).toString()),
                           {}};
    FrozenBonusLine frozen;
    frozen.agentId = q.value(0).toLongLong();
    frozen.agentName = q.value(1).toString();
    frozen.teamId = q.value(2).toLongLong(); // 0 when NULL
    frozen.teamName = q.value(3).toString();
    frozen.line.kind = *kind;
    frozen.line.id = q.value(5).toString();
    frozen.line.label = q.value(6).toString();
    frozen.line.explanation = q.value(7).toString();
    frozen.line.inputs = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    frozen.line.evidence = *evidence;
    frozen.line.amount = q.value(10).toLongLong();
    return frozen;
}

Status insertLines(const Database &database, qint64 lockId, const QList<FrozenBonusLine> &lines)
{
    QSqlQuery q(database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO bonus_lock_lines (lock_id, position, agent_id, agent_name, team_id,"
                       " team_name, line_kind, line_id, label, explanation, inputs, evidence, amount_cents)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < lines.size(); ++position) {
        const FrozenBonusLine &frozen = lines.at(position);
        const core::BonusLine &line = frozen.line;
        for (const QVariant &value :
             {QVariant(lockId), QVariant(position + 1), QVariant(frozen.agentId),
              notNullText(frozen.agentName), nullableId(frozen.teamId), notNullText(frozen.teamName),
              QVariant(core::bonusLineKindCode(line.kind)), notNullText(line.id), notNullText(line.label),
              notNullText(line.explanation), QVariant(compactJson(QJsonDocument(line.inputs))),
              QVariant(core::bonusEvidenceCode(line.evidence)), QVariant(line.amount)})
            q.addBindValue(value);
        if (auto done = execute(q, tr("freezing the bonus lines")); !done)
            return done;
    }
    return core::Done{};
}

Status checkLockRequest(const BonusLockRequest &request, QDate today)
{
    if (!request.month.isValid())
        return core::Error{tr("a lock needs the month to lock"), {}};
    if (request.lockedBy.trimmed().isEmpty() || request.reason.trimmed().isEmpty())
        return core::Error{tr("locking %1 needs your name and a reason").arg(bonusMonthName(request.month)),
                           {}};
    // A month is locked after review, when no more of its days can bring data.
    if (core::monthRange(request.month).to >= today)
        return core::Error{
            tr("%1 has not ended yet; it can be locked from %2")
                .arg(bonusMonthName(request.month),
                     QLocale().toString(core::monthRange(request.month).to.addDays(1), QLocale::LongFormat)),
            {}};
    return core::Done{};
}

Status checkNotLocked(const BonusLockRepository &locks, QDate month)
{
    const auto existing = locks.lockFor(month);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return core::Done{};
    return core::Error{tr("%1 is already locked (by %2 on %3)")
                           .arg(bonusMonthName(month), existing.value()->lockedBy,
                                QLocale().toString(existing.value()->lockedAt.date(), QLocale::LongFormat)),
                       {}};
}

core::Result<BonusLock> insertLock(const Database &database, const BonusLockRequest &request)
{
    BonusLock lock;
    lock.month = core::monthStart(request.month);
    lock.lockedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    lock.lockedBy = request.lockedBy;
    lock.reason = request.reason;
    lock.plans = request.plans;
    lock.csvSha256 = request.csvSha256;
    for (const FrozenBonusLine &frozen : request.lines)
        lock.totalCents += frozen.line.amount;
    QSqlQuery q(database.connection());
    const auto id =
        insertBound(q,
                    QStringLiteral("INSERT INTO bonus_locks (month, locked_at, locked_by, reason, plans,"
                                   " csv_sha256, total_cents) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {core::monthCode(lock.month), instantText(lock.lockedAt), lock.lockedBy, lock.reason,
                     compactJson(QJsonDocument(lock.plans)), notNullText(lock.csvSha256), lock.totalCents},
                    tr("locking the month"));
    if (!id)
        return id.error();
    lock.id = id.value();
    return lock;
}

core::Result<BonusLock> storeLock(const Database &database, const BonusLockRequest &request)
{
    if (auto open = checkNotLocked(BonusLockRepository(database), request.month); !open)
        return open.error();
    auto lock = insertLock(database, request);
    if (!lock)
        return lock;
    if (auto frozen = insertLines(database, lock->id, request.lines); !frozen)
        return frozen.error();
    if (auto audited = AuditLog(database).append(
            lock->lockedBy, BonusMonthEntity, bonusMonthEntityId(lock->month), QStringLiteral("lock"),
            {{QStringLiteral("month"), core::monthCode(lock->month)},
             {QStringLiteral("by"), lock->lockedBy},
             {QStringLiteral("reason"), lock->reason},
             {QStringLiteral("total"), core::centsText(lock->totalCents)},
             {QStringLiteral("csv_sha256"), lock->csvSha256}});
        !audited)
        return audited.error();
    return lock;
}

// Adjustments of a later locked month were computed against this lock: it may only be lifted once no later
// month is locked, newest first.
Status checkNoLaterLock(const BonusLockRepository &locks, QDate month)
{
    const auto locked = locks.lockedMonths();
    if (!locked)
        return locked.error();
    if (locked->isEmpty() || locked->constLast() <= month)
        return core::Done{};
    return core::Error{
        tr("%1, a later month, is locked too: its adjustments were computed against the lock of "
           "%2; unlock %1 first")
            .arg(bonusMonthName(locked->constLast()), bonusMonthName(month)),
        {}};
}

Status liftLock(const Database &database, QDate month, const QString &by, const QString &reason)
{
    const BonusLockRepository locks(database);
    const auto lock = locks.lockFor(month);
    if (!lock)
        return lock.error();
    if (!lock.value())
        return core::Error{tr("%1 is not locked").arg(bonusMonthName(month)), {}};
    if (auto later = checkNoLaterLock(locks, month); !later)
        return later;
    QSqlQuery q(database.connection());
    if (auto done = runBound(q,
                             QStringLiteral("UPDATE bonus_locks SET unlocked_at = ?, unlocked_by = ?,"
                                            " unlock_reason = ? WHERE id = ?"),
                             {instantText(QDateTime::currentDateTimeUtc()), by, reason, lock.value()->id},
                             tr("unlocking the month"));
        !done)
        return done;
    return AuditLog(database).append(by, BonusMonthEntity, bonusMonthEntityId(month),
                                     QStringLiteral("unlock"),
                                     {{QStringLiteral("month"), core::monthCode(month)},
                                      {QStringLiteral("by"), by},
                                      {QStringLiteral("reason"), reason},
                                      {QStringLiteral("lock_id"), lock.value()->id}});
}

} // namespace

qint64 bonusMonthEntityId(QDate month)
{
    return month.isValid() ? qint64(month.year()) * 100 + month.month() : 0;
}

QString bonusMonthName(QDate month)
{
    return QLocale().toString(core::monthStart(month), QStringLiteral("MMMM yyyy"));
}

BonusLockRepository::BonusLockRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<std::optional<BonusLock>> BonusLockRepository::lockFor(QDate month) const
{
    auto locks = readLocks(*m_database, QStringLiteral(" WHERE month = ? AND unlocked_at IS NULL"),
                           {core::monthCode(month)});
    if (!locks)
        return locks.error();
    return locks->isEmpty() ? std::optional<BonusLock>() : std::optional<BonusLock>(locks->constFirst());
}

core::Result<QList<BonusLock>> BonusLockRepository::history() const
{
    return readLocks(*m_database, QStringLiteral(" ORDER BY id DESC"), {});
}

core::Result<QList<QDate>> BonusLockRepository::lockedMonths() const
{
    auto locks = readLocks(*m_database, QStringLiteral(" WHERE unlocked_at IS NULL ORDER BY month"), {});
    if (!locks)
        return locks.error();
    QList<QDate> months;
    for (const BonusLock &lock : locks.value())
        months.append(lock.month);
    return months;
}

core::Result<QList<FrozenBonusLine>> BonusLockRepository::lines(qint64 lockId) const
{
    return readRows(
        *m_database,
        QStringLiteral("SELECT agent_id, agent_name, team_id, team_name, line_kind, line_id, label,"
                       " explanation, inputs, evidence, amount_cents FROM bonus_lock_lines"
                       " WHERE lock_id = ? ORDER BY position"),
        {lockId}, tr("reading the frozen bonus lines"), frozenLineFrom);
}

core::Result<BonusLock> BonusLockRepository::lock(const BonusLockRequest &request, QDate today) const
{
    if (auto valid = checkLockRequest(request, today); !valid)
        return valid.error();
    return inTransaction(m_database->connection(), tr("locking %1").arg(bonusMonthName(request.month)),
                         [&] { return storeLock(*m_database, request); });
}

core::Status BonusLockRepository::unlock(QDate month, const QString &by, const QString &reason) const
{
    if (!month.isValid())
        return core::Error{tr("unlocking needs the month to unlock"), {}};
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return core::Error{tr("unlocking %1 needs your name and a reason").arg(bonusMonthName(month)), {}};
    return inTransaction(m_database->connection(), tr("unlocking %1").arg(bonusMonthName(month)),
                         [&] { return liftLock(*m_database, month, by, reason); });
}

} // namespace huddle::storage
