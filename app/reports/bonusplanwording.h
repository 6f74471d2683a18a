#pragma once

#include "bonusrun.h"

#include "core/bonusplan.h"
#include "core/kpidefinitions.h"
#include "core/money.h"

#include <QString>
#include <QStringList>

// Bonus plans and the KPI definitions in force as sentences, for the appendix of the bonus PDF, so that a
// reader can check every amount against the rule that produced it. Money through the month's MoneyFormat,
// numbers through its locale; words in the translation context "huddle::reports::BonusPdf".
namespace huddle::reports {

// "CSAT %", "no-call-no-shows", "perfect-CSAT month", …
QString bonusMeasureName(const core::BonusMeasure &measure);
// "QA score % < 80 %, judged on at least 1 observation"; "a perfect-CSAT month (CSAT 100 % on at least 5
// responses)".
QString bonusConditionText(const core::BonusCondition &condition, const core::MoneyFormat &money,
                           const core::KpiDefinitions &definitions);
// "Perfect CSAT: $80.00 when a perfect-CSAT month (…)." — the label, then the rule.
QString bonusComponentText(const core::BonusComponent &component, const core::MoneyFormat &money,
                           const core::KpiDefinitions &definitions);
QString bonusGateText(const core::BonusGate &gate, const core::MoneyFormat &money,
                      const core::KpiDefinitions &definitions);
// The cap and the weights of the weighted KPI score.
QStringList bonusPlanLimits(const core::BonusPlan &plan, const core::MoneyFormat &money);
// "Billing, Sales: “Example plan”, version 2, valid from September 2026"; `scope` names the teams it
// governed.
QString bonusPlanHeading(const BonusPlanUsed &used, const QString &scope, const QLocale &locale);
// The KPI definitions a bonus month was judged with, one sentence each.
QStringList bonusDefinitionTexts(const core::KpiDefinitions &definitions, const QLocale &locale);

} // namespace huddle::reports
