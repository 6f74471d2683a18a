// huddle-cli: the console's data tools without a window (demo data, KPI tables), for scripts and CI.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "usage: huddle-cli <command> [options]\n\n"
           "commands:\n"
           "  demo   fill a new database with deterministic demo data\n"
           "  kpi    print the KPI table of a database as CSV or JSON\n"
           "  import import a CSV or XLSX export (conversations, agent-day summaries, surveys, sales,\n"
           "         attendance) into a database\n"
           "  qa     export QA and peer evaluations as CSV, one row per evaluation and criterion\n"
           "  coaching export coaching sessions as CSV: focus KPIs before and after, action items\n\n"
           "'huddle-cli <command> --help' describes a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("huddle-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Huddle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUDDLE_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? huddle::cli::ExitUsage : huddle::cli::ExitOk;
    }
    if (arguments[1] == QLatin1String("--version")) {
        out << "huddle-cli " << HUDDLE_VERSION << "\n";
        return huddle::cli::ExitOk;
    }
    const QString command = arguments[1];
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "huddle-cli [options]"
    if (command == QLatin1String("demo"))
        return huddle::cli::runDemo(rest);
    if (command == QLatin1String("kpi"))
        return huddle::cli::runKpi(rest);
    if (command == QLatin1String("import"))
        return huddle::cli::runImport(rest);
    if (command == QLatin1String("qa"))
        return huddle::cli::runQa(rest);
    if (command == QLatin1String("coaching"))
        return huddle::cli::runCoaching(rest);
    err << "huddle-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return huddle::cli::ExitUsage;
}
