#pragma once

#include "reports/bonusrun.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace huddle::models {
class BonusMonthFilter;
class BonusMonthModel;
} // namespace huddle::models

namespace huddle::ui {

// The sentences of the Bonus page and its lock dialogs, in one place so the banner, the dialogs and the tests
// say the same thing.
class BonusPageText {
    Q_DECLARE_TR_FUNCTIONS(huddle::ui::BonusPageText)
public:
    static QString monthName(QDate month); // "October 2026"
    // "Locked by Dana Reyes on 2 Nov 2026, 09:14 — payroll review done" (the time in the site's zone)
    static QString lock(const storage::BonusLock &lock, const QTimeZone &zone);
    // Teams under the same plan version named together: "Billing, Care: the built-in example plan; Sales:
    // “Sales push” version 2, valid from September 2026".
    static QString plans(const QList<reports::BonusPlanUsed> &plans);

    // The banner above the tree: whether the month shown is locked (by whom, when, why) or may still change.
    struct Banner {
        enum class Tone { Open, Locked, Problem };
        QString text;
        QString toolTip; // the plans used
        Tone tone = Tone::Open;
    };
    // `shown`: the month on screen (null: none yet); `picked`: the month asked for; `error`: why it could not
    // be computed; `today`: the site's day (has the month ended?).
    static Banner banner(const reports::BonusMonth *shown, QDate picked, bool loading, const QString &error,
                         QDate today, const QTimeZone &zone);

    // The line under the tree: the site total and each team's, then, while a filter hides some agents, what
    // the agents shown add up to.
    static QString totals(const models::BonusMonthModel &model, const models::BonusMonthFilter &filter);
};

} // namespace huddle::ui
