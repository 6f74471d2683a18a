#pragma once

#include <QStringList>

namespace huddle::cli {

// Exit statuses of huddle-cli, as documented in its man page.
// ExitRefused: the input file was refused (unreadable, columns missing, too many rejected rows).
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitDatabase = 2, ExitRefused = 3 };

int runDemo(const QStringList &arguments);
int runKpi(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runQa(const QStringList &arguments);
int runCoaching(const QStringList &arguments);

} // namespace huddle::cli
