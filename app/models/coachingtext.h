#pragma once

#include "core/attendanceladder.h"
#include "core/coaching.h"
#include "core/coachingeffect.h"
#include "core/kpidefinitions.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace huddle::models {

// The words of the coaching screens and the session summary, in one place so the page, the dialogs, the
// PDF and the tests say the same thing.
class CoachingText {
    Q_DECLARE_TR_FUNCTIONS(huddle::models::CoachingText)
public:
    static QString statusName(core::SessionStatus status);   // "Planned", "Held", "Closed"
    static QString kindName(core::AgendaKind kind);          // "KPI", "Attendance", "Mistake", …
    static QString verdictName(core::EffectVerdict verdict); // "Improved", "Not enough data", …
    // The verdict with what it waits for: "Improved", "Not enough data (n 6 after)" (the side(s) below the
    // small-sample threshold), "Measuring: 5 of 14 days".
    static QString effectVerdict(const core::FocusEffect &effect, const core::EffectWindows &windows,
                                 const core::KpiDefinitions &definitions = {}, const QLocale &locale = {});
    static QString bandName(core::Band band); // "Far below", "Below", "Met", …
    // The KPI's name in running text: "CSAT", "AHT", "Sales conversion" (kpiName adds the unit: "CSAT %").
    static QString kpiShortName(core::KpiId kpi);
    // A value in the KPI's unit: "82.5 %", "6:12" (AHT, m:ss), "14.3" (CpH), "42" (NPS), "—" without one.
    static QString value(core::KpiId kpi, const std::optional<double> &value, const QLocale &locale = {});
    // "CSAT, AHT"
    static QString focusList(const QList<core::KpiId> &focus);
    // A KPI reading in its unit with n: "82.5 % (n 40)", "6:12 (n 38)", "—" without a value.
    static QString reading(core::KpiId kpi, const core::KpiReading &reading, const QLocale &locale = {});
    // The change in the KPI's unit with a sign: "+4.2 pts", "−0:35".
    static QString change(core::KpiId kpi, double change, const QLocale &locale = {});

    // Title and detail of a proposed agenda item, frozen into the stored item (days in the locale's short
    // format, "11/3/26" in en_US):
    //   Kpi: "CSAT below target: 72.0 % (n 40), target 80 %" ("far below" in band Far below) /
    //        "Weight 25 · band Below"
    //   Attendance: "Attendance: Written warning (2 violations)" / what counts as a violation (the ladder's
    //        window is not part of core::AgendaAttendance)
    //   Mistake: "Mistake: Verified the customer's identity — 3 failures, 12.5 points lost" / scorecard
    //   Conversation: "Low CSAT: conversation 4711 on 11/3/26 (2/5)" ("(bad)" on good/bad) / a prompt
    //   PeerNote: "Peer note by Dana on 11/4/26" / the note
    //   Action: "Open action: Recap next steps before closing (agent, due 11/10/26)" / "Agreed on 10/27/26"
    static QString itemTitle(const core::ProposedItem &item, const QLocale &locale = {});
    static QString itemDetail(const core::ProposedItem &item, const QLocale &locale = {});

    // "2 violations in the last 365 days — Written warning", "No violations in the last 365 days".
    // (Plurals read "violation(s)" until the English translation is loaded.)
    static QString stageText(const core::LadderStage &stage, const core::AttendanceLadder &ladder);
};

} // namespace huddle::models
