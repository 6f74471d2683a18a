// huddle-bench: speed targets of the issues, each printed as a ratio against a baseline measured in the
// same run on the same data, so the numbers mean the same on any machine.
//
//   kpi-table   KPI table by agent for a year, against the bare aggregate SQL it runs   goal ≤ 1.2×
//   dashboard   everything the dashboard shows for one team over a year (trend, scorecard with the
//               previous year, quadrant, timeline, notes), against the bare aggregate SQL it runs
//                                                                               goal ≤ 100 ms and ≤ 1.2×
//   conv-page   a page of conversations deep in the table, against the first page       goal ≈ 1×
//   import      1M-row calls CSV imported with full validation, against sqlite3 .import  goal ≤ 1.5×
//               (import-floor: SQLite alone storing the same rows, already parsed, with only the table's
//               key, against the same baseline; the goal cannot be lower than this)
//   csv-parse   the same file through our CsvReader, against libcsv                      goal ≤ 1.0×
//   csv-big     a file twelve times that (12M rows, just over 1 GiB) read once, against libcsv, with the
//   growth of
//               resident memory while reading                                   goal: bounded, not per row
//   chart-render  trend chart of 1M raw points per KPI, against one of 2k points        goal ≤ 1.2×
//   bonus       a month's bonus for 1,000 agents computed and written as PDF and XLSX, against the KPI
//               query by agent it starts from                                             goal ≤ 2 s
//   server      shared mode: import and KPI table on PostgreSQL against SQLite, and 10 clients importing
//               and loading the dashboard at once for 60 s (serverbench.h)     goal: no error, no lost row
//
// `huddle-bench [NAME…]` runs the named benchmarks (default: all). The demo database is generated once per
// size and kept (--db); the default size gives about 2,000,000 conversations over a year. Peak RSS is
// printed after each benchmark.
#include "bonusbench.h"
#include "chartbench.h"
#include "csvbench.h"
#include "demo/demogenerator.h"
#include "importbench.h"
#include "models/dashboarddata.h"
#include "serverbench.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/kpirepository.h"
#include "storage/sqlitestatement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>

using namespace huddle;

namespace {

QTextStream out(stdout);

double elapsedMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Timing {
    double measured = 1e300;
    double baseline = 1e300;
};

// Best of `runs` wall-clock timings of each, taken in turns so that a slow spell of the machine hits
// both alike; the minimum is the least disturbed measurement.
Timing compare(int runs, const std::function<void()> &baseline, const std::function<void()> &measured)
{
    Timing timing;
    for (int i = 0; i < runs; ++i) {
        timing.baseline = std::min(timing.baseline, elapsedMs(baseline));
        timing.measured = std::min(timing.measured, elapsedMs(measured));
    }
    return timing;
}

// The baseline: the same statements on the bare SQLite API — prepared, bound, stepped through, every value of
// every row fetched — with nothing built from them (as the QSqlQuery baseline before it fetched each row).
void runBareStatements(const storage::Database &database, const QList<storage::KpiStatement> &statements)
{
    sqlite3 *db = storage::nativeHandle(database.connection());
    qint64 sink = 0;
    for (const storage::KpiStatement &statement : statements) {
        const QByteArray sql = statement.sql.toUtf8();
        sqlite3_stmt *bare = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &bare, nullptr) !=
            SQLITE_OK)
            qFatal("baseline statement failed to prepare: %s", sqlite3_errmsg(db));
        for (qsizetype i = 0; i < statement.bindings.size(); ++i) {
            const QVariant &value = statement.bindings[i];
            const int index = static_cast<int>(i) + 1;
            if (value.typeId() == QMetaType::QString) {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(bare, index, text.constData(), static_cast<int>(text.size()),
                                  SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(bare, index, value.toLongLong());
            }
        }
        const int columns = sqlite3_column_count(bare);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(bare)) == SQLITE_ROW)
            for (int column = 0; column < columns; ++column)
                sink += sqlite3_column_int64(bare, column);
        sqlite3_finalize(bare);
        if (step != SQLITE_DONE)
            qFatal("baseline statement failed: %s", sqlite3_errmsg(db));
    }
    if (sink == 42)
        out << "";
}

// Peak resident set size of this process so far (VmHWM), in MiB.
double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    return 0;
}

void reportRss(const QString &name)
{
    out << QStringLiteral("%1  peak RSS %2 MiB\n").arg(name, -10).arg(peakRssMib(), 0, 'f', 1);
    out.flush();
}

void report(const QString &name, Timing timing, const QString &goal)
{
    const double measured = timing.measured;
    const double baseline = timing.baseline;
    out << QStringLiteral("%1  %2 ms  baseline %3 ms  ratio %4×  (goal %5)\n")
               .arg(name, -10)
               .arg(measured, 8, 'f', 1)
               .arg(baseline, 8, 'f', 1)
               .arg(measured / baseline, 5, 'f', 2)
               .arg(goal);
    out.flush();
}

void benchKpiTable(const storage::Database &database, core::DateRange year)
{
    const storage::KpiQuery query{year, std::nullopt, std::nullopt, storage::KpiGrouping::Agent, {}};
    const storage::KpiRepository repository(database);
    const QList<storage::KpiStatement> statements = repository.statements(query).value();
    qsizetype rows = 0;
    runBareStatements(database, statements); // warm the page cache for both
    const Timing timing = compare(
        3, [&] { runBareStatements(database, statements); },
        [&] { rows = repository.totals(query).value().size(); });
    report(QStringLiteral("kpi-table"), timing, QStringLiteral("≤ 1.20×, %1 agents").arg(rows));
    reportRss(QStringLiteral("kpi-table"));
}

// The dashboard reads the team's facts once per kind, by agent and day, over the year and the year before
// it (trend arrows); the baseline runs exactly those aggregate statements bare. The rest of the refresh —
// agent names, KPI plans, timeline events, review notes, turning rows into figures — is what the ratio
// measures.
void benchDashboard(const storage::Database &database, core::DateRange year)
{
    const auto teams = storage::DirectoryRepository(database).teams().value();
    const storage::TeamEntry team = teams.constFirst();
    const models::Scope scope{year, team.id, std::nullopt, core::Granularity::Week, {}};
    const core::DateRange withPrevious{core::previousRange(year).from, year.to};
    const storage::KpiQuery query{withPrevious, team.id, std::nullopt, storage::KpiGrouping::Day, {}};
    const QList<storage::KpiStatement> statements =
        storage::KpiRepository(database).agentDayStatements(query).value();
    qint64 conversations = 0;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE team_id = ? AND day BETWEEN ? AND ?"));
    q.addBindValue(team.id);
    q.addBindValue(year.from.toString(Qt::ISODate));
    q.addBindValue(year.to.toString(Qt::ISODate));
    if (q.exec() && q.next())
        conversations = q.value(0).toLongLong();
    models::DashboardData data;
    runBareStatements(database, statements); // warm the page cache for both
    const Timing timing = compare(
        7, [&] { runBareStatements(database, statements); },
        [&] { data = models::loadDashboard(database, scope).value(); });
    report(QStringLiteral("dashboard"), timing,
           QStringLiteral("≤ 100 ms and ≤ 1.20×; team %1, %2 conversations, %3 agents, %4 events")
               .arg(team.name)
               .arg(conversations)
               .arg(data.agents.size())
               .arg(data.events.size()));
    reportRss(QStringLiteral("dashboard"));
}

void benchConversationPaging(const storage::Database &database)
{
    const storage::ConversationRepository repository(database);
    const storage::ConversationFilter all;
    const qint64 total = repository.count(all).value();
    // The cursor of the row at 90 % of the table, read directly rather than by paging there.
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT started_at, id FROM conversations ORDER BY started_at DESC, id DESC "
                               "LIMIT 1 OFFSET %1")
                    .arg(total * 9 / 10)) ||
        !q.next())
        qFatal("could not find the deep cursor");
    const std::optional<storage::PageCursor> cursor =
        storage::PageCursor{q.value(0), q.value(1).toLongLong()};
    const Timing timing = compare(
        5,
        [&] {
            repository.page(all, storage::ConversationSort::StartedAt, Qt::DescendingOrder, std::nullopt, 256)
                .value();
        },
        [&] {
            repository.page(all, storage::ConversationSort::StartedAt, Qt::DescendingOrder, cursor, 256)
                .value();
        });
    report(QStringLiteral("conv-page"), timing,
           QStringLiteral("≈ 1×: a page at 90 % of %1 rows vs the first").arg(total));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-rss-of") == 0)
        return runForPeakRss(argv + 2);
    const auto app = createBenchApplication(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Huddle benchmarks."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"),
          QStringLiteral(
              "Benchmark database, created with demo data if missing (default: one per size in /tmp)."),
          QStringLiteral("FILE")},
         {QStringLiteral("agents"),
          QStringLiteral("Agents in a new database (231: about 2,000,000 conversations in a year)."),
          QStringLiteral("N"), QStringLiteral("231")},
         {QStringLiteral("days"), QStringLiteral("Days in a new database."), QStringLiteral("N"),
          QStringLiteral("365")},
         {QStringLiteral("rows"), QStringLiteral("Rows of the generated import file."), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("server"),
          QStringLiteral(
              "server: a PostgreSQL server's maintenance database where the bench may create and drop"
              " databases (default: a throwaway cluster of its own)."),
          QStringLiteral("URL")},
         {QStringLiteral("soak-seconds"), QStringLiteral("server: how long the clients run at once."),
          QStringLiteral("N"), QStringLiteral("60")}});
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QStringLiteral("kpi-table, dashboard, conv-page, import, csv-parse, "
                                                "chart-render, bonus, server (default: all)."));
    parser.process(*app);
    const QStringList names = parser.positionalArguments();
    const auto wanted = [&](const char *name) {
        return names.isEmpty() || names.contains(QLatin1String(name));
    };
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    if (wanted("import"))
        benchImport(out, rows);
    if (wanted("csv-parse"))
        benchCsvParse(importBenchFile(rows), out);
    if (wanted("csv-big"))
        benchCsvBig(importBenchFile(12 * rows), out);
    if (wanted("chart-render"))
        benchChartRender(out);
    if (wanted("bonus"))
        benchBonus(out);
    if (wanted("server")) {
        ServerBenchOptions server;
        server.serverUrl = parser.value(QStringLiteral("server"));
        server.seconds = parser.value(QStringLiteral("soak-seconds")).toInt();
        if (!benchServer(out, server))
            return 2;
    }
    if (!wanted("kpi-table") && !wanted("dashboard") && !wanted("conv-page"))
        return 0;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : QStringLiteral("/tmp/huddle-bench-%1x%2.sqlite")
                                                                  .arg(parser.value(QStringLiteral("agents")),
                                                                       parser.value(QStringLiteral("days")));
    const bool fresh = !QFileInfo::exists(path);
    auto database = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!database) {
        QTextStream(stderr) << "huddle-bench: " << database.error().toString() << "\n";
        return 2;
    }
    if (fresh) {
        demo::DemoOptions options;
        options.agents = parser.value(QStringLiteral("agents")).toInt();
        options.teams = std::max(1, options.agents / 12);
        options.days = parser.value(QStringLiteral("days")).toInt();
        options.endDay = QDate(2026, 6, 30);
        QElapsedTimer timer;
        timer.start();
        const auto summary = demo::generateDemo(*database.value(), options);
        if (!summary) {
            QTextStream(stderr) << "huddle-bench: " << summary.error().toString() << "\n";
            return 2;
        }
        out << QStringLiteral("generated %1 agents × %2 days: %3 conversations in %4 s (%5 rows/s)\n")
                   .arg(options.agents)
                   .arg(options.days)
                   .arg(summary.value().conversations)
                   .arg(static_cast<double>(timer.elapsed()) / 1000, 0, 'f', 1)
                   .arg(static_cast<double>(summary.value().conversations) * 1000 /
                            static_cast<double>(std::max<qint64>(1, timer.elapsed())),
                        0, 'f', 0);
    }
    const core::DateRange span = storage::DirectoryRepository(*database.value()).dataRange().value();
    const core::DateRange year{std::max(span.from, span.to.addDays(-364)), span.to};
    const qint64 total = storage::ConversationRepository(*database.value()).count({}).value();
    out << QStringLiteral("database %1, %2 conversations, %3 … %4\n")
               .arg(path)
               .arg(total)
               .arg(span.from.toString(Qt::ISODate), span.to.toString(Qt::ISODate));
    if (wanted("kpi-table"))
        benchKpiTable(*database.value(), year);
    if (wanted("dashboard"))
        benchDashboard(*database.value(), year);
    if (wanted("conv-page"))
        benchConversationPaging(*database.value());
    return 0;
}
