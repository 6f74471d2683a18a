#pragma once

#include "core/bonusengine.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace huddle::storage {

class Database;

// One agent's month as the bonus engine needs it. The agent's team is the one they were in on the last day
// of the month (or their last team before it); when they moved during the month, the team they left and
// the day they moved are given so the report can say so.
struct BonusAgentInputs {
    qint64 agentId = 0;
    QString agentName;
    qint64 teamId = 0; // 0: no team
    QString teamName;
    std::optional<qint64> previousTeamId;
    QString previousTeamName;
    QDate movedOn;            // first day in the month's team, when they moved during the month
    core::BonusInputs inputs; // kpiPlan is the month's team's KPI plan
};

// How an agent came to their month's team from another one during the month.
struct BonusTeamMove {
    qint64 teamId = 0; // the month's team
    qint64 previousTeamId = 0;
    QString previousTeamName;
    QDate movedOn;
};

// Reads every agent's month for the bonus run with a handful of statements for the whole site (KPI totals
// through KpiRepository, sales by tier, attendance days), never one query per agent. Every agent who was
// in a team during the month is listed, with zero data if they had none. Days are the site's calendar days,
// as stored.
class BonusInputReader {
public:
    explicit BonusInputReader(const Database &database);

    // `month`: any day of it. `cancelled` is polled between statements; when it returns true the read stops
    // with an error "cancelled".
    core::Result<QList<BonusAgentInputs>> read(QDate month,
                                               const std::function<bool()> &cancelled = {}) const;
    // Only the moves of `month` (agent → move), from the team memberships alone: for a locked month read
    // back, whose frozen lines keep the team but not how the agent came to it.
    core::Result<QHash<qint64, BonusTeamMove>> teamMoves(QDate month) const;

private:
    const Database *m_database;
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::BonusInputReader)
};

} // namespace huddle::storage
