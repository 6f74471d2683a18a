#include "qawriter.h"
#include "translation.h"

#include "core/enumnames.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace huddle::storage {

namespace {

// Runs the prepared `INSERT … RETURNING id` of `q` with `values`; the new row's id.
core::Result<qint64> insert(QSqlQuery &q, const QVariantList &values, const QString &what)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, what);
    return insertedId(q, what);
}

core::Result<qint64> insert(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.prepare(sql);
    return insert(q, values, what);
}

QVariant nullableChannel(const std::optional<core::Channel> &channel)
{
    return channel ? QVariant(core::channelCode(*channel)) : QVariant();
}

bool isPublished(core::EvaluationStatus status)
{
    return status != core::EvaluationStatus::Draft;
}

} // namespace

QaWriter::QaWriter(const Database &database)
    : m_db(database.connection())
    , m_evaluation(m_db)
    , m_answer(m_db)
    , m_annotation(m_db)
    , m_history(m_db)
{
}

QSqlQuery &QaWriter::prepared(QSqlQuery &query, const QString &sql)
{
    if (query.lastQuery() != sql)
        query.prepare(sql);
    return query;
}

core::Result<StoredScorecard> QaWriter::insertScorecard(const core::ScorecardDefinition &definition)
{
    QSqlQuery q(m_db);
    auto scorecard = insert(
        q, QStringLiteral("INSERT INTO scorecards (name, purpose, channel) VALUES (?, ?, ?) RETURNING id"),
        {definition.name, core::scorecardPurposeCode(definition.purpose),
         nullableChannel(definition.channel)},
        QStringLiteral("adding scorecard %1").arg(definition.name));
    if (!scorecard)
        return scorecard.error();
    return insertVersion(scorecard.value(), definition);
}

core::Result<StoredScorecard> QaWriter::insertVersion(qint64 scorecardId,
                                                      const core::ScorecardDefinition &definition)
{
    QSqlQuery q(m_db);
    const QDateTime createdAt =
        definition.createdAt.isValid() ? definition.createdAt : QDateTime::currentDateTimeUtc();
    auto version = insert(
        q,
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, version, created_at,"
                       " description) VALUES (?, ?, ?, ?) RETURNING id"),
        {scorecardId, definition.version, instantText(createdAt), nullableText(definition.description)},
        QStringLiteral("adding version %1 of scorecard %2").arg(definition.version).arg(definition.name));
    if (!version)
        return version.error();
    auto criterionIds = insertSections(version.value(), definition);
    if (!criterionIds)
        return criterionIds.error();
    StoredScorecard stored{scorecardId, version.value(), definition, criterionIds.value()};
    stored.definition.createdAt = createdAt.toUTC();
    return stored;
}

core::Result<QList<qint64>> QaWriter::insertSections(qint64 versionId,
                                                     const core::ScorecardDefinition &definition)
{
    QSqlQuery section(m_db);
    section.prepare(QStringLiteral(
        "INSERT INTO scorecard_sections (version_id, position, name) VALUES (?, ?, ?) RETURNING id"));
    QSqlQuery criterion(m_db);
    criterion.prepare(
        QStringLiteral("INSERT INTO scorecard_criteria (section_id, position, name, weight, kind,"
                       " auto_fail, na_allowed, guideline) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString what = QStringLiteral("adding the criteria of scorecard %1").arg(definition.name);
    QList<qint64> criterionIds;
    for (qsizetype s = 0; s < definition.sections.size(); ++s) {
        const core::ScorecardSection &sectionDefinition = definition.sections[s];
        auto sectionId = insert(section, {versionId, s, sectionDefinition.name}, what);
        if (!sectionId)
            return sectionId.error();
        for (qsizetype c = 0; c < sectionDefinition.criteria.size(); ++c) {
            const core::CriterionDefinition &d = sectionDefinition.criteria[c];
            auto criterionId = insert(
                criterion,
                {sectionId.value(), c, d.name, d.criterion.weight, core::criterionKindCode(d.criterion.kind),
                 d.criterion.autoFail ? 1 : 0, d.criterion.naAllowed ? 1 : 0, nullableText(d.guideline)},
                what);
            if (!criterionId)
                return criterionId.error();
            criterionIds.append(criterionId.value());
        }
    }
    return criterionIds;
}

core::Result<qint64> QaWriter::insertEvaluation(const StoredScorecard &scorecard,
                                                const core::EvaluationRecord &e,
                                                const QList<core::Annotation> &annotations)
{
    if (e.answers.size() != scorecard.criterionIds.size())
        return core::Error{tr("the evaluation has %1 answers for %2 criteria")
                               .arg(e.answers.size())
                               .arg(scorecard.criterionIds.size()),
                           {}};
    const QList<core::Criterion> criteria = scorecard.definition.flatCriteria();
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (!core::isValidAnswer(criteria[i], e.answers[i]))
            return core::Error{
                tr("answer %1 of the evaluation gives %2 points, outside what its criterion allows")
                    .arg(i + 1)
                    .arg(e.answers[i].points),
                {}};
    const std::optional<double> score = core::qaScorePct(criteria, e.answers);
    const QString created = instantText(e.createdAt);
    QSqlQuery &q = prepared(
        m_evaluation,
        QStringLiteral(
            "INSERT INTO evaluations (conversation_id, agent_id, team_id, conversation_day, evaluator,"
            " scorecard_version_id, status, score_pct, created_at, comment, kind, published_at,"
            " updated_at)"
            " SELECT c.id, COALESCE(?, c.agent_id), c.team_id, c.day, ?, ?, ?, ?, ?, ?, ?, ?, ?"
            " FROM conversations c WHERE c.id = ? RETURNING id"));
    auto id =
        insert(q,
               {nullableId(e.agentId), e.evaluator, scorecard.versionId, core::evaluationStatusCode(e.status),
                nullable(score), created, nullableText(e.comment), core::evaluationKindCode(e.kind),
                isPublished(e.status) ? QVariant(created) : QVariant(), created, e.conversationId},
               QStringLiteral("adding an evaluation"));
    // Ran without an error yet gave back no id: the SELECT found no such conversation.
    if (!id && !q.lastError().isValid())
        return core::Error{tr("evaluation of conversation %1, which does not exist").arg(e.conversationId),
                           {}};
    if (!id)
        return id.error();
    if (auto done = insertAnswers(id.value(), scorecard.criterionIds, e.answers, e.answerComments); !done)
        return done.error();
    if (auto done = insertAnnotations(id.value(), scorecard.criterionIds, annotations); !done)
        return done.error();
    if (isPublished(e.status))
        if (auto done = appendScoreHistory(id.value(), e.createdAt, e.evaluator, score, e.status, {}); !done)
            return done.error();
    return id.value();
}

core::Status QaWriter::insertAnswers(qint64 evaluationId, const QList<qint64> &criterionIds,
                                     const QList<core::CriterionAnswer> &answers, const QStringList &comments)
{
    if (answers.size() != criterionIds.size() || (!comments.isEmpty() && comments.size() != answers.size()))
        return core::Error{tr("the evaluation has %1 answers and %2 comments for %3 criteria")
                               .arg(answers.size())
                               .arg(comments.size())
                               .arg(criterionIds.size()),
                           {}};
    QSqlQuery &q =
        prepared(m_answer, QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, criterion_id,"
                                          " not_applicable, points, comment) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const core::CriterionAnswer &answer = answers[i];
        const bool unanswered = !answer.notApplicable && answer.points < 0;
        q.addBindValue(evaluationId);
        q.addBindValue(criterionIds[i]);
        q.addBindValue(answer.notApplicable ? 1 : 0);
        q.addBindValue(answer.notApplicable || unanswered ? QVariant() : QVariant(answer.points));
        q.addBindValue(comments.isEmpty() ? QVariant() : nullableText(comments[i]));
        if (auto done = execute(q, QStringLiteral("adding the answers of evaluation %1").arg(evaluationId));
            !done)
            return done;
    }
    return core::Done{};
}

core::Status QaWriter::insertAnnotations(qint64 evaluationId, const QList<qint64> &criterionIds,
                                         const QList<core::Annotation> &annotations)
{
    QSqlQuery &q = prepared(
        m_annotation, QStringLiteral("INSERT INTO annotations (evaluation_id, criterion_id, anchor_kind,"
                                     " anchor_value, body) VALUES (?, ?, ?, ?, ?)"));
    for (const core::Annotation &a : annotations) {
        if (a.criterionIndex < -1 || a.criterionIndex >= criterionIds.size())
            return core::Error{tr("an annotation points at criterion %1 of a scorecard with %2 criteria")
                                   .arg(a.criterionIndex + 1)
                                   .arg(criterionIds.size()),
                               {}};
        const bool line = a.anchorKind == core::AnchorKind::Line;
        if (a.anchorValue < (line ? 1 : 0))
            return core::Error{
                line ? tr("an annotation points at transcript line %1; lines start at 1").arg(a.anchorValue)
                     : tr("an annotation points at second %1 of the call").arg(a.anchorValue),
                {}};
        q.addBindValue(evaluationId);
        q.addBindValue(a.criterionIndex < 0 ? QVariant() : QVariant(criterionIds[a.criterionIndex]));
        q.addBindValue(core::anchorKindCode(a.anchorKind));
        q.addBindValue(a.anchorValue);
        q.addBindValue(a.body);
        if (auto done =
                execute(q, QStringLiteral("adding the annotations of evaluation %1").arg(evaluationId));
            !done)
            return done;
    }
    return core::Done{};
}

core::Status QaWriter::appendScoreHistory(qint64 evaluationId, const QDateTime &at, const QString &actor,
                                          std::optional<double> scorePct, core::EvaluationStatus status,
                                          const QString &reason)
{
    QSqlQuery &q =
        prepared(m_history, QStringLiteral("INSERT INTO evaluation_score_history (evaluation_id, at,"
                                           " actor, score_pct, status, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(evaluationId);
    q.addBindValue(instantText(at));
    q.addBindValue(actor);
    q.addBindValue(nullable(scorePct));
    q.addBindValue(core::evaluationStatusCode(status));
    q.addBindValue(nullableText(reason));
    return execute(q, QStringLiteral("recording the score of evaluation %1").arg(evaluationId));
}

} // namespace huddle::storage
