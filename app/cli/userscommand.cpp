// huddle-cli users add / users list: who may do what in a database on a PostgreSQL server (storage/users.h).
// A site's IT runs it as the database's owner with a role that may create roles; each person then signs in
// with their own login (postgresql://LOGIN@HOST/DATABASE) and the server shows and lets them change only
// what their role allows.
#include "commandline.h"
#include "commands.h"
#include "subcommand.h"

#include "reports/csvexport.h"
#include "storage/database.h"
#include "storage/users.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huddle::cli {

namespace {

std::unique_ptr<storage::Database> openServer(const QString &location, const QString &name, QTextStream &err)
{
    auto opened = storage::Database::open(location, storage::OpenMode::MustExist);
    if (!opened) {
        err << name << ": " << opened.error().toString() << "\n";
        return {};
    }
    return std::move(opened.value());
}

int runAdd(const QStringList &arguments)
{
    const QString name = QStringLiteral("huddle-cli users add");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Give LOGIN a Huddle role on the server database DB: admin, qa_coach, team_leader (with --team, once "
        "per team they lead) or agent (with --agent, the agent they are). LOGIN becomes a PostgreSQL login "
        "role when it is new; set its password on the server (psql: \\password LOGIN). Run again to change "
        "the role."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("Huddle database: a postgresql:// URL."), QStringLiteral("DB")},
        {QStringLiteral("login"), QStringLiteral("The PostgreSQL role the person signs in as."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("role"), QStringLiteral("admin, qa_coach, team_leader or agent."),
         QStringLiteral("ROLE")},
        {QStringLiteral("agent"), QStringLiteral("An agent's own agent (display name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("team"), QStringLiteral("A team the team leader leads (repeat for several)."),
         QStringLiteral("NAME")},
    });
    if (const auto ended = parseCommandLine(parser, arguments, name))
        return *ended;
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &option : {QStringLiteral("db"), QStringLiteral("login"), QStringLiteral("role")}) {
        if (parser.value(option).isEmpty()) {
            err << name << ": --" << option << " is required\n";
            return ExitUsage;
        }
    }
    const auto role = storage::userRoleFromCode(parser.value(QStringLiteral("role")));
    if (!role) {
        err << name << ": --role takes admin|qa_coach|team_leader|agent, got '"
            << parser.value(QStringLiteral("role")) << "'\n";
        return ExitUsage;
    }
    const auto database = openServer(parser.value(QStringLiteral("db")), name, err);
    if (!database)
        return ExitDatabase;
    const storage::HuddleUser user{parser.value(QStringLiteral("login")), *role,
                                   parser.value(QStringLiteral("agent")),
                                   parser.values(QStringLiteral("team"))};
    if (const core::Status added =
            storage::Users(*database).add(user, qEnvironmentVariable("USER", QStringLiteral("huddle-cli")));
        !added) {
        err << name << ": " << added.error().toString() << "\n";
        return ExitRefused;
    }
    out << user.login << ": " << storage::userRoleCode(user.role) << " on " << database->displayName()
        << "\n";
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    const QString name = QStringLiteral("huddle-cli users list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the users of the server database DB as CSV: login, role, agent, teams."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Huddle database: a postgresql:// URL."),
                      QStringLiteral("DB")});
    if (const auto ended = parseCommandLine(parser, arguments, name))
        return *ended;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto database = openServer(parser.value(QStringLiteral("db")), name, err);
    if (!database)
        return ExitDatabase;
    const auto users = storage::Users(*database).list();
    if (!users) {
        err << name << ": " << users.error().toString() << "\n";
        return ExitDatabase;
    }
    out << "login,role,agent,teams\n";
    for (const storage::HuddleUser &user : users.value())
        out << reports::csvField(user.login) << ',' << storage::userRoleCode(user.role) << ','
            << reports::csvField(user.agent) << ',' << reports::csvField(user.teams.join(QLatin1Char(';')))
            << "\n";
    return ExitOk;
}

} // namespace

int runUsers(const QStringList &arguments)
{
    return runSubcommand(arguments, QStringLiteral("users"),
                         QStringLiteral("usage: huddle-cli users add --db DB --login LOGIN --role ROLE"
                                        " [--agent NAME] [--team NAME]...\n"
                                        "       huddle-cli users list --db DB\n"),
                         {{QStringLiteral("add"), runAdd}, {QStringLiteral("list"), runList}});
}

} // namespace huddle::cli
