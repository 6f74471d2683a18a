#include "mistakerepository.h"

#include "core/qaimpact.h"
#include "database.h"
#include "qaexport.h"

#include <QHash>

#include <algorithm>

namespace huddle::storage {

namespace {

// Groups criteria across scorecard versions: a criterion keeps its place in the list when a new version
// reweighs it or moves it.
QString groupKey(const QString &scorecard, const LabelledCriterion &criterion)
{
    return QStringList{scorecard, criterion.section, criterion.definition.name}.join(QChar(0x1f));
}

MistakeInstance instanceOf(const ExportedEvaluation &e, double pointsLost, const QString &comment)
{
    return {e.id,        e.conversationId, e.conversationRef, e.conversationDay,
            e.agentName, e.evaluator,      pointsLost,        comment};
}

// Adds one evaluation's answers to the groups (created in the order criteria are first met).
void addEvaluation(const ExportedEvaluation &e, const StoredScorecard &scorecard, QList<Mistake> &mistakes,
                   QHash<QString, qsizetype> &groups)
{
    const QList<core::Criterion> criteria = scorecard.definition.flatCriteria();
    const QList<double> lost = core::pointsLost(criteria, e.answers);
    if (lost.size() != criteria.size())
        return; // no score (every criterion N/A, or answers missing): nothing was lost
    const QList<LabelledCriterion> labelled = labelledCriteria(scorecard.definition);
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QString key = groupKey(scorecard.definition.name, labelled[i]);
        auto group = groups.constFind(key);
        if (group == groups.cend()) {
            Mistake created;
            created.scorecardName = scorecard.definition.name;
            created.sectionName = labelled[i].section;
            created.criterionName = labelled[i].definition.name;
            group = groups.insert(key, mistakes.size());
            mistakes.append(created);
        }
        Mistake &mistake = mistakes[*group];
        mistake.autoFail = mistake.autoFail || criteria[i].autoFail;
        if (e.answers[i].notApplicable)
            continue;
        ++mistake.answered;
        if (!core::isFailed(criteria[i], e.answers[i]))
            continue;
        ++mistake.failures;
        mistake.pointsLost += lost[i];
        mistake.instances.append(instanceOf(e, lost[i], e.answerComments.value(i)));
    }
}

} // namespace

MistakeRepository::MistakeRepository(const Database &database)
    : m_database(&database)
{
}

core::Result<QList<Mistake>> MistakeRepository::mistakesByImpact(core::DateRange range,
                                                                 std::optional<qint64> teamId,
                                                                 std::optional<qint64> agentId) const
{
    QaExportFilter filter;
    filter.range = range;
    filter.teamId = teamId;
    filter.agentId = agentId;
    filter.kinds = {core::EvaluationKind::Qa};
    filter.statuses = {core::EvaluationStatus::Published, core::EvaluationStatus::Final};
    const auto data = QaExport(*m_database).read(filter);
    if (!data)
        return data.error();
    QList<Mistake> all;
    QHash<QString, qsizetype> groups;
    for (const ExportedEvaluation &e : data.value().evaluations)
        addEvaluation(e, data.value().scorecards.value(e.scorecardVersionId), all, groups);
    QList<Mistake> mistakes;
    for (Mistake &mistake : all) {
        if (mistake.failures == 0)
            continue;
        std::stable_sort(
            mistake.instances.begin(), mistake.instances.end(),
            [](const MistakeInstance &a, const MistakeInstance &b) { return a.pointsLost > b.pointsLost; });
        mistakes.append(mistake);
    }
    // Most points lost first; equal losses: the more frequent mistake, then the scorecard's order.
    std::stable_sort(mistakes.begin(), mistakes.end(), [](const Mistake &a, const Mistake &b) {
        if (a.pointsLost != b.pointsLost)
            return a.pointsLost > b.pointsLost;
        return a.failures > b.failures;
    });
    return mistakes;
}

} // namespace huddle::storage
