// The query parameters of huddle-cli: one input is one command line, an argument per line — the first names
// the read-only command (kpi, qa, coaching, audit) and the rest are its options and values as a user or a
// script might type them (dates, names, weights, groupings, formats). The command runs in this process on a
// small demo database made once, the way main() runs it. Its promise: it ends with one of the documented exit
// statuses (0 ok, 1 usage, 2 database, 3 refused), never a crash, a hang or undefined behaviour, and leaves
// the database unchanged. Arguments that would write files elsewhere (--output, -o) are dropped, and --db
// always names the demo database. Run with -close_fd_mask=3 (make fuzz) to keep the commands' output quiet.
#include "cli/commands.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

QString databasePath()
{
    return QDir::temp().filePath(
        QStringLiteral("huddle-fuzz-cli-%1.sqlite").arg(QCoreApplication::applicationPid()));
}

// Rows in the tables the commands read, to tell that a run changed nothing.
qint64 footprint()
{
    auto database = huddle::storage::Database::open(databasePath(), huddle::storage::OpenMode::MustExist);
    require(database.ok());
    QSqlQuery q(database.value()->connection());
    require(q.exec(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM conversations) + (SELECT COUNT(*) FROM evaluations)"
                " + (SELECT COUNT(*) FROM coaching_sessions) + (SELECT COUNT(*) FROM audit_log)")) &&
            q.next());
    return q.value(0).toLongLong();
}

qint64 initialFootprint = 0;

void removeDatabase()
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(databasePath() + QLatin1String(suffix));
}

bool writesAFile(const QString &argument)
{
    return argument.startsWith(QLatin1String("--output")) || argument.startsWith(QLatin1String("--out")) ||
           argument.startsWith(QLatin1String("-o"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    removeDatabase();
    std::atexit(removeDatabase);
    auto database =
        huddle::storage::Database::open(databasePath(), huddle::storage::OpenMode::CreateIfMissing);
    require(database.ok());
    huddle::demo::DemoOptions options;
    options.teams = 2;
    options.agents = 6;
    options.days = 21;
    options.endDay = QDate(2024, 4, 30);
    require(huddle::demo::generateDemo(*database.value(), options).ok());
    database.value().reset();
    initialFootprint = footprint();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QStringList lines =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size))
            .split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return 0;
    static const QList<std::pair<QString, std::function<int(const QStringList &)>>> commands{
        {QStringLiteral("kpi"), huddle::cli::runKpi},
        {QStringLiteral("qa"), huddle::cli::runQa},
        {QStringLiteral("coaching"), huddle::cli::runCoaching},
        {QStringLiteral("audit"), huddle::cli::runAudit}};
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const auto &known) { return known.first == lines.constFirst(); });
    if (command == commands.end())
        return 0;
    QStringList arguments{QStringLiteral("huddle-cli")};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (writesAFile(lines.at(i)))
            ++i; // and its value
        else
            arguments.append(lines.at(i));
    }
    arguments << QStringLiteral("--db") << databasePath();
    const int status = command->second(arguments);
    require(status >= huddle::cli::ExitOk && status <= huddle::cli::ExitRefused);
    static int runs = 0;
    if (++runs % 256 == 1) // now and then: opening the database for the count costs more than a run
        require(footprint() == initialFootprint);
    return 0;
}
