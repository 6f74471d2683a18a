#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace huddle::storage {
class Database;
}

namespace huddle::models {

// The zone times are shown in (setting site_time_zone; UTC when unset): times are stored UTC.
QTimeZone siteTimeZone(const storage::Database &database);
// "22 Nov 2026, 11:00" in `zone`: how the calibration and dispute screens show an instant; empty when
// invalid.
QString formatSiteTime(const QDateTime &at, const QTimeZone &zone);

} // namespace huddle::models
