#pragma once

#include "core/bonusplan.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::storage {

class Database;

// One stored version of a bonus plan. id 0: the built-in example plan (core::BonusPlan::example()), in force
// where nothing is stored.
struct BonusPlanVersion {
    qint64 id = 0;
    std::optional<qint64> teamId; // empty: the site's plan
    QString teamName;             // empty for the site
    QDate validFrom;              // first day of the first month it applies to
    int version = 0;              // per scope: 1, 2, …
    core::BonusPlan plan;
    QDateTime createdAt; // UTC
    QString createdBy;
    QString note;

    bool isBuiltIn() const { return id == 0; }
};

// Bonus plans per team with the site's as the fallback, versioned: saving never overwrites, it adds the
// next version, valid from a month. Every save is in the audit log (entity "bonus_plan", action "save").
class BonusPlanRepository {
public:
    explicit BonusPlanRepository(const Database &database);

    // Every stored version, site first then teams by name, each scope newest version first.
    core::Result<QList<BonusPlanVersion>> versions() const;
    // The plan in force for a team in `month`: the team's newest version valid from a month ≤ `month`, else
    // the site's, else the built-in example. No team: the site's.
    core::Result<BonusPlanVersion> planFor(std::optional<qint64> teamId, QDate month) const;
    // Validates, then stores the scope's next version valid from `validFrom`'s month, with an audit entry
    // naming `actor`. Refused (nothing stored) when the plan is invalid, or when a locked month on or after
    // `validFrom` would be governed by it: "October 2026 is locked; a plan can start from November 2026 at
    // the earliest". The actor's name must not be empty; a team must exist.
    // `seenVersion` is the scope's newest version the editor was shown (0: none was stored). When someone
    // saved a newer one meanwhile, the save is refused naming who saved which version when, so a plan is
    // never replaced by an edit of an older one unseen. Empty: no such check (imports, the demo).
    core::Result<BonusPlanVersion> save(std::optional<qint64> teamId, QDate validFrom,
                                        const core::BonusPlan &plan, const QString &actor,
                                        const QString &note,
                                        std::optional<int> seenVersion = std::nullopt) const;

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::BonusPlanRepository)
};

} // namespace huddle::storage
