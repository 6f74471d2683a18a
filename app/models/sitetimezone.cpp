#include "sitetimezone.h"

#include "storage/directoryrepository.h"

#include <QLocale>

namespace huddle::models {

QTimeZone siteTimeZone(const storage::Database &database)
{
    const QTimeZone zone(storage::DirectoryRepository(database)
                             .setting(QStringLiteral("site_time_zone"), QStringLiteral("UTC"))
                             .toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString formatSiteTime(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? QLocale().toString(at.toTimeZone(zone), QStringLiteral("d MMM yyyy, HH:mm"))
                        : QString();
}

} // namespace huddle::models
