#pragma once

#include "daterange.h"
#include "kpiplan.h"

#include <QList>

namespace huddle::core {

// The windows a session's effect is measured over (domain.md, "Coaching effect"): the N days before the
// session day and the N days after it; the session day itself belongs to neither (the coaching happened
// part-way through it). The after window never reaches past `today`: what has not happened yet is not
// data. `afterComplete` is false while the after window is still running (or has not started).
struct EffectWindows {
    DateRange before; // [day − N, day − 1]
    DateRange after;  // [day + 1, min(day + N, today)]; invalid when day ≥ today
    bool afterComplete = false;
    int afterDaysElapsed = 0; // days of the after window up to today, 0…N
};

EffectWindows effectWindows(QDate sessionDay, int days, QDate today);

// Whether a before/after change can be claimed: both sides need at least `minN` observations (the site's
// small-sample threshold, 10 by default) and the after window must be complete.
enum class EffectVerdict { NotEnoughData, Running, Improved, Unchanged, Worsened };

struct FocusEffect {
    KpiId kpi = KpiId::Csat;
    KpiReading before;
    KpiReading after;
    EffectVerdict verdict = EffectVerdict::NotEnoughData;
    // after − before in the KPI's unit; empty without both values. Sign as measured (AHT down is negative).
    std::optional<double> change;
};

// Judges one focus KPI. Running when the after window is incomplete (even with enough data so far);
// NotEnoughData when either n < minN; else core::movement's direction (Unchanged below half a display
// unit).
FocusEffect judgeEffect(KpiId kpi, const KpiReading &before, const KpiReading &after,
                        const EffectWindows &windows, qint64 minN);

// The team view: per focus KPI across sessions, how often it improved, stayed or worsened, and the mean
// change in the good direction (positive = better, so AHT's drop counts as positive) over the sessions with
// a verdict. Sorted by how far it moved: mean improvement relative to the KPI's display scale, then by
// sessions judged. Rows exist for every KPI that was a focus at least once.
// The scale that makes KPIs comparable: 1 point for the percentages (attendance, CSAT, conversion, QA, FCR)
// and NPS, 10 s for AHT, 0.1 for CpH; so CSAT +2 points ranks with AHT −20 s. Most improved first (a
// worsening mean ranks below no change); rows without a judged session last; ties by sessions judged, then
// KpiId order.
struct FocusAreaSummary {
    KpiId kpi = KpiId::Csat;
    int sessions = 0; // sessions with this focus KPI
    int judged = 0;   // … with a verdict (Improved, Unchanged or Worsened)
    int improved = 0;
    int unchanged = 0;
    int worsened = 0;
    std::optional<double> meanImprovement; // in the KPI's unit, positive = better; empty when judged = 0
};

QList<FocusAreaSummary> summarizeFocusAreas(const QList<FocusEffect> &effects);

QString effectVerdictCode(EffectVerdict verdict); // "not_enough_data", "running", "improved", …

} // namespace huddle::core
