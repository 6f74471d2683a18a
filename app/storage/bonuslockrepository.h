#pragma once

#include "core/bonusengine.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::storage {

class Database;

// The audit log names a bonus month as entity "bonus_month" with the id YYYYMM (October 2026 → 202610).
inline const QString BonusMonthEntity = QStringLiteral("bonus_month");
qint64 bonusMonthEntityId(QDate month);
// "October 2026" in the default locale: how messages name a bonus month.
QString bonusMonthName(QDate month);

// A month's lock: who froze it, why, and (once lifted) who unlocked it and why.
struct BonusLock {
    qint64 id = 0;
    QDate month; // first day
    QDateTime lockedAt;
    QString lockedBy;
    QString reason;
    QJsonArray
        plans; // [{"team_id": 3 | null, "team": "…", "plan_id": 7, "version": 2, "valid_from": "2026-09"}]
    QString csvSha256;
    core::Cents totalCents = 0;
    QDateTime unlockedAt; // invalid while in force
    QString unlockedBy;
    QString unlockReason;

    bool inForce() const { return !unlockedAt.isValid(); }
};

// One frozen line: an agent's line of the month as it was locked.
struct FrozenBonusLine {
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    core::BonusLine line;
};

// What to freeze: the month's lines in report order, the plans used, the SHA-256 of its CSV export.
struct BonusLockRequest {
    QDate month;
    QString lockedBy;
    QString reason;
    QJsonArray plans;
    QString csvSha256;
    QList<FrozenBonusLine> lines;
};

// Locking freezes a month's results and inputs: the lines are stored as computed and read back instead of
// recomputing. Later data for a locked month is paid as an adjustment in the next open month (see
// reports/bonusrun.h). Every lock and unlock is in the audit log (entity "bonus_month", entity id YYYYMM,
// actions "lock" / "unlock"), in the same transaction.
class BonusLockRepository {
public:
    explicit BonusLockRepository(const Database &database);

    // The lock in force for `month`, if any.
    core::Result<std::optional<BonusLock>> lockFor(QDate month) const;
    // Every lock ever taken, newest first (unlocked ones included).
    core::Result<QList<BonusLock>> history() const;
    // First days of the months locked now, ascending.
    core::Result<QList<QDate>> lockedMonths() const;
    // The frozen lines of a lock, in report order.
    core::Result<QList<FrozenBonusLine>> lines(qint64 lockId) const;

    // Refused with a clear message when the month is already locked, the name or reason is empty, or the
    // month has not ended yet (a month is locked after review, not while data still arrive).
    core::Result<BonusLock> lock(const BonusLockRequest &request, QDate today) const;
    // An audited admin action. Refused when the month is not locked, the name or reason is empty, or a later
    // month is locked (its adjustments were computed against this lock: unlock newest first).
    core::Status unlock(QDate month, const QString &by, const QString &reason) const;

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::BonusLockRepository)
};

} // namespace huddle::storage
