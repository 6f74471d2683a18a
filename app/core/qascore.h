#pragma once

#include <QList>

#include <optional>

namespace huddle::core {

enum class CriterionKind { YesNo, Scale1to5 };

struct Criterion {
    double weight = 1;
    CriterionKind kind = CriterionKind::YesNo;
    bool autoFail = false; // critical: failing it sets the whole evaluation to 0
    bool naAllowed = true; // whether "not applicable" is an acceptable answer
};

struct CriterionAnswer {
    bool notApplicable = false;
    int points = 0; // YesNo: 1 yes / 0 no; Scale1to5: 1–5
};

// Points a criterion of this kind is worth at full marks: 1 for yes/no, 4 for a scale (a "5" earns 4).
int maxPoints(CriterionKind kind);
// Points an answer earns towards maxPoints: yes/no 0 or 1, a 1–5 scale points − 1. Meaningless for N/A.
int earnedPoints(const Criterion &criterion, const CriterionAnswer &answer);
// Points a criterion of this kind can be given: 0–1 for yes/no, 1–5 for a scale; N/A where the criterion
// allows it.
bool isValidAnswer(const Criterion &criterion, const CriterionAnswer &answer);

// QA score % (domain.md): Σ(weight × points earned) ÷ Σ(weight × points possible) over criteria that are
// not N/A; any failed auto-fail criterion makes it 0. A 1–5 answer earns points − 1 of 4, so a "1" is
// worth nothing. Empty when every criterion is N/A, the lists disagree in length or an answer is out of
// range.
std::optional<double> qaScorePct(const QList<Criterion> &criteria, const QList<CriterionAnswer> &answers);

} // namespace huddle::core
