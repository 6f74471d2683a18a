#pragma once

#include "qascore.h"

#include <QList>

namespace huddle::core {

// Whether an answer is a mistake: answered (not N/A) and below full marks.
bool isFailed(const Criterion &criterion, const CriterionAnswer &answer);

// Percentage points of the QA score each criterion cost, in criterion order, so that the list sums to
// 100 − qaScorePct. A criterion's own loss is 100 × weight × (max − earned) ÷ Σ possible; when an auto-fail
// criterion zeroed the evaluation, the points the rest would still have earned are charged to the failed
// auto-fail criteria in equal parts. N/A and passed answers cost 0. Empty when qaScorePct is empty.
QList<double> pointsLost(const QList<Criterion> &criteria, const QList<CriterionAnswer> &answers);

} // namespace huddle::core
