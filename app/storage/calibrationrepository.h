#pragma once

#include "core/calibrationstats.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace huddle::storage {

class Database;

struct CalibrationSessionSpec {
    QString name;
    qint64 scorecardVersionId = 0;
    QList<qint64> conversationIds; // at least 1, no repeats
    QStringList evaluators;        // at least 2, no repeats
    QString createdBy;
    QDateTime createdAt; // UTC; now when left invalid
};

struct CalibrationSessionSummary {
    qint64 id = 0;
    QString name;
    qint64 scorecardVersionId = 0;
    QString scorecardName;
    QString createdBy;
    QDateTime createdAt;
    QDateTime closedAt; // invalid while open
    int conversations = 0;
    QStringList evaluators;
    int scoresPublished = 0; // out of conversations × evaluators
    bool isOpen() const { return !closedAt.isValid(); }
};

// One conversation of a session as an evaluator's worklist shows it.
struct CalibrationWorkItem {
    qint64 conversationId = 0;
    QString conversationRef;
    QString agentName;
    QDate day;
    qint64 ownEvaluationId = 0; // the viewer's own calibration evaluation; 0: not started
    bool ownPublished = false;
};

struct CalibrationConversation {
    qint64 conversationId = 0;
    QString conversationRef;
    QString agentName;
};

struct CalibrationReport {
    CalibrationSessionSummary session;
    QList<CalibrationConversation> conversations; // in session order: index = CalibrationScore::conversation
    QStringList criterionNames;                   // flatCriteria() order
    core::CalibrationInput input;                 // evaluators in session.evaluators order
    core::CalibrationResults results;
};

// Calibration sessions. The blind rule lives here and in EvaluationRepository::load: while a session is open
// nobody reads another evaluator's scores — report() refuses, worklist() shows only the viewer's own.
// Calibration evaluations are kind Calibration and never count in QA %.
class CalibrationRepository {
public:
    explicit CalibrationRepository(const Database &database);

    core::Result<qint64> create(const CalibrationSessionSpec &spec);
    core::Result<QList<CalibrationSessionSummary>> sessions() const;
    core::Result<CalibrationSessionSummary> session(qint64 sessionId) const;
    core::Result<QList<CalibrationWorkItem>> worklist(qint64 sessionId, const QString &viewer) const;
    // Closes the session (audited); scores can no longer be added. Refuses a closed one.
    core::Status close(qint64 sessionId, const QString &actor);
    // Refused while the session is open.
    core::Result<CalibrationReport> report(qint64 sessionId) const;

    // Bulk path for generated data (the demo), inside the transaction the connection already has open (a
    // RecordWriter's) and not audited: a session validated like create(), closed at `closedAt` (invalid:
    // open), …
    core::Result<qint64> insertSession(const CalibrationSessionSpec &spec, const QDateTime &closedAt) const;
    // … and a calibration evaluation written with QaWriter made one of its scores: its evaluator must be one
    // of the session's, its conversation one of the session's.
    core::Status assignScore(qint64 sessionId, qint64 evaluationId) const;

private:
    const Database *m_database; // not a QSqlDatabase copy: copies keep a closed connection "in use"
    Q_DECLARE_TR_FUNCTIONS(huddle::storage::CalibrationRepository)
};

} // namespace huddle::storage
