#pragma once

#include "agentprofile.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace huddle::storage {
class Database;
}

namespace huddle::demo {

// An agent as the coaching part of the demo sees it.
struct CoachingDemoAgent {
    qint64 id = 0;
    int teamIndex = 0; // the team on the demo's last day
    QDate inTeamSince; // hire day, or the day the agent moved to that team
    AgentProfile profile = AgentProfile::Steady;
};

// An unsatisfied CSAT answer (1 or 2 of 5) the main generator wrote: what a session's agenda discusses.
struct DemoLowCsat {
    qint64 agentId = 0;
    qint64 conversationId = 0;
    QString reference; // the conversation's external id
    QDate day;
    int score = 0;
};

struct CoachingDemoInput {
    QList<CoachingDemoAgent> agents; // in the generator's order
    QList<DemoLowCsat> lowCsat;      // in the order written (ascending days)
    QDate firstDay;
    QDate endDay;
    QTimeZone zone;
    quint64 seed = 0;
};

struct CoachingDemoCounts {
    int phrases = 0;
    int sessions = 0; // planned, held and closed
};

// The Coaching page's demo data, written through PhraseRepository and CoachingRepository once the demo's
// transaction is committed (each write is a transaction of its own, as a user's would be): a phrase library
// of script rewrites, and for a few agents per team (never the improving agent, whose one session is the
// demo's before/after showcase) a session every two weeks over the last ten weeks — closed ones with agenda
// notes, action items (done, open and overdue), homework phrases and acknowledgements — so that there are
// overdue and upcoming follow-ups on the last day, one session still held and one planned after the last day.
// KPI and mistake agenda items quote the demo's own figures from the 28 days before each session. Its own
// random numbers, so the rest of the demo does not change with it.
core::Result<CoachingDemoCounts> writeCoachingDemo(storage::Database &database,
                                                   const CoachingDemoInput &input);

} // namespace huddle::demo
