// huddle-cli db upgrade: creates Huddle's schema in an empty database, or brings an older one to the newest
// level, and says which level it is at. A site's IT runs it once against the PostgreSQL database the
// supervisors will share, before anyone connects (connecting does the same, under the same lock).
// huddle-cli db backup / db restore: a copy of a database file, and putting one back (storage/backup.h);
// what a nightly job or a site's IT runs, the same as File → Back Up… and Restore from Backup….
#include "commandline.h"
#include "commands.h"
#include "subcommand.h"

#include "storage/backup.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli db upgrade");

int upgrade(const QString &location, QTextStream &out, QTextStream &err)
{
    // A file is created when missing, as `demo` does; a server database must exist (its owner creates it).
    auto opened = storage::Database::open(location, storage::OpenMode::CreateIfMissing);
    if (!opened) {
        err << commandName << ": " << opened.error().toString() << "\n";
        return ExitDatabase;
    }
    const storage::Database &database = *opened.value();
    out << database.displayName() << ": schema level " << database.schemaVersion() << " of "
        << storage::Database::latestSchemaVersion() << " ("
        << (database.dialect() == storage::Dialect::PostgreSQL ? "PostgreSQL" : "SQLite") << ")\n";
    return ExitOk;
}

int runUpgrade(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Create Huddle's schema in an empty database or bring an older one to the newest level, then print "
        "the level. DB is an SQLite file or postgresql://user[:password]@host[:port]/database[?sslmode=…]."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Huddle database: a file or a postgresql:// URL."),
                      QStringLiteral("DB")});
    if (const auto ended = parseCommandLine(parser, arguments, commandName))
        return *ended;
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        err << commandName << ": --db DB is required\n";
        return ExitUsage;
    }
    return upgrade(parser.value(QStringLiteral("db")), out, err);
}

// Parses `--db DB` and one more required option; prints the usage error and returns its exit code when either
// is missing.
std::optional<int> parseTwoPaths(QCommandLineParser &parser, const QStringList &arguments,
                                 const QString &name, const QString &other)
{
    if (const auto ended = parseCommandLine(parser, arguments, name))
        return ended;
    QTextStream err(stderr);
    for (const QString &option : {QStringLiteral("db"), other}) {
        if (parser.value(option).isEmpty()) {
            err << name << ": --" << option << " is required\n";
            return ExitUsage;
        }
    }
    return std::nullopt;
}

int runBackup(const QStringList &arguments)
{
    const QString name = QStringLiteral("huddle-cli db backup");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a consistent copy of the database file DB to FILE (a new file, readable by its owner only). "
        "It may run while the console has DB open."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Huddle database file."), QStringLiteral("DB")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Backup file to write."), QStringLiteral("FILE")});
    if (const auto ended = parseTwoPaths(parser, arguments, name, QStringLiteral("to")))
        return *ended;
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto opened = storage::Database::open(parser.value(QStringLiteral("db")), storage::OpenMode::MustExist);
    if (!opened) {
        err << name << ": " << opened.error().toString() << "\n";
        return ExitDatabase;
    }
    const QString target = parser.value(QStringLiteral("to"));
    if (const core::Status written = storage::backUp(*opened.value(), target); !written) {
        err << name << ": " << written.error().toString() << "\n";
        return ExitDatabase;
    }
    out << opened.value()->displayName() << " backed up to " << target << "\n";
    return ExitOk;
}

int runRestore(const QStringList &arguments)
{
    const QString name = QStringLiteral("huddle-cli db restore");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Put the backup FILE in the place of the database file DB, after checking that FILE is an intact "
        "Huddle "
        "database. The file that was at DB is kept as DB.before-restore. Close every console that has DB "
        "open first."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Huddle database file to replace."), QStringLiteral("DB")});
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("Backup file to restore."), QStringLiteral("FILE")});
    if (const auto ended = parseTwoPaths(parser, arguments, name, QStringLiteral("from")))
        return *ended;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString target = parser.value(QStringLiteral("db"));
    if (const core::Status restored = storage::restoreBackup(parser.value(QStringLiteral("from")), target);
        !restored) {
        err << name << ": " << restored.error().toString() << "\n";
        return ExitDatabase;
    }
    out << target << " restored from " << parser.value(QStringLiteral("from")) << "\n";
    return ExitOk;
}

} // namespace

int runDb(const QStringList &arguments)
{
    return runSubcommand(arguments, QStringLiteral("db"),
                         QStringLiteral("usage: huddle-cli db upgrade --db DB\n"
                                        "       huddle-cli db backup --db DB --to FILE\n"
                                        "       huddle-cli db restore --db DB --from FILE\n"),
                         {{QStringLiteral("upgrade"), runUpgrade},
                          {QStringLiteral("backup"), runBackup},
                          {QStringLiteral("restore"), runRestore}});
}

} // namespace huddle::cli
