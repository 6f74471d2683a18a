#include "calibrationrepository.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "core/enumnames.h"
#include "database.h"
#include "qaexport.h"
#include "scorecardrepository.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

const QString calibrationSessionEntity = QStringLiteral("calibration_session");

// Published scores: a calibration evaluation leaves Draft when its evaluator publishes it.
const QString publishedScore = QStringLiteral("e.kind = 'calibration' AND e.status <> 'draft'");

// What can be checked without the database: a name, conversations and evaluators without repeats.
Status validateSpec(const CalibrationSessionSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return core::Error{tr("a calibration session needs a name"), {}};
    if (spec.createdBy.trimmed().isEmpty())
        return core::Error{tr("a calibration session needs the name of whoever creates it"), {}};
    if (spec.conversationIds.isEmpty())
        return core::Error{tr("a calibration session needs at least one conversation"), {}};
    if (QSet<qint64>(spec.conversationIds.cbegin(), spec.conversationIds.cend()).size() !=
        spec.conversationIds.size())
        return core::Error{tr("a conversation is listed twice in the calibration session"), {}};
    if (spec.evaluators.size() < 2)
        return core::Error{tr("a calibration session needs at least two evaluators"), {}};
    QSet<QString> evaluators;
    for (const QString &evaluator : spec.evaluators) {
        if (evaluator.trimmed().isEmpty())
            return core::Error{tr("an evaluator of the calibration session has no name"), {}};
        if (evaluators.contains(evaluator.trimmed()))
            return core::Error{tr("%1 is listed twice as an evaluator").arg(evaluator.trimmed()), {}};
        evaluators.insert(evaluator.trimmed());
    }
    return core::Done{};
}

// The scorecard version exists and is a coaches' (QA) scorecard, not the peer-review form.
Status checkScorecard(QSqlDatabase db, qint64 versionId)
{
    QSqlQuery q(db);
    if (auto done = runBound(q,
                             QStringLiteral("SELECT s.purpose, s.name FROM scorecard_versions v"
                                            " JOIN scorecards s ON s.id = v.scorecard_id WHERE v.id = ?"),
                             {versionId}, tr("reading the scorecard"));
        !done)
        return done;
    if (!q.next())
        return core::Error{tr("scorecard version %1 does not exist").arg(versionId), {}};
    if (core::scorecardPurposeFromCode(q.value(0).toString()) != core::ScorecardPurpose::Qa)
        return core::Error{
            tr("%1 is a peer-review scorecard; calibration uses a QA scorecard").arg(q.value(1).toString()),
            {}};
    return core::Done{};
}

// Every conversation exists and was handled by an agent: an abandoned call has nothing to score.
Status checkConversations(QSqlDatabase db, const QList<qint64> &ids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT answered, agent_id FROM conversations WHERE id = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (auto done = execute(q, tr("reading conversation %1").arg(id)); !done)
            return done;
        if (!q.next())
            return core::Error{tr("conversation %1 does not exist").arg(id), {}};
        if (q.value(0).toInt() != 1 || q.value(1).isNull())
            return core::Error{tr("conversation %1 was not handled by an agent").arg(id), {}};
    }
    return core::Done{};
}

core::Result<qint64> writeSession(QSqlDatabase db, const CalibrationSessionSpec &spec,
                                  const QDateTime &closedAt)
{
    if (auto checked = checkScorecard(db, spec.scorecardVersionId); !checked)
        return checked.error();
    if (auto checked = checkConversations(db, spec.conversationIds); !checked)
        return checked.error();
    QSqlQuery q(db);
    const QDateTime created = spec.createdAt.isValid() ? spec.createdAt : QDateTime::currentDateTimeUtc();
    const auto inserted =
        insertBound(q,
                    QStringLiteral("INSERT INTO calibration_sessions (name, scorecard_version_id, created_by,"
                                   " created_at, closed_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                    {spec.name.trimmed(), spec.scorecardVersionId, spec.createdBy.trimmed(),
                     instantText(created), closedAt.isValid() ? instantText(closedAt) : QVariant()},
                    tr("adding the calibration session"));
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted.value();
    q.prepare(QStringLiteral(
        "INSERT INTO calibration_conversations (session_id, conversation_id, position) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < spec.conversationIds.size(); ++i) {
        q.addBindValue(id);
        q.addBindValue(spec.conversationIds[i]);
        q.addBindValue(static_cast<int>(i));
        if (auto done = execute(q, tr("adding the session's conversations")); !done)
            return done.error();
    }
    q.prepare(QStringLiteral("INSERT INTO calibration_evaluators (session_id, evaluator) VALUES (?, ?)"));
    for (const QString &evaluator : spec.evaluators) {
        q.addBindValue(id);
        q.addBindValue(evaluator.trimmed());
        if (auto done = execute(q, tr("adding the session's evaluators")); !done)
            return done.error();
    }
    return id;
}

QJsonObject createdDetail(const CalibrationSessionSpec &spec)
{
    QJsonArray conversations;
    for (const qint64 id : spec.conversationIds)
        conversations.append(id);
    QStringList evaluators;
    for (const QString &evaluator : spec.evaluators)
        evaluators.append(evaluator.trimmed());
    return {{QStringLiteral("name"), spec.name.trimmed()},
            {QStringLiteral("scorecard_version_id"), spec.scorecardVersionId},
            {QStringLiteral("conversations"), conversations},
            {QStringLiteral("evaluators"), QJsonArray::fromStringList(evaluators)}};
}

// Sessions with their counts; one session when `sessionId` is set. Evaluators are listed by name.
core::Result<QList<CalibrationSessionSummary>> readSummaries(QSqlDatabase db, std::optional<qint64> sessionId)
{
    const QString only = sessionId ? QStringLiteral("WHERE s.id = %1").arg(*sessionId) : QString();
    QSqlQuery q(db);
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT s.id, s.name, s.scorecard_version_id, sc.name, s.created_by, s.created_at,"
                " s.closed_at, (SELECT COUNT(*) FROM calibration_conversations cc WHERE"
                " cc.session_id = s.id), (SELECT COUNT(*) FROM evaluations e WHERE"
                " e.calibration_session_id = s.id AND %1) FROM calibration_sessions s"
                " JOIN scorecard_versions v ON v.id = s.scorecard_version_id"
                " JOIN scorecards sc ON sc.id = v.scorecard_id %2 ORDER BY s.created_at DESC, s.id DESC")
                .arg(publishedScore, only),
            {}, tr("reading calibration sessions"));
        !done)
        return done.error();
    QList<CalibrationSessionSummary> sessions;
    QHash<qint64, qsizetype> position;
    while (q.next()) {
        CalibrationSessionSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.scorecardVersionId = q.value(2).toLongLong();
        s.scorecardName = q.value(3).toString();
        s.createdBy = q.value(4).toString();
        s.createdAt = instantFrom(q.value(5));
        if (!q.value(6).isNull())
            s.closedAt = instantFrom(q.value(6));
        s.conversations = q.value(7).toInt();
        s.scoresPublished = q.value(8).toInt();
        position.insert(s.id, sessions.size());
        sessions.append(s);
    }
    const QString onlyEvaluators =
        sessionId ? QStringLiteral("WHERE session_id = %1").arg(*sessionId) : QString();
    if (auto done = runBound(q,
                             QStringLiteral("SELECT session_id, evaluator FROM calibration_evaluators %1"
                                            " ORDER BY session_id, evaluator")
                                 .arg(onlyEvaluators),
                             {}, tr("reading calibration evaluators"));
        !done)
        return done.error();
    while (q.next())
        if (const auto it = position.constFind(q.value(0).toLongLong()); it != position.cend())
            sessions[*it].evaluators.append(q.value(1).toString());
    return sessions;
}

core::Result<QList<CalibrationConversation>> sessionConversations(QSqlDatabase db, qint64 sessionId)
{
    QSqlQuery q(db);
    if (auto done = runBound(q,
                             QStringLiteral("SELECT cc.conversation_id, c.external_id, a.display_name"
                                            " FROM calibration_conversations cc"
                                            " JOIN conversations c ON c.id = cc.conversation_id"
                                            " LEFT JOIN agents a ON a.id = c.agent_id"
                                            " WHERE cc.session_id = ? ORDER BY cc.position"),
                             {sessionId}, tr("reading the session's conversations"));
        !done)
        return done.error();
    QList<CalibrationConversation> conversations;
    while (q.next())
        conversations.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return conversations;
}

// The session's published scores as core::calibrationResults reads them: conversations in session order,
// evaluators in the order of the summary, answers in flatCriteria() order.
core::Result<core::CalibrationInput> calibrationInput(const Database &database,
                                                      const CalibrationReport &report,
                                                      const QList<core::Criterion> &criteria)
{
    QaExportFilter filter;
    filter.kinds = {core::EvaluationKind::Calibration};
    filter.statuses = {core::EvaluationStatus::Published, core::EvaluationStatus::Disputed,
                       core::EvaluationStatus::Final};
    filter.calibrationSessionId = report.session.id;
    const auto data = QaExport(database).read(filter);
    if (!data)
        return data.error();
    core::CalibrationInput input;
    input.criteria = criteria;
    input.conversations = static_cast<int>(report.conversations.size());
    input.evaluators = static_cast<int>(report.session.evaluators.size());
    QHash<qint64, int> conversationIndex;
    for (qsizetype i = 0; i < report.conversations.size(); ++i)
        conversationIndex.insert(report.conversations[i].conversationId, static_cast<int>(i));
    for (const ExportedEvaluation &e : data.value().evaluations) {
        const int evaluator = static_cast<int>(report.session.evaluators.indexOf(e.evaluator));
        const int conversation = conversationIndex.value(e.conversationId, -1);
        if (evaluator < 0 || conversation < 0 || e.scorecardVersionId != report.session.scorecardVersionId)
            continue; // publish() admits none of these; a hand-edited database might
        input.scores.append({conversation, evaluator, core::qaScorePct(criteria, e.answers), e.answers});
    }
    return input;
}

} // namespace

CalibrationRepository::CalibrationRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<qint64> CalibrationRepository::create(const CalibrationSessionSpec &spec)
{
    if (auto valid = validateSpec(spec); !valid)
        return valid.error();
    QSqlDatabase db = m_database->connection();
    return inTransaction(db, tr("creating the calibration session"), [&]() -> core::Result<qint64> {
        auto id = writeSession(db, spec, {});
        if (!id)
            return id;
        if (auto audited = AuditLog(*m_database)
                               .append(spec.createdBy.trimmed(), calibrationSessionEntity, id.value(),
                                       QStringLiteral("create"), createdDetail(spec));
            !audited)
            return audited.error();
        return id;
    });
}

core::Result<qint64> CalibrationRepository::insertSession(const CalibrationSessionSpec &spec,
                                                          const QDateTime &closedAt) const
{
    if (auto valid = validateSpec(spec); !valid)
        return valid.error();
    return writeSession(m_database->connection(), spec, closedAt);
}

core::Result<QList<CalibrationSessionSummary>> CalibrationRepository::sessions() const
{
    return readSummaries(m_database->connection(), std::nullopt);
}

core::Result<CalibrationSessionSummary> CalibrationRepository::session(qint64 sessionId) const
{
    auto found = readSummaries(m_database->connection(), sessionId);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return core::Error{tr("calibration session %1 does not exist").arg(sessionId), {}};
    return found.value().first();
}

core::Result<QList<CalibrationWorkItem>> CalibrationRepository::worklist(qint64 sessionId,
                                                                         const QString &viewer) const
{
    const auto summary = session(sessionId);
    if (!summary)
        return summary.error();
    if (!summary.value().evaluators.contains(viewer))
        return core::Error{
            tr("%1 is not an evaluator of calibration session %2").arg(viewer, summary.value().name), {}};
    // Only the viewer's own evaluation is joined: the blind rule leaves nothing of the others to read here.
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT cc.conversation_id, c.external_id, a.display_name, c.day, own.id, own.status"
                " FROM calibration_conversations cc JOIN conversations c ON c.id = cc.conversation_id"
                " LEFT JOIN agents a ON a.id = c.agent_id LEFT JOIN evaluations own ON own.id ="
                " (SELECT e.id FROM evaluations e WHERE e.calibration_session_id = cc.session_id AND"
                " e.conversation_id = cc.conversation_id AND e.evaluator = ? AND e.kind = 'calibration'"
                " ORDER BY e.status <> 'draft' DESC, e.id DESC LIMIT 1)"
                " WHERE cc.session_id = ? ORDER BY cc.position"),
            {viewer, sessionId}, tr("reading the calibration worklist"));
        !done)
        return done.error();
    QList<CalibrationWorkItem> items;
    while (q.next())
        items.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      dayFrom(q.value(3)), q.value(4).toLongLong(),
                      !q.value(5).isNull() && q.value(5).toString() != QLatin1String("draft")});
    return items;
}

core::Status CalibrationRepository::close(qint64 sessionId, const QString &actor)
{
    if (actor.trimmed().isEmpty())
        return core::Error{tr("closing a calibration session needs the name of whoever closes it"), {}};
    QSqlDatabase db = m_database->connection();
    return inTransaction(db, tr("closing the calibration session"), [&]() -> core::Status {
        const auto summary = session(sessionId);
        if (!summary)
            return summary.error();
        if (!summary.value().isOpen())
            return core::Error{tr("calibration session %1 is already closed").arg(summary.value().name), {}};
        QSqlQuery q(db);
        if (auto done = runBound(q,
                                 QStringLiteral("UPDATE calibration_sessions SET closed_at = ? WHERE id = ?"
                                                " AND closed_at IS NULL"),
                                 {instantText(QDateTime::currentDateTimeUtc()), sessionId},
                                 tr("closing the calibration session"));
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor.trimmed(), calibrationSessionEntity, sessionId, QStringLiteral("close"),
                    {{QStringLiteral("scores_published"), summary.value().scoresPublished}});
    });
}

core::Result<CalibrationReport> CalibrationRepository::report(qint64 sessionId) const
{
    const auto summary = session(sessionId);
    if (!summary)
        return summary.error();
    if (summary.value().isOpen())
        return core::Error{
            tr("calibration session %1 is still open: its scores stay blind until it is closed")
                .arg(summary.value().name),
            {}};
    CalibrationReport report;
    report.session = summary.value();
    auto conversations = sessionConversations(m_database->connection(), sessionId);
    if (!conversations)
        return conversations.error();
    report.conversations = conversations.value();
    const auto scorecard = ScorecardRepository(*m_database).version(report.session.scorecardVersionId);
    if (!scorecard)
        return scorecard.error();
    for (const LabelledCriterion &criterion : labelledCriteria(scorecard.value().definition))
        report.criterionNames.append(criterion.definition.name);
    auto input = calibrationInput(*m_database, report, scorecard.value().definition.flatCriteria());
    if (!input)
        return input.error();
    report.input = input.value();
    report.results = core::calibrationResults(report.input);
    return report;
}

core::Status CalibrationRepository::assignScore(qint64 sessionId, qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "UPDATE evaluations SET calibration_session_id = ? WHERE id = ? AND kind = 'calibration' AND"
                " conversation_id IN (SELECT conversation_id FROM calibration_conversations WHERE session_id "
                "= ?)"
                " AND evaluator IN (SELECT evaluator FROM calibration_evaluators WHERE session_id = ?)"),
            {sessionId, evaluationId, sessionId, sessionId}, tr("adding a score to the calibration session"));
        !done)
        return done;
    if (q.numRowsAffected() != 1)
        return core::Error{tr("evaluation %1 is not a calibration score of an evaluator and a conversation of"
                              " session %2")
                               .arg(evaluationId)
                               .arg(sessionId),
                           {}};
    return core::Done{};
}

} // namespace huddle::storage
