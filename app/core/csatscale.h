#pragma once

#include <QtGlobal>

namespace huddle::core {

// The range of a CSAT question as the source system asked it, e.g. 1–5, 1–10, 0–10, or 0–1 for
// Zendesk's good/bad (bad = 0, good = 1).
struct CsatScale {
    int min = 1;
    int max = 5;

    bool operator==(const CsatScale &) const = default;
    bool contains(int score) const { return score >= min && score <= max; }
};

// Lowest score that counts as "satisfied" on a scale (domain.md, CSAT %): 4–5 on 1–5, 8–10 on 1–10,
// 9–10 on 0–10, "good" on good/bad. Other scales fall back to the top 25 % of the range, rounded up,
// which agrees with the 1–5 and 1–10 rules.
int defaultSatisfiedThreshold(CsatScale scale);

// Per-site overrides of the thresholds above; -1 means "use the default".
struct CsatRules {
    int threshold1to5 = -1;
    int threshold1to10 = -1;
    int threshold0to10 = -1;

    int satisfiedThreshold(CsatScale scale) const;
    bool isSatisfied(int score, CsatScale scale) const { return score >= satisfiedThreshold(scale); }
};

} // namespace huddle::core
