#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace huddle::cli {

// "huddle-cli <command> <subcommand> [options]" for commands with one or more subcommands (qa export,
// coaching export): `--help` or `-h` prints `usage` (exit 0); a missing or unknown subcommand is a usage
// error (exit 1) that says which; a known one runs with the arguments its parser expects ("huddle-cli
// [options]").
struct Subcommand {
    QString name;
    std::function<int(const QStringList &arguments)> run;
};

int runSubcommand(const QStringList &arguments, const QString &command, const QString &usage,
                  const QList<Subcommand> &subcommands);

} // namespace huddle::cli
