#include "coachingexport.h"

#include "coachingeffectreader.h"
#include "sqlutil.h"

#include <algorithm>
#include <tuple>

namespace huddle::storage {

namespace {

// The documented columns (coachingexport.h, the man page), in order.
const QStringList columns =
    QStringLiteral(
        "session_id,day,agent,team,coach,status,focus_kpi,before_from,before_to,before_value,before_n,"
        "after_from,after_to,after_value,after_n,change,verdict,actions,actions_done,action_items,"
        "acknowledged_day,follow_up_day")
        .split(QLatin1Char(','));

// Two decimals, dot, no grouping: every KPI unit reads well so (percent points, seconds, CpH, NPS).
QString plain(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

// "Recap next steps [agent, 2024-05-01, done]": body, then owner, due day and state, empty where unset.
QString actionItems(const QList<CoachingAction> &actions)
{
    QStringList items;
    for (const CoachingAction &a : actions)
        items.append(QStringLiteral("%1 [%2, %3, %4]")
                         .arg(a.body, a.owner, dayText(a.due),
                              a.done ? QStringLiteral("done") : QStringLiteral("open")));
    return items.join(QStringLiteral(" | "));
}

// The KPI columns of one focus KPI: focus_kpi … verdict.
QStringList effectCells(const core::FocusEffect &f, const core::EffectWindows &w)
{
    return {core::kpiCode(f.kpi),
            dayText(w.before.from),
            dayText(w.before.to),
            plain(f.before.value),
            QString::number(f.before.n),
            dayText(w.after.from),
            dayText(w.after.to),
            plain(f.after.value),
            QString::number(f.after.n),
            plain(f.change),
            core::effectVerdictCode(f.verdict)};
}

constexpr int effectColumns = 11;

// The rows of one session: one per focus KPI, or one with the KPI columns empty.
QList<QStringList> sessionRows(const CoachingSession &s, const SessionEffect &effect)
{
    const QStringList head{QString::number(s.id),
                           dayText(s.day),
                           s.agentName,
                           s.teamName,
                           s.coach,
                           core::sessionStatusCode(s.status)};
    const auto done =
        std::count_if(s.actions.begin(), s.actions.end(), [](const CoachingAction &a) { return a.done; });
    const QStringList tail{QString::number(s.actions.size()), QString::number(done), actionItems(s.actions),
                           dayText(s.acknowledgedDay), dayText(s.followUp)};
    QList<QStringList> rows;
    for (const core::FocusEffect &f : effect.focus)
        rows.append(head + effectCells(f, effect.windows) + tail);
    if (rows.isEmpty()) {
        QStringList row = head;
        for (int i = 0; i < effectColumns; ++i)
            row.append(QString());
        rows.append(row + tail);
    }
    return rows;
}

} // namespace

core::Result<CoachingExportTable> coachingExport(const Database &database, const CoachingFilter &filter,
                                                 QDate today, int effectDays,
                                                 const core::KpiDefinitions &definitions)
{
    const CoachingEffectReader reader(database);
    const auto days = effectDays == 0 ? reader.effectDays() : core::Result<int>(effectDays);
    if (!days)
        return days.error();
    const CoachingRepository repository(database);
    auto sessions = repository.sessions(filter);
    if (!sessions)
        return sessions.error();
    // Oldest first, whatever order the list was read in, so the same data always gives the same file.
    std::sort(sessions->begin(), sessions->end(),
              [](const CoachingSessionSummary &a, const CoachingSessionSummary &b) {
                  return std::tie(a.day, a.id) < std::tie(b.day, b.id);
              });
    CoachingExportTable table{columns, {}};
    for (const CoachingSessionSummary &summary : sessions.value()) {
        const auto session = repository.load(summary.id);
        if (!session)
            return session.error();
        const auto effect = reader.effect(session.value(), today, days.value(), definitions);
        if (!effect)
            return effect.error();
        table.rows.append(sessionRows(session.value(), effect.value()));
    }
    return table;
}

} // namespace huddle::storage
