#pragma once

#include "bonusplan.h"
#include "kpidefinitions.h"
#include "kpiplan.h"
#include "kpitotals.h"
#include "money.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace huddle::core {

struct SalesTierTally {
    QString tier; // empty: sales without a tier
    qint64 count = 0;
    Cents cents = 0; // their amount

    bool operator==(const SalesTierTally &) const = default;
};

// Everything the engine needs about one agent's month. The totals are the same additive KPI sums the
// dashboard uses (one definition per KPI); the rest is what a sentence of the report names.
struct BonusInputs {
    KpiTotals totals;                  // the month (site time zone days)
    KpiPlan kpiPlan;                   // the agent's team's: band thresholds and default score weights
    KpiDefinitions definitions;        // CSAT rules behind totals.csat, small-sample threshold
    QList<SalesTierTally> salesByTier; // sorted by tier; sums to totals.salesCount / salesCents
    QList<QDate> noCallNoShowDays;     // ascending
    QList<QDate> unexcusedDays;
    QList<QDate> lateDays;
};

enum class BonusLineKind { Component, Gate, Cap, Adjustment };
QString bonusLineKindCode(BonusLineKind kind); // "component", "gate", "cap", "adjustment"
std::optional<BonusLineKind> bonusLineKindFromCode(QStringView code);

// Which rows are behind a line, for the drill-down: "csat" (surveyed conversations), "sales", "attendance",
// "qa" (evaluations counted), "kpi" (the KPI table of the month), "none".
enum class BonusEvidence { None, Csat, Sales, Attendance, Qa, Kpi };
QString bonusEvidenceCode(BonusEvidence evidence);
std::optional<BonusEvidence> bonusEvidenceFromCode(QStringView code);

// One line of an agent's month. Components add (≥ 0), gates and the cap subtract (≤ 0), adjustments are
// either; the lines of an agent always sum to their total, so every cent has a sentence.
struct BonusLine {
    BonusLineKind kind = BonusLineKind::Component;
    QString id;    // component or gate id, "cap", "adjustment:YYYY-MM"
    QString label; // the component's or gate's label
    // The sentence a person reads, with the inputs and the money: "CSAT 100 % on 23 responses → $80.00",
    // "14 sales: 9 × tier A $8.00 + 5 × tier C $20.00 = $172.00", "1 no-call-no-show on 2026-10-14 → bonus
    // $0.00", "CSAT 96.0 % on 25 responses: not 100 % → $0.00".
    QString explanation;
    QJsonObject inputs; // the same facts, machine-readable: {"responses": 23, "satisfied": 23}
    BonusEvidence evidence = BonusEvidence::None;
    Cents amount = 0;

    bool operator==(const BonusLine &) const = default;
};

struct AgentBonus {
    QList<BonusLine> lines;
    Cents subtotal = 0; // the components
    Cents total = 0;    // Σ lines: after gates, cap and adjustments

    bool operator==(const AgentBonus &) const = default;
};

// One agent's month under `plan`: every component (a line even when it pays nothing, saying why), then each
// gate that holds, then the cap when it bites. Integer cents throughout; percentages round half away from
// zero to the cent (percentOf). Explanations use `money` and today's translation.
AgentBonus computeAgentBonus(const BonusPlan &plan, const BonusInputs &inputs, const MoneyFormat &money);

// The line that pays the difference a locked month's data made after the lock: paid `paidCents` for `month`,
// the data now give `nowCents`. "Adjustment for October 2026: the data changed after the lock (paid $80.00,
// now $0.00) → −$80.00". Added to the agent's total by the caller.
BonusLine adjustmentLine(QDate month, Cents paidCents, Cents nowCents, const MoneyFormat &money);

// The rounding rule and order of evaluation as one sentence, for report footers and appendices.
QString bonusRoundingRule();

} // namespace huddle::core
