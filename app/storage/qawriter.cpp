#include "qawriter.h"

#include "core/enumnames.h"
#include "database.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

namespace {

core::Result<qint64> insert(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q, what);
    return q.lastInsertId().toLongLong();
}

} // namespace

QaWriter::QaWriter(const Database &database)
    : m_db(database.connection())
{
}

core::Result<StoredScorecard> QaWriter::insertScorecard(const core::ScorecardDefinition &definition)
{
    QSqlQuery q(m_db);
    const QString what = QStringLiteral("adding scorecard %1").arg(definition.name);
    auto scorecard =
        insert(q, QStringLiteral("INSERT INTO scorecards (name) VALUES (?)"), {definition.name}, what);
    if (!scorecard)
        return scorecard.error();
    auto version = insert(
        q,
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, version, created_at) VALUES (?, ?, ?)"),
        {scorecard.value(), definition.version,
         instantText(definition.createdAt.isValid() ? definition.createdAt
                                                    : QDateTime::currentDateTimeUtc())},
        what);
    if (!version)
        return version.error();
    StoredScorecard stored{scorecard.value(), version.value(), definition, {}};
    for (qsizetype s = 0; s < definition.sections.size(); ++s) {
        const core::ScorecardSection &section = definition.sections[s];
        auto sectionId = insert(
            q, QStringLiteral("INSERT INTO scorecard_sections (version_id, position, name) VALUES (?, ?, ?)"),
            {version.value(), s, section.name}, what);
        if (!sectionId)
            return sectionId.error();
        for (qsizetype c = 0; c < section.criteria.size(); ++c) {
            const core::CriterionDefinition &criterion = section.criteria[c];
            auto criterionId = insert(
                q,
                QStringLiteral("INSERT INTO scorecard_criteria (section_id, position, name, weight, kind,"
                               " auto_fail) VALUES (?, ?, ?, ?, ?, ?)"),
                {sectionId.value(), c, criterion.name, criterion.criterion.weight,
                 core::criterionKindCode(criterion.criterion.kind), criterion.criterion.autoFail ? 1 : 0},
                what);
            if (!criterionId)
                return criterionId.error();
            stored.criterionIds.append(criterionId.value());
        }
    }
    return stored;
}

core::Result<qint64> QaWriter::insertEvaluation(const StoredScorecard &scorecard,
                                                const core::EvaluationRecord &e)
{
    if (e.answers.size() != scorecard.criterionIds.size())
        return core::Error{QStringLiteral("evaluation has %1 answers for %2 criteria")
                               .arg(e.answers.size())
                               .arg(scorecard.criterionIds.size()),
                           {}};
    const QList<core::Criterion> criteria = scorecard.definition.flatCriteria();
    for (qsizetype i = 0; i < criteria.size(); ++i)
        if (!core::isValidAnswer(criteria[i], e.answers[i]))
            return core::Error{
                QStringLiteral(
                    "answer %1 of the evaluation gives %2 points, outside what its criterion allows")
                    .arg(i + 1)
                    .arg(e.answers[i].points),
                {}};
    const std::optional<double> score = core::qaScorePct(criteria, e.answers);
    QSqlQuery q(m_db);
    const QString what = QStringLiteral("adding an evaluation");
    auto id =
        insert(q,
               QStringLiteral(
                   "INSERT INTO evaluations (conversation_id, agent_id, team_id, conversation_day, evaluator,"
                   " scorecard_version_id, status, score_pct, created_at, comment)"
                   " SELECT c.id, COALESCE(?, c.agent_id), c.team_id, c.day, ?, ?, ?, ?, ?, ?"
                   " FROM conversations c WHERE c.id = ?"),
               {nullableId(e.agentId), e.evaluator, scorecard.versionId, core::evaluationStatusCode(e.status),
                nullable(score), instantText(e.createdAt), nullableText(e.comment), e.conversationId},
               what);
    if (!id)
        return id.error();
    if (q.numRowsAffected() != 1)
        return core::Error{
            QStringLiteral("evaluation of conversation %1, which does not exist").arg(e.conversationId), {}};
    for (qsizetype i = 0; i < e.answers.size(); ++i) {
        const core::CriterionAnswer &answer = e.answers[i];
        auto done =
            insert(q,
                   QStringLiteral(
                       "INSERT INTO evaluation_answers (evaluation_id, criterion_id, not_applicable, points)"
                       " VALUES (?, ?, ?, ?)"),
                   {id.value(), scorecard.criterionIds[i], answer.notApplicable ? 1 : 0,
                    answer.notApplicable ? QVariant() : QVariant(answer.points)},
                   what);
        if (!done)
            return done.error();
    }
    return id.value();
}

} // namespace huddle::storage
