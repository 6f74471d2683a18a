#include "commands.h"

#include "demo/demodatabase.h"
#include "storage/serverurl.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huddle::cli {

namespace {

bool readPositive(const QCommandLineParser &parser, const QString &name, int &target, QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1) {
        error =
            QStringLiteral("--%1 needs a whole number of at least 1, got '%2'").arg(name, parser.value(name));
        return false;
    }
    target = value;
    return true;
}

} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create a database filled with deterministic demo data."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"),
          QStringLiteral("Database to create: a file that does not exist yet, or postgresql://user@host/db, "
                         "a database on a server without tables."),
          QStringLiteral("FILE|URL")},
         {QStringLiteral("agents"), QStringLiteral("Number of agents (default 48)."), QStringLiteral("N")},
         {QStringLiteral("teams"), QStringLiteral("Number of teams (default 4)."), QStringLiteral("N")},
         {QStringLiteral("days"), QStringLiteral("Number of days of history (default 180)."),
          QStringLiteral("N")},
         {QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("S")},
         {QStringLiteral("end"), QStringLiteral("Last day of data (default today)."),
          QStringLiteral("YYYY-MM-DD")}});
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        err << "huddle-cli demo: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    demo::DemoOptions options;
    QString error;
    if (!parser.isSet(QStringLiteral("db")))
        error = QStringLiteral("--db FILE or --db URL is required");
    for (auto [name, target] : {std::pair{QStringLiteral("agents"), &options.agents},
                                std::pair{QStringLiteral("teams"), &options.teams},
                                std::pair{QStringLiteral("days"), &options.days}})
        if (!readPositive(parser, name, *target, error))
            break;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            error = QStringLiteral("--seed needs a whole number, got '%1'")
                        .arg(parser.value(QStringLiteral("seed")));
    }
    if (parser.isSet(QStringLiteral("end"))) {
        options.endDay = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
        if (!options.endDay.isValid())
            error = QStringLiteral("--end needs a date as YYYY-MM-DD, got '%1'")
                        .arg(parser.value(QStringLiteral("end")));
    }
    if (error.isEmpty() && options.agents < options.teams)
        error = QStringLiteral("--agents (%1) must be at least --teams (%2)")
                    .arg(options.agents)
                    .arg(options.teams);
    if (!error.isEmpty()) {
        err << "huddle-cli demo: " << error << "\n";
        return ExitUsage;
    }
    const QString path = parser.value(QStringLiteral("db"));
    const auto summary = demo::createDemoDatabase(path, options);
    if (!summary) {
        err << "huddle-cli demo: " << summary.error().toString() << "\n";
        return ExitDatabase;
    }
    const demo::DemoSummary &s = summary.value();
    out << QStringLiteral(
               "%1: %2 teams, %3 agents, %4 conversations, %5 surveys, %6 sales, %7 shifts, %8 review notes, "
               "%9 evaluations\n")
               .arg(storage::displayLocation(path))
               .arg(s.teams)
               .arg(s.agents)
               .arg(s.conversations)
               .arg(s.surveys)
               .arg(s.sales)
               .arg(s.shifts)
               .arg(s.reviewNotes)
               .arg(s.evaluations);
    return ExitOk;
}

} // namespace huddle::cli
