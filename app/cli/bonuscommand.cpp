// huddle-cli bonus: a month's bonus as CSV, PDF or XLSX, computed from the same data as the console (or read
// back when the month is locked), optionally locking the month once the file is written. Made for cron: no
// prompts, one summary line on standard output, errors on standard error with the exit statuses of the man
// page.
#include "commandline.h"
#include "commands.h"

#include "core/month.h"
#include "reports/bonusexport.h"
#include "reports/bonusrun.h"
#include "reports/csvexport.h"
#include "storage/bonuslockrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli bonus");
const QString standardOutput = QStringLiteral("-");

enum class BonusFormat { Csv, Pdf, Xlsx };

struct BonusRequest {
    QString database;
    QDate month; // first day
    QString planFile;
    BonusFormat format = BonusFormat::Csv;
    QString output; // "-": standard output (CSV only)
    bool lock = false;
    QString lockedBy;
    QString reason;
    QDateTime timestamp; // UTC; invalid: now
    QString currency;    // empty: the site's setting
    QLocale locale;
    bool quiet = false;
    QString siteName; // the setting "site_name", printed under the PDF's title
};

// What went wrong and the exit status it earns.
struct Failure {
    int status = ExitUsage;
    QString message;
};

QList<QCommandLineOption> bonusOptions()
{
    const auto option = [](const QStringList &names, const char *description, const char *value = nullptr) {
        return value ? QCommandLineOption(names, QString::fromLatin1(description), QString::fromLatin1(value))
                     : QCommandLineOption(names, QString::fromLatin1(description));
    };
    const auto name = [](const char *text) { return QStringList{QString::fromLatin1(text)}; };
    return {
        option(name("db"), "Huddle database file.", "FILE"),
        option(name("month"), "The month to report, as YYYY-MM.", "YYYY-MM"),
        option(name("plan"), "Compute with this plan (JSON) instead of the stored ones.", "FILE"),
        option(name("format"), "csv, pdf or xlsx (default: from the output file's suffix).", "FORMAT"),
        option({QStringLiteral("o"), QStringLiteral("output")}, "Write to this file; - is standard output.",
               "FILE"),
        option(name("lock"), "Lock the month once the file is written."),
        option(name("by"), "Who locks the month (with --lock).", "NAME"),
        option(name("reason"), "Why the month is locked (with --lock).", "TEXT"),
        option(name("timestamp"),
               "The creation time recorded in the PDF and XLSX files (default: now); fix it to get identical "
               "files.",
               "ISO8601"),
        option(name("currency"), "ISO 4217 currency code (default: the database's setting).", "CODE"),
        option(name("locale"), "Locale of the money in explanations (default: the environment's).", "NAME"),
        option({QStringLiteral("q"), QStringLiteral("quiet")}, "Print no summary line.")};
}

std::optional<BonusFormat> formatFromName(const QString &name)
{
    if (name == QLatin1String("csv"))
        return BonusFormat::Csv;
    if (name == QLatin1String("pdf"))
        return BonusFormat::Pdf;
    if (name == QLatin1String("xlsx"))
        return BonusFormat::Xlsx;
    return std::nullopt;
}

std::optional<Failure> readFormat(const QCommandLineParser &parser, BonusRequest &request)
{
    const bool given = parser.isSet(QStringLiteral("format"));
    const QString name =
        given ? parser.value(QStringLiteral("format")) : QFileInfo(request.output).suffix().toLower();
    const auto format = formatFromName(name);
    if (!format)
        return Failure{ExitUsage, given
                                      ? QStringLiteral("--format takes csv, pdf or xlsx, got '%1'").arg(name)
                                      : QStringLiteral("--format csv|pdf|xlsx is required")};
    request.format = *format;
    if (request.output == standardOutput && *format != BonusFormat::Csv)
        return Failure{ExitUsage, QStringLiteral("only CSV can be written to standard output (-o -)")};
    return std::nullopt;
}

std::optional<Failure> readLock(const QCommandLineParser &parser, BonusRequest &request)
{
    request.lock = parser.isSet(QStringLiteral("lock"));
    request.lockedBy = parser.value(QStringLiteral("by")).trimmed();
    request.reason = parser.value(QStringLiteral("reason")).trimmed();
    const bool named = parser.isSet(QStringLiteral("by")) || parser.isSet(QStringLiteral("reason"));
    if (!request.lock && named)
        return Failure{ExitUsage, QStringLiteral("--by and --reason go with --lock")};
    if (request.lock && (request.lockedBy.isEmpty() || request.reason.isEmpty()))
        return Failure{ExitUsage, QStringLiteral("--lock needs --by NAME and --reason TEXT")};
    // A lock records the stored plan versions it was computed with; a plan from a file has none.
    if (request.lock && !request.planFile.isEmpty())
        return Failure{ExitUsage, QStringLiteral("--lock cannot be combined with --plan: a month is locked "
                                                 "with the plans stored in the database")};
    return std::nullopt;
}

// ISO 8601 with or without an offset; without one the time is taken as UTC, so a cron line means the same
// on every machine.
std::optional<Failure> readTimestamp(const QCommandLineParser &parser, BonusRequest &request)
{
    if (!parser.isSet(QStringLiteral("timestamp")))
        return std::nullopt;
    const QString text = parser.value(QStringLiteral("timestamp"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return Failure{
            ExitUsage,
            QStringLiteral("--timestamp takes an ISO 8601 time such as 2026-11-01T06:00:00Z, got '%1'")
                .arg(text)};
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    request.timestamp = time.toUTC();
    return std::nullopt;
}

std::optional<Failure> readMoneyOptions(const QCommandLineParser &parser, BonusRequest &request)
{
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    request.currency = parser.value(QStringLiteral("currency"));
    if (parser.isSet(QStringLiteral("currency")) && !isoCode.match(request.currency).hasMatch())
        return Failure{ExitUsage,
                       QStringLiteral("--currency takes an ISO 4217 code such as USD or EUR, got '%1'")
                           .arg(request.currency)};
    if (!parser.isSet(QStringLiteral("locale")))
        return std::nullopt;
    const QString name = parser.value(QStringLiteral("locale"));
    request.locale = QLocale(name);
    // QLocale falls back to C for a name it does not know.
    if (request.locale.language() == QLocale::C && name != QLatin1String("C"))
        return Failure{
            ExitUsage,
            QStringLiteral("--locale takes a locale name such as en_US or es_MX, got '%1'").arg(name)};
    return std::nullopt;
}

std::optional<Failure> readRequest(const QCommandLineParser &parser, BonusRequest &request)
{
    request.database = parser.value(QStringLiteral("db"));
    if (request.database.isEmpty())
        return Failure{ExitUsage, QStringLiteral("--db FILE is required")};
    if (!parser.isSet(QStringLiteral("month")))
        return Failure{ExitUsage, QStringLiteral("--month YYYY-MM is required")};
    const auto month = core::monthFromCode(parser.value(QStringLiteral("month")));
    if (!month)
        return Failure{ExitUsage,
                       QStringLiteral("--month takes a month written YYYY-MM (e.g. 2026-10), got '%1'")
                           .arg(parser.value(QStringLiteral("month")))};
    request.month = *month;
    request.output = parser.value(QStringLiteral("output"));
    if (request.output.isEmpty())
        return Failure{ExitUsage, QStringLiteral("-o FILE is required (- for standard output)")};
    request.planFile = parser.value(QStringLiteral("plan"));
    request.quiet = parser.isSet(QStringLiteral("quiet"));
    for (const auto &read : {readFormat, readLock, readTimestamp, readMoneyOptions})
        if (auto failure = read(parser, request))
            return failure;
    return std::nullopt;
}

// The plan of --plan FILE, validated; the message names the file and the field.
core::Result<core::BonusPlan> readPlanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{QStringLiteral("cannot read the plan: %1").arg(file.errorString()), path};
    auto plan = core::BonusPlan::fromJson(file.readAll());
    if (!plan)
        return core::Error{plan.error().toString(), path};
    return plan;
}

QString lockDescription(const storage::BonusLock &lock)
{
    return QStringLiteral("locked by %1 on %2 (%3)")
        .arg(lock.lockedBy, lock.lockedAt.toUTC().toString(Qt::ISODate), lock.reason);
}

// What the month's lock allows: --plan never recomputes a locked month, --lock needs an open month that is
// over. Checked before anything is written, so a refused run leaves no file behind.
std::optional<Failure> checkLockState(const BonusRequest &request, const storage::Database &database)
{
    const auto lock = storage::BonusLockRepository(database).lockFor(request.month);
    if (!lock)
        return Failure{ExitDatabase, lock.error().toString()};
    const QString month = core::monthCode(request.month);
    if (lock.value() && !request.planFile.isEmpty())
        return Failure{ExitRefused,
                       QStringLiteral("%1 is %2: a locked month is read back as frozen and cannot be "
                                      "computed with --plan")
                           .arg(month, lockDescription(*lock.value()))};
    if (lock.value() && request.lock)
        return Failure{ExitRefused,
                       QStringLiteral("%1 is already %2").arg(month, lockDescription(*lock.value()))};
    const QDate lastDay = core::monthRange(request.month).to;
    if (request.lock && lastDay >= storage::DirectoryRepository(database).siteToday())
        return Failure{ExitRefused,
                       QStringLiteral("%1 is not over yet (its last day is %2): a month is locked "
                                      "after review")
                           .arg(month, lastDay.toString(Qt::ISODate))};
    return std::nullopt;
}

std::optional<Failure> writeOutput(const BonusRequest &request, const reports::BonusMonth &month)
{
    core::Status written = core::Done{};
    const reports::BonusExportOptions options{request.timestamp, request.siteName};
    switch (request.format) {
    case BonusFormat::Csv:
        if (request.output == standardOutput) {
            // The file's bytes without the byte-order mark that only spreadsheets want, as the other exports.
            QByteArray csv = reports::bonusCsv(month);
            if (csv.startsWith("\xEF\xBB\xBF"))
                csv.remove(0, 3);
            QTextStream(stdout) << QString::fromUtf8(csv);
            return std::nullopt;
        }
        written = reports::writeCsv(reports::bonusCsvTable(month), request.output);
        break;
    case BonusFormat::Pdf:
        written = reports::writeBonusPdf(month, request.output, options);
        break;
    case BonusFormat::Xlsx:
        written = reports::writeBonusXlsx(month, request.output, options);
        break;
    }
    if (!written)
        return Failure{ExitDatabase, written.error().toString()};
    return std::nullopt;
}

// "2026-10: 48 agents in 4 teams, total $3,120.00 → bonus.pdf; locked by Dana Reyes on 2026-11-02T06:00:00Z
// (Reviewed)": a locked month, whether read back or locked by this run, says so.
QString summaryLine(const BonusRequest &request, const reports::BonusMonth &month)
{
    QString line = QStringLiteral("%1: %2 agents in %3 teams, total %4 → %5")
                       .arg(core::monthCode(request.month))
                       .arg(month.agents.size())
                       .arg(month.teams.size())
                       .arg(month.money.format(month.siteTotal), request.output);
    if (month.lock)
        line += QStringLiteral("; %1").arg(lockDescription(*month.lock));
    if (month.planOverridden)
        line += QStringLiteral("; plan from %1").arg(request.planFile);
    return line;
}

core::Result<reports::BonusMonth> computeMonth(const BonusRequest &request, const storage::Database &database,
                                               Failure &failure)
{
    reports::BonusRunOptions options;
    options.money = reports::moneyFormatFor(database, request.locale);
    if (!request.currency.isEmpty())
        options.money.currencyCode = request.currency;
    if (!request.planFile.isEmpty()) {
        auto plan = readPlanFile(request.planFile);
        if (!plan) {
            failure = {ExitRefused, plan.error().toString()};
            return plan.error();
        }
        options.planOverride = plan.value();
    }
    auto month = reports::runBonusMonth(database, request.month, options);
    if (!month)
        failure = {ExitDatabase, month.error().toString()};
    return month;
}

// --lock: the file is written first (one that cannot be written leaves the month open), then the month is
// locked, then the file is written again as the locked month reads back, so that it shows the lock and the
// CSV's SHA-256 is the one the lock keeps. Standard output gets the locked month only.
std::optional<Failure> writeAndLock(const BonusRequest &request, const storage::Database &database,
                                    reports::BonusMonth &month)
{
    if (request.output != standardOutput)
        if (auto notWritten = writeOutput(request, month))
            return notWritten;
    const auto lock = reports::lockBonusMonth(database, month, request.lockedBy, request.reason,
                                              storage::DirectoryRepository(database).siteToday());
    if (!lock)
        return Failure{ExitRefused,
                       QStringLiteral("the month was not locked: %1").arg(lock.error().toString())};
    Failure failure;
    auto locked = computeMonth(request, database, failure);
    if (!locked)
        return failure;
    month = locked.value();
    if (auto notWritten = writeOutput(request, month))
        return Failure{notWritten->status,
                       QStringLiteral("%1 is locked, but %2; run again without --lock to write the file")
                           .arg(core::monthCode(request.month), notWritten->message)};
    return std::nullopt;
}

int runRequest(BonusRequest request, QTextStream &out, QTextStream &err)
{
    const auto fail = [&](const Failure &failure) {
        err << commandName << ": " << failure.message << "\n";
        return failure.status;
    };
    auto opened = storage::Database::open(request.database, storage::OpenMode::MustExist);
    if (!opened)
        return fail({ExitDatabase, opened.error().toString()});
    const storage::Database &database = *opened.value();
    request.siteName = storage::DirectoryRepository(database).setting(QStringLiteral("site_name"));
    if (auto refused = checkLockState(request, database))
        return fail(*refused);
    Failure failure;
    auto month = computeMonth(request, database, failure);
    if (!month)
        return fail(failure);
    if (auto notDone = request.lock ? writeAndLock(request, database, month.value())
                                    : writeOutput(request, month.value()))
        return fail(*notDone);
    if (!request.quiet && request.output != standardOutput)
        out << summaryLine(request, month.value()) << "\n";
    return ExitOk;
}

} // namespace

int runBonus(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a month's bonus per agent — every component, gate, cap and adjustment with its inputs — as "
        "CSV, PDF or XLSX, and optionally lock the month afterwards."));
    parser.addHelpOption();
    parser.addOptions(bonusOptions());
    if (const auto ended = parseCommandLine(parser, arguments, commandName))
        return *ended;
    BonusRequest request;
    if (const auto problem = readRequest(parser, request)) {
        err << commandName << ": " << problem->message << "\n";
        return problem->status;
    }
    return runRequest(request, out, err);
}

} // namespace huddle::cli
