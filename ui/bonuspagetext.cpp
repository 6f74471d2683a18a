#include "bonuspagetext.h"

#include "models/bonusmonthfilter.h"
#include "models/bonusmonthmodel.h"
#include "models/sitetimezone.h"

#include <QLocale>

namespace huddle::ui {

QString BonusPageText::monthName(QDate month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QString BonusPageText::lock(const storage::BonusLock &lock, const QTimeZone &zone)
{
    return tr("Locked by %1 on %2 — %3")
        .arg(lock.lockedBy, models::formatSiteTime(lock.lockedAt, zone), lock.reason);
}

QString BonusPageText::plans(const QList<reports::BonusPlanUsed> &plans)
{
    QStringList described;
    QList<QStringList> scopes;
    for (const reports::BonusPlanUsed &used : plans) {
        const QString plan = used.planId == 0 ? tr("the built-in example plan")
                                              : tr("“%1” version %2, valid from %3")
                                                    .arg(used.plan.name)
                                                    .arg(used.version)
                                                    .arg(monthName(used.validFrom));
        qsizetype at = described.indexOf(plan);
        if (at < 0) {
            at = described.size();
            described.append(plan);
            scopes.append(QStringList());
        }
        scopes[at].append(used.teamId == 0 ? tr("Site") : used.teamName);
    }
    QStringList parts;
    for (qsizetype i = 0; i < described.size(); ++i)
        parts.append(tr("%1: %2").arg(scopes[i].join(QStringLiteral(", ")), described[i]));
    return parts.join(QStringLiteral("; "));
}

BonusPageText::Banner BonusPageText::banner(const reports::BonusMonth *shown, QDate picked, bool loading,
                                            const QString &error, QDate today, const QTimeZone &zone)
{
    if (!error.isEmpty())
        return {tr("%1 could not be computed: %2").arg(monthName(picked), error), {}, Banner::Tone::Problem};
    // While another month is computed, the old one's status would describe the wrong month.
    if (!shown || (loading && shown->month != picked))
        return {loading ? tr("Computing %1…").arg(monthName(picked))
                        : tr("%1: not computed yet.").arg(monthName(picked)),
                {},
                Banner::Tone::Open};
    const QString used = plans(shown->plans);
    const QString toolTip = used.isEmpty() ? QString() : tr("Plans used: %1").arg(used);
    const QString name = monthName(shown->month);
    if (shown->lock)
        return {
            tr("%1 — %2\nFrozen: later data for this month are paid as adjustments in the next open month.")
                .arg(name, lock(*shown->lock, zone)),
            toolTip, Banner::Tone::Locked};
    const bool ended = shown->month.addMonths(1) <= today;
    return {
        ended ? tr("%1 — Open: figures may still change. Lock the month once it has been reviewed.").arg(name)
              : tr("%1 — Open: figures may still change; the month has not ended yet.").arg(name),
        toolTip, Banner::Tone::Open};
}

QString BonusPageText::totals(const models::BonusMonthModel &model, const models::BonusMonthFilter &filter)
{
    const core::MoneyFormat &money = model.month().money;
    QStringList teams;
    const QList<reports::TeamBonusTotal> totals = model.teams();
    for (const reports::TeamBonusTotal &team : totals)
        teams.append(tr("%1 %2 (%n agent(s))", nullptr, team.agents)
                         .arg(models::BonusMonthModel::teamName(team), money.format(team.total))
                         .toHtmlEscaped());
    QString text = tr("<b>Site total %1</b> · %n agent(s)", nullptr, model.agentCount())
                       .arg(money.format(model.siteTotal()).toHtmlEscaped());
    if (!teams.isEmpty())
        text += QStringLiteral(" — ") + teams.join(QStringLiteral(" · "));
    if (filter.agentText().isEmpty() && filter.team() == 0)
        return text;
    int agents = 0;
    core::Cents cents = 0;
    for (int team = 0; team < filter.rowCount(); ++team) {
        const QModelIndex teamIndex = filter.index(team, 0);
        for (int agent = 0; agent < filter.rowCount(teamIndex); ++agent) {
            ++agents;
            cents += filter.index(agent, 0, teamIndex).data(models::BonusMonthModel::CentsRole).toLongLong();
        }
    }
    return text + QStringLiteral("<br>") +
           tr("Shown: %n agent(s), %1", nullptr, agents).arg(money.format(cents)).toHtmlEscaped();
}

} // namespace huddle::ui
