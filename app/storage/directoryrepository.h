#pragma once

#include "core/daterange.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace huddle::storage {

class Database;

struct TeamEntry {
    qint64 id = 0;
    QString name;
};

struct AgentEntry {
    qint64 id = 0;
    QString name;
    qint64 teamId = 0; // team on the day asked for
    QString teamName;
};

// Who is who: teams, agents and their team on a given day, the span of days that hold data, settings.
class DirectoryRepository {
public:
    explicit DirectoryRepository(const Database &database);

    core::Result<QList<TeamEntry>> teams() const;
    // Agents who belonged to `teamId` (all agents when empty) on `day`, by name.
    core::Result<QList<AgentEntry>> agents(std::optional<qint64> teamId, QDate day) const;
    std::optional<qint64> teamIdByName(const QString &name) const;
    std::optional<qint64> agentIdByName(const QString &name) const;
    // First and last day with conversations; invalid when there are none.
    core::Result<core::DateRange> dataRange() const;
    QString setting(const QString &key, const QString &fallback = {}) const;
    // Today in the site's time zone (setting site_time_zone; UTC when unset or unknown): days are site days,
    // so a month is over once its last site day has passed.
    QDate siteToday() const;
    // The site's name (heads printed reports) and currency (ISO 4217, e.g. "USD": the bonus reports' money),
    // stored with an audit entry (entity "settings", action "site") naming `actor`. A code that is not three
    // capital letters is refused.
    core::Status setSiteIdentity(const QString &siteName, const QString &currencyCode,
                                 const QString &actor) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
