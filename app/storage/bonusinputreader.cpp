#include "bonusinputreader.h"
#include "translation.h"

#include "database.h"
#include "kpiplanrepository.h"
#include "kpirepository.h"
#include "sqlutil.h"

#include "core/month.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

struct Membership {
    qint64 teamId = 0;
    QDate from;
    QDate to; // exclusive; invalid while open
};

// An agent's memberships that began by the month's last day, oldest first.
struct MemberHistory {
    QString agentName;
    QList<Membership> memberships;

    bool memberDuring(const core::DateRange &month) const
    {
        return std::any_of(memberships.cbegin(), memberships.cend(), [&](const Membership &m) {
            return m.from <= month.to && (!m.to.isValid() || m.to > month.from);
        });
    }
};

struct AttendanceDays {
    QList<QDate> noCallNoShow;
    QList<QDate> unexcused;
    QList<QDate> late;
};

// Everything read for the month, keyed by agent.
struct MonthData {
    QHash<qint64, QString> teamNames;
    QHash<qint64, MemberHistory> members;
    QHash<qint64, KpiRow> kpis;
    QHash<qint64, QMap<QString, core::SalesTierTally>> salesByTier; // tier → tally, so sorted by tier
    QHash<qint64, AttendanceDays> attendance;
};

Status readTeamNames(const Database &database, MonthData &data)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (auto status = execute(q, QStringLiteral("SELECT id, name FROM teams"), tr("reading teams")); !status)
        return status;
    while (q.next())
        data.teamNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    return core::Done{};
}

// Memberships begun by the month's last day, so the team of the last day (KpiRepository's convention: the
// latest membership begun by then) and the one before it are both at hand.
Status readMemberships(const Database &database, const core::DateRange &month, MonthData &data)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.agent_id, a.display_name, m.team_id, m.valid_from, m.valid_to"
                             " FROM team_memberships m JOIN agents a ON a.id = m.agent_id"
                             " WHERE m.valid_from <= ? ORDER BY m.agent_id, m.valid_from, m.id"));
    q.addBindValue(dayText(month.to));
    if (auto status = execute(q, tr("reading team memberships")); !status)
        return status;
    while (q.next()) {
        MemberHistory &history = data.members[q.value(0).toLongLong()];
        history.agentName = q.value(1).toString();
        history.memberships.append({q.value(2).toLongLong(), dayFrom(q.value(3)), dayFrom(q.value(4))});
    }
    return core::Done{};
}

core::Status readKpis(const Database &database, const core::DateRange &month,
                      const core::KpiDefinitions &definitions, MonthData &data)
{
    KpiQuery query;
    query.range = month;
    query.grouping = KpiGrouping::Agent;
    query.definitions = definitions;
    const auto rows = KpiRepository(database).totals(query);
    if (!rows)
        return rows.error();
    for (const KpiRow &row : rows.value())
        data.kpis.insert(row.agentId, row);
    return core::Done{};
}

// Sales of the sales table by agent and tier. A sale also stated on its conversation (the sale columns of a
// call log) is counted from there by the KPI totals, without a tier, so it is left out here the same way
// (kpisources.cpp, salesSource); whatever the totals hold beyond the tiers read here is untiered.
Status readSalesByTier(const Database &database, const core::DateRange &month, MonthData &data)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT sa.agent_id, TRIM(COALESCE(sa.tier, '')), COUNT(*), SUM(sa.amount_cents) FROM sales sa"
        " WHERE sa.day BETWEEN ? AND ? AND (sa.conversation_id IS NULL OR sa.conversation_id NOT IN"
        " (SELECT sc.id FROM conversations sc WHERE sc.sale_count IS NOT NULL))"
        " GROUP BY sa.agent_id, TRIM(COALESCE(sa.tier, ''))"));
    q.addBindValue(dayText(month.from));
    q.addBindValue(dayText(month.to));
    if (auto status = execute(q, tr("reading sales by tier")); !status)
        return status;
    while (q.next()) {
        const QString tier = q.value(1).toString();
        data.salesByTier[q.value(0).toLongLong()].insert(
            tier, {tier, q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return core::Done{};
}

Status readAttendance(const Database &database, const core::DateRange &month, MonthData &data)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT agent_id, day, status FROM attendance WHERE day BETWEEN ? AND ?"
                             " AND status IN ('ncns', 'unexcused', 'late') ORDER BY agent_id, day"));
    q.addBindValue(dayText(month.from));
    q.addBindValue(dayText(month.to));
    if (auto status = execute(q, tr("reading attendance")); !status)
        return status;
    while (q.next()) {
        AttendanceDays &days = data.attendance[q.value(0).toLongLong()];
        const QString status = q.value(2).toString();
        QList<QDate> &list = status == QLatin1String("ncns")        ? days.noCallNoShow
                             : status == QLatin1String("unexcused") ? days.unexcused
                                                                    : days.late;
        list.append(dayFrom(q.value(1)));
    }
    return core::Done{};
}

// Tiers read from the sales table, plus what the totals count beyond them (sales stated on conversations or
// in day summaries) as untiered, so the tallies always sum to totals.salesCount and salesCents.
QList<core::SalesTierTally> tierTallies(QMap<QString, core::SalesTierTally> tiers,
                                        const core::KpiTotals &totals)
{
    qint64 count = 0;
    core::Cents cents = 0;
    for (const core::SalesTierTally &tally : std::as_const(tiers)) {
        count += tally.count;
        cents += tally.cents;
    }
    if (count != totals.salesCount || cents != totals.salesCents) {
        core::SalesTierTally &untiered = tiers[QString()];
        untiered.count += totals.salesCount - count;
        untiered.cents += totals.salesCents - cents;
    }
    return tiers.values();
}

// Sets the team of the month's last day and, when the agent came to it from another team during the month,
// the team they left and the day they moved.
void placeInTeam(BonusAgentInputs &agent, const MemberHistory &history, const core::DateRange &month,
                 const QHash<qint64, QString> &teamNames)
{
    const QList<Membership> &list = history.memberships;
    if (list.isEmpty())
        return;
    const Membership &last = list.back();
    agent.teamId = last.teamId;
    agent.teamName = teamNames.value(last.teamId);
    if (list.size() < 2 || last.from <= month.from)
        return;
    const Membership &before = list[list.size() - 2];
    const bool inItDuringMonth = !before.to.isValid() || before.to > month.from;
    if (before.teamId == last.teamId || !inItDuringMonth)
        return;
    agent.previousTeamId = before.teamId;
    agent.previousTeamName = teamNames.value(before.teamId);
    agent.movedOn = last.from;
}

BonusAgentInputs agentInputs(qint64 agentId, const MonthData &data, const core::DateRange &month,
                             const core::KpiDefinitions &definitions)
{
    BonusAgentInputs agent;
    agent.agentId = agentId;
    const auto kpi = data.kpis.constFind(agentId);
    if (kpi != data.kpis.cend()) {
        agent.agentName = kpi->agentName;
        agent.teamId = kpi->teamId;
        agent.teamName = kpi->teamName;
        agent.inputs.totals = kpi->totals;
    }
    if (const auto history = data.members.constFind(agentId); history != data.members.cend()) {
        agent.agentName = history->agentName;
        placeInTeam(agent, *history, month, data.teamNames);
    }
    agent.inputs.definitions = definitions;
    agent.inputs.salesByTier = tierTallies(data.salesByTier.value(agentId), agent.inputs.totals);
    const AttendanceDays days = data.attendance.value(agentId);
    agent.inputs.noCallNoShowDays = days.noCallNoShow;
    agent.inputs.unexcusedDays = days.unexcused;
    agent.inputs.lateDays = days.late;
    return agent;
}

// Agents with data in the month, and those in a team during it even without any, in a stable order.
QList<qint64> agentsOfMonth(const MonthData &data, const core::DateRange &month)
{
    QList<qint64> ids = data.kpis.keys();
    for (auto it = data.members.cbegin(); it != data.members.cend(); ++it)
        if (!data.kpis.contains(it.key()) && it->memberDuring(month))
            ids.append(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// One KPI plan per team of the month, not one read per agent.
core::Status attachKpiPlans(const Database &database, QList<BonusAgentInputs> &agents)
{
    const KpiPlanRepository plans(database);
    QHash<qint64, core::KpiPlan> byTeam;
    for (BonusAgentInputs &agent : agents) {
        auto it = byTeam.find(agent.teamId);
        if (it == byTeam.end()) {
            const auto plan =
                plans.planFor(agent.teamId ? std::optional<qint64>(agent.teamId) : std::nullopt);
            if (!plan)
                return plan.error();
            it = byTeam.insert(agent.teamId, plan.value());
        }
        agent.inputs.kpiPlan = *it;
    }
    return core::Done{};
}

} // namespace

BonusInputReader::BonusInputReader(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<BonusAgentInputs>> BonusInputReader::read(QDate month,
                                                             const std::function<bool()> &cancelled) const
{
    const core::DateRange range = core::monthRange(month);
    // The dashboard, the CLI and the reports all count with the documented defaults (kpidefinitions.h).
    const core::KpiDefinitions definitions;
    MonthData data;
    const QList<std::function<core::Status()>> steps{
        [&] { return readTeamNames(*m_database, data); },
        [&] { return readMemberships(*m_database, range, data); },
        [&] { return readKpis(*m_database, range, definitions, data); },
        [&] { return readSalesByTier(*m_database, range, data); },
        [&] { return readAttendance(*m_database, range, data); },
    };
    for (const auto &step : steps) {
        if (cancelled && cancelled())
            return core::Error{tr("cancelled"), {}};
        if (core::Status read = step(); !read)
            return read.error();
    }
    QList<BonusAgentInputs> agents;
    for (const qint64 id : agentsOfMonth(data, range))
        agents.append(agentInputs(id, data, range, definitions));
    if (core::Status planned = attachKpiPlans(*m_database, agents); !planned)
        return planned.error();
    std::sort(agents.begin(), agents.end(), [](const BonusAgentInputs &a, const BonusAgentInputs &b) {
        return std::tie(a.teamName, a.agentName, a.agentId) < std::tie(b.teamName, b.agentName, b.agentId);
    });
    return agents;
}

core::Result<QHash<qint64, BonusTeamMove>> BonusInputReader::teamMoves(QDate month) const
{
    const core::DateRange range = core::monthRange(month);
    MonthData data;
    if (core::Status read = readTeamNames(*m_database, data); !read)
        return read.error();
    if (core::Status read = readMemberships(*m_database, range, data); !read)
        return read.error();
    QHash<qint64, BonusTeamMove> moves;
    for (auto it = data.members.cbegin(); it != data.members.cend(); ++it) {
        BonusAgentInputs agent;
        placeInTeam(agent, *it, range, data.teamNames);
        if (agent.previousTeamId)
            moves.insert(it.key(),
                         {agent.teamId, *agent.previousTeamId, agent.previousTeamName, agent.movedOn});
    }
    return moves;
}

} // namespace huddle::storage
