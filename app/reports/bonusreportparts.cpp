#include "bonusreportparts.h"

#include <QHash>

namespace huddle::reports {

QList<BonusTeamSection> bonusTeamSections(const BonusMonth &month)
{
    QList<BonusTeamSection> sections;
    QHash<qint64, qsizetype> indexOf; // team id → section
    for (const TeamBonusTotal &team : month.teams) {
        indexOf.insert(team.teamId, sections.size());
        sections.append({team.teamId, team.teamName, 0, {}});
    }
    for (const AgentBonusRow &agent : month.agents) {
        auto it = indexOf.find(agent.teamId);
        if (it == indexOf.end()) {
            it = indexOf.insert(agent.teamId, sections.size());
            sections.append({agent.teamId, agent.teamName, 0, {}});
        }
        BonusTeamSection &section = sections[it.value()];
        section.agents.append(&agent);
        section.total += agent.bonus.total;
    }
    return sections;
}

bool bonusMonthLocked(const BonusMonth &month)
{
    return month.lock && month.lock->inForce();
}

QString bonusLockTime(const QDateTime &lockedAt, const QLocale &locale)
{
    return BonusPdf::tr("%1 UTC").arg(locale.toString(lockedAt.toUTC(), QLocale::ShortFormat));
}

QString bonusLockStatus(const BonusMonth &month, const QLocale &locale)
{
    if (!bonusMonthLocked(month))
        return BonusPdf::tr("Not locked — figures may still change");
    const storage::BonusLock &lock = *month.lock;
    return BonusPdf::tr("Locked by %1 on %2 — %3")
        .arg(lock.lockedBy, bonusLockTime(lock.lockedAt, locale), lock.reason);
}

QString bonusTeamLabel(const QString &teamName)
{
    return teamName.isEmpty() ? BonusPdf::tr("No team") : teamName;
}

QString bonusMonthTitle(QDate month, const QLocale &locale)
{
    return locale.toString(month, QStringLiteral("MMMM yyyy"));
}

} // namespace huddle::reports
