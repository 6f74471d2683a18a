// huddle-cli coaching export: coaching sessions of a period with their focus KPIs' before/after values,
// action items and acknowledgement, as CSV (one row per session and focus KPI).
#include "commands.h"
#include "csvoutput.h"
#include "subcommand.h"

#include "reports/exporttable.h"
#include "storage/coachingeffectreader.h"
#include "storage/coachingexport.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <functional>
#include <tuple>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli coaching export");
constexpr int minEffectDays = storage::CoachingEffectReader::MinEffectDays;
constexpr int maxEffectDays = storage::CoachingEffectReader::MaxEffectDays;

struct CoachingRequest {
    QString database;
    core::DateRange sessionDays;
    QString team;       // name or id; empty: every team
    QString agent;      // name or id; empty: every agent
    int effectDays = 0; // 0: the site's setting
    QDate today;        // invalid: today in the site's time zone
    QString output;     // empty: standard output
};

QList<QCommandLineOption> coachingOptions()
{
    const auto option = [](const char *name, const char *description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description),
                                  QString::fromLatin1(value));
    };
    return {
        option("db", "Huddle database file.", "FILE"),
        option("from", "First session day.", "YYYY-MM-DD"),
        option("to", "Last session day.", "YYYY-MM-DD"),
        option("team", "Only sessions of agents in this team on the session day (name or id).", "NAME|ID"),
        option("agent", "Only this agent's sessions (name or id).", "NAME|ID"),
        option("effect-days", "Days before and after a session compared (default: the site's setting, 14).",
               "N"),
        option("today", "Measure as of this day (default: today in the site's time zone).", "YYYY-MM-DD"),
        option("output", "Write to this file instead of standard output.", "FILE"),
        option("format", "csv (the default and only format).", "csv")};
}

// A day option: required ones must be there; any given must be an ISO day.
std::optional<QString> readDay(const QCommandLineParser &parser, const QString &name, bool required,
                               QDate &day)
{
    if (!parser.isSet(name))
        return required ? std::optional(QStringLiteral("--%1 YYYY-MM-DD is required").arg(name))
                        : std::nullopt;
    day = QDate::fromString(parser.value(name), Qt::ISODate);
    if (day.isValid())
        return std::nullopt;
    return QStringLiteral("--%1 takes a day written YYYY-MM-DD, got '%2'").arg(name, parser.value(name));
}

std::optional<QString> readEffectDays(const QCommandLineParser &parser, int &days)
{
    if (!parser.isSet(QStringLiteral("effect-days")))
        return std::nullopt;
    bool number = false;
    days = parser.value(QStringLiteral("effect-days")).toInt(&number);
    if (number && days >= minEffectDays && days <= maxEffectDays)
        return std::nullopt;
    return QStringLiteral("--effect-days takes a whole number of days from %1 to %2, got '%3'")
        .arg(minEffectDays)
        .arg(maxEffectDays)
        .arg(parser.value(QStringLiteral("effect-days")));
}

std::optional<QString> readRequest(const QCommandLineParser &parser, CoachingRequest &request)
{
    request.database = parser.value(QStringLiteral("db"));
    if (request.database.isEmpty())
        return QStringLiteral("--db FILE is required");
    for (const auto &[name, required, day] :
         {std::tuple{QStringLiteral("from"), true, &request.sessionDays.from},
          std::tuple{QStringLiteral("to"), true, &request.sessionDays.to},
          std::tuple{QStringLiteral("today"), false, &request.today}})
        if (auto problem = readDay(parser, name, required, *day))
            return problem;
    if (!request.sessionDays.isValid())
        return QStringLiteral("--from %1 is after --to %2")
            .arg(request.sessionDays.from.toString(Qt::ISODate),
                 request.sessionDays.to.toString(Qt::ISODate));
    if (auto problem = readEffectDays(parser, request.effectDays))
        return problem;
    if (parser.isSet(QStringLiteral("format")) &&
        parser.value(QStringLiteral("format")) != QLatin1String("csv"))
        return QStringLiteral("--format takes csv, got '%1'").arg(parser.value(QStringLiteral("format")));
    request.team = parser.value(QStringLiteral("team"));
    request.agent = parser.value(QStringLiteral("agent"));
    request.output = parser.value(QStringLiteral("output"));
    return std::nullopt;
}

// A team or agent given by name, or else by its id; empty when neither matches.
std::optional<qint64> byNameOrId(const QString &text,
                                 const std::function<std::optional<qint64>(const QString &)> &byName,
                                 const QList<qint64> &ids)
{
    if (auto id = byName(text))
        return id;
    bool number = false;
    const qint64 id = text.toLongLong(&number);
    return number && ids.contains(id) ? std::optional(id) : std::nullopt;
}

template <typename Entry> QList<qint64> idsOf(const core::Result<QList<Entry>> &entries)
{
    QList<qint64> ids;
    if (entries)
        for (const Entry &entry : entries.value())
            ids.append(entry.id);
    return ids;
}

// The sessions asked for; a team or agent that matches nobody is a usage error.
core::Result<storage::CoachingFilter> sessionFilter(const CoachingRequest &request,
                                                    const storage::DirectoryRepository &directory)
{
    storage::CoachingFilter filter;
    filter.range = request.sessionDays;
    if (!request.team.isEmpty()) {
        const auto byName = [&](const QString &name) { return directory.teamIdByName(name); };
        if (!(filter.teamId = byNameOrId(request.team, byName, idsOf(directory.teams()))))
            return core::Error{QStringLiteral("no team named or numbered '%1'").arg(request.team), {}};
    }
    if (!request.agent.isEmpty()) {
        const auto byName = [&](const QString &name) { return directory.agentIdByName(name); };
        // Every agent is listed, with or without a team that day.
        const auto agents = directory.agents(std::nullopt, request.sessionDays.to);
        if (!(filter.agentId = byNameOrId(request.agent, byName, idsOf(agents))))
            return core::Error{QStringLiteral("no agent named or numbered '%1'").arg(request.agent), {}};
    }
    return filter;
}

reports::ExportTable csvTable(const storage::CoachingExportTable &exported)
{
    reports::ExportTable table{exported.header, {}};
    for (const QStringList &row : exported.rows) {
        QList<reports::TableCell> cells;
        for (const QString &text : row)
            cells.append(reports::TableCell::textCell(text));
        table.rows.append(cells);
    }
    return table;
}

int exportSessions(const CoachingRequest &request, QTextStream &out, QTextStream &err)
{
    auto opened = storage::Database::open(request.database, storage::OpenMode::MustExist);
    if (!opened) {
        err << commandName << ": " << opened.error().toString() << "\n";
        return ExitDatabase;
    }
    const storage::Database &database = *opened.value();
    const storage::DirectoryRepository directory(database);
    const auto filter = sessionFilter(request, directory);
    if (!filter) {
        err << commandName << ": " << filter.error().toString() << "\n";
        return ExitUsage;
    }
    const QDate today = request.today.isValid() ? request.today : directory.siteToday();
    const auto exported = storage::coachingExport(database, filter.value(), today, request.effectDays);
    if (!exported) {
        err << commandName << ": " << exported.error().toString() << "\n";
        return ExitDatabase;
    }
    return emitCsv(csvTable(exported.value()), request.output, commandName, out, err);
}

int runExport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the coaching sessions of a period as CSV: one row per session and focus KPI with "
        "its value in the days before and after the session, the sample sizes and the verdict, "
        "and the session's action items."));
    parser.addHelpOption();
    parser.addOptions(coachingOptions());
    if (!parser.parse(arguments)) {
        err << commandName << ": " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << commandName << ": unexpected argument '" << parser.positionalArguments().first() << "'\n";
        return ExitUsage;
    }
    CoachingRequest request;
    if (const auto problem = readRequest(parser, request)) {
        err << commandName << ": " << *problem << "\n";
        return ExitUsage;
    }
    return exportSessions(request, out, err);
}

} // namespace

int runCoaching(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "usage: huddle-cli coaching export --db FILE --from YYYY-MM-DD --to YYYY-MM-DD [--team NAME|ID]\n"
        "       [--agent NAME|ID] [--effect-days N] [--today YYYY-MM-DD] [--output FILE] [--format csv]\n");
    return runSubcommand(arguments, QStringLiteral("coaching"), usage,
                         {{QStringLiteral("export"), runExport}});
}

} // namespace huddle::cli
