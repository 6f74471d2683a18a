#pragma once

#include "csatscale.h"

namespace huddle::core {

// The parameters of the KPI definitions a site can change (domain.md). Defaults are the documented ones;
// whatever is in force is what the UI's tooltips and report footers quote.
struct KpiDefinitions {
    CsatRules csat;
    int serviceLevelSeconds = 20;    // answered within this many seconds counts towards service level
    int perfectCsatMinResponses = 5; // a perfect-CSAT month needs at least this many responses
    int smallSample = 10;            // rates on fewer observations are greyed and never claimed as effects
};

// Targets drawn as lines on the CSAT-vs-AHT chart and used for the quadrants.
struct KpiTargets {
    double csatPct = 80.0;
    double ahtSeconds = 420.0;
};

} // namespace huddle::core
