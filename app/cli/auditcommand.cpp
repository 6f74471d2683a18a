// huddle-cli audit verify: walks the audit log's hash chain, so a cron job or an auditor can tell whether an
// entry was edited, inserted or removed since it was written. huddle-cli audit export: the log as CSV, for
// whoever has to answer who changed what when.
#include "commandline.h"
#include "commands.h"
#include "csvoutput.h"
#include "subcommand.h"

#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli audit verify");
const QString exportName = QStringLiteral("huddle-cli audit export");

// The existing database --db names, for both subcommands; nullptr once the reason is on `err`, with `status`
// the exit status to end with.
std::unique_ptr<storage::Database> openGivenDatabase(const QCommandLineParser &parser, const QString &name,
                                                     QTextStream &err, int &status)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err << name << ": --db FILE is required\n";
        status = ExitUsage;
        return nullptr;
    }
    auto opened = storage::Database::open(path, storage::OpenMode::MustExist);
    if (!opened) {
        err << name << ": " << opened.error().toString() << "\n";
        status = ExitDatabase;
        return nullptr;
    }
    return std::move(opened.value());
}

int verifyChain(const storage::Database &database, QTextStream &out, QTextStream &err)
{
    const auto check = storage::AuditLog(database).verifyChain();
    if (!check) {
        err << commandName << ": " << check.error().toString() << "\n";
        return ExitDatabase;
    }
    const storage::AuditChainCheck &chain = check.value();
    if (!chain.ok()) {
        err << commandName << ": entry " << *chain.brokenAt << ": " << chain.problem << "\n";
        return ExitDatabase;
    }
    // The head hash is worth keeping elsewhere: the chain alone cannot show that its newest entries were cut.
    out << "audit log intact: " << chain.entries << " entries, head "
        << (chain.headHash.isEmpty() ? QStringLiteral("none") : chain.headHash) << "\n";
    return ExitOk;
}

int runVerify(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check the audit log's hash chain: every entry's SHA-256 and its link to the entry "
                       "before it. Prints the number of entries and the newest entry's hash."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Huddle database file."), QStringLiteral("FILE")});
    if (const auto ended = parseCommandLine(parser, arguments, commandName))
        return *ended;
    int status = ExitOk;
    const auto database = openGivenDatabase(parser, commandName, err, status);
    return database ? verifyChain(*database, out, err) : status;
}

// As the log stores it: no detail is an empty field, not "{}".
QString detailText(const QJsonObject &detail)
{
    return detail.isEmpty() ? QString()
                            : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

// One row per entry, with its hash and its link, so a reader can check the chain themselves. Times in UTC.
reports::ExportTable auditTable(const QList<storage::AuditEntry> &entries, const QString &entity)
{
    using reports::TableCell;
    reports::ExportTable table{{QStringLiteral("entry"), QStringLiteral("at_utc"), QStringLiteral("actor"),
                                QStringLiteral("entity"), QStringLiteral("entity_id"),
                                QStringLiteral("action"), QStringLiteral("detail"),
                                QStringLiteral("previous_hash"), QStringLiteral("hash")},
                               {}};
    for (const storage::AuditEntry &e : entries) {
        if (!entity.isEmpty() && e.entity != entity)
            continue;
        table.rows.append({TableCell::numberCell(double(e.id), QString::number(e.id)),
                           TableCell::textCell(e.at.toUTC().toString(Qt::ISODate)),
                           TableCell::textCell(e.actor), TableCell::textCell(e.entity),
                           TableCell::numberCell(double(e.entityId), QString::number(e.entityId)),
                           TableCell::textCell(e.action), TableCell::textCell(detailText(e.detail)),
                           TableCell::textCell(e.prevHash), TableCell::textCell(e.hash)});
    }
    return table;
}

int runExport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the audit log as CSV, oldest entry first: who changed what when (evaluations, "
                       "disputes, scorecards, calibration, bonus plans and locks, late imports), with each "
                       "entry's hash and the hash it links to."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Huddle database file or server URL."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("entity"),
         QStringLiteral("Only entries about this kind of thing (evaluation, dispute, bonus_plan, "
                        "bonus_month, …)."),
         QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write to this file instead of standard output."),
                      QStringLiteral("FILE")});
    if (const auto ended = parseCommandLine(parser, arguments, exportName))
        return *ended;
    int status = ExitOk;
    const auto database = openGivenDatabase(parser, exportName, err, status);
    if (!database)
        return status;
    const auto entries = storage::AuditLog(*database).allEntries();
    if (!entries) {
        err << exportName << ": " << entries.error().toString() << "\n";
        return ExitDatabase;
    }
    return emitCsv(auditTable(entries.value(), parser.value(QStringLiteral("entity"))),
                   parser.value(QStringLiteral("out")), exportName, out, err);
}

} // namespace

int runAudit(const QStringList &arguments)
{
    return runSubcommand(
        arguments, QStringLiteral("audit"),
        QStringLiteral("usage: huddle-cli audit verify --db FILE\n"
                       "       huddle-cli audit export --db FILE [--entity KIND] [--out FILE.csv]\n"),
        {{QStringLiteral("verify"), runVerify}, {QStringLiteral("export"), runExport}});
}

} // namespace huddle::cli
