#pragma once

#include "commands.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace huddle::cli {

// The start every command's parser shares: parses `arguments` ("huddle-cli [options]"); a parse error or a
// stray positional argument is a usage error (message on standard error, exit 1), --help prints the help
// (exit 0). Returns the exit status when the run ends here, nothing when the command goes on.
inline std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                           const QString &commandName)
{
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << commandName << ": " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << commandName << ": unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace huddle::cli
