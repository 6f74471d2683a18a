#pragma once

#include "kpivalues.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace huddle::core {

// The KPIs a plan can weigh. Order is the default priority team leaders describe (domain.md), then the
// ones weighted 0 by default.
enum class KpiId { Attendance, Csat, Sales, Qa, Aht, Fcr, Cph, Nps };
inline constexpr int KpiCount = 8;
inline constexpr std::array<KpiId, KpiCount> AllKpis{
    KpiId::Attendance, KpiId::Csat, KpiId::Sales, KpiId::Qa, KpiId::Aht, KpiId::Fcr, KpiId::Cph, KpiId::Nps};

// Stable codes used in the database, JSON plans and the CLI ("attendance", "csat", "sales", "qa", "aht",
// "fcr", "cph", "nps").
QString kpiCode(KpiId kpi);
std::optional<KpiId> kpiFromCode(QStringView code);
// AHT is the only lower-is-better KPI a plan weighs; its thresholds compare the other way round.
bool lowerIsBetter(KpiId kpi);

// The value a plan judges for a KPI, in the unit its thresholds use: attendance %, CSAT %, sales conversion
// % (sales ÷ handled), QA %, AHT seconds, FCR %, CpH (handled per on-queue hour), NPS (−100…100). Empty
// when there is no data. `n` is the number of observations behind it (responses, shifts, …).
struct KpiReading {
    std::optional<double> value;
    qint64 n = 0;
};
KpiReading readKpi(const KpiValues &values, KpiId kpi);

enum class Band { None, FarBelow, Below, Met, Exceeded }; // None: no data

// Edges between the bands. Higher-is-better: value ≥ exceeded → Exceeded, ≥ met → Met, ≥ below → Below,
// else Far below. Lower-is-better (AHT): value ≤ exceeded → Exceeded, ≤ met → Met, ≤ below → Below.
struct KpiThresholds {
    double below = 0;
    double met = 0;
    double exceeded = 0;

    bool operator==(const KpiThresholds &) const = default;
};

struct KpiPlanEntry {
    int weight = 0; // percent; a plan's weights sum to 100
    KpiThresholds thresholds;

    bool operator==(const KpiPlanEntry &) const = default;
};

// A team's (or the site's) KPI plan: weights and band thresholds per KPI, and the 0–100 points each band is
// worth. Weighted KPI score (domain.md, after Intercom's "How to keep customer support KPIs meaningful"):
// Σ weight × points(band) ÷ Σ weight, over the weighted KPIs that have data for the agent and period.
struct KpiPlan {
    std::array<KpiPlanEntry, KpiCount> entries{};
    std::array<int, 4> bandPoints{0, 50, 80, 100}; // Far below, Below, Met, Exceeded

    const KpiPlanEntry &entry(KpiId kpi) const { return entries[static_cast<int>(kpi)]; }
    KpiPlanEntry &entry(KpiId kpi) { return entries[static_cast<int>(kpi)]; }

    // Attendance 30, CSAT 25, sales 20, QA 15, AHT 10 (domain.md), default thresholds for every KPI.
    static KpiPlan defaults();
    // Weights 0–100 summing to 100, thresholds ordered in the KPI's direction, band points ascending in
    // 0–100. The message names the offending field ("weights sum to 95, not 100").
    Status validate() const;
    // The chart's targets: the "met" thresholds of CSAT and AHT.
    KpiTargets targets() const;

    QByteArray toJson() const;
    static Result<KpiPlan> fromJson(const QByteArray &json); // validated; errors name the field

    bool operator==(const KpiPlan &) const = default;
    Q_DECLARE_TR_FUNCTIONS(huddle::core::KpiPlan)
};

Band bandOf(const KpiThresholds &thresholds, double value, bool lowerIsBetter);

struct KpiAssessment {
    KpiId kpi = KpiId::Csat;
    KpiReading reading;
    Band band = Band::None;
    int weight = 0;
};

struct WeightedScore {
    std::optional<double> score; // 0–100; empty when no weighted KPI has data
    int weightCovered = 0;       // how much of the 100 had data
    std::array<KpiAssessment, KpiCount> parts{};
};

WeightedScore weightedScore(const KpiValues &values, const KpiPlan &plan);

} // namespace huddle::core

namespace huddle::core {

// The trend arrow beside a KPI: whether it moved the good way since the previous period of the same
// length. Same when the change is below half a display unit (0.05 points of a percentage, 0.5 s of AHT …),
// so an arrow never points at rounding noise. None when either period lacks data.
enum class Movement { None, Better, Same, Worse };
Movement movement(KpiId kpi, const KpiReading &now, const KpiReading &before);

} // namespace huddle::core
