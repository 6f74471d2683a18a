#include "demogenerator.h"

#include "agentprofile.h"
#include "bonusdemo.h"
#include "coachingdemo.h"
#include "demotext.h"
#include "disputedemo.h"
#include "qademo.h"
#include "random.h"
#include "storage/database.h"
#include "storage/recordwriter.h"

#include <QTimeZone>

#include <algorithm>

namespace huddle::demo {

namespace {

struct DemoAgent {
    qint64 id = 0;
    int index = 0;
    int teamIndex = 0;
    int movedToTeam = -1; // team index from moveDay on, or -1
    QDate moveDay;
    AgentProfile profile = AgentProfile::Steady;
    QDate hireDate;
    QDate coachingDay; // for ImprovingAfterCoaching
    int shiftHour = 8;
    bool worksSaturday = false;

    int teamOn(QDate day) const { return movedToTeam >= 0 && day >= moveDay ? movedToTeam : teamIndex; }
};

// Facts of one shift that the conversations in it share.
struct Shift {
    const DemoAgent *agent = nullptr;
    ProfileTraits traits;
    QDate day;
    QDateTime startUtc;
    qint64 teamId = 0;
};

class Generator {
public:
    Generator(storage::Database &database, const DemoOptions &options, const DemoProgress &progress)
        : m_database(database)
        , m_writer(database)
        , m_random(options.seed)
        , m_qaSample(options.seed ^ 0x5153u) // a stream of its own: the QA sample leaves the rest as it was
        , m_options(options)
        , m_progress(progress)
    {
    }

    core::Result<DemoSummary> run();

private:
    QDate firstDay() const { return m_options.endDay.addDays(1 - m_options.days); }
    core::Status createTeamsAndAgents();
    core::Status createAgent(int index);
    core::Status generateDay(QDate day);
    core::Status generateShift(const DemoAgent &agent, QDate day, QHash<int, qint64> &handledByTeam);
    core::Status generateConversation(const Shift &shift, int &offsetSeconds);
    core::Status generateFollowUps(const Shift &shift, const core::ConversationRecord &conversation,
                                   bool satisfied);
    core::Status generateAbandoned(int teamIndex, QDate day, qint64 handled);
    core::Status generateCoaching(const DemoAgent &agent);
    ProfileTraits traitsOn(const DemoAgent &agent, QDate day) const;
    core::AttendanceStatus drawAttendance(const ProfileTraits &traits);
    bool works(const DemoAgent &agent, QDate day) const;
    QString nextExternalId()
    {
        return QStringLiteral("DEMO-%1").arg(++m_externalCounter, 8, 10, QLatin1Char('0'));
    }

    DemoCall demoCall(const Shift &shift, const core::ConversationRecord &c, bool satisfied) const;
    void sampleForQa(const Shift &shift, const core::ConversationRecord &c, bool satisfied);
    core::Status generateQa();
    core::Status generateCoachingPage();

    storage::Database &m_database;
    storage::RecordWriter m_writer;
    Random m_random;
    Random m_qaSample;
    DemoOptions m_options;
    DemoProgress m_progress;
    QTimeZone m_zone;
    QaDemoInput m_qaInput;        // what the QA part of the demo evaluates, reviews and calibrates
    QList<DemoLowCsat> m_lowCsat; // unsatisfied answers of the last weeks, for the coaching agendas
    QList<PublishedEvaluation> m_qaPublished;
    QList<qint64> m_teamIds;
    QList<DemoAgent> m_agents;
    QHash<int, QList<int>> m_teamMembers; // team index → agent indexes, for picking peer reviewers
    qint64 m_externalCounter = 0;
    DemoSummary m_summary;
};

core::Result<DemoSummary> Generator::run()
{
    m_zone = QTimeZone(m_options.timeZone.toUtf8());
    if (!m_zone.isValid())
        return core::Error{QStringLiteral("unknown time zone: %1").arg(m_options.timeZone), {}};
    if (m_options.teams < 1 || m_options.agents < m_options.teams || m_options.days < 1)
        return core::Error{QStringLiteral("a demo needs at least one team, one agent per team and one day"),
                           {}};
    if (const core::Status begun = m_writer.begin(); !begun)
        return begun.error();
    if (const core::Status set = m_writer.setSetting(QStringLiteral("site_time_zone"), m_options.timeZone);
        !set)
        return set.error();
    // The site's name heads printed reports (bonus PDF, coaching summary).
    if (const core::Status set =
            m_writer.setSetting(QStringLiteral("site_name"), QStringLiteral("Lakeside Contact Centre"));
        !set)
        return set.error();
    if (const core::Status created = createTeamsAndAgents(); !created)
        return created.error();
    for (int i = 0; i < m_options.days; ++i) {
        if (const core::Status done = generateDay(firstDay().addDays(i)); !done)
            return done.error();
        if (m_progress && !m_progress(static_cast<double>(i + 1) / m_options.days))
            return core::Error{QStringLiteral("demo generation cancelled; nothing was written"), {}};
    }
    if (const core::Status qa = generateQa(); !qa)
        return qa.error();
    if (const core::Status committed = m_writer.commit(); !committed)
        return committed.error();
    const auto disputes = writeDemoDisputes(m_database, m_qaPublished, m_options.endDay, m_zone);
    if (!disputes)
        return disputes.error();
    m_summary.disputes = disputes.value();
    if (const core::Status coaching = generateCoachingPage(); !coaching)
        return coaching.error();
    const auto bonus = writeBonusDemo(m_database, {firstDay(), m_options.endDay, m_zone});
    if (!bonus)
        return bonus.error();
    m_summary.bonusPlanVersions = bonus->planVersions;
    m_summary.lockedBonusMonth = bonus->lockedMonth;
    return m_summary;
}

core::Status Generator::generateCoachingPage()
{
    CoachingDemoInput input{{}, m_lowCsat, firstDay(), m_options.endDay, m_zone, m_options.seed};
    for (const DemoAgent &agent : std::as_const(m_agents)) {
        const bool moved = agent.movedToTeam >= 0 && agent.moveDay <= m_options.endDay;
        input.agents.append({agent.id, agent.teamOn(m_options.endDay), moved ? agent.moveDay : agent.hireDate,
                             agent.profile});
    }
    const auto written = writeCoachingDemo(m_database, input);
    if (!written)
        return written.error();
    m_summary.coachingSessions += written->sessions;
    m_summary.phrases = written->phrases;
    return core::Done{};
}

core::Status Generator::generateQa()
{
    m_qaInput.endDay = m_options.endDay;
    m_qaInput.zone = m_zone;
    m_qaInput.seed = m_options.seed;
    QaDemo qa(m_database, m_qaInput);
    if (const core::Status written = qa.write(); !written)
        return written;
    m_qaPublished = qa.published();
    m_summary.evaluations = qa.counts().evaluations;
    m_summary.peerReviews = qa.counts().peerReviews;
    m_summary.calibrationSessions = qa.counts().calibrationSessions;
    m_summary.calibrationScores = qa.counts().calibrationScores;
    m_summary.transcripts = qa.counts().transcripts;
    return core::Done{};
}

DemoCall Generator::demoCall(const Shift &shift, const core::ConversationRecord &c, bool satisfied) const
{
    const double quality =
        satisfied ? 0.5 + shift.traits.satisfiedChance / 2 : shift.traits.satisfiedChance / 1.5;
    return {c.id,      c.agentId,   agentName(shift.agent->index), shift.agent->teamOn(shift.day),
            c.channel, c.startedAt, c.talkSeconds.value_or(0),     quality,
            satisfied};
}

// Calls of the last three weeks, one in a hundred, as material for the calibration sessions.
void Generator::sampleForQa(const Shift &shift, const core::ConversationRecord &c, bool satisfied)
{
    if (c.channel == core::Channel::Call && shift.day > m_options.endDay.addDays(-21) &&
        m_qaSample.chance(0.01))
        m_qaInput.recentCalls.append(demoCall(shift, c, satisfied));
}

core::Status Generator::createTeamsAndAgents()
{
    for (int t = 0; t < m_options.teams; ++t) {
        auto id = m_writer.insertTeam({0, teamName(t)});
        if (!id)
            return id.error();
        m_teamIds.append(id.value());
    }
    m_summary.teams = m_options.teams;
    for (int a = 0; a < m_options.agents; ++a)
        if (const core::Status created = createAgent(a); !created)
            return created;
    m_summary.agents = m_options.agents;
    for (const DemoAgent &agent : std::as_const(m_agents))
        if (const core::Status coached = generateCoaching(agent); !coached)
            return coached;
    return core::Done{};
}

core::Status Generator::createAgent(int index)
{
    DemoAgent agent;
    agent.index = index;
    agent.teamIndex = index % m_options.teams;
    agent.profile = profileForAgent(index / m_options.teams);
    agent.hireDate = agent.profile == AgentProfile::StrugglingNewHire
                         ? firstDay().addDays(m_options.days / 5)
                         : firstDay().addDays(-m_random.between(200, 2500));
    agent.coachingDay = firstDay().addDays(m_options.days * 11 / 20);
    agent.shiftHour = m_random.pick(QList<int>{7, 8, 9, 11, 13});
    agent.worksSaturday = m_random.chance(0.25);
    // One agent per site changes teams half way, so team history matters in the reports.
    if (index == 5 && m_options.teams > 1) {
        agent.movedToTeam = (agent.teamIndex + 1) % m_options.teams;
        agent.moveDay = firstDay().addDays(m_options.days / 2);
    }
    auto id = m_writer.insertAgent({0, QStringLiteral("A%1").arg(1001 + index), agentName(index),
                                    agent.hireDate, core::AgentStatus::Active});
    if (!id)
        return id.error();
    agent.id = id.value();
    const QDate joined = agent.hireDate;
    const bool moves = agent.movedToTeam >= 0;
    if (const core::Status first = m_writer.insertMembership(
            {agent.id, m_teamIds[agent.teamIndex], joined, moves ? agent.moveDay : QDate()});
        !first)
        return first;
    if (moves)
        if (const core::Status second =
                m_writer.insertMembership({agent.id, m_teamIds[agent.movedToTeam], agent.moveDay, {}});
            !second)
            return second;
    m_agents.append(agent);
    m_teamMembers[agent.teamIndex].append(index);
    return core::Done{};
}

core::Status Generator::generateCoaching(const DemoAgent &agent)
{
    if (agent.profile != AgentProfile::ImprovingAfterCoaching || agent.coachingDay > m_options.endDay)
        return core::Done{};
    core::CoachingSessionRecord session{
        agent.id,
        coachName(agent.teamIndex),
        agent.coachingDay,
        {QStringLiteral("csat"), QStringLiteral("fcr")},
        QStringLiteral("Listened back to two calls together. Agreed: let the customer finish, "
                       "recap next steps before closing, and check the fix worked."),
        agent.coachingDay.addDays(14)};
    ++m_summary.coachingSessions;
    return m_writer.insertCoachingSession(session);
}

bool Generator::works(const DemoAgent &agent, QDate day) const
{
    if (day < agent.hireDate)
        return false;
    const int weekday = day.dayOfWeek();
    return agent.worksSaturday ? weekday >= 2 && weekday <= 6 : weekday <= 5;
}

// The improving agent drifts from its old habits to good ones over the three weeks after coaching.
ProfileTraits Generator::traitsOn(const DemoAgent &agent, QDate day) const
{
    ProfileTraits traits = traitsOf(agent.profile);
    if (agent.profile != AgentProfile::ImprovingAfterCoaching || day < agent.coachingDay)
        return traits;
    const double progress = std::min(1.0, agent.coachingDay.daysTo(day) / 21.0);
    traits.satisfiedChance += 0.26 * progress;
    traits.talkMedian += 80 * progress;
    traits.acwMedian += 15 * progress;
    traits.resolveChance += 0.16 * progress;
    return traits;
}

core::AttendanceStatus Generator::drawAttendance(const ProfileTraits &traits)
{
    const double draw = m_random.uniform();
    if (draw < traits.violationChance * 0.6)
        return core::AttendanceStatus::UnexcusedAbsence;
    if (draw < traits.violationChance)
        return core::AttendanceStatus::NoCallNoShow;
    if (draw < traits.violationChance + 0.015)
        return core::AttendanceStatus::ExcusedAbsence;
    if (draw < traits.violationChance + 0.015 + traits.lateChance)
        return core::AttendanceStatus::Late;
    return core::AttendanceStatus::Present;
}

core::Status Generator::generateDay(QDate day)
{
    QHash<int, qint64> handledByTeam;
    for (const DemoAgent &agent : std::as_const(m_agents))
        if (works(agent, day))
            if (const core::Status done = generateShift(agent, day, handledByTeam); !done)
                return done;
    for (int t = 0; t < m_options.teams; ++t)
        if (const core::Status done = generateAbandoned(t, day, handledByTeam.value(t)); !done)
            return done;
    return core::Done{};
}

core::Status Generator::generateShift(const DemoAgent &agent, QDate day, QHash<int, qint64> &handledByTeam)
{
    Shift shift{&agent, traitsOn(agent, day), day, {}, m_teamIds[agent.teamOn(day)]};
    core::AttendanceRecord attendance{
        agent.id, day, QTime(agent.shiftHour, 0), 480, drawAttendance(shift.traits), 0, {}};
    if (attendance.status == core::AttendanceStatus::Late)
        attendance.lateMinutes = m_random.between(4, 35);
    const bool attended = attendance.status == core::AttendanceStatus::Present ||
                          attendance.status == core::AttendanceStatus::Late;
    if (attended)
        attendance.adherencePct =
            std::clamp(93.0 + 3.0 * m_random.normal() - attendance.lateMinutes / 6.0, 60.0, 100.0);
    if (const core::Status written = m_writer.insertAttendance(attendance); !written)
        return written;
    ++m_summary.shifts;
    if (!attended)
        return core::Done{};

    shift.startUtc =
        QDateTime(day, QTime(agent.shiftHour, 0), m_zone).toUTC().addSecs(attendance.lateMinutes * 60);
    const double cycleSeconds =
        shift.traits.talkMedian + shift.traits.acwMedian + 60 * shift.traits.holdChance + 90;
    const int count =
        std::max(5, static_cast<int>(std::lround(15000 / cycleSeconds * (0.85 + 0.3 * m_random.uniform()))));
    int offsetSeconds = m_random.between(60, 600);
    for (int i = 0; i < count; ++i)
        if (const core::Status done = generateConversation(shift, offsetSeconds); !done)
            return done;
    handledByTeam[agent.teamOn(day)] += count;
    return core::Done{};
}

core::Status Generator::generateConversation(const Shift &shift, int &offsetSeconds)
{
    const ProfileTraits &t = shift.traits;
    core::ConversationRecord c;
    c.source = QStringLiteral("demo");
    c.externalId = nextExternalId();
    const double channelDraw = m_random.uniform();
    c.channel = channelDraw < 0.85   ? core::Channel::Call
                : channelDraw < 0.95 ? core::Channel::Chat
                                     : core::Channel::Email;
    c.queue = teamName(shift.agent->teamOn(shift.day)) +
              (c.channel == core::Channel::Call ? QStringLiteral(" voice") : QStringLiteral(" digital"));
    c.agentId = shift.agent->id;
    c.teamId = shift.teamId;
    c.customerId = QStringLiteral("C%1").arg(m_random.between(1, std::max(2000, m_options.agents * 150)));
    c.startedAt = shift.startUtc.addSecs(offsetSeconds);
    c.day = shift.day;
    c.waitSeconds = std::max(0, m_random.logNormal(14, 0.9));
    c.talkSeconds = std::max(20, m_random.logNormal(t.talkMedian, 0.45));
    if (c.channel == core::Channel::Call && m_random.chance(t.holdChance))
        c.holdSeconds = m_random.logNormal(70, 0.6);
    c.acwSeconds = std::max(0, m_random.logNormal(t.acwMedian, 0.5));
    c.resolved = m_random.chance(t.resolveChance);
    offsetSeconds += *c.talkSeconds + c.holdSeconds.value_or(0) + *c.acwSeconds + m_random.between(20, 240);
    auto id = m_writer.insertConversation(c);
    if (!id)
        return id.error();
    c.id = id.value();
    ++m_summary.conversations;
    const bool satisfied = m_random.chance(t.satisfiedChance * (*c.resolved ? 1.0 : 0.8));
    return generateFollowUps(shift, c, satisfied);
}

// Survey, sale, peer-review note and QA evaluation that may follow a conversation.
core::Status Generator::generateFollowUps(const Shift &shift, const core::ConversationRecord &c,
                                          bool satisfied)
{
    const ProfileTraits &t = shift.traits;
    if (m_random.chance(0.22)) {
        core::SurveyRecord survey{
            c.id, {}, core::CsatScale{1, 5}, {}, c.startedAt.addSecs(*c.talkSeconds + 600)};
        survey.csatScore =
            satisfied ? (m_random.chance(0.62) ? 5 : 4) : m_random.pick(QList<int>{1, 2, 2, 3, 3, 3});
        if (m_random.chance(0.4))
            survey.npsScore = satisfied ? m_random.pick(QList<int>{8, 9, 10, 10}) : m_random.between(0, 7);
        if (const core::Status done = m_writer.recordSurvey(survey); !done)
            return done;
        ++m_summary.surveys;
        if (*survey.csatScore <= 2 && c.day > m_options.endDay.addDays(-100))
            m_lowCsat.append({c.agentId, c.id, c.externalId, c.day, *survey.csatScore});
    }
    if (m_random.chance(t.saleChance)) {
        static const QList<std::pair<QString, qint64>> tiers{
            {QStringLiteral("A"), 800}, {QStringLiteral("B"), 1200}, {QStringLiteral("C"), 2000}};
        static const QStringList products{QStringLiteral("Protection plan"),
                                          QStringLiteral("Premium upgrade"), QStringLiteral("Annual bundle")};
        const int tier = m_random.between(0, 2);
        if (const core::Status done = m_writer.insertSale(
                {shift.agent->id, c.id, c.day, products[tier], tiers[tier].first, tiers[tier].second});
            !done)
            return done;
        ++m_summary.sales;
    }
    if (m_random.chance(0.012)) {
        const QList<int> &peers = m_teamMembers.value(shift.agent->teamIndex);
        const int reviewer = m_random.pick(peers);
        if (reviewer != shift.agent->index) {
            // Written within two days of the call, but never after the demo's last day.
            const QDateTime written = std::min(c.startedAt.addDays(m_random.between(0, 2)).addSecs(3600),
                                               QDateTime(m_options.endDay, QTime(23, 0), m_zone).toUTC());
            core::ReviewNoteRecord note{c.id,
                                        agentName(reviewer),
                                        m_agents[reviewer].id,
                                        written,
                                        written.toTimeZone(m_zone).date(),
                                        reviewNote(m_random, shift.agent->profile, satisfied)};
            if (const core::Status done = m_writer.insertReviewNote(note); !done)
                return done;
            ++m_summary.reviewNotes;
            m_qaInput.peerNotes.append(
                {demoCall(shift, c, satisfied), note.reviewerAgentId, note.reviewer, written});
        }
    }
    if (m_random.chance(0.004))
        m_qaInput.evaluated.append(demoCall(shift, c, satisfied));
    sampleForQa(shift, c, satisfied);
    return core::Done{};
}

// Callers who hung up in the queue: no agent, credited to the team whose queue they waited in.
core::Status Generator::generateAbandoned(int teamIndex, QDate day, qint64 handled)
{
    const int count = static_cast<int>(std::lround(handled * (0.03 + 0.03 * m_random.uniform())));
    const QDateTime opening = QDateTime(day, QTime(8, 0), m_zone).toUTC();
    for (int i = 0; i < count; ++i) {
        core::ConversationRecord c;
        c.source = QStringLiteral("demo");
        c.externalId = nextExternalId();
        c.queue = teamName(teamIndex) + QStringLiteral(" voice");
        c.teamId = m_teamIds[teamIndex];
        c.customerId = QStringLiteral("C%1").arg(m_random.between(1, std::max(2000, m_options.agents * 150)));
        c.startedAt = opening.addSecs(m_random.between(0, 10 * 3600));
        c.day = day;
        c.answered = false;
        c.waitSeconds = std::max(5, m_random.logNormal(95, 0.6));
        auto id = m_writer.insertConversation(c);
        if (!id)
            return id.error();
        ++m_summary.conversations;
    }
    return core::Done{};
}

} // namespace

core::Result<DemoSummary> generateDemo(storage::Database &database, const DemoOptions &options,
                                       const DemoProgress &progress)
{
    Generator generator(database, options, progress);
    return generator.run();
}

} // namespace huddle::demo
