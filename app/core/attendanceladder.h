#pragma once

#include "records.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace huddle::core {

// A step of the attendance warning ladder: from `violations` violations in the window on, the agent is at
// this stage ("1st violation → verbal warning, 2nd → written, 3rd → final").
struct LadderStep {
    int violations = 1;
    QString label;

    bool operator==(const LadderStep &) const = default;
};

// A site's warning ladder: steps with strictly increasing violation counts, counted over a rolling window
// of `windowDays` days ending on the day asked about. Violations: unexcused absences and no-call-no-shows
// (domain.md); lateness and excused absences never count.
struct AttendanceLadder {
    QList<LadderStep> steps;
    int windowDays = 365;

    // Verbal warning at 1, written at 2, final at 3, over 365 days; labels in the application's language.
    static AttendanceLadder defaults();
    // Steps ascending by violations (each ≥ 1, no repeats), labels not blank, window 1–3660 days.
    Status validate() const;

    QByteArray toJson() const; // {"windowDays":365,"steps":[{"violations":1,"label":"…"},…]}
    static Result<AttendanceLadder> fromJson(const QByteArray &json); // validated; errors name the field

    bool operator==(const AttendanceLadder &) const = default;
    Q_DECLARE_TR_FUNCTIONS(huddle::core::AttendanceLadder)
};

bool isViolation(AttendanceStatus status);

// Where an agent stands on `day`: the violations inside (day − windowDays, day] and the highest step they
// reach (none below the first step). `violationDays` may be in any order and contain days outside the window.
struct LadderStage {
    int violations = 0;
    std::optional<LadderStep> step;
    int stepIndex = -1; // into steps; −1 below the first step
    QDate windowStart;  // first day counted
};

LadderStage ladderStage(const AttendanceLadder &ladder, const QList<QDate> &violationDays, QDate day);

} // namespace huddle::core
