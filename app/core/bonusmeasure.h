#pragma once

#include "bonusengine.h"
#include "kpivalues.h"

#include <QDate>
#include <QList>

#include <optional>

namespace huddle::core {

// What a bonus measure reads for one agent's month: its value in the unit of bonusplan.h, the sample
// behind it and, for attendance counts, the days counted.
struct MeasureReading {
    BonusMeasure measure;
    std::optional<double> value; // empty: no data (no responses, no KPI with data, …); counts are never empty
    qint64 n = 0;    // the sample minSample is judged on: responses, shifts, evaluations, conversations; for
                     // the weighted score the percent of the weights that had data
    qint64 hits = 0; // perfect_csat: the satisfied responses (n is all responses)
    QList<QDate> days; // attendance counts
};

enum class Verdict {
    Holds,
    NotMet,
    TooFewSamples, // n below the condition's minSample
    NoData,
};

// The agent's month read once: KPI values through computeKpis and the weighted score through the plan's
// score weights (or the team's), so every condition sees the same numbers the dashboard shows.
class BonusFacts {
public:
    BonusFacts(const BonusPlan &plan, const BonusInputs &inputs);

    MeasureReading read(const BonusMeasure &measure) const;
    const BonusInputs &inputs() const { return *m_inputs; }

private:
    MeasureReading readCount(const BonusMeasure &measure) const;

    const BonusInputs *m_inputs;
    KpiValues m_values;
    WeightedScore m_score;
};

// Whether `reading` satisfies `condition`, sample first: below minSample a condition never holds.
Verdict judge(const BonusCondition &condition, const MeasureReading &reading);
// Whether `value` falls in [from, to) of a tiered component's bands.
bool inBand(const KpiBandAmount &band, double value);
// Which rows a drill-down opens for a line about `measure`.
BonusEvidence evidenceOf(const BonusMeasure &measure);
// Counts (attendance, sales, conversations, responses, evaluations) as opposed to rates and scores.
bool isCount(const BonusMeasure &measure);

} // namespace huddle::core
