#pragma once

#include "core/attendanceladder.h"
#include "core/coaching.h"
#include "core/coachingeffect.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace huddle::models {

// The words of the coaching screens and the session summary, in one place so the page, the dialogs, the
// PDF and the tests say the same thing.
class CoachingText {
    Q_DECLARE_TR_FUNCTIONS(huddle::models::CoachingText)
public:
    static QString statusName(core::SessionStatus status);     // "Planned", "Held", "Closed"
    static QString kindName(core::AgendaKind kind);            // "KPI", "Attendance", "Mistake", …
    static QString verdictName(core::EffectVerdict verdict);   // "Improved", "Not enough data", …
    // "CSAT, AHT"
    static QString focusList(const QList<core::KpiId> &focus);
    // A KPI reading in its unit with n: "82.5 % (n 40)", "6:12 (n 38)", "—" without a value.
    static QString reading(core::KpiId kpi, const core::KpiReading &reading, const QLocale &locale = {});
    // The change in the KPI's unit with a sign: "+4.2 pts", "−0:35".
    static QString change(core::KpiId kpi, double change, const QLocale &locale = {});

    // Title and detail of a proposed agenda item, frozen into the stored item:
    //   Kpi: "CSAT below target: 72.0 % (n 40), target 80 %" / "Weight 25 · band Below"
    //   Attendance: "Attendance: written warning (2 violations in 365 days)"
    //   Mistake: "Mistake: Verified the customer's identity — 3 failures, 12.5 points lost" / scorecard
    //   Conversation: "Low CSAT: conversation 4711 on 3 Nov (2/5)"
    //   PeerNote: "Peer note by Dana on 4 Nov" / the note
    //   Action: "Open action: Recap next steps before closing (agent, due 10 Nov)"
    static QString itemTitle(const core::ProposedItem &item, const QLocale &locale = {});
    static QString itemDetail(const core::ProposedItem &item, const QLocale &locale = {});

    // "2 violations in the last 365 days — Written warning", "No violations in the last 365 days".
    static QString stageText(const core::LadderStage &stage, const core::AttendanceLadder &ladder);
};

} // namespace huddle::models
