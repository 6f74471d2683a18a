#include "importbench.h"

#include "importers/importjob.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace huddle;

namespace {

double runSqliteShellImport(const QString &csv)
{
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {QStringLiteral(":memory:"), QStringLiteral(".import --csv %1 raw").arg(csv),
                 QStringLiteral("SELECT COUNT(*) FROM raw")});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        qFatal("sqlite3 .import failed: %s", shell.readAllStandardError().constData());
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

QString importedDatabase()
{
    return QDir::temp().filePath(QStringLiteral("huddle-bench-import.sqlite"));
}

double runHuddleImport(const QString &csv, qint64 expectedRows)
{
    const QString path = importedDatabase();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer timer;
    timer.start();
    auto database = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!database)
        qFatal("%s", qPrintable(database.error().toString()));
    auto plan = importers::planImport(csv, *database.value(), {});
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    auto report = importers::runImport(plan.value(), *database.value(), {});
    if (!report || report.value().counts.imported != expectedRows)
        qFatal("import failed: %s",
               report ? qPrintable(report.value().summary()) : qPrintable(report.error().toString()));
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// SQLite's own cost of storing the rows the import produced, with no parsing, validation, lookups, FCR or
// secondary index: the same rows copied with one INSERT … SELECT into an empty conversations table that keeps
// only its (source, external_id) key, in a new database file, one transaction. No import into this schema
// can be faster than this, so it tells how much of the gap to the baseline is SQLite's B-tree work.
double runSqliteFloor(const QString &imported)
{
    const QString path = QDir::temp().filePath(QStringLiteral("huddle-bench-floor.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto database = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    if (!database)
        qFatal("%s", qPrintable(database.error().toString()));
    QSqlDatabase db = database.value()->connection();
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    };
    run(QStringLiteral("PRAGMA cache_size = -65536"));
    run(QStringLiteral("ATTACH DATABASE '%1' AS imported").arg(imported));
    run(QStringLiteral("BEGIN"));
    run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'conversations'"
                       " AND sql IS NOT NULL"));
    QStringList indexes;
    while (q.next())
        indexes.append(q.value(0).toString());
    for (const QString &index : indexes)
        run(QStringLiteral("DROP INDEX %1").arg(index));
    run(QStringLiteral("INSERT INTO imports SELECT * FROM imported.imports"));
    // The agents and teams the rows refer to (foreign keys), copied before the clock starts.
    run(QStringLiteral("INSERT INTO teams SELECT * FROM imported.teams"));
    run(QStringLiteral("INSERT INTO agents SELECT * FROM imported.agents"));
    QElapsedTimer timer;
    timer.start();
    run(QStringLiteral("INSERT INTO conversations SELECT * FROM imported.conversations ORDER BY id"));
    run(QStringLiteral("COMMIT"));
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run(QStringLiteral("DETACH DATABASE imported"));
    return ms;
}

// The peak resident memory, in KiB, of `huddle-cli import CSV` into a new database. A child forked from this
// process would start with its pages counted (the kernel's peak includes the image before exec), so a fresh
// huddle-bench started with --peak-rss-of forks it instead (runForPeakRss).
long cliImportPeakKb(const QString &csv)
{
    const QString path = importedDatabase();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QProcess helper;
    helper.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--peak-rss-of"), QStringLiteral(HUDDLE_CLI), QStringLiteral("import"),
                  QStringLiteral("--db"), path, csv});
    const bool finished = helper.waitForFinished(-1) && helper.exitCode() == 0;
    bool read = false;
    const long peak = QString::fromLatin1(helper.readAllStandardOutput()).trimmed().toLong(&read);
    if (!finished || !read)
        qFatal("huddle-cli import %s failed: %s", qPrintable(csv), helper.readAllStandardError().constData());
    return peak;
}

} // namespace

QString importBenchFile(qint64 rows)
{
    const QString path = QDir::temp().filePath(QStringLiteral("huddle-bench-calls-%1.csv").arg(rows));
    if (QFileInfo(path).size() > 0)
        return path;
    QFile file(path + QStringLiteral(".partial"));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937_64 random(42);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    QByteArray out = "call_id,start_at,end_at,handling_user_name,team_name,talk_time,hold_time,wait_time,"
                     "csat_score,customer_phone_number\n";
    QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (qint64 i = 0; i < rows; ++i) {
        start = start.addSecs(pick(1, 40));
        const int talk = pick(30, 900);
        const int hold = pick(0, 120);
        const int csat = pick(0, 9);
        out += "C" + QByteArray::number(i) + ',' + start.toString(Qt::ISODate).toLatin1() + ',' +
               start.addSecs(talk + hold).toString(Qt::ISODate).toLatin1() + ",Agent " +
               QByteArray::number(pick(1, 200)) + ",Team " + QByteArray::number(pick(1, 8)) + ',' +
               QByteArray::number(talk) + ',' + QByteArray::number(hold) + ',' +
               QByteArray::number(pick(0, 300)) + ',' +
               (csat < 5 ? QByteArray::number(csat + 1) : QByteArray()) + ",+1555" +
               QByteArray::number(pick(1000000, 1300000)) + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    file.close();
    QFile::rename(path + QStringLiteral(".partial"), path);
    return path;
}

void benchImport(QTextStream &out, qint64 rows)
{
    const QString csv = importBenchFile(rows);
    double measured = 1e300;
    double baseline = 1e300;
    double floor = 1e300;
    for (int run = 0; run < 2; ++run) {
        baseline = std::min(baseline, runSqliteShellImport(csv));
        measured = std::min(measured, runHuddleImport(csv, rows));
        floor = std::min(floor, runSqliteFloor(importedDatabase()));
    }
    out << QStringLiteral("import      %1 ms  sqlite3 .import %2 ms  ratio %3×  (goal ≤ 1.5×)  %4 rows/s\n")
               .arg(measured, 8, 'f', 1)
               .arg(baseline, 8, 'f', 1)
               .arg(measured / baseline, 5, 'f', 2)
               .arg(static_cast<double>(rows) * 1000.0 / measured, 0, 'f', 0);
    out << QStringLiteral("import-floor %1 ms  SQLite storing the same rows, already parsed, in conversations"
                          " with only its key: ratio %2× to sqlite3 .import\n")
               .arg(floor, 8, 'f', 1)
               .arg(floor / baseline, 5, 'f', 2);
    out.flush();
    // Memory: huddle-cli importing a tenth of the rows, all of them and four times as many. The page cache
    // and the index sorts have fixed limits, so the peak stops growing once they are full.
    QStringList peaks;
    for (const qint64 count : {rows / 10, rows, 4 * rows}) {
        peaks << QStringLiteral("%1 MiB at %2 rows")
                     .arg(static_cast<double>(cliImportPeakKb(importBenchFile(count))) / 1024, 0, 'f', 1)
                     .arg(count);
    }
    out << QStringLiteral("import-mem  huddle-cli import peak RSS %1 (goal: bounded)\n")
               .arg(peaks.join(QStringLiteral(", ")));
    out.flush();
}

int runForPeakRss(char *command[])
{
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execv(command[0], command);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return 1;
    std::printf("%ld\n", usage.ru_maxrss);
    return 0;
}
