#pragma once

#include "core/daterange.h"
#include "core/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace huddle::storage {

class Database;

struct MistakeInstance {
    qint64 evaluationId = 0;
    qint64 conversationId = 0;
    QString conversationRef;
    QDate conversationDay;
    QString agentName;
    QString evaluator;
    double pointsLost = 0; // core::pointsLost for this criterion on this evaluation
    QString comment;       // the evaluator's comment on the answer
};

// One failed criterion, grouped by scorecard, section and criterion name across scorecard versions.
struct Mistake {
    QString scorecardName;
    QString sectionName;
    QString criterionName;
    bool autoFail = false;
    int failures = 0;                 // evaluations where it was failed
    int answered = 0;                 // evaluations where it was answered (not N/A)
    double pointsLost = 0;            // Σ over the failures
    QList<MistakeInstance> instances; // most points lost first
};

// Mistakes by impact: failed criteria of published and final QA evaluations (final scores after disputes)
// of conversations in the scope, most total points lost first — the list a coach walks through.
class MistakeRepository {
public:
    explicit MistakeRepository(const Database &database);

    core::Result<QList<Mistake>> mistakesByImpact(core::DateRange range, std::optional<qint64> teamId,
                                                  std::optional<qint64> agentId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
