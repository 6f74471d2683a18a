#include "evaluationwriter.h"
#include "translation.h"

#include "auditlog.h"
#include "boundquery.h"
#include "core/dispute.h"
#include "core/enumnames.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

const QString evaluationEntity = QStringLiteral("evaluation");

// An empty answer list is a draft nobody has started on: every criterion unanswered.
QList<core::CriterionAnswer> answersOrBlank(const QList<core::CriterionAnswer> &answers, qsizetype criteria)
{
    return answers.isEmpty() ? QList<core::CriterionAnswer>(criteria, core::CriterionAnswer{false, -1})
                             : answers;
}

} // namespace

EvaluationWriter::EvaluationWriter(const Database &database, const QDateTime &now)
    : m_database(database)
    , m_now(now)
    , m_writer(database)
{
}

core::Status EvaluationWriter::checkKind(const EvaluationDraft &draft, const StoredScorecard &scorecard)
{
    const bool peer = draft.kind == core::EvaluationKind::Peer;
    if (peer != (scorecard.definition.purpose == core::ScorecardPurpose::Peer))
        return core::Error{
            peer ? tr("a peer review is scored on a peer-review scorecard; “%1” is a QA scorecard")
                       .arg(scorecard.definition.name)
                 : tr("“%1” is a peer-review scorecard; QA and calibration evaluations need a QA"
                      " scorecard")
                       .arg(scorecard.definition.name),
            {}};
    if (draft.kind != core::EvaluationKind::Calibration && draft.calibrationSessionId != 0)
        return core::Error{tr("only a calibration evaluation belongs to a calibration session"), {}};
    return core::Done{};
}

// A calibration score belongs to an open session that lists its evaluator and conversation, is scored with
// the session's scorecard version, and is the evaluator's only score of that conversation in the session.
core::Status EvaluationWriter::checkCalibration(const EvaluationDraft &draft)
{
    if (draft.kind != core::EvaluationKind::Calibration)
        return core::Done{};
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT s.name, s.closed_at IS NULL, s.scorecard_version_id, EXISTS (SELECT 1 FROM"
                " calibration_evaluators WHERE session_id = s.id AND evaluator = ?), EXISTS (SELECT 1 FROM"
                " calibration_conversations WHERE session_id = s.id AND conversation_id = ?), EXISTS"
                " (SELECT 1 FROM evaluations e WHERE e.calibration_session_id = s.id AND e.evaluator = ? "
                " AND e.conversation_id = ? AND e.id <> ?) FROM calibration_sessions s WHERE s.id = ?"),
            {QVariant(draft.evaluator), QVariant(draft.conversationId), QVariant(draft.evaluator),
             QVariant(draft.conversationId), QVariant(draft.id), QVariant(draft.calibrationSessionId)},
            QStringLiteral("reading calibration session %1").arg(draft.calibrationSessionId));
        !done)
        return done;
    if (!q.next())
        return core::Error{tr("a calibration evaluation needs a calibration session; there is no session %1")
                               .arg(draft.calibrationSessionId),
                           {}};
    const QString session = q.value(0).toString();
    if (q.value(1).toInt() == 0)
        return core::Error{tr("calibration session “%1” is closed; it takes no more scores").arg(session),
                           {}};
    if (q.value(2).toLongLong() != draft.scorecardVersionId)
        return core::Error{
            tr("calibration session “%1” is scored with another scorecard version").arg(session), {}};
    if (q.value(3).toInt() == 0)
        return core::Error{
            tr("%1 is not an evaluator of calibration session “%2”").arg(draft.evaluator, session), {}};
    if (q.value(4).toInt() == 0)
        return core::Error{tr("the conversation is not one of calibration session “%1”").arg(session), {}};
    if (q.value(5).toInt() != 0)
        return core::Error{tr("%1 has already scored this conversation in calibration session “%2”")
                               .arg(draft.evaluator, session),
                           {}};
    return core::Done{};
}

core::Status EvaluationWriter::checkConversation(qint64 conversationId)
{
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(q, QStringLiteral("SELECT agent_id FROM conversations WHERE id = ?"),
                             {conversationId}, QStringLiteral("reading conversation %1").arg(conversationId));
        !done)
        return done;
    if (!q.next())
        return core::Error{tr("there is no conversation %1").arg(conversationId), {}};
    if (q.value(0).isNull())
        return core::Error{
            tr("conversation %1 reached no agent, so there is nobody to evaluate").arg(conversationId), {}};
    return core::Done{};
}

core::Result<qint64> EvaluationWriter::insertRow(const EvaluationDraft &d, std::optional<double> scorePct)
{
    QSqlQuery q(m_database.connection());
    return insertBound(
        q,
        QStringLiteral(
            "INSERT INTO evaluations (conversation_id, agent_id, team_id, conversation_day, evaluator,"
            " scorecard_version_id, status, score_pct, created_at, comment, kind, updated_at,"
            " calibration_session_id) SELECT c.id, c.agent_id, c.team_id, c.day, ?, ?, 'draft', ?, ?,"
            " ?, ?, ?, ? FROM conversations c WHERE c.id = ? RETURNING id"),
        {QVariant(d.evaluator), QVariant(d.scorecardVersionId), nullable(scorePct),
         QVariant(instantText(m_now)), nullableText(d.comment), QVariant(core::evaluationKindCode(d.kind)),
         QVariant(instantText(m_now)), nullableId(d.calibrationSessionId), QVariant(d.conversationId)},
        QStringLiteral("adding an evaluation"));
}

core::Status EvaluationWriter::updateRow(const EvaluationDraft &d, std::optional<double> scorePct)
{
    QSqlQuery q(m_database.connection());
    return runBound(
        q,
        QStringLiteral(
            "UPDATE evaluations SET (conversation_id, agent_id, team_id, conversation_day) ="
            " (SELECT c.id, c.agent_id, c.team_id, c.day FROM conversations c WHERE c.id = ?),"
            " evaluator = ?, scorecard_version_id = ?, score_pct = ?, comment = ?, kind = ?, updated_at = ?,"
            " calibration_session_id = ? WHERE id = ?"),
        {QVariant(d.conversationId), QVariant(d.evaluator), QVariant(d.scorecardVersionId),
         nullable(scorePct), nullableText(d.comment), QVariant(core::evaluationKindCode(d.kind)),
         QVariant(instantText(m_now)), nullableId(d.calibrationSessionId), QVariant(d.id)},
        QStringLiteral("saving evaluation %1").arg(d.id));
}

core::Result<qint64> EvaluationWriter::storeDraft(const EvaluationDraft &draft,
                                                  const StoredScorecard &scorecard)
{
    if (draft.evaluator.trimmed().isEmpty())
        return core::Error{tr("an evaluation needs the name of its evaluator"), {}};
    const QList<core::CriterionAnswer> answers = answersOrBlank(draft.answers, scorecard.criterionIds.size());
    for (const core::Status &check :
         {checkKind(draft, scorecard), checkAnswers(scorecard.definition, answers, false),
          checkConversation(draft.conversationId), checkCalibration(draft)})
        if (!check)
            return check.error();
    if (draft.id != 0) {
        auto row = readEvaluationRow(m_database, draft.id);
        if (!row)
            return row.error();
        if (row->status != core::EvaluationStatus::Draft)
            return core::Error{
                tr("evaluation %1 is already published; it changes only by an edit with a reason")
                    .arg(draft.id),
                {}};
    }
    // A complete draft carries its score for the lists; an incomplete one has none (qaScorePct refuses it).
    const std::optional<double> score = core::qaScorePct(scorecard.definition.flatCriteria(), answers);
    qint64 id = draft.id;
    if (id == 0) {
        auto inserted = insertRow(draft, score);
        if (!inserted)
            return inserted;
        id = inserted.value();
        m_revision = 1; // the column's default
    } else if (auto claimed = claim(id, draft.revision, draft.evaluator); !claimed) {
        return claimed.error();
    } else if (auto done = updateRow(draft, score); !done) {
        return done.error();
    }
    if (auto done = replaceAnswers(id, scorecard, answers, draft.answerComments); !done)
        return done.error();
    if (auto done = replaceAnnotations(id, scorecard, draft.annotations); !done)
        return done.error();
    return id;
}

// The conditional UPDATE is itself the check, not a read before it: on PostgreSQL a concurrent change that
// committed first leaves this statement matching no row (READ COMMITTED re-reads the row it waited for),
// and the row stays locked for the rest of this transaction, so two saves of one revision cannot both pass.
core::Status EvaluationWriter::claim(qint64 evaluationId, int expectedRevision, const QString &actor)
{
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral("UPDATE evaluations SET revision = revision + 1, updated_by = ?, updated_at = ?"
                           " WHERE id = ? AND (CAST(? AS INTEGER) = 0 OR revision = ?) RETURNING revision"),
            {QVariant(actor), QVariant(instantText(m_now)), QVariant(evaluationId),
             QVariant(expectedRevision), QVariant(expectedRevision)},
            QStringLiteral("saving evaluation %1").arg(evaluationId));
        !done)
        return done;
    if (!q.next())
        return staleEdit(evaluationId, expectedRevision);
    m_revision = q.value(0).toInt();
    return core::Done{};
}

core::Error EvaluationWriter::staleEdit(qint64 evaluationId, int expectedRevision)
{
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(q,
                             QStringLiteral("SELECT revision, updated_by, updated_at FROM evaluations"
                                            " WHERE id = ?"),
                             {evaluationId}, QStringLiteral("reading evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no evaluation %1 (it may have been removed)").arg(evaluationId), {}};
    const int current = q.value(0).toInt();
    const QString by = q.value(1).toString();
    const QString at = QLocale().toString(instantFrom(q.value(2)).toLocalTime(), QLocale::ShortFormat);
    // The numbers first: a name is put in last, so a "%" in it is never taken for a placeholder.
    if (by.isEmpty())
        return core::Error{
            tr("evaluation %1 was changed at %4 after you opened it (revision %2, yours is %3); "
               "reload it to see that change, then make yours again")
                .arg(evaluationId)
                .arg(current)
                .arg(expectedRevision)
                .arg(at),
            {}};
    return core::Error{tr("evaluation %1 was changed by %4 at %5 after you opened it (revision %2, yours is "
                          "%3); reload it to see that change, then make yours again")
                           .arg(evaluationId)
                           .arg(current)
                           .arg(expectedRevision)
                           .arg(by, at),
                       {}};
}

core::Status EvaluationWriter::publishStored(qint64 evaluationId, const EvaluationDraft &draft,
                                             const StoredScorecard &scorecard, const QString &actor)
{
    const QList<core::CriterionAnswer> answers = answersOrBlank(draft.answers, scorecard.criterionIds.size());
    const auto score = scoreOf(scorecard.definition, answers);
    if (!score)
        return score.error();
    if (auto allowed =
            core::checkStatusChange(core::EvaluationStatus::Draft, core::EvaluationStatus::Published);
        !allowed)
        return allowed;
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral("UPDATE evaluations SET status = 'published', score_pct = ?, published_at = ?,"
                           " updated_at = ? WHERE id = ?"),
            {QVariant(score.value()), QVariant(instantText(m_now)), QVariant(instantText(m_now)),
             QVariant(evaluationId)},
            QStringLiteral("publishing evaluation %1").arg(evaluationId));
        !done)
        return done;
    if (auto done = appendHistory(evaluationId, actor, score.value(), core::EvaluationStatus::Published, {});
        !done)
        return done;
    return audit(evaluationId, actor, QStringLiteral("publish"),
                 {{QStringLiteral("kind"), core::evaluationKindCode(draft.kind)},
                  {QStringLiteral("score"), score.value()},
                  {QStringLiteral("answers"), answersDetail(scorecard.definition, answers)}});
}

core::Status EvaluationWriter::replaceAnswers(qint64 evaluationId, const StoredScorecard &scorecard,
                                              const QList<core::CriterionAnswer> &answers,
                                              const QStringList &comments)
{
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(q, QStringLiteral("DELETE FROM evaluation_answers WHERE evaluation_id = ?"),
                             {evaluationId},
                             QStringLiteral("replacing the answers of evaluation %1").arg(evaluationId));
        !done)
        return done;
    return m_writer.insertAnswers(evaluationId, scorecard.criterionIds, answers, comments);
}

core::Status EvaluationWriter::replaceAnnotations(qint64 evaluationId, const StoredScorecard &scorecard,
                                                  const QList<core::Annotation> &annotations)
{
    QSqlQuery q(m_database.connection());
    if (auto done =
            runBound(q, QStringLiteral("DELETE FROM annotations WHERE evaluation_id = ?"), {evaluationId},
                     QStringLiteral("replacing the annotations of evaluation %1").arg(evaluationId));
        !done)
        return done;
    return m_writer.insertAnnotations(evaluationId, scorecard.criterionIds, annotations);
}

core::Status EvaluationWriter::updateState(qint64 evaluationId, core::EvaluationStatus status,
                                           std::optional<double> scorePct, const QString &actor,
                                           const std::optional<QString> &comment)
{
    QSqlQuery q(m_database.connection());
    return runBound(
        q,
        QStringLiteral("UPDATE evaluations SET status = ?, score_pct = ?, updated_at = ?, updated_by = ?,"
                       " revision = revision + 1,"
                       " comment = CASE WHEN ? = 1 THEN CAST(? AS TEXT) ELSE comment END WHERE id = ?"),
        {QVariant(core::evaluationStatusCode(status)), nullable(scorePct), QVariant(instantText(m_now)),
         QVariant(actor), QVariant(comment ? 1 : 0), comment ? nullableText(*comment) : QVariant(),
         QVariant(evaluationId)},
        QStringLiteral("updating evaluation %1").arg(evaluationId));
}

core::Status EvaluationWriter::appendHistory(qint64 evaluationId, const QString &actor,
                                             std::optional<double> scorePct, core::EvaluationStatus status,
                                             const QString &reason)
{
    return m_writer.appendScoreHistory(evaluationId, m_now, actor, scorePct, status, reason);
}

core::Status EvaluationWriter::audit(qint64 evaluationId, const QString &actor, const QString &action,
                                     const QJsonObject &detail)
{
    return AuditLog(m_database).append(actor, evaluationEntity, evaluationId, action, detail);
}

core::Status EvaluationWriter::checkCalibrationEdit(const EvaluationRow &row, const QString &actor)
{
    if (row.kind != core::EvaluationKind::Calibration || row.calibrationSessionId == 0)
        return core::Done{};
    QSqlQuery q(m_database.connection());
    if (auto done =
            runBound(q, QStringLiteral("SELECT closed_at IS NULL FROM calibration_sessions WHERE id = ?"),
                     {row.calibrationSessionId},
                     QStringLiteral("reading calibration session %1").arg(row.calibrationSessionId));
        !done)
        return done;
    if (!q.next() || q.value(0).toInt() == 0)
        return core::Error{
            tr("the calibration session of evaluation %1 is closed; its scores no longer change").arg(row.id),
            {}};
    if (actor != row.evaluator)
        return core::Error{tr("only %1 can change their own calibration score").arg(row.evaluator), {}};
    return core::Done{};
}

core::Status EvaluationWriter::insertPeerNote(const EvaluationDraft &draft, qint64 evaluationId,
                                              qint64 reviewerAgentId, const QString &note)
{
    QSqlQuery q(m_database.connection());
    return runBound(
        q,
        QStringLiteral(
            "INSERT INTO review_notes (conversation_id, reviewer, reviewer_agent_id, created_at, day,"
            " body, agent_id, team_id, conversation_day, evaluation_id)"
            " SELECT c.id, ?, ?, ?, ?, ?, c.agent_id, c.team_id, c.day, ? FROM conversations c"
            " WHERE c.id = ?"),
        {QVariant(draft.evaluator), nullableId(reviewerAgentId), QVariant(instantText(m_now)),
         QVariant(dayText(m_now.toUTC().date())), QVariant(note), QVariant(evaluationId),
         QVariant(draft.conversationId)},
        QStringLiteral("adding the note of peer review %1").arg(evaluationId));
}

core::Status EvaluationWriter::checkPeerReviewer(const EvaluationDraft &draft, qint64 reviewerAgentId)
{
    if (draft.kind != core::EvaluationKind::Peer)
        return core::Error{tr("a peer review is an evaluation of the peer kind"), {}};
    if (reviewerAgentId == 0)
        return core::Done{};
    QSqlQuery q(m_database.connection());
    if (auto done = runBound(q, QStringLiteral("SELECT agent_id FROM conversations WHERE id = ?"),
                             {draft.conversationId},
                             QStringLiteral("reading conversation %1").arg(draft.conversationId));
        !done)
        return done;
    if (q.next() && q.value(0).toLongLong() == reviewerAgentId)
        return core::Error{tr("agents do not peer-review their own conversations"), {}};
    return core::Done{};
}

} // namespace huddle::storage
