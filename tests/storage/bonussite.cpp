#include "bonussite.h"
#include "support/testdatabase.h"

#include "qasite.h"
#include "storage/database.h"
#include "storage/qawriter.h"
#include "storage/recordwriter.h"

#include <QTimeZone>

using namespace huddle;
using core::AttendanceStatus;
using core::EvaluationStatus;

namespace bonussite {

namespace {

const QDate Joined{2026, 1, 1};

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

core::Status writeConversation(storage::RecordWriter &writer, Site &site, const QString &ref, qint64 agentId,
                               qint64 teamId, const QDateTime &startedAtUtc, std::optional<int> csat)
{
    core::ConversationRecord record;
    record.source = QStringLiteral("bonus");
    record.externalId = ref;
    record.agentId = agentId;
    record.teamId = teamId;
    record.customerId = QStringLiteral("CUST-") + ref;
    record.startedAt = startedAtUtc;
    record.day = siteDay(startedAtUtc);
    record.answered = true;
    record.waitSeconds = 10;
    record.totalHandleSeconds = 300;
    const auto id = writer.insertConversation(record);
    if (!id)
        return id.error();
    site.conversations.insert(ref, id.value());
    if (!csat)
        return core::Done{};
    return writer.recordSurvey({id.value(), csat, core::CsatScale{1, 5}, {}, startedAtUtc.addSecs(3600)});
}

struct Team {
    const char *name;
    qint64 Site::*id;
};

struct Member {
    const char *name;
    qint64 Site::*id;
    qint64 Site::*team;
    QDate from;
    QDate to;
};

core::Status writeDirectory(storage::RecordWriter &writer, Site &site)
{
    for (const Team &team :
         {Team{"Billing", &Site::billing}, Team{"Care", &Site::care}, Team{"Retention", &Site::retention}}) {
        const auto id = writer.insertTeam({0, QLatin1String(team.name)});
        if (!id)
            return id.error();
        site.*team.id = id.value();
    }
    const QList<Member> members{{"Ana", &Site::ana, &Site::billing, Joined, {}},
                                {"Ben", &Site::ben, &Site::billing, Joined, BenMovedOn},
                                {"Ben", &Site::ben, &Site::care, BenMovedOn, {}},
                                {"Cat", &Site::cat, &Site::care, Joined, {}},
                                {"Dan", &Site::dan, &Site::care, Joined, {}},
                                {"Eve", &Site::eve, &Site::retention, Joined, {}},
                                {"Fay", &Site::fay, &Site::retention, Joined, {}},
                                {"Gus", &Site::gus, &Site::retention, Joined, QDate(2026, 9, 20)},
                                {"Hal", &Site::hal, &Site::billing, HalJoined, {}}};
    for (const Member &m : members) {
        if (site.*m.id == 0) {
            const QString name = QLatin1String(m.name);
            const auto id = writer.insertAgent({0, name.toUpper(), name, m.from, core::AgentStatus::Active});
            if (!id)
                return id.error();
            site.*m.id = id.value();
        }
        if (core::Status member = writer.insertMembership({site.*m.id, site.*m.team, m.from, m.to}); !member)
            return member;
    }
    return core::Done{};
}

struct Call {
    const char *ref;
    qint64 Site::*agent;
    qint64 Site::*team;
    QDateTime startedAt;
    int csat; // 0: no survey
};

core::Status writeConversations(storage::RecordWriter &writer, Site &site)
{
    // 15:00 UTC is 10:00 in Chicago: the same day in both zones, except where a call is placed on purpose.
    const QList<Call> calls{
        {"a1", &Site::ana, &Site::billing, utc(10, 2, 15), 5},
        {"a2", &Site::ana, &Site::billing, utc(10, 3, 15), 5},
        {"a3", &Site::ana, &Site::billing, utc(10, 4, 15), 4},
        {"a4", &Site::ana, &Site::billing, utc(10, 5, 15), 5},
        {"a5", &Site::ana, &Site::billing, utc(10, 6, 15), 4},
        {"a6", &Site::ana, &Site::billing, utc(10, 7, 15), 0},
        {"h1", &Site::hal, &Site::billing, utc(10, 21, 15), 0},
        {"b1", &Site::ben, &Site::billing, utc(10, 5, 16), 5},
        {"b2", &Site::ben, &Site::billing, utc(10, 13, 16), 2},
        {"b3", &Site::ben, &Site::care, utc(10, 20, 16), 5},
        {"b4", &Site::ben, &Site::care, utc(11, 2, 16), 5},
        {"c1", &Site::cat, &Site::care, utc(10, 5, 17), 5},
        {"c2", &Site::cat, &Site::care, utc(10, 6, 17), 5},
        {"c3", &Site::cat, &Site::care, utc(10, 7, 17), 5},
        {"c4", &Site::cat, &Site::care, utc(10, 8, 17), 5},
        {"d1", &Site::dan, &Site::care, utc(10, 12, 18), 5},
        {"d2", &Site::dan, &Site::care, utc(10, 13, 18), 5},
        {"d3", &Site::dan, &Site::care, utc(10, 14, 18), 5},
        {"d4", &Site::dan, &Site::care, utc(10, 15, 18), 5},
        {"d5", &Site::dan, &Site::care, utc(10, 16, 18), 5},
        {"d6", &Site::dan, &Site::care, utc(10, 19, 18), 2},
        {"f1", &Site::fay, &Site::retention, utc(10, 1, 4, 30), 1}, // 2026-09-30 23:30 in Chicago
        {"f2", &Site::fay, &Site::retention, utc(10, 10, 15), 5},
        {"f3", &Site::fay, &Site::retention, utc(10, 11, 15), 5},
        {"f4", &Site::fay, &Site::retention, utc(10, 12, 15), 5},
        {"f5", &Site::fay, &Site::retention, utc(10, 13, 15), 5},
        {"f6", &Site::fay, &Site::retention, utc(11, 1, 3, 30), 4}, // 2026-10-31 22:30 in Chicago
        {"f7", &Site::fay, &Site::retention, utc(11, 1, 6, 30), 5}, // 2026-11-01 01:30 in Chicago
        {"g1", &Site::gus, &Site::retention, utc(9, 10, 15), 5},
    };
    for (const Call &call : calls)
        if (core::Status written =
                writeConversation(writer, site, QLatin1String(call.ref), site.*call.agent, site.*call.team,
                                  call.startedAt, call.csat ? std::optional<int>(call.csat) : std::nullopt);
            !written)
            return written;
    return core::Done{};
}

struct Sale {
    qint64 Site::*agent;
    const char *conversation; // "" when not known
    QDate day;
    const char *tier;
    qint64 cents;
};

core::Status writeSales(storage::RecordWriter &writer, const Site &site)
{
    const QList<Sale> sales{
        {&Site::ana, "a4", QDate(2026, 10, 5), "A", 15000},
        {&Site::ana, "", QDate(2026, 10, 6), "A", 9000},
        {&Site::ana, "a6", QDate(2026, 10, 7), "B", 20000},
        {&Site::ana, "", QDate(2026, 9, 28), "C", 5000},
        {&Site::ben, "", QDate(2026, 10, 6), "C", 30000},
        {&Site::ben, "", QDate(2026, 10, 16), "C", 25000},
        {&Site::ben, "", QDate(2026, 10, 21), "C", 40000},
        {&Site::ben, "", QDate(2026, 10, 22), "", 7000},
        {&Site::ben, "b4", QDate(2026, 11, 3), "A", 10000},
        {&Site::cat, "c4", QDate(2026, 10, 8), "B", 12000},
        {&Site::dan, "d1", QDate(2026, 10, 9), "A", 8000},
        {&Site::dan, "", QDate(2026, 10, 10), "A", 6000},
        {&Site::gus, "g1", QDate(2026, 9, 10), "A", 9900},
    };
    for (const Sale &s : sales) {
        const qint64 conversation = site.conversations.value(QLatin1String(s.conversation));
        if (core::Status sold = writer.insertSale(
                {site.*s.agent, conversation, s.day, QStringLiteral("Plan"), QLatin1String(s.tier), s.cents});
            !sold)
            return sold;
    }
    return core::Done{};
}

struct Shift {
    qint64 Site::*agent;
    int day; // of October 2026
    AttendanceStatus status;
    int lateMinutes;
};

core::Status writeAttendance(storage::RecordWriter &writer, const Site &site)
{
    const QList<Shift> shifts{{&Site::ana, 1, AttendanceStatus::Present, 0},
                              {&Site::ana, 2, AttendanceStatus::Present, 0},
                              {&Site::ana, 9, AttendanceStatus::Late, 5},
                              {&Site::ana, 12, AttendanceStatus::ExcusedAbsence, 0},
                              {&Site::ben, 14, AttendanceStatus::NoCallNoShow, 0},
                              {&Site::ben, 16, AttendanceStatus::Present, 0},
                              {&Site::ben, 19, AttendanceStatus::Present, 0},
                              {&Site::cat, 1, AttendanceStatus::Present, 0},
                              {&Site::cat, 2, AttendanceStatus::Late, 12},
                              {&Site::dan, 6, AttendanceStatus::UnexcusedAbsence, 0},
                              {&Site::dan, 7, AttendanceStatus::Present, 0},
                              {&Site::dan, 8, AttendanceStatus::Late, 12},
                              {&Site::dan, 20, AttendanceStatus::UnexcusedAbsence, 0}};
    for (const Shift &s : shifts)
        if (core::Status written = writer.insertAttendance(
                {site.*s.agent, QDate(2026, 10, s.day), QTime(8, 0), 480, s.status, s.lateMinutes, {}});
            !written)
            return written;
    return core::Done{};
}

struct Evaluation {
    const char *conversation;
    EvaluationStatus status;
    int verified; // yes/no, auto-fail
    int solved;   // 1–5
};

core::Status writeEvaluations(const storage::Database &database, const Site &site)
{
    // Scorecard: "Verified" yes/no weight 1 (auto-fail), "Solved" 1–5 weight 3; possible 1 + 3 × 4 = 13.
    // Yes and 5 → 13/13 = 100 %; yes and 3 → (1 + 3 × 2)/13 = 53.846 %.
    storage::QaWriter qa(database);
    core::ScorecardDefinition card;
    card.name = QStringLiteral("Bonus card");
    card.sections = {
        {QStringLiteral("All"),
         {qasite::yesNo(QStringLiteral("Verified"), 1, true), qasite::scale(QStringLiteral("Solved"), 3)}}};
    const auto stored = qa.insertScorecard(card);
    if (!stored)
        return stored.error();
    const QList<Evaluation> evaluations{
        {"a1", EvaluationStatus::Published, 1, 5}, {"b1", EvaluationStatus::Final, 1, 5},
        {"b3", EvaluationStatus::Disputed, 1, 3},  {"c1", EvaluationStatus::Published, 1, 5},
        {"c2", EvaluationStatus::Final, 1, 3},     {"c3", EvaluationStatus::Draft, 0, 1}};
    for (const Evaluation &e : evaluations) {
        core::EvaluationRecord record;
        record.conversationId = site.conversations.value(QLatin1String(e.conversation));
        record.agentId = 0; // 0: the conversation's handler
        record.evaluator = QStringLiteral("QA Quinn");
        record.status = e.status;
        record.answers = {{false, e.verified}, {false, e.solved}};
        record.createdAt = utc(10, 25, 15);
        if (const auto written = qa.insertEvaluation(stored.value(), record); !written)
            return written.error();
    }
    return core::Done{};
}

core::Status writeSite(storage::RecordWriter &writer, Site &site)
{
    if (core::Status zone = writer.setSetting(QStringLiteral("site_time_zone"), QLatin1String(SiteTimeZone));
        !zone)
        return zone;
    for (const auto &step : {writeDirectory, writeConversations})
        if (core::Status written = step(writer, site); !written)
            return written;
    for (const auto &step : {writeSales, writeAttendance})
        if (core::Status written = step(writer, site); !written)
            return written;
    return writeEvaluations(*site.db, site);
}

} // namespace

QDate siteDay(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(SiteTimeZone)).date();
}

core::Result<Site> openSite(const QString &path)
{
    auto db =
        storage::Database::open(testsupport::testDatabaseLocation(path), storage::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    Site site;
    site.db = std::move(db.value());
    storage::RecordWriter writer(*site.db);
    if (core::Status begun = writer.begin(); !begun)
        return begun.error();
    if (core::Status written = writeSite(writer, site); !written)
        return written.error();
    if (core::Status committed = writer.commit(); !committed)
        return committed.error();
    return site;
}

core::Status Sites::reopen(Site &site)
{
    site = {};
    if (!m_dir.isValid())
        return core::Error{QStringLiteral("no temporary folder: ") + m_dir.errorString(), {}};
    auto opened = openSite(m_dir.filePath(QStringLiteral("bonus%1.sqlite").arg(++m_count)));
    if (!opened)
        return opened.error();
    site = std::move(opened.value());
    return core::Done{};
}

core::Status addConversation(Site &site, const QString &ref, qint64 agentId, qint64 teamId,
                             const QDateTime &startedAtUtc, std::optional<int> csat)
{
    storage::RecordWriter writer(*site.db);
    if (core::Status begun = writer.begin(); !begun)
        return begun;
    if (core::Status written = writeConversation(writer, site, ref, agentId, teamId, startedAtUtc, csat);
        !written)
        return written;
    return writer.commit();
}

core::Status addSale(const Site &site, qint64 agentId, QDate day, const QString &tier, qint64 cents)
{
    storage::RecordWriter writer(*site.db);
    if (core::Status begun = writer.begin(); !begun)
        return begun;
    if (core::Status sold = writer.insertSale({agentId, 0, day, QStringLiteral("Plan"), tier, cents}); !sold)
        return sold;
    return writer.commit();
}

} // namespace bonussite
