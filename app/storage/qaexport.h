#pragma once

#include "core/daterange.h"
#include "core/records.h"
#include "core/result.h"
#include "qawriter.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace huddle::storage {

class Database;

// Which evaluations to read. Every condition left empty selects everything.
struct QaExportFilter {
    core::DateRange range; // of the evaluated conversations' days; invalid: any day
    std::optional<qint64> teamId;
    std::optional<qint64> agentId;
    QList<core::EvaluationKind> kinds;
    QList<core::EvaluationStatus> statuses;
    qint64 calibrationSessionId = 0; // > 0: only the scores of that calibration session
};

// One evaluation with its answers in the flatCriteria() order of its scorecard version.
struct ExportedEvaluation {
    qint64 id = 0;
    qint64 conversationId = 0;
    QString conversationRef; // the conversation's external id
    QDate conversationDay;
    qint64 agentId = 0;
    QString agentName;
    QString teamName; // the team of the conversation (the agent's team that day)
    QString evaluator;
    core::EvaluationKind kind = core::EvaluationKind::Qa;
    core::EvaluationStatus status = core::EvaluationStatus::Published;
    std::optional<double> scorePct; // as stored
    QDateTime publishedAt;          // invalid for a draft
    qint64 scorecardVersionId = 0;
    QList<core::CriterionAnswer> answers; // points -1: no answer stored for the criterion
    QStringList answerComments;           // one per answer, empty strings where there is none
};

struct QaExportData {
    QList<ExportedEvaluation> evaluations;     // by conversation day, then id
    QHash<qint64, StoredScorecard> scorecards; // every version the evaluations use, by version id
};

// A criterion of a scorecard with the section it stands in.
struct LabelledCriterion {
    QString section;
    core::CriterionDefinition definition;
};
// Every criterion of `scorecard` in flatCriteria() order.
QList<LabelledCriterion> labelledCriteria(const core::ScorecardDefinition &scorecard);

// Evaluations read with their answers and the scorecard versions they were scored with: the rows behind
// `huddle-cli qa export`, mistakes by impact and calibration reports.
class QaExport {
public:
    explicit QaExport(const Database &database);

    core::Result<QaExportData> read(const QaExportFilter &filter) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
};

} // namespace huddle::storage
