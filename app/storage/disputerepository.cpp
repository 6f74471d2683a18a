#include "disputerepository.h"
#include "translation.h"

#include "auditlog.h"
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

namespace {

const QString windowKey = QStringLiteral("dispute_window_days");
const QString decisionKey = QStringLiteral("dispute_decision_days");

QJsonObject change(const QJsonValue &before, const QJsonValue &after)
{
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

struct OpenDispute {
    qint64 evaluationId = 0;
    qint64 criterionId = 0;
};

core::Result<OpenDispute> readOpenDispute(const Database &database, qint64 disputeId)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(
            q, QStringLiteral("SELECT evaluation_id, criterion_id, outcome FROM disputes WHERE id = ?"),
            {disputeId}, QStringLiteral("reading dispute %1").arg(disputeId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no dispute %1").arg(disputeId), {}};
    if (!q.value(2).isNull())
        return core::Error{tr("dispute %1 is already decided; a decision is final").arg(disputeId), {}};
    return OpenDispute{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

core::Status recordDecision(const Database &database, qint64 disputeId, core::DisputeOutcome outcome,
                            const QString &reason, const QString &arbitrator, const QDateTime &now,
                            std::optional<double> before, double after)
{
    QSqlQuery q(database.connection());
    return runBound(
        q,
        QStringLiteral("UPDATE disputes SET outcome = ?, arbitrator = ?, decided_at = ?, decision_reason = ?,"
                       " score_before = ?, score_after = ? WHERE id = ?"),
        {QVariant(core::disputeOutcomeCode(outcome)), QVariant(arbitrator), QVariant(instantText(now)),
         QVariant(reason), nullable(before), QVariant(after), QVariant(disputeId)},
        QStringLiteral("recording the decision of dispute %1").arg(disputeId));
}

// Disputes with their context. The contested criterion's flatCriteria() index counts the criteria of earlier
// sections and those before it in its own.
const QString disputeColumns = QStringLiteral(
    "SELECT d.id, d.evaluation_id, d.raised_by, d.raised_at, d.reason, d.due_at, d.outcome, d.arbitrator,"
    " d.decided_at, d.decision_reason, COALESCE(d.score_before, e.score_pct), d.score_after, a.display_name, "
    "e.evaluator,"
    " c.external_id, e.conversation_day, cr.name, CASE WHEN d.criterion_id IS NULL THEN -1 ELSE (SELECT"
    " COUNT(*) FROM scorecard_criteria c2 JOIN scorecard_sections s2 ON s2.id = c2.section_id WHERE"
    " s2.version_id = cs.version_id AND (s2.position < cs.position OR (s2.position = cs.position AND"
    " c2.position < cr.position))) END FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id JOIN"
    " conversations c ON c.id = e.conversation_id LEFT JOIN agents a ON a.id = e.agent_id LEFT JOIN"
    " scorecard_criteria cr ON cr.id = d.criterion_id LEFT JOIN scorecard_sections cs ON cs.id ="
    " cr.section_id");

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

DisputeEntry disputeFrom(const QSqlQuery &q)
{
    DisputeEntry d;
    d.id = q.value(0).toLongLong();
    d.evaluationId = q.value(1).toLongLong();
    d.raisedBy = q.value(2).toString();
    d.raisedAt = instantFrom(q.value(3));
    d.reason = q.value(4).toString();
    d.dueAt = instantFrom(q.value(5));
    d.outcome = core::disputeOutcomeFromCode(q.value(6).toString());
    d.arbitrator = q.value(7).toString();
    if (!q.value(8).isNull())
        d.decidedAt = instantFrom(q.value(8));
    d.decisionReason = q.value(9).toString();
    d.scoreBefore = optionalReal(q.value(10));
    d.scoreAfter = optionalReal(q.value(11));
    d.agentName = q.value(12).toString();
    d.evaluator = q.value(13).toString();
    d.conversationRef = q.value(14).toString();
    d.conversationDay = dayFrom(q.value(15));
    d.criterionName = q.value(16).toString();
    d.criterionIndex = q.value(17).toInt();
    return d;
}

core::Result<QList<DisputeEntry>> readDisputes(const Database &database, const QString &tail,
                                               const QVariantList &values)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(q, disputeColumns + tail, values, QStringLiteral("reading disputes")); !done)
        return done.error();
    QList<DisputeEntry> disputes;
    while (q.next())
        disputes.append(disputeFrom(q));
    return disputes;
}

} // namespace

DisputeRepository::DisputeRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<core::DisputeRules> DisputeRepository::rules() const
{
    QSqlQuery q(m_database->connection());
    if (auto done = runBound(q, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                             {windowKey, decisionKey}, QStringLiteral("reading the dispute rules"));
        !done)
        return done.error();
    core::DisputeRules rules;
    while (q.next()) {
        bool ok = false;
        const int days = q.value(1).toString().toInt(&ok);
        if (!ok || days < 1)
            return core::Error{tr("the setting %1 holds “%2”, not a number of days")
                                   .arg(q.value(0).toString(), q.value(1).toString()),
                               {}};
        (q.value(0).toString() == windowKey ? rules.windowDays : rules.decisionDays) = days;
    }
    return rules;
}

core::Status DisputeRepository::setRules(const core::DisputeRules &rules, const QString &actor)
{
    if (rules.windowDays < 1 || rules.decisionDays < 1)
        return core::Error{tr("the dispute window and the decision time are at least one day each"), {}};
    return inTransaction(m_database->connection(), tr("saving the dispute rules"), [&]() -> core::Status {
        const auto before = this->rules();
        if (!before)
            return before.error();
        QSqlQuery q(m_database->connection());
        if (auto done = runBound(q,
                                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?), (?, ?)"
                                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                 {QVariant(windowKey), QVariant(QString::number(rules.windowDays)),
                                  QVariant(decisionKey), QVariant(QString::number(rules.decisionDays))},
                                 QStringLiteral("saving the dispute rules"));
            !done)
            return done;
        return AuditLog(*m_database)
            .append(actor, QStringLiteral("settings"), 0, QStringLiteral("dispute_rules"),
                    {{windowKey, change(before->windowDays, rules.windowDays)},
                     {decisionKey, change(before->decisionDays, rules.decisionDays)}});
    });
}

core::Result<qint64> DisputeRepository::open(qint64 evaluationId, int criterionIndex, const QString &raisedBy,
                                             const QString &reason, const QDateTime &now)
{
    if (raisedBy.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return core::Error{tr("a dispute needs who raises it and a reason"), {}};
    return inTransaction(m_database->connection(), tr("opening a dispute"), [&]() -> core::Result<qint64> {
        const auto row = readEvaluationRow(*m_database, evaluationId);
        if (!row)
            return row.error();
        const auto rules = this->rules();
        if (!rules)
            return rules.error();
        if (auto allowed = core::canOpenDispute(row->kind, row->status, row->publishedAt, now, rules.value());
            !allowed)
            return allowed.error();
        if (auto allowed = core::checkStatusChange(row->status, core::EvaluationStatus::Disputed); !allowed)
            return allowed.error();
        const auto scorecard = ScorecardRepository(*m_database).version(row->versionId);
        if (!scorecard)
            return scorecard.error();
        if (criterionIndex < -1 || criterionIndex >= scorecard->criterionIds.size())
            return core::Error{tr("the evaluation has no criterion %1 to dispute").arg(criterionIndex + 1),
                               {}};
        const QDateTime due = core::decisionDeadline(now, rules.value());
        QSqlQuery q(m_database->connection());
        const auto inserted = insertBound(
            q,
            QStringLiteral("INSERT INTO disputes (evaluation_id, criterion_id, raised_by, raised_at, reason,"
                           " due_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {QVariant(evaluationId),
             criterionIndex < 0 ? QVariant() : QVariant(scorecard->criterionIds[criterionIndex]),
             QVariant(raisedBy), QVariant(instantText(now)), QVariant(reason.trimmed()),
             QVariant(instantText(due))},
            QStringLiteral("opening a dispute of evaluation %1").arg(evaluationId));
        if (!inserted)
            return inserted.error();
        const qint64 disputeId = inserted.value();
        EvaluationWriter writer(*m_database, now);
        // Disputed: out of QA % until the arbitrator decides.
        if (auto done =
                writer.updateState(evaluationId, core::EvaluationStatus::Disputed, row->scorePct, raisedBy);
            !done)
            return done.error();
        if (auto done = writer.appendHistory(evaluationId, raisedBy, row->scorePct,
                                             core::EvaluationStatus::Disputed, reason.trimmed());
            !done)
            return done.error();
        if (auto done = writer.audit(evaluationId, raisedBy, QStringLiteral("dispute"),
                                     {{QStringLiteral("disputeId"), disputeId},
                                      {QStringLiteral("criterionIndex"), criterionIndex},
                                      {QStringLiteral("reason"), reason.trimmed()},
                                      {QStringLiteral("dueAt"), instantText(due)}});
            !done)
            return done.error();
        return disputeId;
    });
}

core::Status DisputeRepository::decide(qint64 disputeId, core::DisputeOutcome outcome,
                                       const QList<core::CriterionAnswer> &answers, const QString &reason,
                                       const QString &arbitrator, const QDateTime &now)
{
    if (arbitrator.trimmed().isEmpty())
        return core::Error{tr("a dispute is decided by a named arbitrator"), {}};
    return inTransaction(
        m_database->connection(), tr("deciding dispute %1").arg(disputeId), [&]() -> core::Status {
            const auto dispute = readOpenDispute(*m_database, disputeId);
            if (!dispute)
                return dispute.error();
            const auto row = readEvaluationRow(*m_database, dispute->evaluationId);
            if (!row)
                return row.error();
            if (auto allowed = core::checkStatusChange(row->status, core::EvaluationStatus::Final); !allowed)
                return allowed;
            const auto scorecard = ScorecardRepository(*m_database).version(row->versionId);
            if (!scorecard)
                return scorecard.error();
            const auto before = readAnswers(*m_database, row->id, scorecard->criterionIds);
            if (!before)
                return before.error();
            const int criterionIndex =
                dispute->criterionId == 0 ? -1 : int(scorecard->criterionIds.indexOf(dispute->criterionId));
            if (auto allowed =
                    core::checkDecision(outcome, reason, criterionIndex, scorecard->definition.flatCriteria(),
                                        before->answers, answers);
                !allowed)
                return allowed;
            const auto after = scoreOf(scorecard->definition, answers);
            if (!after)
                return after.error();
            EvaluationWriter writer(*m_database, now);
            if (auto done = writer.replaceAnswers(row->id, scorecard.value(), answers, before->comments);
                !done)
                return done;
            if (auto done =
                    writer.updateState(row->id, core::EvaluationStatus::Final, after.value(), arbitrator);
                !done)
                return done;
            if (auto done = recordDecision(*m_database, disputeId, outcome, reason, arbitrator, now,
                                           row->scorePct, after.value());
                !done)
                return done;
            if (auto done = writer.appendHistory(row->id, arbitrator, after.value(),
                                                 core::EvaluationStatus::Final, reason);
                !done)
                return done;
            return writer.audit(
                row->id, arbitrator, QStringLiteral("resolve"),
                {{QStringLiteral("disputeId"), disputeId},
                 {QStringLiteral("outcome"), core::disputeOutcomeCode(outcome)},
                 {QStringLiteral("reason"), reason},
                 {QStringLiteral("score"), change(scoreDetail(row->scorePct), after.value())},
                 {QStringLiteral("answers"), change(answersDetail(scorecard->definition, before->answers),
                                                    answersDetail(scorecard->definition, answers))}});
        });
}

core::Result<QList<DisputeEntry>> DisputeRepository::list(bool openOnly) const
{
    return readDisputes(
        *m_database,
        QStringLiteral(" WHERE (? = 0 OR d.outcome IS NULL) ORDER BY d.outcome IS NOT NULL,"
                       " CASE WHEN d.outcome IS NULL THEN d.due_at END, d.decided_at DESC, d.id DESC"),
        {openOnly ? 1 : 0});
}

core::Result<std::optional<DisputeEntry>> DisputeRepository::forEvaluation(qint64 evaluationId) const
{
    auto disputes = readDisputes(*m_database, QStringLiteral(" WHERE d.evaluation_id = ?"), {evaluationId});
    if (!disputes)
        return disputes.error();
    return disputes->isEmpty() ? std::optional<DisputeEntry>()
                               : std::optional<DisputeEntry>(disputes->constFirst());
}

} // namespace huddle::storage
