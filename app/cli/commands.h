#pragma once

#include <QStringList>

namespace huddle::cli {

// Exit statuses of huddle-cli, as documented in its man page.
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitDatabase = 2 };

int runDemo(const QStringList &arguments);
int runKpi(const QStringList &arguments);

} // namespace huddle::cli
