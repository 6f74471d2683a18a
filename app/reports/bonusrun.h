#pragma once

#include "core/bonusengine.h"
#include "core/kpidefinitions.h"
#include "core/money.h"
#include "core/result.h"
#include "storage/bonuslockrepository.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace huddle::storage {
class Database;
}

namespace huddle::reports {

// One agent's month in the report.
struct AgentBonusRow {
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
    QString teamNote; // "Moved from Billing on 2026-10-15", empty when they did not move
    core::AgentBonus bonus;
};

struct TeamBonusTotal {
    qint64 teamId = 0;
    QString teamName;
    int agents = 0;
    core::Cents total = 0;
};

// The plan that governed a team (or the site) in the month.
struct BonusPlanUsed {
    qint64 teamId = 0; // 0: agents without a team / the site's plan
    QString teamName;
    qint64 planId = 0; // 0: the built-in example plan
    int version = 0;
    QDate validFrom;
    core::BonusPlan plan;
};

// A month's bonus: every agent in report order (team name, agent name, agent id), team and site totals, the
// plans used and the lock, if any. A locked month is read back from its frozen lines, never recomputed.
struct BonusMonth {
    QDate month; // first day
    QList<AgentBonusRow> agents;
    QList<TeamBonusTotal> teams; // by team name
    core::Cents siteTotal = 0;
    QList<BonusPlanUsed> plans;
    core::KpiDefinitions definitions;
    core::MoneyFormat money;
    std::optional<storage::BonusLock> lock;
    bool planOverridden = false; // computed with a plan given on the command line instead of the stored ones
};

struct BonusRunOptions {
    core::MoneyFormat money; // see moneyFormatFor()
    std::optional<core::BonusPlan>
        planOverride;                     // --plan FILE: this plan for every team (never for a locked month)
    std::function<bool(double)> progress; // share done 0–1; returning false cancels ("cancelled" error)
};

// Computes (or, when locked, reads back) `month`'s bonus. For an open month, each locked earlier month whose
// data changed after its lock adds an adjustment line per affected agent: what the data give now minus what
// was paid for it (its frozen lines plus adjustments already paid in other locked months).
core::Result<BonusMonth> runBonusMonth(const storage::Database &database, QDate month,
                                       const BonusRunOptions &options);

// The currency and locale a run uses by default: the setting "currency" with `locale`.
core::MoneyFormat moneyFormatFor(const storage::Database &database, const QLocale &locale);

// The plans of a run as the lock records them: [{"team_id", "team", "plan_id", "version", "valid_from"}].
QJsonArray plansJson(const BonusMonth &month);

// Locks the month as `runBonusMonth` computed it: freezes its lines, plans and the SHA-256 of its CSV.
core::Result<storage::BonusLock> lockBonusMonth(const storage::Database &database, const BonusMonth &month,
                                                const QString &by, const QString &reason, QDate today);

} // namespace huddle::reports
