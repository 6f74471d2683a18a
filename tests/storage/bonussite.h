#pragma once

// A small hand-made site for the monthly bonus tests (storage, reports, CLI, models, UI), written through
// RecordWriter and QaWriter like an import would leave it. The bonus month is October 2026 in the site's
// time zone, America/Chicago (UTC−5 in October: 2026-11-01T03:30Z is 22:30 on 31 October there).
// Conversation days are computed from their UTC start in that zone, as the importer does.
//
// Teams (by name): Billing, Care, Retention. No bonus plans, KPI plans or locks are stored: each test adds
// what it needs (the built-in example plan is in force).
//
// Who is where in October 2026 (memberships: from inclusive, to exclusive):
//   Billing    Ana (since 2026-01-01), Hal (new hire, joins 2026-10-20; not a move)
//   Care       Ben (Billing 2026-01-01 → 2026-10-15, Care from 2026-10-15: moved on 2026-10-15),
//              Cat, Dan (since 2026-01-01)
//   Retention  Eve (since 2026-01-01, no data at all), Fay (since 2026-01-01)
//   Gus was in Retention 2026-01-01 → 2026-09-20 and has September data only: not in October.
// Report order (team name, agent name): Ana, Hal, Ben, Cat, Dan, Eve, Fay.
//
// October 2026 per agent (CSAT on a 1–5 scale, satisfied = 4–5; every conversation answered, handle 300 s):
//   Ana  handled 6; CSAT 5 responses, 5 satisfied (perfect, exactly the minimum of 5);
//        sales A 150.00 (on a4), A 90.00, B 200.00 (on a6) → 3 sales, 440.00;
//        attendance 4 shifts: present 10-01, 10-02, late 10-09 (5 min), excused 10-12 → attended 3, late 1;
//        QA: 1 published evaluation, 100 %.
//   Hal  handled 1 (2026-10-21), no survey, no sales, no attendance, no QA.
//   Ben  handled 3: b1 10-05 (Billing, CSAT 5), b2 10-13 (Billing, CSAT 2), b3 10-20 (Care, CSAT 5) →
//        3 responses, 2 satisfied; sales C 300.00 (10-06), C 250.00 (10-16), C 400.00 (10-21), no tier 70.00
//        (10-22) → 4 sales, 1020.00 (3 × C, 1 untiered); attendance: ncns 10-14, present 10-16, 10-19 →
//        3 shifts, attended 2, 1 violation; QA: b1 final 100 % (counted), b3 disputed (not counted) → 1.
//   Cat  handled 4, CSAT 4 responses, all satisfied (too few for a perfect month); sales B 120.00 (10-08);
//        attendance: present 10-01, late 10-02 (12 min); QA: c1 published 100 %, c2 final 7/13 = 53.846 %,
//        c3 draft (not counted) → 2 evaluations, mean 76.923 % (< 80 %).
//   Dan  handled 6, CSAT 6 responses, 5 satisfied; sales A 80.00 (10-09), A 60.00 (10-10) → 2, 140.00;
//        attendance: unexcused 10-06, present 10-07, late 10-08 (12 min), unexcused 10-20 → 4 shifts,
//        attended 2, late 1, 2 violations; QA none.
//   Eve  nothing.
//   Fay  handled 5 in October: f2…f5 on 10-10…10-13 (CSAT 5 each) and f6 started 2026-11-01T03:30Z
//        (= 2026-10-31 22:30 local, CSAT 4) → 5 responses, 5 satisfied (perfect). f1 started
//        2026-10-01T04:30Z (= 2026-09-30 23:30 local, CSAT 1) belongs to September, f7 started
//        2026-11-01T06:30Z (= 01:30 on 1 November local, CSAT 5) to November. Read by UTC days, October
//        would hold f1…f5: 5 responses, 4 satisfied.
// Neighbouring months: Ana sale C 50.00 on 2026-09-28; Gus conversation g1 2026-09-10 (CSAT 5) and sale
// A 99.00 on 2026-09-10; Ben conversation b4 2026-11-02 (CSAT 5) and sale A 100.00 on 2026-11-03.
//
// Under the example plan (domain.md: $80 perfect CSAT with ≥ 5 responses; per sale A $8, B $12, C $20;
// NCNS → $0; ≥ 2 unexcused → $0; QA < 80 % → −50 %): Ana 80 + 2×8 + 12 = $108.00; Hal $0; Ben 3×20 = $60
// then NCNS → $0; Cat 12 then −50 % → $6.00; Dan 2×8 = 16 then 2 unexcused → $0; Eve $0; Fay $80.00.
// Teams: Billing $108.00, Care $6.00, Retention $80.00; site $194.00.
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace huddle::storage {
class Database;
}

namespace bonussite {

inline const QDate October{2026, 10, 1};
inline const QDate September{2026, 9, 1};
inline const QDate November{2026, 11, 1};
inline const QDate December{2026, 12, 1};
// "Today" for the tests that lock or pay months: every month of the site has ended by then.
inline const QDate Today{2027, 1, 15};
inline const QDate BenMovedOn{2026, 10, 15};
inline const QDate HalJoined{2026, 10, 20};
inline const char *const SiteTimeZone = "America/Chicago";

struct Site {
    std::unique_ptr<huddle::storage::Database> db;
    qint64 billing = 0;
    qint64 care = 0;
    qint64 retention = 0;
    qint64 ana = 0;
    qint64 ben = 0;
    qint64 cat = 0;
    qint64 dan = 0;
    qint64 eve = 0;
    qint64 fay = 0;
    qint64 gus = 0;
    qint64 hal = 0;
    QHash<QString, qint64> conversations; // "a1", "b3", "f6", … → id
};

// A new database file at `path` holding the site.
huddle::core::Result<Site> openSite(const QString &path);

// A fresh copy of the site for every test function: reopen() from init() closes the last one and builds the
// site anew in a file of its own, in one temporary folder.
class Sites {
public:
    huddle::core::Status reopen(Site &site);

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

// The site's calendar day of a UTC instant (America/Chicago).
QDate siteDay(const QDateTime &utc);

// Data arriving later (e.g. into a locked month), each in a transaction of its own. The conversation is
// answered by `agentId` for `teamId` with a handle time of 300 s, its day computed from `startedAtUtc`;
// `csat` on 1–5 when given. Its external id is `ref`, recorded in site.conversations.
huddle::core::Status addConversation(Site &site, const QString &ref, qint64 agentId, qint64 teamId,
                                     const QDateTime &startedAtUtc, std::optional<int> csat);
huddle::core::Status addSale(const Site &site, qint64 agentId, QDate day, const QString &tier, qint64 cents);

} // namespace bonussite
