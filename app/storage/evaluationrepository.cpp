#include "evaluationrepository.h"
#include "translation.h"

#include "boundquery.h"
#include "core/enumnames.h"
#include "database.h"
#include "evaluationwriter.h"
#include "scorecardrepository.h"
#include "sqltransaction.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

// Stores the draft and publishes it; the caller holds the transaction.
core::Result<qint64> storeAndPublish(const Database &database, EvaluationWriter &writer,
                                     const EvaluationDraft &draft, const QString &actor)
{
    auto scorecard = ScorecardRepository(database).version(draft.scorecardVersionId);
    if (!scorecard)
        return scorecard.error();
    auto id = writer.storeDraft(draft, scorecard.value());
    if (!id)
        return id;
    if (auto done = writer.publishStored(id.value(), draft, scorecard.value(), actor); !done)
        return done.error();
    return id;
}

Status checkEditable(const EvaluationRow &row, const EvaluationDraft &changed)
{
    switch (row.status) {
    case core::EvaluationStatus::Draft:
        return core::Error{tr("evaluation %1 is a draft: save the draft instead").arg(row.id), {}};
    case core::EvaluationStatus::Disputed:
        return core::Error{
            tr("evaluation %1 is disputed: only the arbitrator's decision changes it now").arg(row.id), {}};
    case core::EvaluationStatus::Final:
        return core::Error{tr("evaluation %1 is final and can no longer change").arg(row.id), {}};
    case core::EvaluationStatus::Published:
        break;
    }
    if (changed.conversationId != row.conversationId || changed.scorecardVersionId != row.versionId)
        return core::Error{tr("an edit keeps the evaluation's conversation and scorecard version"), {}};
    return core::Done{};
}

core::Status applyEdit(const Database &database, const EvaluationDraft &changed, const QString &reason,
                       const QString &actor)
{
    auto row = readEvaluationRow(database, changed.id);
    if (!row)
        return row.error();
    EvaluationWriter writer(database, now());
    for (const core::Status &check :
         {checkEditable(row.value(), changed), writer.checkCalibrationEdit(row.value(), actor)})
        if (!check)
            return check;
    if (auto claimed = writer.claim(row->id, changed.revision, actor); !claimed)
        return claimed;
    auto scorecard = ScorecardRepository(database).version(row->versionId);
    if (!scorecard)
        return scorecard.error();
    auto before = readAnswers(database, row->id, scorecard->criterionIds);
    if (!before)
        return before.error();
    const auto score = scoreOf(scorecard->definition, changed.answers);
    if (!score)
        return score.error();
    // An edit that brings no comments keeps the stored ones.
    const QStringList comments = changed.answerComments.isEmpty() ? before->comments : changed.answerComments;
    if (auto done = writer.replaceAnswers(row->id, scorecard.value(), changed.answers, comments); !done)
        return done;
    if (auto done = writer.replaceAnnotations(row->id, scorecard.value(), changed.annotations); !done)
        return done;
    if (auto done = writer.updateState(row->id, core::EvaluationStatus::Published, score.value(), actor,
                                       changed.comment);
        !done)
        return done;
    if (row->scorePct != score.value())
        if (auto done = writer.appendHistory(row->id, actor, score.value(), core::EvaluationStatus::Published,
                                             reason);
            !done)
            return done;
    const auto change = [](const QJsonValue &before, const QJsonValue &after) {
        return QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
    };
    return writer.audit(
        row->id, actor, QStringLiteral("edit"),
        {{QStringLiteral("reason"), reason},
         {QStringLiteral("score"), change(scoreDetail(row->scorePct), score.value())},
         {QStringLiteral("answers"), change(answersDetail(scorecard->definition, before->answers),
                                            answersDetail(scorecard->definition, changed.answers))}});
}

} // namespace

EvaluationRepository::EvaluationRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<std::optional<qint64>> EvaluationRepository::conversationOf(qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, QStringLiteral("SELECT conversation_id FROM evaluations WHERE id = ?"),
                             {evaluationId}, QStringLiteral("reading evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

core::Result<int> EvaluationRepository::revision(qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, QStringLiteral("SELECT revision FROM evaluations WHERE id = ?"),
                             {evaluationId}, QStringLiteral("reading evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    return q.next() ? q.value(0).toInt() : 0;
}

core::Result<qint64> EvaluationRepository::saveDraft(const EvaluationDraft &draft, int *storedRevision)
{
    return inTransaction(m_database->connection(), tr("saving the draft"), [&]() -> core::Result<qint64> {
        auto scorecard = ScorecardRepository(*m_database).version(draft.scorecardVersionId);
        if (!scorecard)
            return scorecard.error();
        EvaluationWriter writer(*m_database, now());
        auto id = writer.storeDraft(draft, scorecard.value());
        if (id && storedRevision)
            *storedRevision = writer.storedRevision();
        return id;
    });
}

core::Result<qint64> EvaluationRepository::publish(const EvaluationDraft &draft, const QString &actor)
{
    return inTransaction(m_database->connection(), tr("publishing the evaluation"),
                         [&]() -> core::Result<qint64> {
                             EvaluationWriter writer(*m_database, now());
                             return storeAndPublish(*m_database, writer, draft, actor);
                         });
}

core::Result<qint64> EvaluationRepository::publishPeerReview(const EvaluationDraft &draft,
                                                             qint64 reviewerAgentId, const QString &note,
                                                             const QString &actor)
{
    if (note.trimmed().isEmpty())
        return core::Error{tr("a peer review needs a note for the colleague"), {}};
    return inTransaction(
        m_database->connection(), tr("publishing the peer review"), [&]() -> core::Result<qint64> {
            EvaluationWriter writer(*m_database, now());
            if (auto allowed = writer.checkPeerReviewer(draft, reviewerAgentId); !allowed)
                return allowed.error();
            auto id = storeAndPublish(*m_database, writer, draft, actor);
            if (!id)
                return id;
            if (auto done = writer.insertPeerNote(draft, id.value(), reviewerAgentId, note.trimmed()); !done)
                return done.error();
            return id;
        });
}

core::Status EvaluationRepository::editPublished(const EvaluationDraft &changed, const QString &reason,
                                                 const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return core::Error{tr("an edit of a published evaluation needs a reason"), {}};
    return inTransaction(m_database->connection(), tr("editing evaluation %1").arg(changed.id),
                         [&]() { return applyEdit(*m_database, changed, reason.trimmed(), actor); });
}

core::Status EvaluationRepository::removeDraft(qint64 evaluationId, const QString &actor)
{
    return inTransaction(
        m_database->connection(), tr("removing draft %1").arg(evaluationId), [&]() -> core::Status {
            auto row = readEvaluationRow(*m_database, evaluationId);
            if (!row)
                return row.error();
            if (row->status != core::EvaluationStatus::Draft)
                return core::Error{
                    tr("evaluation %1 is published; only drafts can be removed").arg(evaluationId), {}};
            QSqlQuery q(m_database->connection());
            if (auto done = runBound(q, QStringLiteral("DELETE FROM evaluations WHERE id = ?"),
                                     {evaluationId}, QStringLiteral("removing draft %1").arg(evaluationId));
                !done)
                return done;
            return EvaluationWriter(*m_database, now())
                .audit(evaluationId, actor, QStringLiteral("remove_draft"),
                       {{QStringLiteral("conversationId"), row->conversationId},
                        {QStringLiteral("evaluator"), row->evaluator}});
        });
}

core::Result<EvaluationDetail> EvaluationRepository::load(qint64 evaluationId, const QString &viewer) const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT e.conversation_id, e.scorecard_version_id, e.kind, e.calibration_session_id,"
                " e.evaluator, e.comment, e.status, e.score_pct, e.created_at, e.published_at,"
                " e.updated_at, e.agent_id, a.display_name, c.external_id, e.conversation_day, cs.id IS NOT"
                " NULL AND cs.closed_at IS NULL, e.revision, e.updated_by FROM evaluations e JOIN "
                "conversations c ON c.id ="
                " e.conversation_id LEFT JOIN agents a ON a.id = e.agent_id LEFT JOIN calibration_sessions"
                " cs ON cs.id = e.calibration_session_id WHERE e.id = ?"),
            {evaluationId}, QStringLiteral("reading evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no evaluation %1").arg(evaluationId), {}};
    EvaluationDetail detail;
    EvaluationDraft &d = detail.draft;
    d.id = evaluationId;
    d.conversationId = q.value(0).toLongLong();
    d.scorecardVersionId = q.value(1).toLongLong();
    d.kind = core::evaluationKindFromCode(q.value(2).toString()).value_or(core::EvaluationKind::Qa);
    d.calibrationSessionId = q.value(3).toLongLong();
    d.evaluator = q.value(4).toString();
    // The blind rule: while the session is open, a calibration score is its evaluator's alone.
    if (d.kind == core::EvaluationKind::Calibration && q.value(15).toInt() != 0 && viewer != d.evaluator)
        return core::Error{tr("evaluation %1 is a blind calibration score: only %2 can open it until the"
                              " calibration session is closed")
                               .arg(evaluationId)
                               .arg(d.evaluator),
                           {}};
    d.comment = q.value(5).toString();
    detail.status =
        core::evaluationStatusFromCode(q.value(6).toString()).value_or(core::EvaluationStatus::Draft);
    if (!q.value(7).isNull())
        detail.scorePct = q.value(7).toDouble();
    detail.createdAt = instantFrom(q.value(8));
    if (!q.value(9).isNull())
        detail.publishedAt = instantFrom(q.value(9));
    detail.updatedAt = instantFrom(q.value(10));
    detail.agentId = q.value(11).toLongLong();
    detail.agentName = q.value(12).toString();
    detail.conversationRef = q.value(13).toString();
    detail.conversationDay = dayFrom(q.value(14));
    d.revision = q.value(16).toInt();
    detail.updatedBy = q.value(17).toString();

    auto scorecard = ScorecardRepository(*m_database).version(d.scorecardVersionId);
    if (!scorecard)
        return scorecard.error();
    detail.scorecardName = scorecard->definition.name;
    detail.scorecardVersion = scorecard->definition.version;
    auto answers = readAnswers(*m_database, evaluationId, scorecard->criterionIds);
    if (!answers)
        return answers.error();
    d.answers = answers->answers;
    d.answerComments = answers->comments;

    if (auto done = runBound(
            q,
            QStringLiteral("SELECT id, criterion_id, anchor_kind, anchor_value, body FROM annotations"
                           " WHERE evaluation_id = ? ORDER BY id"),
            {evaluationId}, QStringLiteral("reading the annotations of evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    while (q.next())
        d.annotations.append(
            {q.value(0).toLongLong(),
             q.value(1).isNull() ? -1 : int(scorecard->criterionIds.indexOf(q.value(1).toLongLong())),
             core::anchorKindFromCode(q.value(2).toString()).value_or(core::AnchorKind::Second),
             q.value(3).toInt(), q.value(4).toString()});
    return detail;
}

core::Result<QList<EvaluationListEntry>> EvaluationRepository::list(const EvaluationFilter &filter) const
{
    // Calibration scores are read only by the calibration repository, which applies the blind rule.
    if (filter.kind == core::EvaluationKind::Calibration)
        return QList<EvaluationListEntry>();
    QString sql =
        QStringLiteral("SELECT e.id, e.conversation_id, c.external_id, e.conversation_day, e.agent_id,"
                       " a.display_name, e.evaluator, s.name, v.version, e.kind, e.status, e.score_pct,"
                       " e.updated_at, e.published_at, (SELECT COUNT(*) FROM annotations n WHERE"
                       " n.evaluation_id = e.id) FROM evaluations e JOIN conversations c ON c.id ="
                       " e.conversation_id LEFT JOIN agents a ON a.id = e.agent_id JOIN scorecard_versions"
                       " v ON v.id = e.scorecard_version_id JOIN scorecards s ON s.id = v.scorecard_id"
                       " WHERE e.kind <> 'calibration'");
    QVariantList values;
    const auto where = [&](const QString &condition, const QVariantList &bound) {
        sql += QStringLiteral(" AND ") + condition;
        values += bound;
    };
    if (filter.range.isValid())
        where(QStringLiteral("e.conversation_day BETWEEN ? AND ?"),
              {dayText(filter.range.from), dayText(filter.range.to)});
    if (filter.teamId)
        where(QStringLiteral("e.team_id = ?"), {*filter.teamId});
    if (filter.agentId)
        where(QStringLiteral("e.agent_id = ?"), {*filter.agentId});
    if (filter.kind)
        where(QStringLiteral("e.kind = ?"), {core::evaluationKindCode(*filter.kind)});
    if (!filter.evaluator.isEmpty())
        where(QStringLiteral("e.evaluator = ?"), {filter.evaluator});
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        QVariantList codes;
        for (core::EvaluationStatus status : filter.statuses) {
            marks.append(QStringLiteral("?"));
            codes.append(core::evaluationStatusCode(status));
        }
        where(QStringLiteral("e.status IN (%1)").arg(marks.join(QLatin1Char(','))), codes);
    }
    sql += QStringLiteral(" ORDER BY e.conversation_day DESC, e.id DESC");
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, sql, values, QStringLiteral("listing evaluations")); !done)
        return done.error();
    QList<EvaluationListEntry> entries;
    while (q.next()) {
        EvaluationListEntry e;
        e.id = q.value(0).toLongLong();
        e.conversationId = q.value(1).toLongLong();
        e.conversationRef = q.value(2).toString();
        e.conversationDay = dayFrom(q.value(3));
        e.agentId = q.value(4).toLongLong();
        e.agentName = q.value(5).toString();
        e.evaluator = q.value(6).toString();
        e.scorecardName = q.value(7).toString();
        e.scorecardVersion = q.value(8).toInt();
        e.kind = core::evaluationKindFromCode(q.value(9).toString()).value_or(core::EvaluationKind::Qa);
        e.status =
            core::evaluationStatusFromCode(q.value(10).toString()).value_or(core::EvaluationStatus::Draft);
        if (!q.value(11).isNull())
            e.scorePct = q.value(11).toDouble();
        e.updatedAt = instantFrom(q.value(12));
        if (!q.value(13).isNull())
            e.publishedAt = instantFrom(q.value(13));
        e.annotations = q.value(14).toInt();
        entries.append(e);
    }
    return entries;
}

core::Result<QList<ScoreHistoryEntry>> EvaluationRepository::history(qint64 evaluationId) const
{
    QSqlQuery q(m_database->connection());
    // A calibration score's history is as blind as the score while its session is open.
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT h.at, h.actor, h.score_pct, h.status, h.reason FROM evaluation_score_history h"
                " JOIN evaluations e ON e.id = h.evaluation_id"
                " WHERE h.evaluation_id = ? AND NOT (e.kind = 'calibration' AND e.calibration_session_id IN"
                " (SELECT id FROM calibration_sessions WHERE closed_at IS NULL)) ORDER BY h.id"),
            {evaluationId}, QStringLiteral("reading the score history of evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    QList<ScoreHistoryEntry> entries;
    while (q.next()) {
        ScoreHistoryEntry h;
        h.at = instantFrom(q.value(0));
        h.actor = q.value(1).toString();
        if (!q.value(2).isNull())
            h.scorePct = q.value(2).toDouble();
        h.status =
            core::evaluationStatusFromCode(q.value(3).toString()).value_or(core::EvaluationStatus::Published);
        h.reason = q.value(4).toString();
        entries.append(h);
    }
    return entries;
}

} // namespace huddle::storage
