#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace huddle::core {

// Something a coach did that belongs on an agent's KPI timeline: a QA evaluation, a peer-review note or a
// coaching session. The chart marks it on its day; clicking the marker opens it by kind and id.
enum class TimelineEventKind { QaEvaluation, ReviewNote, CoachingSession };

struct TimelineEvent {
    TimelineEventKind kind = TimelineEventKind::ReviewNote;
    qint64 id = 0;
    QDate day; // the conversation's day for evaluations and notes, the session's day for coaching
    qint64 agentId = 0;
    QString agentName;
    QString title;               // evaluator, reviewer or coach, and what it is about, for the tooltip
    std::optional<double> score; // QA % of a published evaluation
};

} // namespace huddle::core
