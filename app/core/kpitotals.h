#pragma once

#include "csatscale.h"

#include <QtGlobal>

#include <optional>

namespace huddle::core {

// CSAT responses of a group, already split into satisfied / not by CsatRules when they were added.
struct CsatTally {
    qint64 responses = 0;
    qint64 satisfied = 0;
    double scoreSum = 0;            // raw scores, for the mean
    std::optional<CsatScale> scale; // the scale all responses share; empty once they mix scales
    bool mixedScales = false;

    void add(int score, CsatScale scale, qint64 count, const CsatRules &rules);
    void merge(const CsatTally &other);
};

// Additive building blocks of every KPI for one group (an agent, a team, a day, …). Storage fills them
// with plain sums and counts; KpiValues turns them into rates. Because they add up, a week or a team is
// just the sum of its days or agents.
struct KpiTotals {
    // Conversations
    qint64 offered = 0;
    qint64 handled = 0; // answered conversations credited to the agent
    qint64 abandoned = 0;
    qint64 handleCount = 0; // handled conversations with a handle time
    qint64 handleSecondsSum = 0;
    qint64 talkOnlyCount = 0; // … of which the handle time is talk time alone
    qint64 waitCount = 0;     // answered conversations with a wait time
    qint64 waitSecondsSum = 0;
    qint64 answeredWithinSl = 0; // answered within the service-level threshold
    qint64 resolvedKnown = 0;    // handled conversations with a resolved flag
    qint64 resolved = 0;
    qint64 onQueueSeconds = 0; // logged on-queue time (agent-status export), the denominator of CpH
    // Surveys
    CsatTally csat;
    qint64 npsResponses = 0;
    qint64 npsPromoters = 0;
    qint64 npsDetractors = 0;
    // Sales
    qint64 salesCount = 0;
    qint64 salesCents = 0;
    // Attendance
    qint64 shiftsScheduled = 0;
    qint64 shiftsAttended = 0;
    qint64 lateCount = 0;
    qint64 violations = 0; // unexcused absences + no-call-no-shows
    // QA
    qint64 qaEvaluations = 0;
    double qaScoreSum = 0; // sum of evaluation scores in percent

    KpiTotals &operator+=(const KpiTotals &other);
};

} // namespace huddle::core
