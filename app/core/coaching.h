#pragma once

#include "kpiplan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::core {

// A coaching session's life cycle: planned (agenda proposed, not yet held), held (notes being written),
// closed (notes, agenda and focus frozen; acknowledgement and action items can still change).
enum class SessionStatus { Planned, Held, Closed };

// What an agenda item is about. Kpi: a KPI below target; Attendance: the agent's warning-ladder stage;
// Mistake: a failed QA criterion by impact; Conversation: a recent low-CSAT conversation; PeerNote: a
// peer-review note; Action: an open action item of an earlier session; Custom: added by the team leader.
enum class AgendaKind { Kpi, Attendance, Mistake, Conversation, PeerNote, Action, Custom };

// "Focus on as few KPIs at a time as possible": a session names one to three.
inline constexpr int MinFocusKpis = 1;
inline constexpr int MaxFocusKpis = 3;

// Checks a focus list: 1–3 KPIs, no repeats. The message says which rule was broken.
Status validateFocus(const QList<KpiId> &focus);

// --- Inputs of the proposed agenda, gathered by storage for one agent -------------------------------

// A KPI of the agent over the look-back period, judged by the plan of the agent's team.
struct AgendaKpi {
    KpiAssessment assessment; // reading, band and weight (core::weightedScore's part for the KPI)
    double target = 0;        // the plan's "met" threshold
};

struct AgendaMistake {
    QString criterionName;
    QString scorecardName;
    int failures = 0;
    double pointsLost = 0;
};

struct AgendaConversation {
    qint64 conversationId = 0;
    QString reference; // the platform's id
    QDate day;
    int csatScore = 0;
    QString csatScale; // core::CsatScale code, for formatting "2/5"
};

struct AgendaPeerNote {
    qint64 noteId = 0;
    qint64 conversationId = 0;
    QString reviewer;
    QDate day;
    QString text;
};

struct AgendaOpenAction {
    qint64 actionId = 0;
    QString body;
    QString owner;
    QDate due;
    QDate sessionDay; // of the session that agreed it
};

struct AgendaAttendance {
    int violations = 0; // in the ladder's window
    QString stage;      // the warning-ladder step reached; empty: none
};

struct AgendaInputs {
    QList<AgendaKpi> kpis;               // every KPI of the plan, in any order
    QList<AgendaMistake> mistakes;       // most points lost first
    QList<AgendaConversation> lowCsat;   // newest first
    QList<AgendaPeerNote> peerNotes;     // newest first
    QList<AgendaOpenAction> openActions; // oldest due first
    std::optional<AgendaAttendance> attendance;
};

// How many of each kind the proposal takes.
struct AgendaLimits {
    int mistakes = 3;
    int conversations = 3;
    int peerNotes = 3;
};

// One proposed item: the kind, what it refers to, and the data a title is written from (the models layer
// writes titles, in the user's language).
struct ProposedItem {
    AgendaKind kind = AgendaKind::Custom;
    std::optional<AgendaKpi> kpi;
    std::optional<AgendaMistake> mistake;
    std::optional<AgendaConversation> conversation;
    std::optional<AgendaPeerNote> peerNote;
    std::optional<AgendaOpenAction> action;
    std::optional<AgendaAttendance> attendance;
};

// The proposed agenda, in this order: KPIs below target (band Below or Far below) by plan weight, highest
// first, ties in the default priority order (attendance, CSAT, sales, QA, AHT, …; KpiId order); the
// attendance stage when a ladder step is reached; the top mistakes by impact; recent low-CSAT
// conversations; recent peer-review notes; open action items of earlier sessions. KPIs weighted 0 are
// left out: the site has said they do not count.
QList<ProposedItem> proposeAgenda(const AgendaInputs &inputs, const AgendaLimits &limits = {});

// The proposed focus: the first up-to-three KPIs of the agenda's KPI items (below target, by weight).
QList<KpiId> proposeFocus(const AgendaInputs &inputs);

// Codes stored in the database: "planned", "held", "closed"; "kpi", "attendance", "mistake",
// "conversation", "peer_note", "action", "custom".
QString sessionStatusCode(SessionStatus status);
std::optional<SessionStatus> sessionStatusFromCode(QStringView code);
QString agendaKindCode(AgendaKind kind);
std::optional<AgendaKind> agendaKindFromCode(QStringView code);

} // namespace huddle::core
