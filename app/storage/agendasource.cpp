#include "agendasource.h"
#include "translation.h"

#include "attendancerepository.h"
#include "boundquery.h"
#include "coachingrepository.h"
#include "database.h"
#include "kpiplanrepository.h"
#include "kpirepository.h"
#include "mistakerepository.h"
#include "reviewnoterepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace huddle::storage {

namespace {

// The `days` days that end the day before the session: the agenda only looks at what had happened by then.
core::DateRange daysBefore(QDate sessionDay, int days)
{
    return {sessionDay.addDays(-days), sessionDay.addDays(-1)};
}

// The agent's KPIs over the window, each judged by the plan of the team the agent was in on the last day.
core::Result<QList<core::AgendaKpi>> kpisOf(const Database &database, qint64 agentId, core::DateRange range,
                                            const core::KpiDefinitions &definitions)
{
    const KpiRepository kpis(database);
    const auto agents = kpis.agents(range.to);
    if (!agents)
        return agents.error();
    if (!agents->contains(agentId))
        return core::Error{tr("there is no agent with id %1").arg(agentId), {}};
    const qint64 teamId = agents->value(agentId).teamId;
    const auto plan = KpiPlanRepository(database).planFor(teamId > 0 ? std::optional(teamId) : std::nullopt);
    if (!plan)
        return plan.error();
    KpiQuery query{range, std::nullopt, agentId, KpiGrouping::All, definitions};
    const auto rows = kpis.totals(query);
    if (!rows)
        return rows.error();
    core::KpiTotals totals;
    for (const KpiRow &row : rows.value())
        totals += row.totals;
    const core::WeightedScore score =
        core::weightedScore(core::computeKpis(totals, definitions), plan.value());
    QList<core::AgendaKpi> result;
    for (const core::KpiAssessment &part : score.parts)
        result.append({part, plan->entry(part.kpi).thresholds.met});
    return result;
}

core::Result<QList<core::AgendaMistake>> mistakesOf(const Database &database, qint64 agentId,
                                                    core::DateRange range)
{
    const auto mistakes = MistakeRepository(database).mistakesByImpact(range, std::nullopt, agentId);
    if (!mistakes)
        return mistakes.error();
    QList<core::AgendaMistake> result;
    for (const Mistake &m : mistakes.value())
        result.append({m.criterionName, m.scorecardName, m.failures, m.pointsLost});
    return result;
}

// "1-5", "0-10", "0-1" (Zendesk's good/bad): the scale as AgendaConversation carries it.
QString scaleCode(const core::CsatScale &scale)
{
    return QStringLiteral("%1-%2").arg(scale.min).arg(scale.max);
}

// Survey answers of the agent's conversations in the window that the site's CSAT rules do not count as
// satisfied, newest first. Whether a score is satisfied depends on its scale and the site's thresholds
// (core::CsatRules), so the rule is applied here rather than in SQL, as the KPI queries do.
core::Result<QList<core::AgendaConversation>> lowCsatOf(const Database &database, qint64 agentId,
                                                        core::DateRange range, const core::CsatRules &rules)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (auto done =
            runBound(q,
                     QStringLiteral("SELECT c.id, c.external_id, c.day, c.csat_score, c.csat_scale_min,"
                                    " c.csat_scale_max FROM conversations c"
                                    " WHERE c.agent_id = ? AND c.day BETWEEN ? AND ?"
                                    " AND c.csat_score IS NOT NULL"
                                    " ORDER BY c.day DESC, c.started_at DESC, c.id DESC"),
                     {agentId, dayText(range.from), dayText(range.to)},
                     QStringLiteral("reading low-CSAT conversations"));
        !done)
        return done.error();
    QList<core::AgendaConversation> result;
    while (q.next()) {
        const int score = q.value(3).toInt();
        const core::CsatScale scale{q.value(4).toInt(), q.value(5).toInt()};
        if (!rules.isSatisfied(score, scale))
            result.append({q.value(0).toLongLong(), q.value(1).toString(), dayFrom(q.value(2)), score,
                           scaleCode(scale)});
    }
    return result;
}

// Notes fellow agents wrote on the agent's conversations in the window, newest first. Coach notes are not
// peer reviews, and a note written on or after the session day was not there to prepare with.
core::Result<QList<core::AgendaPeerNote>> peerNotesOf(const Database &database, qint64 agentId,
                                                      core::DateRange range)
{
    const auto notes = ReviewNoteRepository(database).notes(range, std::nullopt, agentId);
    if (!notes)
        return notes.error();
    QList<core::AgendaPeerNote> result;
    for (const ReviewNoteEntry &n : notes.value())
        if (n.reviewerAgentId > 0 && n.reviewerAgentId != agentId && n.day <= range.to)
            result.append({n.id, n.conversationId, n.reviewer, n.day, n.body});
    return result;
}

// Action items still open from the agent's sessions before this one, oldest due first.
core::Result<QList<core::AgendaOpenAction>> openActionsOf(const Database &database, qint64 agentId,
                                                          QDate sessionDay)
{
    const auto open = CoachingRepository(database).openActions(std::nullopt, agentId, sessionDay);
    if (!open)
        return open.error();
    QList<core::AgendaOpenAction> result;
    for (const OpenActionEntry &e : open.value())
        if (e.sessionDay < sessionDay)
            result.append({e.action.id, e.action.body, e.action.owner, e.action.due, e.sessionDay});
    return result;
}

core::Result<core::AgendaAttendance> attendanceOf(const Database &database, qint64 agentId, QDate lastDay)
{
    const auto stage = AttendanceRepository(database).stage(agentId, lastDay);
    if (!stage)
        return stage.error();
    return core::AgendaAttendance{stage->violations, stage->step ? stage->step->label : QString()};
}

// Copies a part's value into `target`, or hands back the error that stops the whole gathering.
template <typename T> std::optional<core::Error> take(core::Result<T> part, T &target)
{
    if (!part)
        return part.error();
    target = std::move(part.value());
    return std::nullopt;
}

} // namespace

AgendaSource::AgendaSource(const Database &database)
    : m_database(&database)
{
}

core::Result<core::AgendaInputs> AgendaSource::inputs(qint64 agentId, QDate sessionDay,
                                                      const AgendaWindow &window,
                                                      const core::KpiDefinitions &definitions) const
{
    if (!sessionDay.isValid())
        return core::Error{tr("the session needs a valid day"), {}};
    if (window.kpiDays < 1 || window.conversationDays < 1 || window.mistakeDays < 1)
        return core::Error{tr("the agenda looks back at least one day"), {}};
    const Database &db = *m_database;
    const core::DateRange recent = daysBefore(sessionDay, window.conversationDays);
    core::AgendaInputs in;
    core::AgendaAttendance stage;
    if (auto e = take(kpisOf(db, agentId, daysBefore(sessionDay, window.kpiDays), definitions), in.kpis))
        return *e;
    if (auto e = take(mistakesOf(db, agentId, daysBefore(sessionDay, window.mistakeDays)), in.mistakes))
        return *e;
    if (auto e = take(lowCsatOf(db, agentId, recent, definitions.csat), in.lowCsat))
        return *e;
    if (auto e = take(peerNotesOf(db, agentId, recent), in.peerNotes))
        return *e;
    if (auto e = take(openActionsOf(db, agentId, sessionDay), in.openActions))
        return *e;
    if (auto e = take(attendanceOf(db, agentId, sessionDay.addDays(-1)), stage))
        return *e;
    in.attendance = stage;
    return in;
}

} // namespace huddle::storage
