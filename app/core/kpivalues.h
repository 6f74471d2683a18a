#pragma once

#include "handletime.h"
#include "kpidefinitions.h"
#include "kpitotals.h"
#include "wilson.h"

#include <optional>

namespace huddle::core {

// A KPI value with the number of observations behind it: a rate is never shown without its n.
struct Measure {
    std::optional<double> value;
    qint64 n = 0;

    bool hasValue() const { return value.has_value(); }
};

// A percentage of successes out of n, which can also give its Wilson interval.
struct Rate : Measure {
    qint64 successes = 0;
    std::optional<Interval> interval() const { return wilson95(successes, n); }
};

// Every KPI of one group, as defined in domain.md. Empty values mean "no data", never zero.
struct KpiValues {
    qint64 offered = 0;
    qint64 handled = 0;
    Rate csatPct;
    std::optional<double> csatMean; // only when all responses share one scale
    bool perfectCsat = false;
    Measure ahtSeconds;
    HandleBasis ahtBasis =
        HandleBasis::None; // TalkOnly when every handle time was talk alone, PartlyTalkOnly when some
    Measure asaSeconds;
    Rate serviceLevelPct;
    Rate abandonPct;
    Rate fcrPct;
    Measure cph; // handled ÷ on-queue hours, n = handled; empty without logged on-queue time
    Measure nps;
    qint64 salesCount = 0;
    qint64 salesCents = 0;
    Rate conversionPct;
    Rate attendancePct;
    qint64 attendanceViolations = 0;
    qint64 lateCount = 0;
    Measure qaPct;
};

KpiValues computeKpis(const KpiTotals &totals, const KpiDefinitions &definitions = {});

} // namespace huddle::core
