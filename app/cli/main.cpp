// huddle-cli: the console's data tools without a window (demo data, KPI tables), for scripts and CI.
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHashSeed>
#include <QTextStream>

#include <memory>

#include <unistd.h>

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
           "  coaching export coaching sessions as CSV: focus KPIs before and after, action items\n"
           "  bonus  write a month's bonus per agent as CSV, PDF or XLSX; optionally lock the month\n"
           "  audit  verify the audit log's hash chain, or export it as CSV\n"
           "  db     create or upgrade the schema of a database; back up or restore a database file\n"
           "  migrate copy a whole database into a new, empty one (SQLite file to PostgreSQL and back),\n"
           "         every table verified\n"
           "  users  give people of a site roles on a PostgreSQL server database (admin, qa_coach,\n"
           "         team_leader, agent), or list them\n\n"
           "'huddle-cli <command> --help' describes a command's options.\n";
}

bool writesBonusPdf(int argc, char **argv)
{
    if (argc < 2 || qstrcmp(argv[1], "bonus") != 0)
        return false;
    // "--format pdf", "--format=pdf" or an output file named *.pdf: the format is always given one of these
    // ways, so nothing is missed; a false alarm only costs the platform plugin's start.
    for (int i = 2; i < argc; ++i)
        if (QByteArray(argv[i]).toLower().endsWith("pdf"))
            return true;
    return false;
}

// The bonus PDF lays out text, which needs fonts and so a QGuiApplication; every other run stays a plain
// QCoreApplication. For cron jobs and SSH sessions: the offscreen platform (unless QT_QPA_PLATFORM names
// another) needs no display, and without XDG_RUNTIME_DIR Qt's own fallback directory is named up front, so no
// notice about it lands in every cron mail.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "bonus") == 0) {
        // QPdfWriter embeds fonts in the order of a QHash; a fixed seed keeps that order, and so the bytes of
        // a rerun, the same (--timestamp fixes the rest).
        QHashSeed::setDeterministicGlobalSeed();
    }
    if (!writesBonusPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-%1").arg(getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = createApplication(argc, argv);
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
    if (command == QLatin1String("bonus"))
        return huddle::cli::runBonus(rest);
    if (command == QLatin1String("audit"))
        return huddle::cli::runAudit(rest);
    if (command == QLatin1String("db"))
        return huddle::cli::runDb(rest);
    if (command == QLatin1String("migrate"))
        return huddle::cli::runMigrate(rest);
    if (command == QLatin1String("users"))
        return huddle::cli::runUsers(rest);
    err << "huddle-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return huddle::cli::ExitUsage;
}
