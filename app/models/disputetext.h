#pragma once

#include "core/dispute.h"
#include "core/records.h"

#include <QList>
#include <QString>

#include <optional>

// How disputes and answers read on screen.
namespace huddle::models {

QString outcomeText(core::DisputeOutcome outcome);
QString evaluationStatusText(core::EvaluationStatus status);
// "Yes", "No", "N/A", "4 of 5", or "–" for a draft's unanswered criterion.
QString answerText(const core::Criterion &criterion, const core::CriterionAnswer &answer);
// Every answer the criterion can be given, best first, N/A last where allowed.
QList<core::CriterionAnswer> answerChoices(const core::Criterion &criterion);
// "53.8 % → 76.9 %", or just the score before when nothing was decided yet.
QString scoreChangeText(const std::optional<double> &before, const std::optional<double> &after);

} // namespace huddle::models
