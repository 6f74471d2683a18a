#include "coachingdemo.h"

#include "coachingdemoscript.h"
#include "core/kpiplan.h"
#include "core/kpivalues.h"
#include "demotext.h"
#include "random.h"
#include "storage/coachingrepository.h"
#include "storage/kpirepository.h"
#include "storage/mistakerepository.h"
#include "storage/phraserepository.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace huddle::demo {

namespace {

using storage::CoachingAction;
using storage::CoachingAgendaItem;
using storage::CoachingSession;

// Agenda items quote the 28 days before the session, as the planning dialog's proposal does.
constexpr int lookBackDays = 28;
constexpr int sessionEveryDays = 14;

// Sessions fall on weekdays: a weekend day moves back to the Friday before.
QDate weekday(QDate day)
{
    return day.dayOfWeek() > 5 ? day.addDays(5 - day.dayOfWeek()) : day;
}

QString formatted(core::KpiId kpi, double value)
{
    if (kpi == core::KpiId::Aht) {
        const int seconds = static_cast<int>(std::lround(value));
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (kpi == core::KpiId::Nps || kpi == core::KpiId::Cph)
        return QString::number(value, 'f', 1);
    return QString::number(value, 'f', 1) + QStringLiteral(" %");
}

// "CSAT below target" with "64.2 % (n = 53) in the 28 days before; target 80.0 %".
CoachingAgendaItem kpiItem(core::KpiId kpi, const core::KpiReading &reading)
{
    CoachingAgendaItem item;
    item.kind = core::AgendaKind::Kpi;
    item.kpi = core::kpiCode(kpi);
    const double target = core::KpiPlan::defaults().entry(kpi).thresholds.met;
    if (!reading.value) {
        item.title = QStringLiteral("%1: no data").arg(demoKpiName(kpi));
        item.detail = QStringLiteral("Nothing to measure in the %1 days before.").arg(lookBackDays);
        return item;
    }
    const bool met = core::lowerIsBetter(kpi) ? *reading.value <= target : *reading.value >= target;
    item.title = QStringLiteral("%1 %2").arg(demoKpiName(kpi), met ? QStringLiteral("on target")
                                                                   : QStringLiteral("below target"));
    item.detail = QStringLiteral("%1 (n = %2) in the %3 days before; target %4")
                      .arg(formatted(kpi, *reading.value))
                      .arg(reading.n)
                      .arg(lookBackDays)
                      .arg(formatted(kpi, target));
    return item;
}

class CoachingDemo {
public:
    CoachingDemo(storage::Database &database, const CoachingDemoInput &input)
        : m_database(database)
        , m_input(input)
        , m_random(input.seed ^ 0xC0AC4u)
        , m_coaching(database)
    {
        for (const DemoLowCsat &answer : input.lowCsat)
            m_lowCsat[answer.agentId].append(answer);
    }

    core::Result<CoachingDemoCounts> write();

private:
    core::Status writePhrases();
    QList<CoachingDemoAgent> coachedAgents(int teamIndex) const;
    QList<QDate> sessionDays(const CoachingDemoAgent &agent, int slot) const;
    core::Status writeSessions(const CoachingDemoAgent &agent, int slot, bool holdsLast, bool plansNext);
    core::Status writePlanned(const CoachingDemoAgent &agent);
    core::Result<QList<CoachingAgendaItem>> agenda(qint64 agentId, QDate day, const QList<core::KpiId> &focus,
                                                   int number);
    core::Result<std::optional<CoachingAgendaItem>> mistakeItem(qint64 agentId, QDate day) const;
    std::optional<CoachingAgendaItem> conversationItem(qint64 agentId, QDate day) const;
    QList<CoachingAction> actions(const ProfileScript &script, const QString &coach, QDate day, int number);
    QList<qint64> homework(const ProfileScript &script, int number);
    core::Status store(const CoachingSession &session, const QDateTime &at);

    storage::Database &m_database;
    const CoachingDemoInput &m_input;
    Random m_random;
    storage::CoachingRepository m_coaching;
    QHash<qint64, QList<DemoLowCsat>> m_lowCsat; // by agent id, ascending days
    QList<qint64> m_phraseIds;                   // parallel to demoPhrases()
    CoachingDemoCounts m_counts;
};

core::Result<CoachingDemoCounts> CoachingDemo::write()
{
    if (auto written = writePhrases(); !written)
        return written.error();
    int teams = 0;
    for (const CoachingDemoAgent &agent : m_input.agents)
        teams = std::max(teams, agent.teamIndex + 1);
    for (int team = 0; team < teams; ++team) {
        const QList<CoachingDemoAgent> coached = coachedAgents(team);
        for (int slot = 0; slot < coached.size(); ++slot) {
            // One planned session after the last day (first team), one session still held (last team).
            const bool plansNext = team == 0 && slot == 0;
            const bool holdsLast =
                team == teams - 1 && slot == std::min<int>(2, int(coached.size()) - 1) && !plansNext;
            if (auto written = writeSessions(coached[slot], slot, holdsLast, plansNext); !written)
                return written.error();
        }
    }
    return m_counts;
}

core::Status CoachingDemo::writePhrases()
{
    storage::PhraseRepository phrases(m_database);
    const QList<DemoPhrase> library = demoPhrases();
    for (qsizetype i = 0; i < library.size(); ++i) {
        const DemoPhrase &spec = library[i];
        const QDateTime added =
            QDateTime(m_input.endDay.addDays(-84 + 2 * i), QTime(10, 0), m_input.zone).toUTC();
        storage::Phrase phrase;
        phrase.longer = spec.longer;
        phrase.shorter = spec.shorter;
        phrase.situations = storage::PhraseRepository::normalizedSituations({spec.situations});
        phrase.csatChecked = !spec.csatNote.isEmpty();
        phrase.csatNote = spec.csatNote;
        const auto id = phrases.add(phrase, qaManagerName(), added);
        if (!id)
            return id.error();
        m_phraseIds.append(id.value());
        ++m_counts.phrases;
        if (spec.retired)
            if (auto retired = phrases.setRetired(id.value(), true, qaManagerName(), added.addDays(30));
                !retired)
                return retired;
    }
    return core::Done{};
}

// Up to four agents of the team (never all of it), the ones a team leader coaches first: rushing and new
// agents, then the rest in order. The improving agent keeps its single showcase session.
QList<CoachingDemoAgent> CoachingDemo::coachedAgents(int teamIndex) const
{
    QList<CoachingDemoAgent> members;
    for (const CoachingDemoAgent &agent : m_input.agents)
        if (agent.teamIndex == teamIndex && agent.profile != AgentProfile::ImprovingAfterCoaching)
            members.append(agent);
    std::stable_sort(members.begin(), members.end(),
                     [](const CoachingDemoAgent &a, const CoachingDemoAgent &b) {
                         return coachingPriority(a.profile) < coachingPriority(b.profile);
                     });
    return members.mid(0, std::min<qsizetype>(4, members.size() - 1));
}

// Every two weeks over the last ten weeks (staggered per agent, never before the agent joined the team);
// the second agent of a team stopped three weeks before the end, so its follow-up is overdue.
QList<QDate> CoachingDemo::sessionDays(const CoachingDemoAgent &agent, int slot) const
{
    const QDate &end = m_input.endDay;
    const QDate start = std::max({end.addDays(-69 + 3 * slot + agent.teamIndex), m_input.firstDay.addDays(10),
                                  agent.inTeamSince.addDays(10)});
    const QDate last = end.addDays(slot == 1 ? -24 : -1);
    QList<QDate> days;
    for (QDate day = start; day <= last; day = day.addDays(sessionEveryDays))
        days.append(weekday(day));
    return days;
}

core::Status CoachingDemo::writeSessions(const CoachingDemoAgent &agent, int slot, bool holdsLast,
                                         bool plansNext)
{
    const ProfileScript script = scriptFor(agent.profile);
    const QString coach = coachName(agent.teamIndex);
    const QList<QDate> days = sessionDays(agent, slot);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const bool last = i + 1 == days.size();
        CoachingSession session;
        session.agentId = agent.id;
        session.coach = coach;
        session.day = days[i];
        session.status = last && holdsLast ? core::SessionStatus::Held : core::SessionStatus::Closed;
        session.focus = script.focus;
        session.notes = script.notes[i % script.notes.size()];
        // The next session is the follow-up; after the last one, two weeks (ten days for the one that
        // lapsed).
        session.followUp = last ? days[i].addDays(slot == 1 ? 10 : 14) : days[i + 1];
        const auto items = agenda(agent.id, days[i], session.focus, int(i));
        if (!items)
            return items.error();
        session.agenda = items.value();
        session.actions = actions(script, coach, days[i], int(i));
        session.homework = homework(script, int(i));
        const bool acknowledges = session.status == core::SessionStatus::Closed && !(last && slot == 3);
        if (acknowledges)
            session.acknowledgedDay = std::min(days[i].addDays(m_random.between(0, 2)), m_input.endDay);
        if (session.status == core::SessionStatus::Held) // still under way: only the first item talked about
            for (qsizetype item = 1; item < session.agenda.size(); ++item) {
                session.agenda[item].discussed = false;
                session.agenda[item].notes.clear();
            }
        if (auto stored = store(session, QDateTime(days[i], QTime(10, 0), m_input.zone).toUTC()); !stored)
            return stored;
    }
    return plansNext ? writePlanned(agent) : core::Status(core::Done{});
}

// The next session, planned on the last day for the week after: agenda proposed, nothing written yet.
core::Status CoachingDemo::writePlanned(const CoachingDemoAgent &agent)
{
    CoachingSession planned;
    planned.agentId = agent.id;
    planned.coach = coachName(agent.teamIndex);
    planned.day = weekday(m_input.endDay.addDays(4));
    planned.status = core::SessionStatus::Planned;
    planned.focus = scriptFor(agent.profile).focus;
    const auto items = agenda(agent.id, planned.day, planned.focus, -1);
    if (!items)
        return items.error();
    planned.agenda = items.value();
    return store(planned, QDateTime(m_input.endDay, QTime(15, 0), m_input.zone).toUTC());
}

// Focus KPIs with their figures, the top mistake by impact, a recent unhappy customer and now and then a
// topic of the team leader's; notes and "discussed" are filled for a session that took place (`number` ≥ 0),
// left empty for a planned one.
core::Result<QList<CoachingAgendaItem>> CoachingDemo::agenda(qint64 agentId, QDate day,
                                                             const QList<core::KpiId> &focus, int number)
{
    storage::KpiQuery query;
    query.range = {day.addDays(-lookBackDays), day.addDays(-1)};
    query.agentId = agentId;
    query.grouping = storage::KpiGrouping::All;
    const auto rows = storage::KpiRepository(m_database).totals(query);
    if (!rows)
        return rows.error();
    const core::KpiValues values =
        core::computeKpis(rows->isEmpty() ? core::KpiTotals{} : rows->first().totals);
    QList<CoachingAgendaItem> items;
    for (const core::KpiId kpi : focus)
        items.append(kpiItem(kpi, core::readKpi(values, kpi)));
    const auto mistake = mistakeItem(agentId, day);
    if (!mistake)
        return mistake.error();
    if (mistake.value())
        items.append(*mistake.value());
    if (const auto conversation = conversationItem(agentId, day))
        items.append(*conversation);
    if (number >= 0 && m_random.chance(0.35)) {
        const DemoCustomItem custom = m_random.pick(demoCustomItems());
        items.append({0, core::AgendaKind::Custom, custom.title, {}, {}, 0, 0, custom.notes, true});
    }
    if (number >= 0)
        for (CoachingAgendaItem &item : items)
            if (item.kind != core::AgendaKind::Custom) {
                item.notes = demoItemNote(item.kind, number);
                item.discussed = true;
            }
    return items;
}

core::Result<std::optional<CoachingAgendaItem>> CoachingDemo::mistakeItem(qint64 agentId, QDate day) const
{
    const auto mistakes = storage::MistakeRepository(m_database)
                              .mistakesByImpact({day.addDays(-90), day.addDays(-1)}, std::nullopt, agentId);
    if (!mistakes)
        return mistakes.error();
    if (mistakes->isEmpty())
        return std::optional<CoachingAgendaItem>();
    const storage::Mistake &top = mistakes->first();
    CoachingAgendaItem item;
    item.kind = core::AgendaKind::Mistake;
    item.title = top.criterionName;
    item.detail = QStringLiteral("%1 points lost in %2 of %3 evaluations (%4)")
                      .arg(QString::number(top.pointsLost, 'f', 1))
                      .arg(top.failures)
                      .arg(top.answered)
                      .arg(top.scorecardName);
    return std::optional<CoachingAgendaItem>(item);
}

std::optional<CoachingAgendaItem> CoachingDemo::conversationItem(qint64 agentId, QDate day) const
{
    const QList<DemoLowCsat> answers = m_lowCsat.value(agentId);
    for (auto it = answers.crbegin(); it != answers.crend(); ++it) {
        if (it->day >= day)
            continue;
        if (it->day < day.addDays(-lookBackDays))
            break;
        CoachingAgendaItem item;
        item.kind = core::AgendaKind::Conversation;
        item.title =
            QStringLiteral("Conversation %1 on %2").arg(it->reference, it->day.toString(Qt::ISODate));
        item.detail = QStringLiteral("CSAT %1/5").arg(it->score);
        item.conversationId = it->conversationId;
        return item;
    }
    return std::nullopt;
}

// One or two of the profile's actions; those due by the last day mostly done (one in five left overdue),
// later ones mostly still open.
QList<CoachingAction> CoachingDemo::actions(const ProfileScript &script, const QString &coach, QDate day,
                                            int number)
{
    QList<CoachingAction> agreed;
    const int count = 1 + (m_random.chance(0.5) ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        const DemoAction &spec = script.actions[(number + i) % script.actions.size()];
        CoachingAction action;
        action.body = spec.body;
        action.owner = spec.coachOwns ? coach : QStringLiteral("agent");
        action.due = day.addDays(i == 0 ? 7 : 14);
        const bool dueByEnd = action.due <= m_input.endDay;
        action.done = m_random.chance(dueByEnd ? 0.8 : 0.25);
        if (action.done) {
            const QDate earliest = day.addDays(1);
            const QDate latest = std::min(action.due, m_input.endDay);
            action.doneDay =
                earliest >= latest
                    ? latest
                    : earliest.addDays(m_random.between(0, static_cast<int>(earliest.daysTo(latest))));
        }
        agreed.append(action);
    }
    return agreed;
}

QList<qint64> CoachingDemo::homework(const ProfileScript &script, int number)
{
    QList<qint64> phrases;
    if (!m_random.chance(0.6))
        return phrases;
    const int count = m_random.chance(0.4) ? 2 : 1;
    for (int i = 0; i < count && i < script.homework.size(); ++i)
        phrases.append(m_phraseIds.at(script.homework[(number + i) % script.homework.size()]));
    return phrases;
}

// A session that took place is written as the team leader's would be: stored while held (at the session's
// hour, `at`), then closed at the end of the day, so its history has both steps. A planned one is only
// stored.
core::Status CoachingDemo::store(const CoachingSession &session, const QDateTime &at)
{
    CoachingSession written = session;
    if (session.status == core::SessionStatus::Closed)
        written.status = core::SessionStatus::Held;
    const auto id = m_coaching.create(written, session.coach, at);
    if (!id)
        return id.error();
    ++m_counts.sessions;
    if (session.status != core::SessionStatus::Closed)
        return core::Done{};
    return m_coaching.setStatus(id.value(), core::SessionStatus::Closed, {}, session.coach,
                                QDateTime(session.day, QTime(17, 0), m_input.zone).toUTC());
}

} // namespace

core::Result<CoachingDemoCounts> writeCoachingDemo(storage::Database &database,
                                                   const CoachingDemoInput &input)
{
    CoachingDemo demo(database, input);
    return demo.write();
}

} // namespace huddle::demo
