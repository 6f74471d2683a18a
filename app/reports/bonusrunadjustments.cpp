// Adjustments: data that reached a locked month after its lock is paid in the next open month, as the
// difference between what the month's data give now (under the plans its lock recorded) and what was paid for
// it — its frozen lines plus whatever adjustments for it other locked months already paid.
#include "bonusrunparts.h"

#include "core/month.h"
#include "storage/bonusinputreader.h"

#include <map>

namespace huddle::reports::bonusrun {

namespace {

struct LockedMonth {
    storage::BonusLock lock;
    QList<storage::FrozenBonusLine> lines;
};

// Every lock in force with its frozen lines, by month.
core::Result<QList<LockedMonth>> locksInForce(const storage::Database &database)
{
    const storage::BonusLockRepository locks(database);
    const auto months = locks.lockedMonths();
    if (!months)
        return months.error();
    QList<LockedMonth> result;
    for (const QDate month : months.value()) {
        const auto lock = locks.lockFor(month);
        if (!lock)
            return lock.error();
        if (!lock.value())
            continue;
        const auto lines = locks.lines(lock.value()->id);
        if (!lines)
            return lines.error();
        result.append({*lock.value(), lines.value()});
    }
    return result;
}

// Who an agent is, as the latest source (data now, else the frozen lines) names them.
struct Person {
    QString agentName;
    qint64 teamId = 0;
    QString teamName;
};

// What was paid for `locked`'s month, per agent: its frozen lines other than adjustments, and the
// adjustments for that month in every other lock.
std::map<qint64, core::Cents> paidFor(const LockedMonth &locked, const QList<LockedMonth> &all,
                                      QHash<qint64, Person> &people)
{
    std::map<qint64, core::Cents> paid;
    for (const storage::FrozenBonusLine &frozen : locked.lines) {
        people.insert(frozen.agentId, {frozen.agentName, frozen.teamId, frozen.teamName});
        if (frozen.line.kind != core::BonusLineKind::Adjustment)
            paid[frozen.agentId] += frozen.line.amount;
    }
    const QString adjustmentId = QStringLiteral("adjustment:") + core::monthCode(locked.lock.month);
    for (const LockedMonth &other : all)
        if (other.lock.id != locked.lock.id)
            for (const storage::FrozenBonusLine &frozen : other.lines)
                if (frozen.line.id == adjustmentId)
                    paid[frozen.agentId] += frozen.line.amount;
    return paid;
}

// What `locked`'s month pays per agent on today's data, under the plans its lock recorded.
core::Result<std::map<qint64, core::Cents>> dueNow(const storage::Database &database,
                                                   const LockedMonth &locked, const core::MoneyFormat &money,
                                                   const std::function<bool()> &cancelled,
                                                   QHash<qint64, Person> &people)
{
    const QDate month = core::monthStart(locked.lock.month);
    const auto inputs = storage::BonusInputReader(database).read(month, cancelled);
    if (!inputs)
        return inputs.error();
    const auto plans = plansOfLock(database, locked.lock);
    if (!plans)
        return plans.error();
    TeamPlans teamPlans(database, month, plans.value());
    std::map<qint64, core::Cents> due;
    for (const storage::BonusAgentInputs &agent : inputs.value()) {
        const auto plan = teamPlans.planFor(agent.teamId);
        if (!plan)
            return plan.error();
        due[agent.agentId] = core::computeAgentBonus(plan.value(), agent.inputs, money).total;
        people.insert(agent.agentId, {agent.agentName, agent.teamId, agent.teamName});
    }
    return due;
}

} // namespace

core::Result<QList<Adjustment>> adjustmentsBefore(const storage::Database &database, QDate month,
                                                  const core::MoneyFormat &money,
                                                  const std::function<bool()> &cancelled)
{
    const auto locks = locksInForce(database);
    if (!locks)
        return locks.error();
    QList<Adjustment> adjustments;
    for (const LockedMonth &locked : locks.value()) {
        if (core::monthStart(locked.lock.month) >= core::monthStart(month))
            continue;
        QHash<qint64, Person> people;
        std::map<qint64, core::Cents> paid = paidFor(locked, locks.value(), people);
        const auto due = dueNow(database, locked, money, cancelled, people);
        if (!due)
            return due.error();
        for (const auto &[agentId, cents] : due.value())
            paid.try_emplace(agentId, 0);
        for (const auto &[agentId, paidCents] : paid) { // by agent id: a stable order
            const core::Cents nowCents = due.value().count(agentId) ? due.value().at(agentId) : 0;
            if (nowCents == paidCents)
                continue;
            const Person person = people.value(agentId);
            adjustments.append({agentId, person.agentName, person.teamId, person.teamName,
                                core::adjustmentLine(locked.lock.month, paidCents, nowCents, money)});
        }
    }
    return adjustments;
}

} // namespace huddle::reports::bonusrun
