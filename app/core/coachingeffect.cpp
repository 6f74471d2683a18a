// Coaching effect (domain.md): each focus KPI over the N days before a session against the N days after it.
// A before/after comparison of one agent is not a controlled experiment, so Huddle only claims a direction
// when both windows are whole and carry enough observations, and never reads data from the future.
#include "coachingeffect.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace huddle::core {

namespace {

bool hasVerdict(EffectVerdict verdict)
{
    return verdict == EffectVerdict::Improved || verdict == EffectVerdict::Unchanged ||
           verdict == EffectVerdict::Worsened;
}

EffectVerdict verdictOf(Movement movement)
{
    switch (movement) {
    case Movement::Better:
        return EffectVerdict::Improved;
    case Movement::Same:
        return EffectVerdict::Unchanged;
    case Movement::Worse:
        return EffectVerdict::Worsened;
    case Movement::None:
        break;
    }
    return EffectVerdict::NotEnoughData;
}

// The step in which a KPI's changes are compared across KPIs in the team view: one point of a percentage
// (attendance, CSAT, conversion, QA, FCR) or of NPS, ten seconds of AHT, a tenth of a contact per hour.
// These are roughly the smallest changes a team leader calls a change, so "+2 points of CSAT" and "−20 s of
// AHT" rank alike.
double comparisonScale(KpiId kpi)
{
    switch (kpi) {
    case KpiId::Aht:
        return 10;
    case KpiId::Cph:
        return 0.1;
    case KpiId::Attendance:
    case KpiId::Csat:
    case KpiId::Sales:
    case KpiId::Qa:
    case KpiId::Fcr:
    case KpiId::Nps:
        break;
    }
    return 1;
}

// A change with its sign turned so that positive is better.
double improvementOf(KpiId kpi, double change)
{
    return lowerIsBetter(kpi) ? -change : change;
}

struct FocusTally {
    FocusAreaSummary row;
    double improvementSum = 0;
    int withChange = 0;
};

void count(FocusTally &tally, const FocusEffect &effect)
{
    ++tally.row.sessions;
    if (!hasVerdict(effect.verdict))
        return;
    ++tally.row.judged;
    if (effect.verdict == EffectVerdict::Improved)
        ++tally.row.improved;
    else if (effect.verdict == EffectVerdict::Unchanged)
        ++tally.row.unchanged;
    else
        ++tally.row.worsened;
    if (effect.change) {
        tally.improvementSum += improvementOf(effect.kpi, *effect.change);
        ++tally.withChange;
    }
}

// Most improved first (in comparison steps), then the one judged more often, then the default priority.
// Rows without a judged session have nothing to rank by and come last.
bool movedMore(const FocusAreaSummary &a, const FocusAreaSummary &b)
{
    if (a.meanImprovement.has_value() != b.meanImprovement.has_value())
        return a.meanImprovement.has_value();
    if (a.meanImprovement) {
        const double scaledA = *a.meanImprovement / comparisonScale(a.kpi);
        const double scaledB = *b.meanImprovement / comparisonScale(b.kpi);
        if (scaledA != scaledB)
            return scaledA > scaledB;
    }
    if (a.judged != b.judged)
        return a.judged > b.judged;
    return a.kpi < b.kpi;
}

} // namespace

EffectWindows effectWindows(QDate sessionDay, int days, QDate today)
{
    EffectWindows windows;
    if (!sessionDay.isValid() || !today.isValid() || days < 1)
        return windows;
    windows.before = {sessionDay.addDays(-days), sessionDay.addDays(-1)};
    const QDate afterEnd = sessionDay.addDays(days);
    if (sessionDay < today)
        windows.after = {sessionDay.addDays(1), std::min(afterEnd, today)};
    windows.afterComplete = afterEnd <= today;
    windows.afterDaysElapsed = static_cast<int>(std::clamp<qint64>(sessionDay.daysTo(today), 0, days));
    return windows;
}

FocusEffect judgeEffect(KpiId kpi, const KpiReading &before, const KpiReading &after,
                        const EffectWindows &windows, qint64 minN)
{
    FocusEffect effect;
    effect.kpi = kpi;
    effect.before = before;
    effect.after = after;
    const bool bothValues =
        before.value && after.value && std::isfinite(*before.value) && std::isfinite(*after.value);
    if (bothValues)
        effect.change = *after.value - *before.value;
    if (!windows.afterComplete)
        effect.verdict = EffectVerdict::Running;
    else if (!bothValues || before.n < minN || after.n < minN)
        effect.verdict = EffectVerdict::NotEnoughData;
    else
        effect.verdict = verdictOf(movement(kpi, after, before));
    return effect;
}

QList<FocusAreaSummary> summarizeFocusAreas(const QList<FocusEffect> &effects)
{
    std::map<KpiId, FocusTally> tallies;
    for (const FocusEffect &effect : effects) {
        FocusTally &tally = tallies[effect.kpi];
        tally.row.kpi = effect.kpi;
        count(tally, effect);
    }
    QList<FocusAreaSummary> rows;
    for (auto &[kpi, tally] : tallies) {
        if (tally.withChange > 0)
            tally.row.meanImprovement = tally.improvementSum / tally.withChange;
        rows << tally.row;
    }
    std::sort(rows.begin(), rows.end(), movedMore);
    return rows;
}

QString effectVerdictCode(EffectVerdict verdict)
{
    switch (verdict) {
    case EffectVerdict::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case EffectVerdict::Running:
        return QStringLiteral("running");
    case EffectVerdict::Improved:
        return QStringLiteral("improved");
    case EffectVerdict::Unchanged:
        return QStringLiteral("unchanged");
    case EffectVerdict::Worsened:
        return QStringLiteral("worsened");
    }
    return {};
}

} // namespace huddle::core
