#pragma once

#include <QStringList>

namespace huddle::cli {

// Exit statuses of huddle-cli, as documented in its man page.
// ExitDatabase: the database cannot be read or written, or fails a check (audit verify: a broken chain).
// ExitRefused: the input file was refused (unreadable, columns missing, too many rejected rows; a bonus plan
// file that is not a valid plan), or the bonus month's lock state forbids the request (already locked, not
// over yet, locked and --plan given).
enum ExitStatus { ExitOk = 0, ExitUsage = 1, ExitDatabase = 2, ExitRefused = 3 };

int runDemo(const QStringList &arguments);
int runKpi(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runQa(const QStringList &arguments);
int runCoaching(const QStringList &arguments);
int runBonus(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runDb(const QStringList &arguments);
int runMigrate(const QStringList &arguments);
int runUsers(const QStringList &arguments);

} // namespace huddle::cli
