#include "bonuslatedata.h"

#include "auditlog.h"
#include "bonuslockrepository.h"

#include "core/month.h"

#include <QJsonObject>

namespace huddle::storage {

core::Result<QList<QDate>> recordLateBonusData(const Database &database,
                                               const QHash<QDate, int> &rowsPerMonth, const QString &source,
                                               const QString &actor)
{
    QHash<QDate, int> rows; // by first day, whatever day of the month the caller keyed
    for (auto it = rowsPerMonth.constBegin(); it != rowsPerMonth.constEnd(); ++it)
        if (it.value() > 0)
            rows[core::monthStart(it.key())] += it.value();
    if (rows.isEmpty())
        return QList<QDate>();
    const auto locked = BonusLockRepository(database).lockedMonths();
    if (!locked)
        return locked.error();
    QList<QDate> touched;
    for (const QDate month : locked.value()) {
        const int count = rows.value(month);
        if (count == 0)
            continue;
        if (auto audited = AuditLog(database).append(
                actor, BonusMonthEntity, bonusMonthEntityId(month), QStringLiteral("late_data"),
                {{QStringLiteral("source"), source}, {QStringLiteral("rows"), count}});
            !audited)
            return audited.error();
        touched.append(month);
    }
    return touched;
}

} // namespace huddle::storage
