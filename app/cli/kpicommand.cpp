#include "commands.h"

#include "core/trend.h"
#include "kpitable.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/kpiplanrepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QMap>
#include <QTextStream>

#include <numeric>

namespace huddle::cli {

namespace {

using Weights = std::array<int, core::KpiCount>;

struct KpiRequest {
    QString path;
    QString from;
    QString to;
    QString team;
    QString agent;
    KpiRowKey key = KpiRowKey::Agent;
    KpiFormat format = KpiFormat::Csv;
    std::optional<Weights> weights; // --weights: replaces every plan's weights
};

std::optional<KpiRowKey> rowKeyFor(const QString &by)
{
    static const QHash<QString, KpiRowKey> keys{{QStringLiteral("agent"), KpiRowKey::Agent},
                                                {QStringLiteral("team"), KpiRowKey::Team},
                                                {QStringLiteral("day"), KpiRowKey::Day},
                                                {QStringLiteral("week"), KpiRowKey::Week},
                                                {QStringLiteral("month"), KpiRowKey::Month}};
    const auto it = keys.find(by);
    return it == keys.end() ? std::nullopt : std::optional<KpiRowKey>(*it);
}

QString kpiCodeList()
{
    QStringList codes;
    for (const core::KpiId kpi : core::AllKpis)
        codes << core::kpiCode(kpi);
    return codes.join(QStringLiteral(", "));
}

// "attendance=30,csat=25,…": every KPI not named weighs 0, and the weights must sum to 100 like a plan's.
core::Result<Weights> parseWeights(const QString &text)
{
    Weights weights{};
    QList<core::KpiId> seen;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString code = item.left(equals).trimmed();
        const auto kpi = core::kpiFromCode(code);
        if (!kpi)
            return core::Error{
                QStringLiteral("--weights: unknown KPI '%1' (one of %2)").arg(code, kpiCodeList()), {}};
        bool whole = false;
        const int weight = equals < 0 ? -1 : item.mid(equals + 1).trimmed().toInt(&whole);
        if (!whole || weight < 0 || weight > 100)
            return core::Error{
                QStringLiteral("--weights: '%1' needs a whole weight from 0 to 100, as in %2=25")
                    .arg(item, code),
                {}};
        if (seen.contains(*kpi))
            return core::Error{QStringLiteral("--weights: %1 is given twice").arg(code), {}};
        seen.append(*kpi);
        weights[static_cast<std::size_t>(*kpi)] = weight;
    }
    const int sum = std::accumulate(weights.begin(), weights.end(), 0);
    if (sum != 100)
        return core::Error{QStringLiteral("--weights sum to %1, not 100").arg(sum), {}};
    return weights;
}

std::optional<QString> parseOptions(const QCommandLineParser &parser, KpiRequest &request)
{
    const QString by =
        parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : QStringLiteral("agent");
    const auto key = rowKeyFor(by);
    if (!key)
        return QStringLiteral("--by takes agent, team, day, week or month, got '%1'").arg(by);
    request.key = *key;
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("csv");
    if (format == QLatin1String("csv"))
        request.format = KpiFormat::Csv;
    else if (format == QLatin1String("json"))
        request.format = KpiFormat::Json;
    else
        return QStringLiteral("--format takes csv or json, got '%1'").arg(format);
    if (parser.isSet(QStringLiteral("weights"))) {
        const auto weights = parseWeights(parser.value(QStringLiteral("weights")));
        if (!weights)
            return weights.error().message;
        request.weights = weights.value();
    }
    return std::nullopt;
}

std::optional<QString> parseRequest(const QCommandLineParser &parser, KpiRequest &request)
{
    if (!parser.isSet(QStringLiteral("db")))
        return QStringLiteral("--db FILE is required");
    request.path = parser.value(QStringLiteral("db"));
    request.from = parser.value(QStringLiteral("from"));
    request.to = parser.value(QStringLiteral("to"));
    request.team = parser.value(QStringLiteral("team"));
    request.agent = parser.value(QStringLiteral("agent"));
    if (auto problem = parseOptions(parser, request))
        return problem;
    for (const QString &day : {request.from, request.to})
        if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid())
            return QStringLiteral("dates are written YYYY-MM-DD, got '%1'").arg(day);
    return std::nullopt;
}

storage::KpiGrouping groupingFor(KpiRowKey key)
{
    switch (key) {
    case KpiRowKey::Agent:
        return storage::KpiGrouping::Agent;
    case KpiRowKey::Team:
        return storage::KpiGrouping::Team;
    case KpiRowKey::Day:
    case KpiRowKey::Week:
    case KpiRowKey::Month:
        break;
    }
    return storage::KpiGrouping::Day; // weeks and months are summed from days
}

// Resolves names and the default period (all days that hold data) against the database.
core::Result<storage::KpiQuery> buildQuery(const KpiRequest &request,
                                           const storage::DirectoryRepository &directory)
{
    storage::KpiQuery query;
    query.grouping = groupingFor(request.key);
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
    // Weeks and months are rows even without data, so a mistyped year (--from 0202-01-01) would ask for a
    // hundred thousand empty rows; fuzz_cli found --from 0001-01-01 --to 9999-12-31 --by week taking 11 s and
    // 700 MB. A century is more than any contact centre keeps.
    constexpr qint64 maxDays = 100 * 366;
    if (query.range.from.isValid() && query.range.to.isValid() &&
        query.range.from.daysTo(query.range.to) > maxDays)
        return core::Error{
            QStringLiteral("--from %1 to --to %2 spans more than 100 years")
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

// The KPI plan of each team, read once, with --weights put in place of the stored weights.
class PlanBook {
public:
    PlanBook(const storage::Database &database, std::optional<Weights> weights)
        : m_plans(database)
        , m_weights(weights)
    {
    }

    core::Result<core::KpiPlan> planFor(std::optional<qint64> teamId)
    {
        const qint64 key = teamId.value_or(0);
        if (const auto it = m_cache.find(key); it != m_cache.end())
            return *it;
        auto plan = m_plans.planFor(teamId);
        if (!plan)
            return plan.error();
        if (m_weights)
            for (const core::KpiId kpi : core::AllKpis)
                plan.value().entry(kpi).weight = (*m_weights)[static_cast<std::size_t>(kpi)];
        m_cache.insert(key, plan.value());
        return plan;
    }

    QList<core::KpiPlan> used() const { return m_cache.values(); }

private:
    storage::KpiPlanRepository m_plans;
    std::optional<Weights> m_weights;
    QHash<qint64, core::KpiPlan> m_cache; // team id → plan; 0: the site
};

// The team whose plan scores rows that are days, weeks or months: --team's, else the --agent's team on
// the last day of the range, else none (the site's plan).
std::optional<qint64> periodPlanTeam(const storage::KpiQuery &query,
                                     const storage::DirectoryRepository &directory)
{
    if (query.teamId || !query.agentId)
        return query.teamId;
    if (auto agents = directory.agents(std::nullopt, query.range.to))
        for (const storage::AgentEntry &agent : agents.value())
            if (agent.id == *query.agentId && agent.teamId > 0)
                return agent.teamId;
    return std::nullopt;
}

// Day rows summed into calendar weeks or months over the whole range, empty buckets included.
QList<storage::KpiRow> bucketRows(const QList<storage::KpiRow> &days, core::DateRange range, KpiRowKey key,
                                  QList<core::DateRange> &periods)
{
    QMap<QDate, core::KpiTotals> daily;
    for (const storage::KpiRow &day : days)
        daily[day.day] += day.totals;
    QList<storage::KpiRow> rows;
    const auto granularity = key == KpiRowKey::Week ? core::Granularity::Week : core::Granularity::Month;
    for (const core::TrendBucket &bucket : core::bucketTrend(daily, range, granularity)) {
        storage::KpiRow row;
        row.day = bucket.start;
        row.totals = bucket.totals;
        rows.append(row);
        periods.append({std::max(bucket.start, range.from), bucket.end});
    }
    return rows;
}

core::Result<QList<KpiTableRow>> tableRows(const QList<storage::KpiRow> &groups, KpiRowKey key,
                                           const storage::KpiQuery &query,
                                           const storage::DirectoryRepository &directory, PlanBook &plans)
{
    QList<storage::KpiRow> rows = groups;
    QList<core::DateRange> periods;
    if (key == KpiRowKey::Week || key == KpiRowKey::Month)
        rows = bucketRows(groups, query.range, key, periods);
    const bool byGroup = key == KpiRowKey::Agent || key == KpiRowKey::Team;
    const std::optional<qint64> periodTeam = byGroup ? std::nullopt : periodPlanTeam(query, directory);
    QList<KpiTableRow> table;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto team = byGroup && rows[i].teamId > 0 ? std::optional<qint64>(rows[i].teamId) : periodTeam;
        auto plan = plans.planFor(team);
        if (!plan)
            return plan.error();
        table.append({rows[i], periods.value(i, {rows[i].day, rows[i].day}), plan.value()});
    }
    return table;
}

// Reads the rows and prints them; the exit status.
int printTable(const KpiRequest &request, const storage::Database &database, QTextStream &out,
               QTextStream &err)
{
    const storage::DirectoryRepository directory(database);
    const auto query = buildQuery(request, directory);
    if (!query) {
        err << "huddle-cli kpi: " << query.error().toString() << "\n";
        return ExitUsage;
    }
    PlanBook plans(database, request.weights);
    QList<storage::KpiRow> groups;
    if (query.value().range.isValid()) { // else an empty database: just the header
        const auto read = storage::KpiRepository(database).totals(query.value());
        if (!read) {
            err << "huddle-cli kpi: " << read.error().toString() << "\n";
            return ExitDatabase;
        }
        groups = read.value();
    }
    auto rows = tableRows(groups, request.key, query.value(), directory, plans);
    if (rows &&
        rows.value().isEmpty()) // the band columns of an empty table: the plan it would be scored with
        if (auto plan = plans.planFor(query.value().teamId); !plan)
            rows = plan.error();
    if (!rows) {
        err << "huddle-cli kpi: " << rows.error().toString() << "\n";
        return ExitDatabase;
    }
    const KpiTableLayout layout{request.key, request.format, query.value().definitions,
                                weightedKpis(plans.used())};
    out << formatKpiTable(rows.value(), layout);
    return ExitOk;
}

void addOptions(QCommandLineParser &parser)
{
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
         {QStringLiteral("by"),
          QStringLiteral("One row per agent, team, day, calendar week or calendar month (default agent)."),
          QStringLiteral("agent|team|day|week|month")},
         {QStringLiteral("weights"),
          QStringLiteral("Weights of the score instead of the KPI plan's, summing to 100 (KPIs left out "
                         "weigh 0): attendance, csat, sales, qa, aht, fcr, cph, nps."),
          QStringLiteral("KPI=N,...")},
         {QStringLiteral("format"), QStringLiteral("csv (default) or json."), QStringLiteral("csv|json")}});
}

} // namespace

int runKpi(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
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
    return printTable(request, *database.value(), out, err);
}

} // namespace huddle::cli
