#include "qaexport.h"

#include "boundquery.h"
#include "core/enumnames.h"
#include "database.h"
#include "scorecardrepository.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace huddle::storage {

namespace {

// The WHERE clause of a filter over evaluations aliased `e`, with its values in order.
struct EvaluationConditions {
    QString sql;
    QVariantList bindings;
};

template <typename Enum>
void addIn(EvaluationConditions &c, QStringList &parts, const QString &column, const QList<Enum> &values,
           QString (*code)(Enum))
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const Enum value : values) {
        marks << QStringLiteral("?");
        c.bindings << code(value);
    }
    parts << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

EvaluationConditions conditionsOf(const QaExportFilter &filter)
{
    EvaluationConditions c;
    QStringList parts{QStringLiteral("1 = 1")};
    if (filter.range.isValid()) {
        parts << QStringLiteral("e.conversation_day BETWEEN ? AND ?");
        c.bindings << dayText(filter.range.from) << dayText(filter.range.to);
    }
    if (filter.teamId) {
        parts << QStringLiteral("e.team_id = ?");
        c.bindings << *filter.teamId;
    }
    if (filter.agentId) {
        parts << QStringLiteral("e.agent_id = ?");
        c.bindings << *filter.agentId;
    }
    addIn(c, parts, QStringLiteral("e.kind"), filter.kinds, &core::evaluationKindCode);
    addIn(c, parts, QStringLiteral("e.status"), filter.statuses, &core::evaluationStatusCode);
    if (filter.calibrationSessionId > 0) {
        parts << QStringLiteral("e.calibration_session_id = ?");
        c.bindings << filter.calibrationSessionId;
    }
    c.sql = parts.join(QStringLiteral(" AND "));
    return c;
}

// Rows are read once, front to back: forward-only spares the driver a copy of each.
core::Status readEvaluations(QSqlQuery &q, const QString &sql, const QVariantList &bindings)
{
    q.setForwardOnly(true);
    return runBound(q, sql, bindings, QStringLiteral("reading evaluations"));
}

ExportedEvaluation evaluationFrom(const QSqlQuery &q)
{
    ExportedEvaluation e;
    e.id = q.value(0).toLongLong();
    e.conversationId = q.value(1).toLongLong();
    e.conversationRef = q.value(2).toString();
    e.conversationDay = dayFrom(q.value(3));
    e.agentId = q.value(4).toLongLong();
    e.agentName = q.value(5).toString();
    e.teamName = q.value(6).toString();
    e.evaluator = q.value(7).toString();
    e.kind = core::evaluationKindFromCode(q.value(8).toString()).value_or(core::EvaluationKind::Qa);
    e.status =
        core::evaluationStatusFromCode(q.value(9).toString()).value_or(core::EvaluationStatus::Published);
    if (!q.value(10).isNull())
        e.scorePct = q.value(10).toDouble();
    e.publishedAt = instantFrom(q.value(11));
    e.scorecardVersionId = q.value(12).toLongLong();
    return e;
}

core::CriterionAnswer answerFrom(const QVariant &notApplicable, const QVariant &points)
{
    if (notApplicable.toInt() == 1)
        return {true, 0};
    return {false, points.isNull() ? -1 : points.toInt()};
}

// The evaluations the filter selects, each with an unanswered slot per criterion of its scorecard version,
// and those versions.
core::Status readEvaluations(const Database &database, const EvaluationConditions &where, QaExportData &data)
{
    QSqlQuery q(database.connection());
    if (auto done = readEvaluations(
            q,
            QStringLiteral("SELECT e.id, e.conversation_id, c.external_id, e.conversation_day,"
                           " e.agent_id, a.display_name, t.name, e.evaluator, e.kind, e.status,"
                           " e.score_pct, e.published_at, e.scorecard_version_id FROM evaluations e"
                           " JOIN conversations c ON c.id = e.conversation_id"
                           " LEFT JOIN agents a ON a.id = e.agent_id"
                           " LEFT JOIN teams t ON t.id = e.team_id WHERE %1"
                           " ORDER BY e.conversation_day, e.id")
                .arg(where.sql),
            where.bindings);
        !done)
        return done;
    while (q.next())
        data.evaluations.append(evaluationFrom(q));
    // The versions are read only once every row is in: PostgreSQL's forward-only rows arrive while they are
    // read, and another statement on the connection in the middle would discard the rest.
    const ScorecardRepository scorecards(database);
    for (ExportedEvaluation &e : data.evaluations) {
        if (!data.scorecards.contains(e.scorecardVersionId)) {
            auto version = scorecards.version(e.scorecardVersionId);
            if (!version)
                return version.error();
            data.scorecards.insert(e.scorecardVersionId, version.value());
        }
        const qsizetype criteria = data.scorecards.value(e.scorecardVersionId).criterionIds.size();
        e.answers = QList<core::CriterionAnswer>(criteria, core::CriterionAnswer{false, -1});
        e.answerComments = QStringList(criteria, QString());
    }
    return core::Done{};
}

// Fills the answer slots of the evaluations read.
core::Status readAnswers(const Database &database, const EvaluationConditions &where, QaExportData &data)
{
    QHash<qint64, qsizetype> position; // evaluation id → index into data.evaluations
    for (qsizetype i = 0; i < data.evaluations.size(); ++i)
        position.insert(data.evaluations[i].id, i);
    QHash<qint64, qsizetype> criterionIndex; // criterion id → flatCriteria() index in its version
    for (const StoredScorecard &version : std::as_const(data.scorecards))
        for (qsizetype i = 0; i < version.criterionIds.size(); ++i)
            criterionIndex.insert(version.criterionIds[i], i);
    QSqlQuery q(database.connection());
    if (auto done =
            readEvaluations(q,
                            QStringLiteral("SELECT ans.evaluation_id, ans.criterion_id, ans.not_applicable,"
                                           " ans.points, ans.comment FROM evaluation_answers ans"
                                           " JOIN evaluations e ON e.id = ans.evaluation_id WHERE %1")
                                .arg(where.sql),
                            where.bindings);
        !done)
        return done;
    while (q.next()) {
        const auto evaluation = position.constFind(q.value(0).toLongLong());
        const auto criterion = criterionIndex.constFind(q.value(1).toLongLong());
        if (evaluation == position.cend() || criterion == criterionIndex.cend())
            continue; // an evaluation written between the two statements
        ExportedEvaluation &e = data.evaluations[*evaluation];
        e.answers[*criterion] = answerFrom(q.value(2), q.value(3));
        e.answerComments[*criterion] = q.value(4).toString();
    }
    return core::Done{};
}

} // namespace

QList<LabelledCriterion> labelledCriteria(const core::ScorecardDefinition &scorecard)
{
    QList<LabelledCriterion> criteria;
    for (const core::ScorecardSection &section : scorecard.sections)
        for (const core::CriterionDefinition &definition : section.criteria)
            criteria.append({section.name, definition});
    return criteria;
}

QaExport::QaExport(const Database &database)
    : m_database(&database)
{
}

core::Result<QaExportData> QaExport::read(const QaExportFilter &filter) const
{
    const EvaluationConditions where = conditionsOf(filter);
    QaExportData data;
    if (auto done = readEvaluations(*m_database, where, data); !done)
        return done.error();
    if (auto done = readAnswers(*m_database, where, data); !done)
        return done.error();
    return data;
}

} // namespace huddle::storage
