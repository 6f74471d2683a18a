// huddle-cli migrate: copies a whole Huddle database into a new, empty one, on the other engine or the same
// (a site moving its SQLite file to the PostgreSQL server it will share, or back to a file). Every table is
// read back from both sides and compared before the copy is committed.
#include "commandline.h"
#include "commands.h"

#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/serverurl.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QTextStream>

#include <unistd.h>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli migrate");

struct MigrateRequest {
    QString from;
    QString to;
    bool quiet = false;
};

// Row counts with thousands separators ("207,312"), the same whatever the environment's locale.
QString grouped(qint64 number)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}

// The copy keeps every id, so it goes only into a database that holds nothing yet.
int checkTargetEmpty(const QString &to, QTextStream &err)
{
    const auto empty = storage::isEmptyDatabase(to);
    if (!empty) {
        err << commandName << ": " << empty.error().toString() << "\n";
        return ExitDatabase;
    }
    if (empty.value())
        return ExitOk;
    err << commandName << ": " << storage::displayLocation(to)
        << (storage::isServerUrl(to) ? " already holds tables" : " already exists")
        << "; migrate copies into a new, empty database (a file that does not exist yet, or a PostgreSQL "
           "database without tables)\n";
    return ExitDatabase;
}

// On a terminal, the table being copied and its rows so far, rewritten in place on standard error.
storage::CopyProgress terminalProgress(const MigrateRequest &request, QTextStream &err)
{
    if (request.quiet || !isatty(STDERR_FILENO))
        return {};
    return [&err](const QString &table, qint64 rows) {
        err << "\rcopying " << table << ": " << grouped(rows) << " rows\x1b[K" << Qt::flush;
    };
}

void printReport(const storage::CopyReport &report, const MigrateRequest &request, const QString &from,
                 const QString &to, QTextStream &out)
{
    if (!request.quiet)
        for (const storage::TableCopy &table : report.tables)
            out << table.table << ": " << grouped(table.rows) << " rows, sha256 " << table.sha256 << "\n";
    out << "copied " << report.tables.size() << " tables, " << grouped(report.totalRows()) << " rows from "
        << from << " to " << to << "; every table verified\n";
}

int migrate(const MigrateRequest &request, QTextStream &out, QTextStream &err)
{
    if (const int status = checkTargetEmpty(request.to, err); status != ExitOk)
        return status;
    auto source = storage::Database::open(request.from, storage::OpenMode::MustExist);
    if (!source) {
        err << commandName << ": " << source.error().toString() << "\n";
        return ExitDatabase;
    }
    auto target = storage::Database::open(request.to, storage::OpenMode::CreateIfMissing);
    if (!target) {
        err << commandName << ": " << target.error().toString() << "\n";
        return ExitDatabase;
    }
    const storage::CopyProgress progress = terminalProgress(request, err);
    const auto copied = storage::copyDatabase(*source.value(), *target.value(), progress);
    if (progress)
        err << "\r\x1b[K" << Qt::flush;
    const QString to = target.value()->displayName();
    if (!copied) {
        err << commandName << ": " << copied.error().toString() << "\n"
            << commandName << ": nothing was copied; " << to
            << " holds only a new, empty Huddle schema: delete the file, or drop and create the database "
               "again, before the next try\n";
        return ExitDatabase;
    }
    printReport(copied.value(), request, source.value()->displayName(), to, out);
    return ExitOk;
}

} // namespace

int runMigrate(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a whole Huddle database into a new, empty one: an SQLite file to a PostgreSQL database, back, "
        "or to another file. Every table is compared (rows and SHA-256) before the copy is committed. DB is "
        "an SQLite file or postgresql://user[:password]@host[:port]/database[?sslmode=…]."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("The Huddle database to copy."), QStringLiteral("DB")});
    parser.addOption(
        {QStringLiteral("to"),
         QStringLiteral("Where to copy it: a file that does not exist yet or a PostgreSQL database "
                        "without tables."),
         QStringLiteral("DB")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")},
                      QStringLiteral("Print only the last line, not one line per table.")});
    if (const auto ended = parseCommandLine(parser, arguments, commandName))
        return *ended;
    const MigrateRequest request{parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")),
                                 parser.isSet(QStringLiteral("quiet"))};
    if (request.from.isEmpty() || request.to.isEmpty()) {
        err << commandName << ": --from DB and --to DB are required\n";
        return ExitUsage;
    }
    return migrate(request, out, err);
}

} // namespace huddle::cli
