#pragma once

#include "core/records.h"

#include <QList>
#include <QStringList>

// How demo evaluators fill in a scorecard: answers that follow how well the conversation went and how strict
// the evaluator is, comments on some answers and annotations pinned to a moment of the conversation.
namespace huddle::demo {

class Random;

// `quality` 0–1: how well the conversation went; `leniency` shifts it for the evaluator (negative: strict).
// A critical (auto-fail) criterion is failed rarely, as in real evaluations; some N/A where allowed.
QList<core::CriterionAnswer> demoAnswers(Random &random, const QList<core::Criterion> &criteria,
                                         double quality, double leniency);

// One comment per answer, most of them empty: a failed answer is explained more often than a passed one.
QStringList demoComments(Random &random, const QList<core::Criterion> &criteria,
                         const QList<core::CriterionAnswer> &answers);

// One to three annotations on failed criteria (or a general remark when nothing failed), each on a line of
// the agent's in the transcript or on a second of the call.
QList<core::Annotation> demoAnnotations(Random &random, const QList<core::Criterion> &criteria,
                                        const QList<core::CriterionAnswer> &answers,
                                        const QList<core::TranscriptLine> &transcript);

} // namespace huddle::demo
