#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace huddle::storage {

class Database;

// Data that arrives for a locked bonus month (an import, an attendance correction) is stored — the
// dashboard must show what happened — but the month's bonus stays frozen; the difference is paid as an
// adjustment in the next open month. This records it, inside the caller's transaction: one audit entry per
// locked month touched (entity "bonus_month", entity id YYYYMM, action "late_data", detail {"source": …,
// "rows": n}). `rowsPerMonth`: first day of month → rows written. Returns the locked months touched,
// ascending, so the caller can tell the user.
core::Result<QList<QDate>> recordLateBonusData(const Database &database,
                                               const QHash<QDate, int> &rowsPerMonth, const QString &source,
                                               const QString &actor);

} // namespace huddle::storage
