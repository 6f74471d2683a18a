#pragma once

#include "reports/bonusrun.h"

// Bonus months built by hand for the export tests, so that they need no database and no engine: every line,
// total and plan below is written out, and the expected files are worked out from them.
namespace huddle::testfixture {

// October 2026, US dollars, en_US. Billing: Ana Lima (11: perfect CSAT $80.00 + 14 sales $172.00 = $252.00)
// and an agent named =HYPERLINK("http://x","y") (12: 1 sale $8.00, no-call-no-show gate −$8.00 = $0.00);
// Support: "@cmd" (21, moved from Billing: perfect CSAT $80.00, adjustment for September −$80.00 = $0.00)
// and Bo Chen (22: perfect CSAT $80.00, with no inputs). Site total $332.00. Plans: one stored plan for
// Billing, the built-in example for Support.
reports::BonusMonth smallBonusMonth();

// `agents` agents in 10 teams ("Team 01" …), five lines each (three components, a gate, an adjustment), with
// explanations long enough to wrap now and then; for page breaks and speed.
reports::BonusMonth largeBonusMonth(int agents);

// The plan the small month's Billing team used: every component kind, three gates, a cap.
core::BonusPlan handMadePlan();

} // namespace huddle::testfixture
