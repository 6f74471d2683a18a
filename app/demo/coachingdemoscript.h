#pragma once

#include "agentprofile.h"
#include "core/coaching.h"

#include <QList>
#include <QString>
#include <QStringList>

// The words of the coaching demo (coachingdemo.h): the phrase library, and per kind of agent what a team
// leader focuses on, writes down and agrees. English demo data, like the rest of the demo's text.
namespace huddle::demo {

struct DemoPhrase {
    QString longer;
    QString shorter;
    QString situations; // comma-separated
    QString csatNote;   // empty: not checked for CSAT impact
    bool retired = false;
};

struct DemoAction {
    QString body;
    bool coachOwns = false; // else the agent owns it
};

struct DemoCustomItem {
    QString title;
    QString notes;
};

// What sessions with one kind of agent are about.
struct ProfileScript {
    QList<core::KpiId> focus;
    QList<int> homework; // indexes into demoPhrases()
    QStringList notes;   // the session's overall notes, one per session in turn
    QList<DemoAction> actions;
};

QList<DemoPhrase> demoPhrases();
ProfileScript scriptFor(AgentProfile profile);
// Lower first: whom a team leader coaches first (rushing agents, new hires, …).
int coachingPriority(AgentProfile profile);
QList<DemoCustomItem> demoCustomItems();
// Notes written against an agenda item of the given kind in the `number`-th session of an agent.
QString demoItemNote(core::AgendaKind kind, int number);
QString demoKpiName(core::KpiId kpi);

} // namespace huddle::demo
