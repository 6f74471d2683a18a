#include "commands.h"

#include "kpitable.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huddle::cli {

namespace {

struct KpiRequest {
    QString path;
    QString from;
    QString to;
    QString team;
    QString agent;
    storage::KpiGrouping grouping = storage::KpiGrouping::Agent;
    KpiFormat format = KpiFormat::Csv;
};

std::optional<QString> parseRequest(const QCommandLineParser &parser, KpiRequest &request)
{
    if (!parser.isSet(QStringLiteral("db")))
        return QStringLiteral("--db FILE is required");
    request.path = parser.value(QStringLiteral("db"));
    request.from = parser.value(QStringLiteral("from"));
    request.to = parser.value(QStringLiteral("to"));
    request.team = parser.value(QStringLiteral("team"));
    request.agent = parser.value(QStringLiteral("agent"));
    const QString by =
        parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : QStringLiteral("agent");
    if (by == QLatin1String("agent"))
        request.grouping = storage::KpiGrouping::Agent;
    else if (by == QLatin1String("team"))
        request.grouping = storage::KpiGrouping::Team;
    else if (by == QLatin1String("day"))
        request.grouping = storage::KpiGrouping::Day;
    else
        return QStringLiteral("--by takes agent, team or day, got '%1'").arg(by);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("csv");
    if (format == QLatin1String("csv"))
        request.format = KpiFormat::Csv;
    else if (format == QLatin1String("json"))
        request.format = KpiFormat::Json;
    else
        return QStringLiteral("--format takes csv or json, got '%1'").arg(format);
    for (const QString &day : {request.from, request.to})
        if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid())
            return QStringLiteral("dates are written YYYY-MM-DD, got '%1'").arg(day);
    return std::nullopt;
}

// Resolves names and the default period (all days that hold data) against the database.
core::Result<storage::KpiQuery> buildQuery(const KpiRequest &request,
                                           const storage::DirectoryRepository &directory)
{
    storage::KpiQuery query;
    query.grouping = request.grouping;
    auto span = directory.dataRange();
    if (!span)
        return span.error();
    query.range.from =
        request.from.isEmpty() ? span.value().from : QDate::fromString(request.from, Qt::ISODate);
    query.range.to = request.to.isEmpty() ? span.value().to : QDate::fromString(request.to, Qt::ISODate);
    if (query.range.from.isValid() && query.range.to.isValid() && query.range.from > query.range.to)
        return core::Error{
            QStringLiteral("--from %1 is after --to %2")
                .arg(query.range.from.toString(Qt::ISODate), query.range.to.toString(Qt::ISODate)),
            {}};
    if (!request.team.isEmpty()) {
        query.teamId = directory.teamIdByName(request.team);
        if (!query.teamId) {
            QStringList names;
            if (auto teams = directory.teams())
                for (const storage::TeamEntry &team : teams.value())
                    names.append(team.name);
            return core::Error{QStringLiteral("no team named '%1'; teams: %2")
                                   .arg(request.team, names.join(QStringLiteral(", "))),
                               {}};
        }
    }
    if (!request.agent.isEmpty()) {
        query.agentId = directory.agentIdByName(request.agent);
        if (!query.agentId)
            return core::Error{QStringLiteral("no agent named '%1'").arg(request.agent), {}};
    }
    return query;
}

} // namespace

int runKpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the KPI table of a Huddle database."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Huddle database file."), QStringLiteral("FILE")},
         {QStringLiteral("from"), QStringLiteral("First day (default: first day with data)."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("to"), QStringLiteral("Last day (default: last day with data)."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("team"), QStringLiteral("Only this team."), QStringLiteral("NAME")},
         {QStringLiteral("agent"), QStringLiteral("Only this agent."), QStringLiteral("NAME")},
         {QStringLiteral("by"), QStringLiteral("One row per agent, team or day (default agent)."),
          QStringLiteral("agent|team|day")},
         {QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("csv|json")}});
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        err << "huddle-cli kpi: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    KpiRequest request;
    if (const auto usageError = parseRequest(parser, request)) {
        err << "huddle-cli kpi: " << *usageError << "\n";
        return ExitUsage;
    }
    auto database = storage::Database::open(request.path, storage::OpenMode::MustExist);
    if (!database) {
        err << "huddle-cli kpi: " << database.error().toString() << "\n";
        return ExitDatabase;
    }
    const storage::DirectoryRepository directory(*database.value());
    const auto query = buildQuery(request, directory);
    if (!query) {
        err << "huddle-cli kpi: " << query.error().toString() << "\n";
        return ExitUsage;
    }
    if (!query.value().range.isValid()) { // an empty database: just the header
        out << formatKpiTable({}, request.grouping, request.format, {});
        return ExitOk;
    }
    const auto rows = storage::KpiRepository(*database.value()).totals(query.value());
    if (!rows) {
        err << "huddle-cli kpi: " << rows.error().toString() << "\n";
        return ExitDatabase;
    }
    out << formatKpiTable(rows.value(), request.grouping, request.format, query.value().definitions);
    return ExitOk;
}

} // namespace huddle::cli
