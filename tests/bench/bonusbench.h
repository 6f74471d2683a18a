#pragma once

class QTextStream;

// huddle-bench bonus: a site of 1,000 agents with one month of demo data (generated once and kept in /tmp).
// Measured: the month's bonus computed (runBonusMonth) and written as PDF and XLSX; baseline: the KPI query
// it starts from alone (KpiRepository::totals by agent for the month), in the same run. Best of 3, in turns.
// Goal (issue 8): compute + PDF + XLSX ≤ 2 s; the line says pass or fail, with the ratio to the baseline and
// the time of each step.
void benchBonus(QTextStream &out);
