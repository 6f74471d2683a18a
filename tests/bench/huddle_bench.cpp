// huddle-bench: speed targets of the issues, each printed as a ratio against a baseline measured in the
// same run on the same data, so the numbers mean the same on any machine.
//
//   kpi-table   KPI table by agent for a year, against the bare aggregate SQL it runs   goal ≤ 1.2×
//   dashboard   dashboard data for one team over a year, against its bare SQL             goal ≤ 100 ms
//   conv-page   a page of conversations deep in the table, against the first page       goal ≈ 1×
//   import      1M-row calls CSV imported with full validation, against sqlite3 .import  goal ≤ 1.5×
//   csv-parse   the same file through our CsvReader, against libcsv                      goal ≤ 1.0×
//
// `huddle-bench [NAME…]` runs the named benchmarks (default: all).
#include "csvbench.h"
#include "demo/demogenerator.h"
#include "importbench.h"
#include "models/dashboarddata.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/kpirepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
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

// The baseline: the same statements, stepped through with nothing built from the rows.
void runBareStatements(const storage::Database &database, const storage::KpiQuery &query)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    qint64 sink = 0;
    for (const storage::KpiStatement &statement : storage::KpiRepository::statements(query)) {
        q.prepare(statement.sql);
        for (const QVariant &value : statement.bindings)
            q.addBindValue(value);
        if (!q.exec())
            qFatal("baseline statement failed");
        while (q.next())
            sink += q.value(1).toLongLong();
    }
    if (sink < 0)
        out << "";
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
    qsizetype rows = 0;
    runBareStatements(database, query); // warm the page cache for both
    const Timing timing = compare(
        3, [&] { runBareStatements(database, query); },
        [&] { rows = repository.totals(query).value().size(); });
    report(QStringLiteral("kpi-table"), timing, QStringLiteral("≤ 1.20×, %1 agents").arg(rows));
}

void benchDashboard(const storage::Database &database, core::DateRange year)
{
    const auto teams = storage::DirectoryRepository(database).teams().value();
    const models::Scope scope{year, teams.constFirst().id, std::nullopt, core::Granularity::Week};
    const storage::KpiQuery query{year, teams.constFirst().id, std::nullopt, storage::KpiGrouping::Day, {}};
    const Timing timing = compare(
        5, [&] { runBareStatements(database, query); },
        [&] { models::loadDashboard(database, scope).value(); });
    report(QStringLiteral("dashboard"), timing,
           QStringLiteral("≤ 100 ms for team %1, a year").arg(teams.constFirst().name));
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
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Huddle benchmarks."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Benchmark database (created with demo data if missing)."),
          QStringLiteral("FILE"), QStringLiteral("/tmp/huddle-bench.sqlite")},
         {QStringLiteral("agents"), QStringLiteral("Agents in a new database."), QStringLiteral("N"),
          QStringLiteral("500")},
         {QStringLiteral("days"), QStringLiteral("Days in a new database."), QStringLiteral("N"),
          QStringLiteral("365")},
         {QStringLiteral("rows"), QStringLiteral("Rows of the generated import file."), QStringLiteral("N"),
          QStringLiteral("1000000")}});
    parser.addPositionalArgument(
        QStringLiteral("NAME"),
        QStringLiteral("kpi-table, dashboard, conv-page, import, csv-parse (default: all)."));
    parser.process(app);
    const QStringList names = parser.positionalArguments();
    const auto wanted = [&](const char *name) {
        return names.isEmpty() || names.contains(QLatin1String(name));
    };
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    if (wanted("import"))
        benchImport(out, rows);
    if (wanted("csv-parse"))
        benchCsvParse(importBenchFile(rows), out);
    if (!wanted("kpi-table") && !wanted("dashboard") && !wanted("conv-page"))
        return 0;
    const QString path = parser.value(QStringLiteral("db"));
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
    out << QStringLiteral("database %1, %2 … %3\n")
               .arg(path, span.from.toString(Qt::ISODate), span.to.toString(Qt::ISODate));
    if (wanted("kpi-table"))
        benchKpiTable(*database.value(), year);
    if (wanted("dashboard"))
        benchDashboard(*database.value(), year);
    if (wanted("conv-page"))
        benchConversationPaging(*database.value());
    return 0;
}
