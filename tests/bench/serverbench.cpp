#include "serverbench.h"

#include "importbench.h"

#include "importers/importjob.h"
#include "models/dashboarddata.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/kpirepository.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <thread>

using namespace huddle;

namespace {

// The throwaway cluster of tests/support/pg-test-cluster, stopped again when this goes away.
class ThrowawayCluster {
public:
    bool start(QString &url, QString &error)
    {
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary directory"));
        if (!run(QStringLiteral("start"), error))
            return false;
        QFile file(m_dir.filePath(QStringLiteral("url")));
        if (!file.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("pg-test-cluster wrote no URL"));
        url = QString::fromUtf8(file.readAll()).trimmed();
        m_started = true;
        return true;
    }
    ~ThrowawayCluster()
    {
        QString ignored;
        if (m_started)
            run(QStringLiteral("stop"), ignored);
    }

private:
    static bool fail(QString &error, const QString &why)
    {
        error = why;
        return false;
    }
    bool run(const QString &command, QString &error)
    {
        QProcess process;
        process.start(QStringLiteral(HUDDLE_PG_TEST_CLUSTER), {command, m_dir.path()});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return fail(error, QStringLiteral("pg-test-cluster %1: %2")
                                   .arg(command, QString::fromUtf8(process.readAllStandardError())));
        return true;
    }

    QTemporaryDir m_dir{QStringLiteral("/tmp/huddle-bench-pg-XXXXXX")};
    bool m_started = false;
};

// Databases made on the server for one run, dropped at the end.
class ServerDatabases {
public:
    explicit ServerDatabases(const QString &maintenanceUrl)
        : m_server(maintenanceUrl)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_server.host());
        db.setPort(m_server.port(5432));
        db.setUserName(m_server.userName());
        db.setPassword(m_server.password());
        db.setDatabaseName(m_server.path().mid(1));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ServerDatabases()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName);
            for (const QString &name : std::as_const(m_names))
                QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    QString error() const { return m_error; }

    // A new, empty database: its URL, or empty on failure (see error()).
    QString create(const QString &purpose)
    {
        const QString name =
            QStringLiteral("huddle_bench_%1_%2").arg(purpose).arg(QCoreApplication::applicationPid());
        QSqlQuery q(QSqlDatabase::database(connectionName));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            m_error = q.lastError().text();
            return {};
        }
        m_names.append(name);
        QUrl url = m_server;
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

private:
    static constexpr const char *connectionName = "huddle-bench server";
    QUrl m_server;
    QStringList m_names;
    QString m_error;
};

std::unique_ptr<storage::Database> openOrDie(const QString &location)
{
    auto database = storage::Database::open(location, storage::OpenMode::CreateIfMissing);
    if (!database)
        qFatal("%s", qPrintable(database.error().toString()));
    return std::move(database.value());
}

// Plans and runs the import of `csv`; the rows it imported, or the error.
core::Result<qint64> importFile(const storage::Database &database, const QString &csv)
{
    auto plan = importers::planImport(csv, database, {});
    if (!plan)
        return plan.error();
    auto report = importers::runImport(plan.value(), database, {});
    if (!report)
        return report.error();
    if (report.value().counts.rejected > 0 || report.value().cancelled)
        return core::Error{report.value().summary(), csv};
    return report.value().counts.imported;
}

double msToImport(const storage::Database &database, const QString &csv, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    const auto imported = importFile(database, csv);
    if (!imported || imported.value() != rows)
        qFatal("import failed: %s", imported ? "rows missing" : qPrintable(imported.error().toString()));
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double msForKpiTable(const storage::Database &database)
{
    const core::DateRange range = storage::DirectoryRepository(database).dataRange().value();
    const storage::KpiQuery query{range, std::nullopt, std::nullopt, storage::KpiGrouping::Agent, {}};
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (storage::KpiRepository(database).totals(query).value().isEmpty())
            qFatal("no KPI rows");
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

// A small calls file in importBenchFile's layout whose call ids no other file of the run has.
QString soakFile(const QString &dir, int client, int round, int rows)
{
    const QString path = QStringLiteral("%1/soak-%2-%3.csv").arg(dir).arg(client).arg(round);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "call_id,start_at,end_at,handling_user_name,team_name,talk_time,hold_time,wait_time,"
                      "csat_score,customer_phone_number\n";
    const QDateTime first(QDate(2025, 3, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < rows; ++i) {
        const QDateTime start = first.addSecs(qint64(round) * 7919 + qint64(i) * 613 + client * 31);
        const int talk = 60 + (i * 37 + round) % 600;
        text += "S" + QByteArray::number(client) + '-' + QByteArray::number(round) + '-' +
                QByteArray::number(i) + ',' + start.toString(Qt::ISODate).toLatin1() + ',' +
                start.addSecs(talk).toString(Qt::ISODate).toLatin1() + ",Agent " +
                QByteArray::number(1 + (i + client) % 40) + ",Team " + QByteArray::number(1 + i % 4) + ',' +
                QByteArray::number(talk) + ",0," + QByteArray::number(i % 90) + ',' +
                QByteArray::number(1 + i % 5) + ",+1555" + QByteArray::number(1000000 + i) + '\n';
    }
    file.write(text);
    return path;
}

struct SoakResult {
    std::atomic<qint64> importedRows{0};
    std::atomic<int> imports{0};
    std::atomic<int> dashboards{0};
    QMutex mutex;
    QStringList errors;
    void fail(const QString &error)
    {
        QMutexLocker lock(&mutex);
        errors.append(error);
    }
};

void importingClient(const QString &url, const QString &dir, int client, qint64 deadline, SoakResult &result)
{
    auto database = storage::Database::open(url, storage::OpenMode::MustExist);
    if (!database)
        return result.fail(database.error().toString());
    for (int round = 0; QDateTime::currentMSecsSinceEpoch() < deadline; ++round) {
        const auto imported = importFile(*database.value(), soakFile(dir, client, round, 500));
        if (!imported)
            return result.fail(imported.error().toString());
        result.importedRows += imported.value();
        ++result.imports;
    }
}

void dashboardClient(const QString &url, qint64 deadline, SoakResult &result)
{
    auto database = storage::Database::open(url, storage::OpenMode::MustExist);
    if (!database)
        return result.fail(database.error().toString());
    while (QDateTime::currentMSecsSinceEpoch() < deadline) {
        const auto teams = storage::DirectoryRepository(*database.value()).teams();
        const auto range = storage::DirectoryRepository(*database.value()).dataRange();
        if (!teams || !range || teams.value().isEmpty())
            return result.fail(QStringLiteral("no teams or data range to show"));
        const models::Scope scope{
            range.value(), teams.value().constFirst().id, std::nullopt, core::Granularity::Week, {}};
        const auto data = models::loadDashboard(*database.value(), scope);
        if (!data)
            return result.fail(data.error().toString());
        ++result.dashboards;
    }
}

qint64 conversationsOn(const storage::Database &database)
{
    QSqlQuery q(database.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM conversations")) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

bool soak(QTextStream &out, const QString &url, const ServerBenchOptions &options)
{
    QTemporaryDir dir;
    auto database = openOrDie(url);
    // One import first, so the dashboard clients have a team and days to show from the start.
    const auto seeded = importFile(*database, soakFile(dir.path(), options.clients, 0, 500));
    if (!seeded)
        qFatal("%s", qPrintable(seeded.error().toString()));
    SoakResult result;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + qint64(options.seconds) * 1000;
    std::vector<std::thread> clients;
    for (int client = 0; client < options.clients; ++client) {
        if (client % 2 == 0)
            clients.emplace_back(importingClient, url, dir.path(), client, deadline, std::ref(result));
        else
            clients.emplace_back(dashboardClient, url, deadline, std::ref(result));
    }
    for (std::thread &client : clients)
        client.join();
    const qint64 expected = seeded.value() + result.importedRows;
    const qint64 found = conversationsOn(*database);
    out << QStringLiteral(
               "server-soak %1 clients for %2 s: %3 imports (%4 rows), %5 dashboard loads, %6 errors;"
               " %7 rows on the server, %8 expected (goal: no error, no row lost)\n")
               .arg(options.clients)
               .arg(options.seconds)
               .arg(result.imports.load())
               .arg(result.importedRows.load())
               .arg(result.dashboards.load())
               .arg(result.errors.size())
               .arg(found)
               .arg(expected);
    for (const QString &error : std::as_const(result.errors))
        out << QStringLiteral("server-soak error: %1\n").arg(error);
    out.flush();
    return result.errors.isEmpty() && found == expected;
}

} // namespace

bool benchServer(QTextStream &out, const ServerBenchOptions &options)
{
    ThrowawayCluster cluster;
    QString maintenance = options.serverUrl;
    QString error;
    if (maintenance.isEmpty() && !cluster.start(maintenance, error)) {
        out << "server: " << error << "\n";
        return false;
    }
    ServerDatabases server(maintenance);
    const QString imported = server.create(QStringLiteral("import"));
    const QString soaked = server.create(QStringLiteral("soak"));
    if (imported.isEmpty() || soaked.isEmpty()) {
        out << "server: " << server.error() << "\n";
        return false;
    }

    const QString csv = importBenchFile(options.importRows);
    const QString file = QDir::temp().filePath(QStringLiteral("huddle-bench-server.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
    auto local = openOrDie(file);
    auto shared = openOrDie(imported);
    const double sqliteImport = msToImport(*local, csv, options.importRows);
    const double serverImport = msToImport(*shared, csv, options.importRows);
    out << QStringLiteral("server-import %1 ms  SQLite file %2 ms  ratio %3×  (goal: reported, %4 rows; %5"
                          " rows/s on the server)\n")
               .arg(serverImport, 8, 'f', 1)
               .arg(sqliteImport, 8, 'f', 1)
               .arg(serverImport / sqliteImport, 5, 'f', 2)
               .arg(options.importRows)
               .arg(static_cast<double>(options.importRows) * 1000.0 / serverImport, 0, 'f', 0);
    const double sqliteKpi = msForKpiTable(*local);
    const double serverKpi = msForKpiTable(*shared);
    out << QStringLiteral(
               "server-kpi %1 ms  SQLite file %2 ms  ratio %3×  (goal: reported; KPI table by agent"
               " over %4 conversations)\n")
               .arg(serverKpi, 8, 'f', 1)
               .arg(sqliteKpi, 8, 'f', 1)
               .arg(serverKpi / sqliteKpi, 5, 'f', 2)
               .arg(options.importRows);
    out.flush();
    shared.reset();
    return soak(out, soaked, options);
}
