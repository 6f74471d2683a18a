#include "commands.h"
#include "translation.h"

#include "importers/importjob.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace huddle::cli {

namespace {

using importers::Field;

// "FIELD=HEADER" or "FIELD=HEADER=VALUE" (a yes/no field is true when the cell equals VALUE).
std::optional<QString> parseMap(const QString &text, importers::ImportOverrides &overrides)
{
    const qsizetype first = text.indexOf(QLatin1Char('='));
    if (first <= 0)
        return tr("--map takes FIELD=HEADER, got '%1'").arg(text);
    const auto field = importers::fieldFromKey(QStringView(text).left(first));
    if (!field) {
        QStringList keys;
        for (int i = 0; i < importers::FieldCount; ++i)
            keys.append(importers::fieldKey(static_cast<Field>(i)));
        return tr("unknown field '%1' in --map; fields: %2")
            .arg(text.left(first), keys.join(QStringLiteral(", ")));
    }
    QString header = text.mid(first + 1);
    QString trueValue;
    const bool yesNo = importers::fieldKind(*field) == importers::FieldKind::Bool;
    if (const qsizetype second = header.lastIndexOf(QLatin1Char('=')); yesNo && second > 0) {
        trueValue = header.mid(second + 1);
        header = header.left(second);
    }
    overrides.mapping.append({*field, {header, trueValue}});
    return std::nullopt;
}

std::optional<QString> parseScale(const QString &text, importers::ImportOverrides &overrides)
{
    bool okMin = true;
    bool okMax = false;
    int min = 1;
    int max = 0;
    if (const qsizetype dash = text.indexOf(QLatin1Char('-')); dash > 0) {
        min = text.left(dash).toInt(&okMin);
        max = text.mid(dash + 1).toInt(&okMax);
    } else {
        max = text.toInt(&okMax);
    }
    if (!okMin || !okMax || max <= min)
        return tr("--csat-scale takes N (1–N) or MIN-MAX, e.g. 5, 10 or 0-10; got '%1'").arg(text);
    overrides.csatScale = core::CsatScale{min, max};
    return std::nullopt;
}

template <typename E>
std::optional<QString> parseChoice(const QCommandLineParser &parser, const QString &name,
                                   std::initializer_list<std::pair<const char *, E>> choices,
                                   std::optional<E> &target)
{
    if (!parser.isSet(name))
        return std::nullopt;
    QStringList names;
    for (const auto &[key, value] : choices) {
        if (parser.value(name) == QLatin1String(key)) {
            target = value;
            return std::nullopt;
        }
        names.append(QLatin1String(key));
    }
    return tr("--%1 takes %2, got '%3'").arg(name, names.join(QStringLiteral("|")), parser.value(name));
}

std::optional<QString> parseOverrides(const QCommandLineParser &parser, importers::ImportOverrides &o)
{
    o.profileName = parser.value(QStringLiteral("profile"));
    for (const QString &map : parser.values(QStringLiteral("map"))) {
        if (auto error = parseMap(map, o))
            return error;
    }
    if (parser.isSet(QStringLiteral("csat-scale"))) {
        if (auto error = parseScale(parser.value(QStringLiteral("csat-scale")), o))
            return error;
    }
    using importers::DateOrder;
    using importers::DurationUnit;
    using importers::Shape;
    if (auto e = parseChoice<DateOrder>(
            parser, QStringLiteral("date-order"),
            {{"ymd", DateOrder::Ymd}, {"mdy", DateOrder::Mdy}, {"dmy", DateOrder::Dmy}}, o.dateOrder))
        return e;
    if (auto e = parseChoice<DurationUnit>(parser, QStringLiteral("duration-unit"),
                                           {{"s", DurationUnit::Seconds},
                                            {"ms", DurationUnit::Milliseconds},
                                            {"min", DurationUnit::Minutes}},
                                           o.durationUnit))
        return e;
    if (auto e = parseChoice<Shape>(parser, QStringLiteral("shape"),
                                    {{"conversations", Shape::Conversations},
                                     {"agent-day", Shape::AgentDay},
                                     {"surveys", Shape::Surveys},
                                     {"sales", Shape::Sales},
                                     {"attendance", Shape::Attendance}},
                                    o.shape))
        return e;
    if (parser.isSet(QStringLiteral("tz")))
        o.timeZone = parser.value(QStringLiteral("tz"));
    if (parser.isSet(QStringLiteral("source")))
        o.source = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("team")))
        o.defaultTeam = parser.value(QStringLiteral("team"));
    if (parser.isSet(QStringLiteral("decimal-comma")))
        o.decimalComma = true;
    if (parser.isSet(QStringLiteral("averages")))
        o.durationsAreAverages = true;
    if (parser.isSet(QStringLiteral("sheet"))) {
        bool ok = false;
        const int sheet = parser.value(QStringLiteral("sheet")).toInt(&ok);
        if (!ok || sheet < 1)
            return tr("--sheet takes a sheet number from 1, got '%1'")
                .arg(parser.value(QStringLiteral("sheet")));
        o.sheet = sheet - 1;
    }
    return std::nullopt;
}

QJsonObject reportJson(const importers::ImportReport &report, const importers::ImportPlan &plan)
{
    QJsonArray rejections;
    for (const importers::Rejection &r : report.rejections)
        rejections.append(QJsonObject{{QStringLiteral("line"), r.line},
                                      {QStringLiteral("column"), r.column},
                                      {QStringLiteral("header"), r.header},
                                      {QStringLiteral("value"), r.value},
                                      {QStringLiteral("reason"), r.reason}});
    const storage::ImportCounts &c = report.counts;
    return {{QStringLiteral("file"), plan.path},
            {QStringLiteral("profile"), plan.profileName},
            {QStringLiteral("import_id"), report.importId},
            {QStringLiteral("dry_run"), report.dryRun},
            {QStringLiteral("needs_confirmation"), report.needsConfirmation},
            {QStringLiteral("rows_read"), c.rowsRead},
            {QStringLiteral("imported"), c.imported},
            {QStringLiteral("updated"), c.updated},
            {QStringLiteral("duplicates"), c.duplicates},
            {QStringLiteral("blank"), c.blank},
            {QStringLiteral("rejected"), c.rejected},
            {QStringLiteral("seconds"), report.seconds},
            {QStringLiteral("rejections"), rejections}};
}

void printRejections(QTextStream &err, const importers::ImportReport &report, const QString &path)
{
    const qsizetype shown = std::min<qsizetype>(report.rejections.size(), 20);
    for (qsizetype i = 0; i < shown; ++i) {
        const importers::Rejection &r = report.rejections.at(i);
        err << path << ':' << r.line;
        if (r.column > 0)
            err << ':' << r.column << " (" << r.header << " = '" << r.value << "')";
        err << ": " << r.reason << '\n';
    }
    if (report.counts.rejected > shown)
        err << tr("… and %1 more rejected rows (--format json lists them)")
                   .arg(report.counts.rejected - shown)
            << '\n';
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a CSV or XLSX export into a Huddle database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("CSV, TXT or XLSX file to import."));
    parser.addOptions({
        {QStringLiteral("db"), tr("Database: a file (created when missing) or a postgresql:// URL."),
         QStringLiteral("DB")},
        {QStringLiteral("profile"), tr("Mapping profile (default: the best fitting one)."),
         QStringLiteral("NAME")},
        {QStringLiteral("map"), tr("Map a column: FIELD=HEADER, or FIELD=HEADER=VALUE for yes/no fields."),
         QStringLiteral("FIELD=HEADER")},
        {QStringLiteral("csat-scale"), tr("CSAT scale of the source: N (1–N) or MIN-MAX."),
         QStringLiteral("N")},
        {QStringLiteral("tz"), tr("Time zone of the file's local times (IANA id)."), QStringLiteral("ZONE")},
        {QStringLiteral("date-order"), tr("How dates are written: dmy, mdy or ymd."),
         QStringLiteral("ORDER")},
        {QStringLiteral("duration-unit"), tr("Unit of plain-number durations: s, ms or min."),
         QStringLiteral("UNIT")},
        {QStringLiteral("shape"), tr("conversations, agent-day, surveys, sales or attendance."),
         QStringLiteral("SHAPE")},
        {QStringLiteral("source"), tr("Source system name conversations are keyed under."),
         QStringLiteral("NAME")},
        {QStringLiteral("team"), tr("Team for new agents when the file has no team column."),
         QStringLiteral("NAME")},
        {QStringLiteral("sheet"), tr("XLSX: worksheet number (default 1)."), QStringLiteral("N")},
        {QStringLiteral("decimal-comma"), tr("Numbers are written with a decimal comma.")},
        {QStringLiteral("averages"),
         tr("Agent-day files: durations are averages per conversation, not totals.")},
        {QStringLiteral("dry-run"), tr("Validate and report without writing.")},
        {QStringLiteral("force"), tr("Import even when more rows than the threshold (1 %) are rejected.")},
        {QStringLiteral("format"), tr("Report as text or json."), QStringLiteral("FORMAT"),
         QStringLiteral("text")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "huddle-cli import: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("db")) ||
        (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err << "huddle-cli import: " << tr("usage: huddle-cli import FILE --db DB [options]; see --help")
            << '\n';
        return ExitUsage;
    }
    importers::ImportOverrides overrides;
    if (auto error = parseOverrides(parser, overrides)) {
        err << "huddle-cli import: " << *error << '\n';
        return ExitUsage;
    }
    auto database =
        storage::Database::open(parser.value(QStringLiteral("db")), storage::OpenMode::CreateIfMissing);
    if (!database) {
        err << "huddle-cli import: " << database.error().toString() << '\n';
        return ExitDatabase;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto plan = importers::planImport(path, *database.value(), overrides);
    if (!plan) {
        err << "huddle-cli import: " << plan.error().toString() << '\n';
        return ExitRefused;
    }
    importers::RunOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.acceptRejections = parser.isSet(QStringLiteral("force"));
    // The audit log names who imported when rows fall in a locked bonus month: the login running the CLI.
    options.actor = qEnvironmentVariable("USER", QStringLiteral("huddle-cli"));
    auto report = importers::runImport(plan.value(), *database.value(), options);
    if (!report) {
        err << "huddle-cli import: " << report.error().toString() << '\n';
        return ExitRefused;
    }
    if (format == QLatin1String("json"))
        out << QJsonDocument(reportJson(report.value(), plan.value())).toJson(QJsonDocument::Indented);
    else
        printRejections(err, report.value(), path);
    if (report.value().needsConfirmation) {
        err << "huddle-cli import: " << report.value().summary()
            << tr("; re-run with --force to import the rest") << '\n';
        return ExitRefused;
    }
    if (format == QLatin1String("text"))
        out << report.value().summary() << '\n';
    return ExitOk;
}

} // namespace huddle::cli
