#pragma once

// Internal to the bonus run (bonusrun.cpp): reading a locked month back from its frozen lines, and the
// adjustments that later data in locked months adds to an open month.
#include "bonusrun.h"
#include "core/namespacetr.h"

#include <QHash>

namespace huddle::reports::bonusrun {

// The bonus run's words, in its own namespace's context: its files call bonusrun::tr from huddle::reports
// too.
HUDDLE_NAMESPACE_TR("huddle::reports::bonusrun")

// The plans a lock recorded, read back (plan id 0: the built-in example), by team name.
core::Result<QList<BonusPlanUsed>> plansOfLock(const storage::Database &database,
                                               const storage::BonusLock &lock);

// The plan each team of a month was (or is) governed by: the team's entry, else the plan in force for the
// team in that month.
class TeamPlans {
public:
    TeamPlans(const storage::Database &database, QDate month, const QList<BonusPlanUsed> &plans);
    core::Result<core::BonusPlan> planFor(qint64 teamId);

private:
    const storage::Database *m_database;
    QDate m_month;
    QHash<qint64, core::BonusPlan> m_plans; // team id (0: none) → plan
};

// `month` as its lock froze it: the frozen lines in report order, with the "Moved from …" notes the
// memberships give.
core::Result<BonusMonth> readLockedMonth(const storage::Database &database, const storage::BonusLock &lock,
                                         const BonusRunOptions &options);

// One agent's adjustment for a locked month whose data changed after its lock, and the agent's name and team.
using Adjustment = storage::FrozenBonusLine;

// Adds `line` to its agent's row in `rows` (a new row at the end when the agent has none yet; `rowOfAgent`
// finds them), with the agent's subtotal and total.
void addLine(QList<AgentBonusRow> &rows, QHash<qint64, qsizetype> &rowOfAgent,
             const storage::FrozenBonusLine &line);

// For every month before `month` locked now, in month order: what its data give now minus what was paid for
// it (its frozen lines, plus adjustments for it in every other lock in force), per agent, where they differ.
core::Result<QList<Adjustment>> adjustmentsBefore(const storage::Database &database, QDate month,
                                                  const core::MoneyFormat &money,
                                                  const std::function<bool()> &cancelled);

// Report order (team name, agent name, agent id), team totals by team name and the site total.
void sortAndTotal(BonusMonth &month);

// "Moved from Billing on 2026-10-15".
QString teamNote(const QString &previousTeam, QDate movedOn);

} // namespace huddle::reports::bonusrun
