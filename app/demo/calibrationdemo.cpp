#include "calibrationdemo.h"

#include "demoscoring.h"
#include "demotext.h"
#include "storage/calibrationrepository.h"

namespace huddle::demo {

namespace {

// Calls of the voice channel that no coach evaluated, from `fromDay` to `toDay`.
QList<DemoCall> eligibleCalls(const QList<DemoCall> &calls, const QSet<qint64> &evaluated, QDate fromDay,
                              QDate toDay, const QTimeZone &zone)
{
    QList<DemoCall> eligible;
    for (const DemoCall &call : calls) {
        const QDate day = call.startedAt.toTimeZone(zone).date();
        if (call.channel == core::Channel::Call && !evaluated.contains(call.id) && day >= fromDay &&
            day <= toDay)
            eligible.append(call);
    }
    return eligible;
}

} // namespace

CalibrationDemo::CalibrationDemo(storage::Database &database, storage::QaWriter &writer, Random &random,
                                 const storage::StoredScorecard &voice)
    : m_database(database)
    , m_writer(writer)
    , m_random(random)
    , m_voice(voice)
{
}

// `count` calls in a random order, agents not yet picked first, so a session shows several agents.
QList<DemoCall> CalibrationDemo::pick(const QList<DemoCall> &eligible, int count)
{
    QList<DemoCall> shuffled = eligible;
    for (qsizetype i = shuffled.size() - 1; i > 0; --i) // Fisher–Yates
        shuffled.swapItemsAt(i, m_random.between(0, static_cast<int>(i)));
    QList<DemoCall> picked;
    QSet<qint64> agents;
    for (const bool newAgentsOnly : {true, false})
        for (const DemoCall &call : std::as_const(shuffled)) {
            if (picked.size() == count)
                return picked;
            const bool taken = std::any_of(picked.cbegin(), picked.cend(),
                                           [&](const DemoCall &p) { return p.id == call.id; });
            if (taken || (newAgentsOnly && agents.contains(call.agentId)))
                continue;
            picked.append(call);
            agents.insert(call.agentId);
        }
    return picked;
}

core::Status CalibrationDemo::write(const QList<DemoCall> &calls, const QSet<qint64> &evaluated, QDate endDay,
                                    const QTimeZone &zone)
{
    const auto at = [&](QDate day, int hour) { return QDateTime(day, QTime(hour, 0), zone).toUTC(); };
    Plan closed{QStringLiteral("Voice calibration, %1").arg(endDay.addDays(-9).toString(Qt::ISODate)),
                pick(eligibleCalls(calls, evaluated, endDay.addDays(-20), endDay.addDays(-10), zone), 6),
                {evaluatorName(0), evaluatorName(1), evaluatorName(2), coachName(0)},
                {-0.12, 0.1, 0.0, 0.05},
                {6, 6, 6, 6},
                at(endDay.addDays(-9), 9),
                at(endDay.addDays(-7), 16)};
    Plan open{QStringLiteral("Voice calibration, %1").arg(endDay.addDays(-2).toString(Qt::ISODate)),
              pick(eligibleCalls(calls, evaluated, endDay.addDays(-9), endDay.addDays(-3), zone), 4),
              {evaluatorName(0), evaluatorName(1), evaluatorName(2)},
              {-0.12, 0.1, 0.0},
              {4, 2, 0},
              at(endDay.addDays(-2), 9),
              {}};
    for (const Plan &plan : {closed, open}) {
        if (plan.calls.size() < 2)
            continue;
        if (auto written = writeSession(plan); !written)
            return written;
        m_used += plan.calls;
    }
    return core::Done{};
}

core::Status CalibrationDemo::writeSession(const Plan &plan)
{
    storage::CalibrationSessionSpec spec;
    spec.name = plan.name;
    spec.scorecardVersionId = m_voice.versionId;
    for (const DemoCall &call : plan.calls)
        spec.conversationIds.append(call.id);
    spec.evaluators = plan.evaluators;
    spec.createdBy = evaluatorName(0);
    spec.createdAt = plan.createdAt;
    const storage::CalibrationRepository sessions(m_database);
    const auto session = sessions.insertSession(spec, plan.closedAt);
    if (!session)
        return session.error();
    const QList<core::Criterion> criteria = m_voice.definition.flatCriteria();
    for (qsizetype e = 0; e < plan.evaluators.size(); ++e)
        for (qsizetype c = 0; c < plan.callsScored[e] && c < plan.calls.size(); ++c) {
            core::EvaluationRecord record;
            record.conversationId = plan.calls[c].id;
            record.agentId = plan.calls[c].agentId;
            record.evaluator = plan.evaluators[e];
            record.answers = demoAnswers(m_random, criteria, plan.calls[c].quality, plan.leaning[e]);
            record.answerComments = demoComments(m_random, criteria, record.answers);
            record.createdAt = plan.createdAt.addSecs(3600 * (e + 1) + 600 * c);
            record.kind = core::EvaluationKind::Calibration;
            auto id = m_writer.insertEvaluation(m_voice, record);
            if (!id)
                return id.error();
            if (auto assigned = sessions.assignScore(session.value(), id.value()); !assigned)
                return assigned;
            ++m_scores;
        }
    ++m_sessions;
    return core::Done{};
}

} // namespace huddle::demo
