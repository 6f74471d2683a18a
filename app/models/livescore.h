#pragma once

#include "core/records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huddle::models {

// The total of an evaluation as far as it is scored: what the evaluation form shows at its top while a coach
// works through the criteria.
struct LiveScore {
    int answered = 0; // N/A counts as answered
    int total = 0;
    int notApplicable = 0;
    std::optional<double> pct; // core::qaScorePct over the answered criteria; empty while none of them counts
    QStringList failedAutoFail; // auto-fail criteria answered below full marks: the score is 0
    double earned = 0;          // Σ weight × points earned over the answered criteria that are not N/A
    double possible = 0;        // Σ weight × points possible over the same

    bool isComplete() const { return answered == total; }
};

// `answers[i]` empty: criteria[i] is not answered yet.
LiveScore liveScore(const QList<core::Criterion> &criteria,
                    const QList<std::optional<core::CriterionAnswer>> &answers, const QStringList &names);

QString liveScoreText(const LiveScore &score);    // "82.5 %", "0 % — auto-fail: Verified", or "–"
QString liveProgressText(const LiveScore &score); // "3 of 4 answered" or "All 4 answered"
QString liveScoreToolTip(const LiveScore &score); // how the number is made, N/A left out of the denominator

} // namespace huddle::models
