#pragma once

#include "kpiplan.h"
#include "money.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace huddle::core {

// What a bonus condition or a tiered component measures for an agent's month. Codes as used in JSON plans:
//   KPI values (KpiId codes, in the unit of readKpi): "attendance", "csat", "sales", "qa", "aht", "fcr",
//   "cph", "nps"; "weighted_score" (0–100, weightedScore with the plan's weights or the team's KPI plan);
//   counts: "ncns" (no-call-no-shows), "unexcused" (unexcused absences), "violations" (both), "late"
//   (late arrivals), "sales_count", "sales_amount" (in currency units, e.g. 1500 = $1,500.00), "handled",
//   "csat_responses", "qa_evaluations";
//   "perfect_csat": CSAT 100 % (every response satisfied) on at least minSample responses; true/false.
enum class BonusMetric {
    Kpi, // + kpi
    WeightedScore,
    NoCallNoShows,
    UnexcusedAbsences,
    Violations,
    LateArrivals,
    SalesCount,
    SalesAmount,
    Handled,
    CsatResponses,
    QaEvaluations,
    PerfectCsat,
};

struct BonusMeasure {
    BonusMetric metric = BonusMetric::PerfectCsat;
    KpiId kpi = KpiId::Csat; // when metric is Kpi

    bool operator==(const BonusMeasure &) const = default;
};

QString bonusMeasureCode(const BonusMeasure &measure);
std::optional<BonusMeasure> bonusMeasureFromCode(QStringView code);
// Every code bonusMeasureFromCode accepts, in a stable order (for editors and error messages).
QStringList bonusMeasureCodes();

enum class Comparison { AtLeast, AtMost, Below, Above }; // ≥, ≤, <, >
QString comparisonCode(Comparison comparison);           // ">=", "<=", "<", ">"
QString comparisonSign(Comparison comparison); // "≥", "≤", "<", ">": how reports and editors show it
std::optional<Comparison> comparisonFromCode(QStringView code);

// "measure op value", judged only when the measure's sample (responses, shifts, evaluations, …) is at least
// minSample; below that the condition does not hold, and the explanation says why. perfect_csat ignores op
// and value and uses minSample as its minimum number of responses (default 5, domain.md).
struct BonusCondition {
    BonusMeasure measure;
    Comparison comparison = Comparison::AtLeast;
    double value = 0;
    int minSample = 0;

    bool operator==(const BonusCondition &) const = default;
};

enum class ComponentKind {
    Flat,    // amount when the condition holds
    PerUnit, // amount per sale, by the sale's product tier
    Tiered,  // amount by the band the measure falls in
    Percent, // basis points of a base
};
QString componentKindCode(ComponentKind kind); // "flat", "per_unit", "tiered", "percent"
std::optional<ComponentKind> componentKindFromCode(QStringView code);

struct TierRate {
    QString tier; // as in sales.tier ("A", "B", …); compared case-sensitively after trimming
    Cents cents = 0;

    bool operator==(const TierRate &) const = default;
};

// One band of a tiered component: from ≤ value < to (to empty: no upper end). Bands must not overlap.
struct KpiBandAmount {
    double from = 0;
    std::optional<double> to;
    Cents cents = 0;

    bool operator==(const KpiBandAmount &) const = default;
};

enum class PercentBase {
    SalesAmount, // the agent's sales in the month
    Subtotal,    // the components listed before this one
};
QString percentBaseCode(PercentBase base); // "sales_amount", "subtotal"
std::optional<PercentBase> percentBaseFromCode(QStringView code);

struct BonusComponent {
    QString id;    // stable, unique in the plan, [a-z0-9_]+: the CSV's component column
    QString label; // shown in reports
    ComponentKind kind = ComponentKind::Flat;
    // Flat
    BonusCondition condition;
    Cents amount = 0;
    // PerUnit: per sale; a tier not in the table earns otherTierCents
    QList<TierRate> tierRates;
    Cents otherTierCents = 0;
    // Tiered
    BonusMeasure measure;
    int measureMinSample = 0; // below it no band applies
    QList<KpiBandAmount> bands;
    // Percent
    PercentBase base = PercentBase::SalesAmount;
    int basisPoints = 0;

    bool operator==(const BonusComponent &) const = default;
};

enum class GateEffect {
    Zero,          // the month's bonus is 0
    ReducePercent, // reduced by basisPoints of the subtotal
    ReduceAmount,  // reduced by amount (never below 0)
};
QString gateEffectCode(GateEffect effect); // "zero", "reduce_percent", "reduce_amount"
std::optional<GateEffect> gateEffectFromCode(QStringView code);

// A condition that, when it holds, zeroes or reduces the bonus. Gates apply in plan order to the subtotal of
// the components; a zeroing gate ends the chain.
struct BonusGate {
    QString id;
    QString label;
    BonusCondition condition;
    GateEffect effect = GateEffect::Zero;
    int basisPoints = 0; // ReducePercent
    Cents amount = 0;    // ReduceAmount

    bool operator==(const BonusGate &) const = default;
};

// A bonus plan is data, not code (domain.md "Monthly bonus"): components evaluated per agent per month, then
// gates, then an optional cap per agent.
struct BonusPlan {
    QString name;
    QList<BonusComponent> components;
    QList<BonusGate> gates;
    std::optional<Cents> cap;
    // Weights of the weighted KPI score for this plan's conditions (KpiId → percent, summing to 100); empty:
    // the weights of the team's KPI plan. Band thresholds always come from the team's KPI plan.
    QMap<KpiId, int> scoreWeights;

    // Ids unique and well-formed, labels present, amounts ≥ 0, basis points 0–10000, tier names unique and
    // not empty, bands of a tiered component not overlapping (from < to), conditions on known measures,
    // score weights 0–100 summing to 100. The message names the field: "components[2].bands[1]: overlaps
    // bands[0] (80–90)", "score_weights: weights sum to 95, not 100", "gates[0].condition.measure: unknown
    // measure \"csatt\"".
    Status validate() const;

    // The example plan of domain.md, the default when a site has none: $80 for a perfect-CSAT month (≥ 5
    // responses); per sale $8 tier A, $12 tier B, $20 tier C; gates: any no-call-no-show → $0, ≥ 2 unexcused
    // absences → $0, QA average < 80 % (≥ 1 evaluation) → −50 %. Labels translated at the time of the call.
    static BonusPlan example();

    // {"name", "components": [{"id", "label", "kind", …}], "gates": [...], "cap": "500.00",
    //  "score_weights": {"csat": 50, …}}; money as decimal strings ("80.00"), basis points as percent strings
    // ("2.5"). Keys in a fixed order so the same plan always gives the same bytes.
    QByteArray toJson() const;
    static Result<BonusPlan> fromJson(const QByteArray &json); // validated; errors name the field

    bool operator==(const BonusPlan &) const = default;
    Q_DECLARE_TR_FUNCTIONS(huddle::core::BonusPlan)
};

// A plan's number as written in its JSON and its messages: the shortest text that reads back as the same
// double.
QString planNumberText(double value);

} // namespace huddle::core
