#pragma once

#include <QString>

namespace huddle::testsupport {

// A calls export of `rows` valid, answered calls for the import tests: ids `idPrefix`0, `idPrefix`1, …; call
// i taken by "Agent i % agents" of "Team i % teams" on day 1 + i % 28 of `month` 2021, with wait, talk and a
// 1–5 CSAT that vary with i. Written a megabyte at a time. False when the file cannot be written.
bool writeGeneratedCalls(const QString &path, int rows, char idPrefix, int agents, int teams, int month);

} // namespace huddle::testsupport
