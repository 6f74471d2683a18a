#pragma once

#include "bonusrun.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// What the exports of a bonus month share: the agents grouped by team in report order and the few sentences
// every format prints (lock status, team names).
namespace huddle::reports {

// The translation context of the bonus PDF's words, QCoreApplication::translate("huddle::reports::BonusPdf",
// …); the sentences the XLSX shares with the PDF are filed under it too.
class BonusPdf {
    Q_DECLARE_TR_FUNCTIONS(huddle::reports::BonusPdf)
};

struct BonusTeamSection {
    qint64 teamId = 0; // 0: agents without a team
    QString teamName;  // as the month names it; empty without a team
    core::Cents total = 0;
    QList<const AgentBonusRow *> agents; // in report order; point into the month
};

// The month's agents by team: the teams in the month's order, then any team its list lacks. The pointers are
// valid while `month` is.
QList<BonusTeamSection> bonusTeamSections(const BonusMonth &month);

// Whether a lock is in force for the month (a lifted lock does not count).
bool bonusMonthLocked(const BonusMonth &month);

// "Locked by Dana Reyes on 11/2/26 9:00 AM UTC — reviewed with finance" or "Not locked — figures may still
// change".
QString bonusLockStatus(const BonusMonth &month, const QLocale &locale);
// The lock's time in UTC as the locale writes it, with "UTC" after it.
QString bonusLockTime(const QDateTime &lockedAt, const QLocale &locale);

// A team's name for people: "No team" when empty.
QString bonusTeamLabel(const QString &teamName);

// "October 2026" in the locale's words.
QString bonusMonthTitle(QDate month, const QLocale &locale);

} // namespace huddle::reports
