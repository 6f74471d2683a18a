#include "qademo.h"

#include "calibrationdemo.h"
#include "demoscoring.h"
#include "demotext.h"
#include "demotranscript.h"
#include "storage/database.h"
#include "storage/peerreviewassignments.h"
#include "storage/peerreviewlinks.h"
#include "storage/scorecardrepository.h"
#include "storage/transcriptrepository.h"

#include <algorithm>

namespace huddle::demo {

namespace {

// How the three QA coaches lean: the first is strict, the second lenient, the third in between.
double leaningOf(int evaluator)
{
    static const QList<double> leaning{-0.08, 0.07, 0.0};
    return leaning[evaluator % leaning.size()];
}

// Demo QA work happens in office hours, after the conversation and never after the demo's last day.
QDateTime officeTime(QDate day, int hour, const QTimeZone &zone)
{
    return QDateTime(day, QTime(hour, 0), zone).toUTC();
}

} // namespace

QaDemo::QaDemo(storage::Database &database, QaDemoInput input)
    : m_database(database)
    , m_input(std::move(input))
    , m_writer(database)
    , m_random(m_input.seed ^ 0x5141u) // a stream of its own: "QA"
{
}

core::Status QaDemo::write()
{
    if (auto loaded = loadScorecards(); !loaded)
        return loaded;
    for (const DemoCall &call : std::as_const(m_input.evaluated))
        if (auto written = writeEvaluation(call); !written)
            return written;
    for (const DemoPeerNote &note : std::as_const(m_input.peerNotes)) {
        const bool withForm = m_random.chance(0.6); // most notes come with the short peer form, some alone
        if (withForm)
            if (auto written = writePeerReview(note); !written)
                return written;
        if (auto asked = recordRecentRequest(note, withForm); !asked)
            return asked;
    }
    return writeCalibrationSessions();
}

// The default scorecards Database::open installed: voice for calls, chat for chats and e-mails, the peer
// form.
core::Status QaDemo::loadScorecards()
{
    const storage::ScorecardRepository repository(m_database);
    const auto summaries = repository.list(false);
    if (!summaries)
        return summaries.error();
    std::optional<qint64> voice, chat, peer;
    for (const storage::ScorecardSummary &s : summaries.value()) {
        if (s.purpose == core::ScorecardPurpose::Peer)
            peer = peer.value_or(s.scorecardId);
        else if (s.channel == core::Channel::Call)
            voice = voice.value_or(s.scorecardId);
        else if (s.channel == core::Channel::Chat)
            chat = chat.value_or(s.scorecardId);
    }
    if (!voice || !chat || !peer)
        return core::Error{
            QStringLiteral("the database lacks the default voice, chat or peer-review scorecard"), {}};
    for (auto [id, target] : {std::pair{*voice, &m_voice}, {*chat, &m_chat}, {*peer, &m_peer}}) {
        auto latest = repository.latest(id);
        if (!latest)
            return latest.error();
        *target = latest.value();
    }
    return core::Done{};
}

const storage::StoredScorecard &QaDemo::scorecardFor(core::Channel channel) const
{
    return channel == core::Channel::Call ? m_voice : m_chat;
}

QDateTime QaDemo::evaluatedAt(const DemoCall &call)
{
    const QDate day = call.startedAt.toTimeZone(m_input.zone).date().addDays(m_random.between(1, 4));
    return std::max(call.startedAt.addSecs(1800),
                    officeTime(std::min(day, m_input.endDay), m_random.between(9, 16), m_input.zone));
}

core::Result<QList<core::TranscriptLine>> QaDemo::transcriptOf(const DemoCall &call)
{
    if (const auto it = m_transcripts.constFind(call.id); it != m_transcripts.cend())
        return *it;
    const TranscriptScene scene{call.agentName.section(QLatin1Char(' '), 0, 0), call.teamIndex, call.wentWell,
                                call.talkSeconds, call.channel};
    const QList<core::TranscriptLine> lines = demoTranscript(m_random, scene);
    if (auto written = storage::TranscriptRepository(m_database).insertTranscript(call.id, lines); !written)
        return written.error();
    m_transcripts.insert(call.id, lines);
    ++m_counts.transcripts;
    return lines;
}

core::Status QaDemo::writeEvaluation(const DemoCall &call)
{
    const storage::StoredScorecard &scorecard = scorecardFor(call.channel);
    const auto transcript = transcriptOf(call);
    if (!transcript)
        return transcript.error();
    const QList<core::Criterion> criteria = scorecard.definition.flatCriteria();
    const int evaluator = m_random.between(0, 2);
    core::EvaluationRecord record;
    record.conversationId = call.id;
    record.agentId = call.agentId;
    record.evaluator = evaluatorName(evaluator);
    record.status = core::EvaluationStatus::Published;
    record.answers = demoAnswers(m_random, criteria, call.quality, leaningOf(evaluator));
    record.answerComments = demoComments(m_random, criteria, record.answers);
    record.createdAt = evaluatedAt(call);
    const QList<core::Annotation> annotations =
        demoAnnotations(m_random, criteria, record.answers, transcript.value());
    auto id = m_writer.insertEvaluation(scorecard, record, annotations);
    if (!id)
        return id.error();
    m_published.append({id.value(), record.createdAt, call.teamIndex, scorecard, record.answers});
    ++m_counts.evaluations;
    return core::Done{};
}

core::Status QaDemo::writePeerReview(const DemoPeerNote &note)
{
    const auto transcript = transcriptOf(note.call);
    if (!transcript)
        return transcript.error();
    const QList<core::Criterion> criteria = m_peer.definition.flatCriteria();
    core::EvaluationRecord record;
    record.conversationId = note.call.id;
    record.agentId = note.call.agentId;
    record.evaluator = note.reviewer;
    record.status = core::EvaluationStatus::Published;
    record.answers = demoAnswers(m_random, criteria, note.call.quality, 0.05); // colleagues are kind
    record.answerComments = demoComments(m_random, criteria, record.answers);
    record.createdAt = note.writtenAt;
    record.kind = core::EvaluationKind::Peer;
    QList<core::Annotation> annotations =
        demoAnnotations(m_random, criteria, record.answers, transcript.value());
    annotations.resize(std::min<qsizetype>(annotations.size(), m_random.between(0, 1)));
    auto id = m_writer.insertEvaluation(m_peer, record, annotations);
    if (!id)
        return id.error();
    if (auto linked =
            storage::PeerReviewLinks(m_database).link(note.call.id, note.reviewerAgentId, id.value());
        !linked)
        return linked;
    ++m_counts.peerReviews;
    return core::Done{};
}

// The team's lead asked for the reviews (QA → Ask for a Peer Review…) an hour after the call: the peer
// reviews of the last two weeks, done; and the notes alone of the last three days, whose form is still owed.
// No random numbers, so the rest of the demo does not change with it.
core::Status QaDemo::recordRecentRequest(const DemoPeerNote &note, bool done)
{
    const int days = done ? 14 : 3;
    if (note.call.startedAt.toTimeZone(m_input.zone).date() <= m_input.endDay.addDays(-days))
        return core::Done{};
    return storage::PeerReviewAssignments(m_database)
        .record(note.call.id, note.reviewerAgentId, coachName(note.call.teamIndex),
                std::min(note.call.startedAt.addSecs(3600), note.writtenAt));
}

core::Status QaDemo::writeCalibrationSessions()
{
    QSet<qint64> evaluated;
    for (const DemoCall &call : std::as_const(m_input.evaluated))
        evaluated.insert(call.id);
    CalibrationDemo calibration(m_database, m_writer, m_random, m_voice);
    if (auto written = calibration.write(m_input.recentCalls, evaluated, m_input.endDay, m_input.zone);
        !written)
        return written;
    for (const DemoCall &call : calibration.callsUsed())
        if (auto transcript = transcriptOf(call); !transcript)
            return transcript.error();
    m_counts.calibrationSessions = calibration.sessions();
    m_counts.calibrationScores = calibration.scores();
    return core::Done{};
}

} // namespace huddle::demo
