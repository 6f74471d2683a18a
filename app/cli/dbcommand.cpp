// huddle-cli db upgrade: creates Huddle's schema in an empty database, or brings an older one to the newest
// level, and says which level it is at. A site's IT runs it once against the PostgreSQL database the
// supervisors will share, before anyone connects (connecting does the same, under the same lock).
#include "commandline.h"
#include "commands.h"
#include "subcommand.h"

#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

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

} // namespace

int runDb(const QStringList &arguments)
{
    return runSubcommand(arguments, QStringLiteral("db"),
                         QStringLiteral("usage: huddle-cli db upgrade --db DB\n"),
                         {{QStringLiteral("upgrade"), runUpgrade}});
}

} // namespace huddle::cli
