#include "subcommand.h"

#include "commands.h"

#include <QTextStream>

namespace huddle::cli {

int runSubcommand(const QStringList &arguments, const QString &command, const QString &usage,
                  const QList<Subcommand> &subcommands)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream(stdout) << usage;
        return ExitOk;
    }
    for (const Subcommand &subcommand : subcommands) {
        if (subcommand.name != name)
            continue;
        QStringList rest = arguments;
        rest.removeAt(1); // the parser sees "huddle-cli [options]"
        return subcommand.run(rest);
    }
    QTextStream(stderr) << "huddle-cli " << command << ": "
                        << (name.isEmpty() ? QStringLiteral("a subcommand is required")
                                           : QStringLiteral("unknown subcommand '%1'").arg(name))
                        << "\n"
                        << usage;
    return ExitUsage;
}

} // namespace huddle::cli
