#include "bonusdemo.h"

#include "core/month.h"
#include "reports/bonusrun.h"
#include "storage/attendancerepository.h"
#include "storage/bonusplanrepository.h"
#include "storage/kpirepository.h"

#include <algorithm>
#include <optional>

namespace huddle::demo {

namespace {

const QString payrollClerk = QStringLiteral("Dana Reyes (payroll)");

// The example plan with each per-sale tier rate raised by a quarter: $8, $12, $20 → $10, $15, $25.
core::BonusPlan salesTeamPlan(const QString &teamName)
{
    core::BonusPlan plan = core::BonusPlan::example();
    plan.name = QStringLiteral("%1 sales plan").arg(teamName);
    for (core::BonusComponent &component : plan.components)
        if (component.kind == core::ComponentKind::PerUnit)
            for (core::TierRate &rate : component.tierRates)
                rate.cents = rate.cents * 5 / 4;
    return plan;
}

class BonusDemo {
public:
    BonusDemo(storage::Database &database, const BonusDemoInput &input)
        : m_database(database)
        , m_input(input)
        , m_lockedMonth(core::monthStart(input.endDay).addMonths(-2))
    {
    }

    core::Result<BonusDemoCounts> write();

private:
    QDate firstMonth() const { return core::monthStart(m_input.firstDay); }
    core::Result<storage::KpiRow> bestSellingTeam() const;
    core::Status savePlans();
    core::Result<reports::BonusMonth> lockMonth() const;
    core::Status correctLateAttendance(const reports::BonusMonth &locked);
    QList<core::AttendanceRecord> lockedMonthShifts(qint64 agentId) const;
    std::optional<core::AttendanceRecord> lateCorrection(const reports::BonusMonth &locked) const;

    storage::Database &m_database;
    BonusDemoInput m_input;
    QDate m_lockedMonth;
    BonusDemoCounts m_counts;
};

core::Result<BonusDemoCounts> BonusDemo::write()
{
    if (const core::Status saved = savePlans(); !saved)
        return saved.error();
    // A lock needs data to freeze: a demo of a few weeks may not reach back that far.
    if (core::monthRange(m_lockedMonth).to < m_input.firstDay)
        return m_counts;
    const auto locked = lockMonth();
    if (!locked)
        return locked.error();
    m_counts.lockedMonth = m_lockedMonth;
    if (const core::Status corrected = correctLateAttendance(locked.value()); !corrected)
        return corrected.error();
    return m_counts;
}

// The team with the most sales over the demo's days (ties: the first team).
core::Result<storage::KpiRow> BonusDemo::bestSellingTeam() const
{
    const storage::KpiQuery query{
        {m_input.firstDay, m_input.endDay}, std::nullopt, std::nullopt, storage::KpiGrouping::Team, {}};
    const auto teams = storage::KpiRepository(m_database).totals(query);
    if (!teams)
        return teams.error();
    std::optional<storage::KpiRow> best;
    for (const storage::KpiRow &team : teams.value())
        if (team.teamId != 0 &&
            (!best || team.totals.salesCount > best->totals.salesCount ||
             (team.totals.salesCount == best->totals.salesCount && team.teamId < best->teamId)))
            best = team;
    if (!best)
        return core::Error{QStringLiteral("the demo has no team to give a bonus plan"), {}};
    return *best;
}

core::Status BonusDemo::savePlans()
{
    const storage::BonusPlanRepository plans(m_database);
    const auto site = plans.save(std::nullopt, firstMonth(), core::BonusPlan::example(), payrollClerk,
                                 QStringLiteral("The example plan, adopted with Huddle."));
    if (!site)
        return site.error();
    const auto team = bestSellingTeam();
    if (!team)
        return team.error();
    // From the month before the locked one, so the lock freezes what the team's own rates paid.
    const QDate from = std::max(firstMonth(), m_lockedMonth.addMonths(-1));
    const auto own = plans.save(team->teamId, from, salesTeamPlan(team->teamName), payrollClerk,
                                QStringLiteral("Higher tier rates for the best-selling team."));
    if (!own)
        return own.error();
    m_counts.planVersions = 2;
    return core::Done{};
}

core::Result<reports::BonusMonth> BonusDemo::lockMonth() const
{
    reports::BonusRunOptions options;
    options.money = reports::moneyFormatFor(m_database, QLocale());
    auto month = reports::runBonusMonth(m_database, m_lockedMonth, options);
    if (!month)
        return month;
    const QString reason =
        QStringLiteral("Reviewed with the team leads; paid with the %1 payroll.")
            .arg(QLocale(QLocale::English).toString(m_lockedMonth.addMonths(1), QStringLiteral("MMMM yyyy")));
    const auto lock =
        reports::lockBonusMonth(m_database, month.value(), payrollClerk, reason, m_input.endDay);
    if (!lock)
        return lock.error();
    month->lock = lock.value();
    return month;
}

bool isViolation(const core::AttendanceRecord &shift)
{
    return shift.status == core::AttendanceStatus::NoCallNoShow ||
           shift.status == core::AttendanceStatus::UnexcusedAbsence;
}

// A no-call-no-show that is the agent's only violation of the month: excusing it lifts every attendance gate,
// so the correction is sure to change what the month pays.
std::optional<core::AttendanceRecord> soleNoCallNoShow(const QList<core::AttendanceRecord> &shifts)
{
    if (std::count_if(shifts.begin(), shifts.end(), isViolation) != 1)
        return std::nullopt;
    const auto it = std::find_if(shifts.begin(), shifts.end(), isViolation);
    if (it->status != core::AttendanceStatus::NoCallNoShow)
        return std::nullopt;
    return *it;
}

// The first day the agent was absent (excused or not): a day without conversations, so calling it a
// no-call-no-show afterwards keeps the demo's data consistent.
std::optional<core::AttendanceRecord> firstAbsence(const QList<core::AttendanceRecord> &shifts)
{
    for (const core::AttendanceRecord &shift : shifts)
        if (shift.status == core::AttendanceStatus::ExcusedAbsence ||
            shift.status == core::AttendanceStatus::UnexcusedAbsence)
            return shift;
    return std::nullopt;
}

QList<core::AttendanceRecord> BonusDemo::lockedMonthShifts(qint64 agentId) const
{
    auto shifts = storage::AttendanceRepository(m_database).shifts(agentId, core::monthRange(m_lockedMonth));
    return shifts ? shifts.value() : QList<core::AttendanceRecord>{};
}

// A doctor's note that arrives after the lock: the first agent (in report order) whom a no-call-no-show,
// their only violation of the month, took to $0.00 had an excused absence instead. Without such an agent, the
// first paid agent's first absence of the month turns out to have been a no-call-no-show. Either way the next
// open month pays the difference as an adjustment.
std::optional<core::AttendanceRecord> BonusDemo::lateCorrection(const reports::BonusMonth &locked) const
{
    for (const reports::AgentBonusRow &row : locked.agents)
        if (row.bonus.total == 0 && row.bonus.subtotal > 0)
            if (auto shift = soleNoCallNoShow(lockedMonthShifts(row.agentId))) {
                shift->status = core::AttendanceStatus::ExcusedAbsence;
                return shift;
            }
    for (const reports::AgentBonusRow &row : locked.agents)
        if (row.bonus.total > 0)
            if (auto shift = firstAbsence(lockedMonthShifts(row.agentId))) {
                shift->status = core::AttendanceStatus::NoCallNoShow;
                return shift;
            }
    return std::nullopt;
}

core::Status BonusDemo::correctLateAttendance(const reports::BonusMonth &locked)
{
    std::optional<core::AttendanceRecord> correction = lateCorrection(locked);
    if (!correction)
        return core::Done{}; // nobody to correct: a tiny demo
    const QDateTime at = QDateTime(m_input.endDay, QTime(9, 30), m_input.zone).toUTC();
    if (const core::Status entered =
            storage::AttendanceRepository(m_database).enterShift(*correction, payrollClerk, at);
        !entered)
        return entered;
    m_counts.lateCorrections = 1;
    return core::Done{};
}

} // namespace

core::Result<BonusDemoCounts> writeBonusDemo(storage::Database &database, const BonusDemoInput &input)
{
    return BonusDemo(database, input).write();
}

} // namespace huddle::demo
