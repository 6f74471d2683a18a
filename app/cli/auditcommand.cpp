// huddle-cli audit verify: walks the audit log's hash chain, so a cron job or an auditor can tell whether an
// entry was edited, inserted or removed since it was written.
#include "commandline.h"
#include "commands.h"
#include "subcommand.h"

#include "storage/auditlog.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huddle::cli {

namespace {

const QString commandName = QStringLiteral("huddle-cli audit verify");

int verifyChain(const QString &path, QTextStream &out, QTextStream &err)
{
    auto opened = storage::Database::open(path, storage::OpenMode::MustExist);
    if (!opened) {
        err << commandName << ": " << opened.error().toString() << "\n";
        return ExitDatabase;
    }
    const auto check = storage::AuditLog(*opened.value()).verifyChain();
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
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        err << commandName << ": --db FILE is required\n";
        return ExitUsage;
    }
    return verifyChain(parser.value(QStringLiteral("db")), out, err);
}

} // namespace

int runAudit(const QStringList &arguments)
{
    return runSubcommand(arguments, QStringLiteral("audit"),
                         QStringLiteral("usage: huddle-cli audit verify --db FILE\n"),
                         {{QStringLiteral("verify"), runVerify}});
}

} // namespace huddle::cli
