#include "sitefixture.h"
#include "support/testdatabase.h"

#include "core/enumnames.h"
#include "storage/database.h"
#include "storage/qawriter.h"
#include "storage/recordwriter.h"

#include <QTimeZone>

using namespace huddle;
using core::AttendanceStatus;

namespace fixture {

namespace {

std::optional<int> opt(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

// One row of the conversation table below; -1 means the export left the value out.
struct Call {
    const char *key;
    QDate day;
    qint64 agent;
    qint64 team;
    bool answered;
    int wait, talk, hold, acw, total, resolved;
};

// Unwraps a Result inside a function returning Result<…>: stops at the first failure.
#define TRY(expr)                                                                                            \
    do {                                                                                                     \
        const auto tried = (expr);                                                                           \
        if (!tried)                                                                                          \
            return tried.error();                                                                            \
    } while (false)

core::Status writeConversations(storage::RecordWriter &writer, SmallSite &site)
{
    // Handle times (effective, by the domain rule — total, else talk + hold + ACW, else talk only):
    //   c1 100+20+30 = 150 components   c2 total 260          c3 talk only 120
    //   c5 90+0+10 = 100 components     c6 300+60+0 = 360     c7 none           c9 200+0+40 = 240
    // c4 and c8 are abandoned (c8's stray talk time must not count).
    const QList<Call> calls{
        {"c1", D1, site.ana, site.alpha, true, 10, 100, 20, 30, -1, 1},
        {"c2", D1, site.ana, site.alpha, true, 30, 200, -1, -1, 260, 0},
        {"c3", D1, site.ben, site.alpha, true, 5, 120, -1, -1, -1, -1},
        {"c4", D1, 0, site.alpha, false, 60, -1, -1, -1, -1, -1},
        {"c5", D2, site.ben, site.alpha, true, 20, 90, -1, 10, -1, 1},
        {"c6", D3, site.ben, site.bravo, true, 25, 300, 60, -1, -1, 1},
        {"c7", D3, site.cat, site.bravo, true, -1, -1, -1, -1, -1, 1},
        {"c8", D3, 0, site.bravo, false, 45, 50, -1, -1, -1, -1},
        {"c9", D2, site.cat, site.bravo, true, 15, 200, 0, 40, -1, 0},
    };
    int minute = 0;
    for (const Call &call : calls) {
        core::ConversationRecord c;
        c.source = QStringLiteral("test");
        c.externalId = QStringLiteral("EXT-%1").arg(QLatin1String(call.key));
        c.channel = core::Channel::Call;
        c.queue = QStringLiteral("main");
        c.agentId = call.agent;
        c.teamId = call.team;
        c.customerId = QStringLiteral("CUST-%1").arg(QLatin1String(call.key));
        c.startedAt = at(call.day, 9, minute += 7);
        c.day = call.day;
        c.answered = call.answered;
        c.waitSeconds = opt(call.wait);
        c.talkSeconds = opt(call.talk);
        c.holdSeconds = opt(call.hold);
        c.acwSeconds = opt(call.acw);
        c.totalHandleSeconds = opt(call.total);
        if (call.resolved >= 0)
            c.resolved = call.resolved == 1;
        const auto id = writer.insertConversation(c);
        if (!id)
            return id.error();
        site.conversations.insert(QLatin1String(call.key), id.value());
    }
    return core::Done{};
}

core::Status writeSurveys(storage::RecordWriter &writer, const SmallSite &site)
{
    struct Survey {
        const char *key;
        int csat, min, max, nps;
        QDate responded;
    };
    // c2's answer came the next day: it still counts on the conversation's day and agent.
    const QList<Survey> surveys{{"c1", 5, 1, 5, 10, D1}, {"c2", 3, 1, 5, 6, D2},  {"c3", 9, 0, 10, 9, D1},
                                {"c5", 4, 1, 5, -1, D2}, {"c6", 8, 0, 10, 7, D3}, {"c7", -1, 1, 5, 0, D3},
                                {"c9", 2, 1, 5, -1, D2}};
    for (const Survey &s : surveys)
        TRY(writer.recordSurvey({site.conversations.value(QLatin1String(s.key)), opt(s.csat),
                                 core::CsatScale{s.min, s.max}, opt(s.nps), at(s.responded, 18)}));
    return core::Done{};
}

core::Status writeSalesAndAttendance(storage::RecordWriter &writer, const SmallSite &site)
{
    const auto conversation = [&](const char *key) { return site.conversations.value(QLatin1String(key)); };
    TRY(writer.insertSale(
        {site.ana, conversation("c1"), D1, QStringLiteral("Protection plan"), QStringLiteral("B"), 1200}));
    TRY(writer.insertSale({site.ben, 0, D2, QStringLiteral("Premium upgrade"), QStringLiteral("A"), 800}));
    TRY(writer.insertSale(
        {site.ben, conversation("c6"), D3, QStringLiteral("Annual bundle"), QStringLiteral("C"), 2000}));
    TRY(writer.insertSale(
        {site.cat, conversation("c7"), D3, QStringLiteral("Protection plan"), QStringLiteral("B"), 1200}));

    struct Shift {
        qint64 agent;
        QDate day;
        AttendanceStatus status;
        int lateMinutes;
    };
    const QList<Shift> shifts{{site.ana, D1, AttendanceStatus::Present, 0},
                              {site.ana, D2, AttendanceStatus::Late, 12},
                              {site.ana, D3, AttendanceStatus::ExcusedAbsence, 0},
                              {site.ben, D1, AttendanceStatus::Present, 0},
                              {site.ben, D2, AttendanceStatus::Present, 0},
                              {site.ben, D3, AttendanceStatus::Late, 5},
                              {site.ben, D4, AttendanceStatus::NoCallNoShow, 0},
                              {site.cat, D1, AttendanceStatus::UnexcusedAbsence, 0},
                              {site.cat, D2, AttendanceStatus::Present, 0},
                              {site.cat, D3, AttendanceStatus::Present, 0}};
    for (const Shift &s : shifts)
        TRY(writer.insertAttendance({s.agent, s.day, QTime(8, 0), 480, s.status, s.lateMinutes, {}}));
    return core::Done{};
}

core::Status writeEvaluations(storage::Database &database, const SmallSite &site)
{
    // Scorecard: "verified" yes/no weight 1 (auto-fail), "solved" 1–5 weight 3. Possible = 1 + 3×4 = 13.
    //   e1 yes, 5 → 13/13 = 100 %        e2 yes, 3 → (1 + 3×2)/13 = 7/13 = 53.85 %
    //   e3 no (auto-fail), 5 → 0 %       e4 draft and e5 disputed: not counted in KPIs
    storage::QaWriter qa(database);
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Test card");
    card.sections = {{QStringLiteral("All"),
                      {{QStringLiteral("Verified"), {1, core::CriterionKind::YesNo, true, true}, {}},
                       {QStringLiteral("Solved"), {3, core::CriterionKind::Scale1to5, false, true}, {}}}}};
    const auto stored = qa.insertScorecard(card);
    if (!stored)
        return stored.error();
    struct Evaluation {
        const char *key;
        qint64 agent;
        core::EvaluationStatus status;
        int verified, solved;
    };
    const QList<Evaluation> evaluations{{"c1", site.ana, core::EvaluationStatus::Published, 1, 5},
                                        {"c5", site.ben, core::EvaluationStatus::Final, 1, 3},
                                        {"c6", site.ben, core::EvaluationStatus::Published, 0, 5},
                                        {"c9", site.cat, core::EvaluationStatus::Draft, 1, 5},
                                        {"c3", site.ben, core::EvaluationStatus::Disputed, 1, 5}};
    for (const Evaluation &e : evaluations) {
        core::EvaluationRecord record;
        record.conversationId = site.conversations.value(QLatin1String(e.key));
        record.agentId = e.agent;
        record.evaluator = QStringLiteral("QA Quinn");
        record.status = e.status;
        record.answers = {{false, e.verified}, {false, e.solved}};
        record.createdAt = at(D4, 10);
        TRY(qa.insertEvaluation(stored.value(), record));
    }
    return core::Done{};
}

core::Status writeNotes(storage::RecordWriter &writer, const SmallSite &site)
{
    struct Note {
        const char *key;
        const char *conversation;
        const char *reviewer;
        qint64 reviewerAgent;
        QDateTime created;
    };
    // n5 and n1 share a timestamp: the later-written n5 comes first.
    const QList<Note> notes{{"n1", "c1", "Ben", site.ben, at(D1, 10)},
                            {"n2", "c6", "Ana", site.ana, at(D3, 9)},
                            {"n3", "c5", "Coach Kim", 0, at(D3, 8)},
                            {"n4", "c9", "Ana", site.ana, at(D2, 12)},
                            {"n5", "c1", "Cat", site.cat, at(D1, 10)}};
    for (const Note &n : notes)
        TRY(writer.insertReviewNote({site.conversations.value(QLatin1String(n.conversation)),
                                     QLatin1String(n.reviewer), n.reviewerAgent, n.created, n.created.date(),
                                     QLatin1String(n.key)}));
    return core::Done{};
}

} // namespace

core::Result<SmallSite> buildSmallSite(storage::Database &database)
{
    storage::RecordWriter writer(database);
    TRY(writer.begin());
    SmallSite site;
    const auto team = [&](const QString &name) { return writer.insertTeam({0, name}); };
    const auto agent = [&](const QString &name) {
        return writer.insertAgent({0, name.toUpper(), name, QDate(2023, 6, 1), {}});
    };
    const auto alpha = team(QStringLiteral("Alpha"));
    const auto bravo = team(QStringLiteral("Bravo"));
    const auto ana = agent(QStringLiteral("Ana"));
    const auto ben = agent(QStringLiteral("Ben"));
    const auto cat = agent(QStringLiteral("Cat"));
    for (const auto *id : {&alpha, &bravo, &ana, &ben, &cat})
        if (!*id)
            return id->error();
    site.alpha = alpha.value();
    site.bravo = bravo.value();
    site.ana = ana.value();
    site.ben = ben.value();
    site.cat = cat.value();
    const QDate joined(2024, 1, 1);
    TRY(writer.insertMembership({site.ana, site.alpha, joined, {}}));
    TRY(writer.insertMembership({site.ben, site.alpha, joined, D3})); // until D3, exclusive
    TRY(writer.insertMembership({site.ben, site.bravo, D3, {}}));
    TRY(writer.insertMembership({site.cat, site.bravo, joined, {}}));
    TRY(writeConversations(writer, site));
    TRY(writeSurveys(writer, site));
    TRY(writeSalesAndAttendance(writer, site));
    TRY(writeEvaluations(database, site));
    TRY(writeNotes(writer, site));
    TRY(writer.commit());
    return site;
}

core::Result<OpenedSite> openSmallSite(const QString &path)
{
    auto database =
        storage::Database::open(testsupport::testDatabaseLocation(path), storage::OpenMode::CreateIfMissing);
    if (!database)
        return database.error();
    auto site = buildSmallSite(*database.value());
    if (!site)
        return site.error();
    return OpenedSite{std::move(database.value()), site.value()};
}

core::Result<QList<PagedConversation>> buildPagingSite(storage::Database &database)
{
    storage::RecordWriter writer(database);
    TRY(writer.begin());
    QList<qint64> teams;
    for (const QString &name : {QStringLiteral("North"), QStringLiteral("South")}) {
        const auto id = writer.insertTeam({0, name});
        if (!id)
            return id.error();
        teams.append(id.value());
    }
    const QStringList agentNames{QStringLiteral("Zed"), QStringLiteral("Amy"), QStringLiteral("Mo")};
    QList<qint64> agents;
    for (const QString &name : agentNames) {
        const auto id = writer.insertAgent({0, {}, name, {}, {}});
        if (!id)
            return id.error();
        agents.append(id.value());
    }
    const QStringList channels{QStringLiteral("call"), QStringLiteral("chat"), QStringLiteral("email"),
                               QStringLiteral("ticket")};
    QList<PagedConversation> rows;
    for (int i = 0; i < 60; ++i) {
        PagedConversation p;
        // External ids are a permutation of 0…59, so their order differs from the insertion order.
        p.externalId = QStringLiteral("P-%1").arg((i * 37) % 60, 3, 10, QLatin1Char('0'));
        if (i == 20)
            p.externalId = QStringLiteral("A_B-1");
        else if (i == 21)
            p.externalId = QStringLiteral("A%B-2");
        else if (i == 22)
            p.externalId = QStringLiteral("AxB-3");
        p.customerId = i == 23   ? QStringLiteral("50%off")
                       : i == 24 ? QStringLiteral("under_score")
                                 : QStringLiteral("CUST-%1").arg(i % 10);
        const bool answered = i % 4 != 3;
        p.day = QDate(2024, 5, 1).addDays(i % 3);
        const QDateTime started(p.day, QTime(8, 0).addSecs(60 * ((i * 11) % 17)), QTimeZone::utc());
        p.startedAt = started.toString(Qt::ISODate);
        p.agentId = answered ? agents[i % 3] : 0;
        if (answered)
            p.agent = agentNames[i % 3];
        p.teamId = teams[i % 2];
        p.channel = channels[i % 4];
        if (i % 5 != 0)
            p.queue = QStringLiteral("Q%1").arg(i % 3);
        if (i % 6 != 0)
            p.wait = (i * 7) % 50;
        const std::optional<int> talk =
            answered && i % 7 != 0 ? std::optional<int>((i * 13) % 300 + 20) : std::nullopt;
        p.handle = talk; // talk only: the handle time is the talk time
        if (i % 3 != 0)
            p.resolved = i % 2;
        if (i % 4 == 1)
            p.csat = i % 5 + 1;

        core::ConversationRecord c;
        c.source = QStringLiteral("paging");
        c.externalId = p.externalId;
        c.channel = *core::channelFromCode(p.channel);
        c.queue = p.queue.value_or(QString());
        c.agentId = p.agentId;
        c.teamId = p.teamId;
        c.customerId = p.customerId;
        c.startedAt = started;
        c.day = p.day;
        c.answered = answered;
        c.waitSeconds = p.wait;
        c.talkSeconds = talk;
        if (p.resolved)
            c.resolved = *p.resolved == 1;
        const auto id = writer.insertConversation(c);
        if (!id)
            return id.error();
        p.id = id.value();
        if (p.csat)
            TRY(writer.recordSurvey({p.id, p.csat, core::CsatScale{1, 5}, {}, started.addSecs(3600)}));
        rows.append(p);
    }
    TRY(writer.commit());
    return rows;
}

} // namespace fixture
