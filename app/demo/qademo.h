#pragma once

#include "core/records.h"
#include "core/result.h"
#include "random.h"
#include "storage/qawriter.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace huddle::storage {
class Database;
}

namespace huddle::demo {

// A handled conversation as the QA part of the demo sees it.
struct DemoCall {
    qint64 id = 0;
    qint64 agentId = 0;
    QString agentName;
    int teamIndex = 0;
    core::Channel channel = core::Channel::Call;
    QDateTime startedAt; // UTC
    int talkSeconds = 0;
    double quality = 0.5; // 0–1: how well it went, from the agent's traits and the customer's mood
    bool wentWell = true;
};

// A fellow agent's review note, written by the main generator.
struct DemoPeerNote {
    DemoCall call;
    qint64 reviewerAgentId = 0;
    QString reviewer;
    QDateTime writtenAt; // UTC
};

// What the main generator hands over: the conversations a coach evaluates, the peer-review notes written, and
// a sample of recent calls for calibration sessions.
struct QaDemoInput {
    QList<DemoCall> evaluated;
    QList<DemoPeerNote> peerNotes;
    QList<DemoCall> recentCalls; // handled calls of the last three weeks
    QDate endDay;
    QTimeZone zone;
    quint64 seed = 0;
};

// A published QA evaluation, remembered for the disputes written once the demo's transaction is committed.
struct PublishedEvaluation {
    qint64 id = 0;
    QDateTime publishedAt;
    int teamIndex = 0;
    storage::StoredScorecard scorecard;
    QList<core::CriterionAnswer> answers;
};

struct QaDemoCounts {
    qint64 evaluations = 0; // QA evaluations
    qint64 peerReviews = 0; // peer evaluations, each with its review note
    qint64 calibrationSessions = 0;
    qint64 calibrationScores = 0;
    qint64 transcripts = 0;
};

// The QA part of the demo: evaluations on the default scorecards with comments, annotations and transcripts,
// peer reviews linked to their notes, and calibration sessions. Writes inside the transaction the demo has
// open; its own random numbers, so the rest of the demo does not change with it.
class QaDemo {
public:
    QaDemo(storage::Database &database, QaDemoInput input);

    core::Status write();
    const QaDemoCounts &counts() const { return m_counts; }
    const QList<PublishedEvaluation> &published() const { return m_published; }

private:
    core::Status loadScorecards();
    core::Status writeEvaluation(const DemoCall &call);
    core::Status writePeerReview(const DemoPeerNote &note);
    core::Status recordRecentRequest(const DemoPeerNote &note, bool done);
    core::Status writeCalibrationSessions();
    // The conversation's transcript, written the first time one of its evaluations asks for it.
    core::Result<QList<core::TranscriptLine>> transcriptOf(const DemoCall &call);
    const storage::StoredScorecard &scorecardFor(core::Channel channel) const;
    QDateTime evaluatedAt(const DemoCall &call);

    storage::Database &m_database;
    QaDemoInput m_input;
    storage::QaWriter m_writer;
    Random m_random;
    storage::StoredScorecard m_voice, m_chat, m_peer;
    QHash<qint64, QList<core::TranscriptLine>> m_transcripts; // conversation id → lines written
    QList<PublishedEvaluation> m_published;
    QaDemoCounts m_counts;
};

} // namespace huddle::demo
