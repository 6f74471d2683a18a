#include "evaluationrows.h"
#include "translation.h"

#include "boundquery.h"
#include "core/enumnames.h"
#include "database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace huddle::storage {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::Status;

namespace {

QString criterionName(const core::ScorecardDefinition &scorecard, qsizetype index)
{
    qsizetype i = 0;
    for (const core::ScorecardSection &section : scorecard.sections)
        for (const core::CriterionDefinition &criterion : section.criteria)
            if (i++ == index)
                return criterion.name;
    return QString::number(index + 1);
}

bool unanswered(const core::CriterionAnswer &answer)
{
    return !answer.notApplicable && answer.points < 0;
}

} // namespace

core::Result<EvaluationRow> readEvaluationRow(const Database &database, qint64 evaluationId)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral(
                "SELECT id, conversation_id, scorecard_version_id, calibration_session_id, kind, status,"
                " evaluator, score_pct, published_at FROM evaluations WHERE id = ?"),
            {evaluationId}, QStringLiteral("reading evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    if (!q.next())
        return core::Error{tr("there is no evaluation %1").arg(evaluationId), {}};
    EvaluationRow row;
    row.id = q.value(0).toLongLong();
    row.conversationId = q.value(1).toLongLong();
    row.versionId = q.value(2).toLongLong();
    row.calibrationSessionId = q.value(3).toLongLong();
    row.kind = core::evaluationKindFromCode(q.value(4).toString()).value_or(core::EvaluationKind::Qa);
    row.status =
        core::evaluationStatusFromCode(q.value(5).toString()).value_or(core::EvaluationStatus::Draft);
    row.evaluator = q.value(6).toString();
    if (!q.value(7).isNull())
        row.scorePct = q.value(7).toDouble();
    if (!q.value(8).isNull())
        row.publishedAt = instantFrom(q.value(8));
    return row;
}

core::Result<StoredAnswers> readAnswers(const Database &database, qint64 evaluationId,
                                        const QList<qint64> &criterionIds)
{
    QSqlQuery q(database.connection());
    if (auto done = runBound(
            q,
            QStringLiteral("SELECT criterion_id, not_applicable, points, comment FROM evaluation_answers"
                           " WHERE evaluation_id = ?"),
            {evaluationId}, QStringLiteral("reading the answers of evaluation %1").arg(evaluationId));
        !done)
        return done.error();
    StoredAnswers stored{QList<core::CriterionAnswer>(criterionIds.size(), core::CriterionAnswer{false, -1}),
                         QStringList(criterionIds.size(), QString())};
    while (q.next()) {
        const qsizetype index = criterionIds.indexOf(q.value(0).toLongLong());
        if (index < 0)
            continue;
        const bool notApplicable = q.value(1).toInt() != 0;
        stored.answers[index] = {notApplicable, notApplicable || q.value(2).isNull()
                                                    ? (notApplicable ? 0 : -1)
                                                    : q.value(2).toInt()};
        stored.comments[index] = q.value(3).toString();
    }
    return stored;
}

QJsonArray answersDetail(const core::ScorecardDefinition &scorecard,
                         const QList<core::CriterionAnswer> &answers)
{
    QJsonArray detail;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const core::CriterionAnswer &a = answers[i];
        detail.append(QJsonObject{{QStringLiteral("criterion"), criterionName(scorecard, i)},
                                  {QStringLiteral("na"), a.notApplicable},
                                  {QStringLiteral("points"), a.notApplicable || a.points < 0
                                                                 ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(a.points)}});
    }
    return detail;
}

QJsonValue scoreDetail(std::optional<double> scorePct)
{
    return scorePct ? QJsonValue(*scorePct) : QJsonValue(QJsonValue::Null);
}

Status checkAnswers(const core::ScorecardDefinition &scorecard, const QList<core::CriterionAnswer> &answers,
                    bool complete)
{
    const QList<core::Criterion> criteria = scorecard.flatCriteria();
    if (answers.size() != criteria.size())
        return core::Error{
            tr("the evaluation has %1 answers for %2 criteria").arg(answers.size()).arg(criteria.size()), {}};
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const core::CriterionAnswer &answer = answers[i];
        if (unanswered(answer)) {
            if (complete)
                return core::Error{tr("“%1” is not answered yet").arg(criterionName(scorecard, i)), {}};
            continue;
        }
        if (core::isValidAnswer(criteria[i], answer))
            continue;
        return core::Error{
            answer.notApplicable
                ? tr("“%1” cannot be answered N/A").arg(criterionName(scorecard, i))
                : tr("“%1” cannot be given %2 points").arg(criterionName(scorecard, i)).arg(answer.points),
            {}};
    }
    return core::Done{};
}

core::Result<double> scoreOf(const core::ScorecardDefinition &scorecard,
                             const QList<core::CriterionAnswer> &answers)
{
    if (auto valid = checkAnswers(scorecard, answers, true); !valid)
        return valid.error();
    const std::optional<double> score = core::qaScorePct(scorecard.flatCriteria(), answers);
    if (!score)
        return core::Error{tr("every criterion is answered N/A: there is nothing to score"), {}};
    return *score;
}

} // namespace huddle::storage
