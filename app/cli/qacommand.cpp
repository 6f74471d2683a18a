#include "commands.h"
#include "csvoutput.h"

#include "core/enumnames.h"
#include "core/qaimpact.h"
#include "reports/exporttable.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/qaexport.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace huddle::cli {

namespace {

using reports::TableCell;

struct ExportRequest {
    QString path;
    core::DateRange range;
    QString team;
    QString agent;
    QString output; // empty: standard output
};

const QStringList exportColumns{QStringLiteral("evaluation_id"),
                                QStringLiteral("conversation_ref"),
                                QStringLiteral("conversation_day"),
                                QStringLiteral("agent"),
                                QStringLiteral("team"),
                                QStringLiteral("evaluator"),
                                QStringLiteral("kind"),
                                QStringLiteral("status"),
                                QStringLiteral("scorecard"),
                                QStringLiteral("scorecard_version"),
                                QStringLiteral("section"),
                                QStringLiteral("criterion"),
                                QStringLiteral("weight"),
                                QStringLiteral("criterion_kind"),
                                QStringLiteral("auto_fail"),
                                QStringLiteral("answer"),
                                QStringLiteral("points_lost"),
                                QStringLiteral("comment"),
                                QStringLiteral("evaluation_score_pct"),
                                QStringLiteral("published_at")};

void addExportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Write the QA and peer evaluations of conversations in a period as CSV, one row per "
                       "evaluation and criterion (drafts and calibration scores left out)."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Huddle database file."), QStringLiteral("FILE")},
         {QStringLiteral("from"), QStringLiteral("First day of the evaluated conversations."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("to"), QStringLiteral("Last day of the evaluated conversations."),
          QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("team"), QStringLiteral("Only this team."), QStringLiteral("NAME")},
         {QStringLiteral("agent"), QStringLiteral("Only this agent."), QStringLiteral("NAME")},
         {QStringLiteral("output"), QStringLiteral("Write to this file instead of standard output."),
          QStringLiteral("FILE")},
         {QStringLiteral("format"), QStringLiteral("csv (the default and only format)."),
          QStringLiteral("csv")}});
}

std::optional<QString> parseDay(const QCommandLineParser &parser, const QString &name, QDate &day)
{
    if (!parser.isSet(name))
        return QStringLiteral("--%1 YYYY-MM-DD is required").arg(name);
    day = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!day.isValid())
        return QStringLiteral("dates are written YYYY-MM-DD, got '%1'").arg(parser.value(name));
    return std::nullopt;
}

std::optional<QString> parseExportRequest(const QCommandLineParser &parser, ExportRequest &request)
{
    if (!parser.isSet(QStringLiteral("db")))
        return QStringLiteral("--db FILE is required");
    request.path = parser.value(QStringLiteral("db"));
    if (auto problem = parseDay(parser, QStringLiteral("from"), request.range.from))
        return problem;
    if (auto problem = parseDay(parser, QStringLiteral("to"), request.range.to))
        return problem;
    if (request.range.from > request.range.to)
        return QStringLiteral("--from %1 is after --to %2")
            .arg(request.range.from.toString(Qt::ISODate), request.range.to.toString(Qt::ISODate));
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("format")) && format != QLatin1String("csv"))
        return QStringLiteral("--format takes csv, got '%1'").arg(format);
    request.team = parser.value(QStringLiteral("team"));
    request.agent = parser.value(QStringLiteral("agent"));
    request.output = parser.value(QStringLiteral("output"));
    return std::nullopt;
}

// The evaluations asked for; a team or agent name that matches nobody is a usage error.
core::Result<storage::QaExportFilter> exportFilter(const ExportRequest &request,
                                                   const storage::DirectoryRepository &directory)
{
    storage::QaExportFilter filter;
    filter.range = request.range;
    filter.kinds = {core::EvaluationKind::Qa, core::EvaluationKind::Peer};
    filter.statuses = {core::EvaluationStatus::Published, core::EvaluationStatus::Disputed,
                       core::EvaluationStatus::Final};
    if (!request.team.isEmpty() && !(filter.teamId = directory.teamIdByName(request.team)))
        return core::Error{QStringLiteral("no team named '%1'").arg(request.team), {}};
    if (!request.agent.isEmpty() && !(filter.agentId = directory.agentIdByName(request.agent)))
        return core::Error{QStringLiteral("no agent named '%1'").arg(request.agent), {}};
    return filter;
}

TableCell number(double value, int decimals = -1)
{
    return TableCell::numberCell(value, QString::number(value), decimals);
}

TableCell answerCell(const core::CriterionAnswer &answer)
{
    if (answer.notApplicable)
        return TableCell::textCell(QStringLiteral("NA"));
    return TableCell::textCell(answer.points < 0 ? QString() : QString::number(answer.points));
}

// The rows of one evaluation: one per criterion of the scorecard version it was scored with.
void appendRows(const storage::ExportedEvaluation &e, const storage::StoredScorecard &scorecard,
                reports::ExportTable &table)
{
    const QList<storage::LabelledCriterion> criteria = storage::labelledCriteria(scorecard.definition);
    const QList<double> lost = core::pointsLost(scorecard.definition.flatCriteria(), e.answers);
    const auto text = [](const QString &value) { return TableCell::textCell(value); };
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const core::Criterion &criterion = criteria[i].definition.criterion;
        table.rows.append(
            {text(QString::number(e.id)),
             text(e.conversationRef),
             text(e.conversationDay.toString(Qt::ISODate)),
             text(e.agentName),
             text(e.teamName),
             text(e.evaluator),
             text(core::evaluationKindCode(e.kind)),
             text(core::evaluationStatusCode(e.status)),
             text(scorecard.definition.name),
             text(QString::number(scorecard.definition.version)),
             text(criteria[i].section),
             text(criteria[i].definition.name),
             number(criterion.weight),
             text(core::criterionKindCode(criterion.kind)),
             text(criterion.autoFail ? QStringLiteral("1") : QStringLiteral("0")),
             answerCell(e.answers.value(i)),
             i < lost.size() ? number(lost[i], 2) : text({}),
             text(e.answerComments.value(i)),
             e.scorePct ? number(*e.scorePct, 2) : text({}),
             text(e.publishedAt.isValid() ? e.publishedAt.toUTC().toString(Qt::ISODate) : QString())});
    }
}

int writeExport(const ExportRequest &request, const storage::Database &database, QTextStream &out,
                QTextStream &err)
{
    const auto filter = exportFilter(request, storage::DirectoryRepository(database));
    if (!filter) {
        err << "huddle-cli qa export: " << filter.error().toString() << "\n";
        return ExitUsage;
    }
    const auto data = storage::QaExport(database).read(filter.value());
    if (!data) {
        err << "huddle-cli qa export: " << data.error().toString() << "\n";
        return ExitDatabase;
    }
    reports::ExportTable table{exportColumns, {}};
    for (const storage::ExportedEvaluation &e : data.value().evaluations)
        appendRows(e, data.value().scorecards.value(e.scorecardVersionId), table);
    return emitCsv(table, request.output, QStringLiteral("huddle-cli qa export"), out, err);
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    addExportOptions(parser);
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        err << "huddle-cli qa export: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    ExportRequest request;
    if (const auto usageError = parseExportRequest(parser, request)) {
        err << "huddle-cli qa export: " << *usageError << "\n";
        return ExitUsage;
    }
    auto database = storage::Database::open(request.path, storage::OpenMode::MustExist);
    if (!database) {
        err << "huddle-cli qa export: " << database.error().toString() << "\n";
        return ExitDatabase;
    }
    return writeExport(request, *database.value(), out, err);
}

} // namespace

int runQa(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString usage =
        QStringLiteral("usage: huddle-cli qa export --db FILE --from YYYY-MM-DD --to YYYY-MM-DD"
                       " [--team NAME] [--agent NAME] [--output FILE] [--format csv]\n");
    const QString subcommand = arguments.value(1);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        out << usage;
        return ExitOk;
    }
    if (subcommand != QLatin1String("export")) {
        err << "huddle-cli qa: "
            << (subcommand.isEmpty() ? QStringLiteral("a subcommand is required")
                                     : QStringLiteral("unknown subcommand '%1'").arg(subcommand))
            << "\n"
            << usage;
        return ExitUsage;
    }
    QStringList rest = arguments;
    rest.removeAt(1); // the parser sees "huddle-cli [options]"
    return runExport(rest);
}

} // namespace huddle::cli
