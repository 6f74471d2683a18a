#include "effectsite.h"

#include "storage/database.h"
#include "storage/recordwriter.h"

#include <QTimeZone>

#include <initializer_list>

using namespace huddle;
using core::AttendanceStatus;

namespace effectsite {

namespace {

QDateTime at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone::utc());
}

// One of Ana's answered calls: CSAT on 1–5 (-1: no survey), talk seconds (the handle time, talk only;
// -1: none), NPS (-1: none).
struct Call {
    int csat;
    int talk;
    int nps = -1;
};

struct CallDay {
    QDate day;
    QList<Call> calls;
};

// Satisfied on 1–5 is 4–5 (domain.md). Windows around S with N = 7: before 8–14 April, after 16–22 April.
//   before: 12 responses, satisfied 5,4 | 5 | 4 | 5,4 = 6 → CSAT 50 %; AHT (3×300 + 3×400 + 3×500 + 3×200)
//           ÷ 12 = 4200 ÷ 12 = 350 s; NPS answers 10, 9, 3 → (2 − 1) ÷ 3 = 33.33, n 3.
//   after:  12 responses, satisfied 5,5,4 | 5,4,4 | 5,5 | 4,5 = 10 → 83.33 %; AHT (4×250 + 3×250 + 3×310 +
//           2×280) ÷ 12 = 3240 ÷ 12 = 270 s; NPS 10, 10 → 100, n 2.
//   Gaps: no calls on 10, 11, 13, 18, 20, 21 April. 7 and 23 April lie just outside (three 1/5 calls of
//   900 s each); S itself has four 1/5 calls of 1000 s that neither window nor the agenda may read.
const QList<CallDay> calls{
    {{2024, 4, 7}, {{1, 900}, {1, 900}, {1, 900}}},
    {{2024, 4, 8}, {{5, 300, 10}, {4, 300, 9}, {2, 300, 3}}},
    {{2024, 4, 9}, {{1, 400}, {2, 400}, {5, 400}}},
    {{2024, 4, 12}, {{4, 500}, {3, 500}, {3, 500}}},
    {{2024, 4, 14}, {{5, 200}, {1, 200}, {4, 200}}},
    {S, {{1, 1000}, {1, 1000}, {1, 1000}, {1, 1000}}},
    {{2024, 4, 16}, {{5, 250, 10}, {5, 250, 10}, {4, 250}, {2, 250}}},
    {{2024, 4, 17}, {{5, 250}, {4, 250}, {4, 250}}},
    {{2024, 4, 19}, {{5, 310}, {5, 310}, {1, 310}}},
    {{2024, 4, 22}, {{4, 280}, {5, 280}}},
    {{2024, 4, 23}, {{1, 900}, {1, 900}, {1, 900}}},
};

// The first failure of steps run in order (a braced list is evaluated left to right), or Done.
core::Status firstFailure(std::initializer_list<core::Status> steps)
{
    for (const core::Status &step : steps)
        if (!step)
            return step;
    return core::Done{};
}

core::Result<qint64> writeCall(storage::RecordWriter &writer, const fixture::SmallSite &site, QDate day,
                               int index, const Call &call, core::CsatScale scale)
{
    core::ConversationRecord c;
    c.source = QStringLiteral("effect");
    c.externalId = QStringLiteral("A-%1-%2").arg(day.toString(QStringLiteral("MMdd"))).arg(index);
    c.agentId = site.ana;
    c.teamId = site.alpha;
    c.startedAt = at(day, 10, index);
    c.day = day;
    if (call.talk >= 0)
        c.talkSeconds = call.talk;
    const auto id = writer.insertConversation(c);
    if (!id)
        return id;
    const auto opt = [](int value) { return value < 0 ? std::nullopt : std::optional<int>(value); };
    if (call.csat < 0 && call.nps < 0)
        return id;
    const core::Status surveyed =
        writer.recordSurvey({id.value(), opt(call.csat), scale, opt(call.nps), at(day, 18)});
    return surveyed ? id : core::Result<qint64>(surveyed.error());
}

core::Status writeCalls(storage::RecordWriter &writer, EffectSite &s)
{
    for (const CallDay &d : calls)
        for (int i = 0; i < d.calls.size(); ++i) {
            const auto id = writeCall(writer, s.site, d.day, i + 1, d.calls[i], {1, 5});
            if (!id)
                return id.error();
            s.conversations.insert(QStringLiteral("%1/%2").arg(d.day.toString(Qt::ISODate)).arg(i + 1),
                                   id.value());
        }
    // 25 March: an 8 on a 0–10 scale and no handle time. Unsatisfied by default (9–10 is), satisfied where
    // the site lowers the 0–10 threshold to 8. Inside the agenda's 28 days, outside every effect window.
    const QDate march25(2024, 3, 25);
    const auto id = writeCall(writer, s.site, march25, 1, {8, -1}, {0, 10});
    if (!id)
        return id.error();
    s.conversations.insert(QStringLiteral("2024-03-25/1"), id.value());
    return core::Done{};
}

// Peer notes on Ana's calls: two by fellow agents before S, one by a coach (not a peer), one written on S
// about an earlier call and one on a call of S (neither there yet when preparing the session).
core::Status writeNotes(storage::RecordWriter &writer, const EffectSite &s)
{
    const auto note = [&](const char *body, const char *call, qint64 reviewerAgent,
                          const QDateTime &created) {
        const QString reviewer = reviewerAgent == s.site.ben   ? QStringLiteral("Ben")
                                 : reviewerAgent == s.site.cat ? QStringLiteral("Cat")
                                                               : QStringLiteral("Coach Kim");
        return writer.insertReviewNote({s.conversations.value(QLatin1String(call)), reviewer, reviewerAgent,
                                        created, created.date(), QLatin1String(body)});
    };
    return firstFailure({note("p1", "2024-04-09/1", s.site.ben, at({2024, 4, 10}, 10)),
                         note("p2", "2024-04-12/2", 0, at({2024, 4, 12}, 11)),
                         note("p3", "2024-04-14/2", s.site.cat, at({2024, 4, 14}, 12)),
                         note("p4", "2024-04-14/3", s.site.cat, at(S, 9)),
                         note("p5", "2024-04-15/1", s.site.ben, at(S, 10))});
}

// Ana's shifts: violations on 2 and 9 April (unexcused, no-call-no-show) and one more on S. Over the 28
// days before S: 4 shifts, 2 attended → 50 %.
core::Status writeShifts(storage::RecordWriter &writer, const EffectSite &s)
{
    const auto shift = [&](QDate day, AttendanceStatus status) {
        return writer.insertAttendance(
            {s.site.ana, day, QTime(8, 0), 480, status, status == AttendanceStatus::Late ? 10 : 0, {}});
    };
    return firstFailure(
        {shift({2024, 4, 2}, AttendanceStatus::UnexcusedAbsence),
         shift({2024, 4, 8}, AttendanceStatus::Present), shift({2024, 4, 9}, AttendanceStatus::NoCallNoShow),
         shift({2024, 4, 12}, AttendanceStatus::Late), shift(S, AttendanceStatus::UnexcusedAbsence)});
}

} // namespace

core::Result<EffectSite> openEffectSite(const QString &path)
{
    auto opened = fixture::openSmallSite(path);
    if (!opened)
        return opened.error();
    EffectSite s{std::move(opened.value().database), opened.value().site, {}};
    storage::RecordWriter writer(*s.database);
    // Step by step: nothing is committed after a failed write (the writer rolls back when it goes).
    core::Status done = writer.begin();
    if (done)
        done = writeCalls(writer, s);
    if (done)
        done = writeNotes(writer, s);
    if (done)
        done = writeShifts(writer, s);
    if (done)
        done = writer.commit();
    if (!done)
        return done.error();
    return s;
}

qint64 conversation(const EffectSite &site, QDate day, int index)
{
    return site.conversations.value(QStringLiteral("%1/%2").arg(day.toString(Qt::ISODate)).arg(index));
}

} // namespace effectsite
