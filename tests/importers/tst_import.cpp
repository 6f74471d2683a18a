// End-to-end tests of imports: files (the real exports in ../shared/data, small fixtures written for these
// tests, and files generated here) go through planImport and runImport into real SQLite databases, and
// what lands there is checked with plain SQL and KpiRepository against figures the test works out itself
// from the file text, never through our readers or parsers.
#include "importersmetatypes.h"
#include "support/csvtext.h"
#include "support/generatedcalls.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"
#include "support/totalsdiff.h"

#include "core/kpivalues.h"
#include "importers/importjob.h"
#include "importers/values.h"
#include "storage/database.h"
#include "storage/importhistory.h"
#include "storage/importwriter.h"
#include "storage/kpirepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <xlsxwriter.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace huddle;
using importers::DateOrder;
using importers::Field;
using importers::ImportOverrides;
using importers::ImportPlan;
using importers::ImportReport;
using importers::Rejection;
using importers::RunOptions;
using importers::Shape;
using importers::TextEncoding;
using storage::KpiGrouping;
using testsupport::diffTotals;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(HUDDLE_FIXTURES "/") + QLatin1String(name);
}

QString shared(const char *name)
{
    return QStringLiteral(HUDDLE_SHARED_DATA "/") + QLatin1String(name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

std::unique_ptr<storage::Database> openDatabase(const QString &path)
{
    auto opened =
        storage::Database::open(testsupport::testDatabaseLocation(path), storage::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return {};
    }
    return std::move(opened.value());
}

// ---- raw SQL, independent of the code under test ----

QVariant scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant(QStringLiteral("<query failed: %1>").arg(sql));
    return q.value(0);
}

qint64 count(const storage::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// Every row of a query, each as its values joined by '|' (NULL written as "∅").
QStringList dump(const storage::Database &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("<query failed: %1>").arg(sql)};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

bool setSiteZone(const storage::Database &db, const QString &zone)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('site_time_zone', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(zone);
    return q.exec();
}

// Row counts of everything an import writes, to show that a refused or cancelled one wrote nothing.
QStringList tableCounts(const storage::Database &db)
{
    QStringList counts;
    for (const char *table : {"conversations", "agents", "teams", "team_memberships", "imports", "sales",
                              "attendance", "agent_day_stats", "import_replaced"})
        counts.append(QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(count(db, QLatin1String(table))));
    return counts;
}

// Every table, index and trigger with its definition, from the engine's own catalogue.
QString schemaSql()
{
    if (testsupport::testsOnPostgres())
        return QStringLiteral(
            "SELECT 'index', indexname, tablename, indexdef FROM pg_indexes WHERE schemaname ="
            " current_schema() UNION ALL SELECT 'table', table_name, table_name, '' FROM"
            " information_schema.tables WHERE table_schema = current_schema() UNION ALL"
            " SELECT 'trigger', trigger_name, event_object_table, action_statement FROM"
            " information_schema.triggers WHERE trigger_schema = current_schema()"
            " ORDER BY 2, 1, 4");
    return QStringLiteral(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
}

// `rows` answered calls of 40 agents in 4 teams in February 2021, ids B0, B1, …
bool writeCalls(const QString &path, int rows)
{
    return testsupport::writeGeneratedCalls(path, rows, 'B', 40, 4, 2);
}

// ---- importing ----

struct Outcome {
    QString error; // empty when planning and running succeeded
    ImportPlan plan;
    ImportReport report;
};

Outcome runFile(const storage::Database &db, const QString &path, const ImportOverrides &overrides = {},
                const RunOptions &options = {}, const std::function<void(ImportPlan &)> &adjust = {})
{
    Outcome outcome;
    auto plan = importers::planImport(path, db, overrides);
    if (!plan) {
        outcome.error = QStringLiteral("plan: ") + plan.error().toString();
        return outcome;
    }
    outcome.plan = plan.value();
    if (adjust)
        adjust(outcome.plan);
    auto report = importers::runImport(outcome.plan, db, options);
    if (!report) {
        outcome.error = QStringLiteral("run: ") + report.error().toString();
        return outcome;
    }
    outcome.report = report.value();
    return outcome;
}

RunOptions accepting()
{
    RunOptions options;
    options.acceptRejections = true;
    return options;
}

ImportOverrides mapping(Field field, const QString &header)
{
    ImportOverrides overrides;
    overrides.mapping.append({field, {header, {}}});
    return overrides;
}

ImportOverrides withShape(Shape shape)
{
    ImportOverrides overrides;
    overrides.shape = shape;
    return overrides;
}

QString countsText(const storage::ImportCounts &c)
{
    return QStringLiteral("read %1, imported %2, updated %3, duplicates %4, blank %5, rejected %6")
        .arg(c.rowsRead)
        .arg(c.imported)
        .arg(c.updated)
        .arg(c.duplicates)
        .arg(c.blank)
        .arg(c.rejected);
}

QString counts(qint64 read, qint64 imported, qint64 updated, qint64 duplicates, qint64 blank, qint64 rejected)
{
    storage::ImportCounts c;
    c.rowsRead = read;
    c.imported = imported;
    c.updated = updated;
    c.duplicates = duplicates;
    c.blank = blank;
    c.rejected = rejected;
    return countsText(c);
}

// ---- KPIs ----

// KpiRepository totals over all time, keyed by agent name, ISO day or team name.
QMap<QString, core::KpiTotals> kpis(const storage::Database &db, KpiGrouping grouping)
{
    storage::KpiQuery query;
    query.range = {QDate(2000, 1, 1), QDate(2099, 12, 31)};
    query.grouping = grouping;
    QMap<QString, core::KpiTotals> byKey;
    const auto rows = storage::KpiRepository(db).totals(query);
    if (!rows) {
        byKey.insert(QStringLiteral("<error: %1>").arg(rows.error().toString()), {});
        return byKey;
    }
    for (const storage::KpiRow &row : rows.value()) {
        const QString key = grouping == KpiGrouping::Agent ? row.agentName
                            : grouping == KpiGrouping::Day ? row.day.toString(Qt::ISODate)
                                                           : row.teamName;
        byKey[key] += row.totals;
    }
    return byKey;
}

// "" when both databases give the same totals for every key, else what differs.
QString diffKpis(const QMap<QString, core::KpiTotals> &actual, const QMap<QString, core::KpiTotals> &expected)
{
    QStringList diffs;
    if (actual.keys() != expected.keys())
        diffs << QStringLiteral("keys %1, expected %2")
                     .arg(actual.keys().join(QLatin1Char(',')), expected.keys().join(QLatin1Char(',')));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (const QString diff = diffTotals(actual.value(it.key()), it.value()); !diff.isEmpty())
            diffs << it.key() + QStringLiteral(": ") + diff;
    }
    return diffs.join(QStringLiteral("\n"));
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// ---- the PwC file, read with plain string splitting ----

struct PwcAgent {
    qint64 handled = 0;
    qint64 talkSum = 0;
    qint64 talkCount = 0;
    qint64 rated = 0;
    qint64 satisfied = 0;
};

int hms(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    return parts.size() == 3 ? parts[0].toInt() * 3600 + parts[1].toInt() * 60 + parts[2].toInt() : -1;
}

// Per agent (and the handled count per day) from the raw file: it has no quoted fields, so splitting at
// commas is exact.
QHash<QString, PwcAgent> pwcFacts(QHash<QString, qint64> &handledByDay, qint64 &rows)
{
    QString text = QString::fromUtf8(contents(shared("pwc_callcenter_calls_2021Q1.csv")));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    const auto column = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const qsizetype agent = column("Agent"), date = column("Date"), answered = column("Answered (Y/N)"),
                    talk = column("AvgTalkDuration"), rating = column("Satisfaction rating");
    QHash<QString, PwcAgent> facts;
    rows = 0;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != header.size())
            return {}; // the test's own assumption about the file broke
        ++rows;
        if (cells[answered] != QLatin1String("Y"))
            continue;
        PwcAgent &a = facts[cells[agent]];
        ++a.handled;
        ++handledByDay[cells[date]];
        if (!cells[talk].isEmpty()) {
            a.talkSum += hms(cells[talk]);
            ++a.talkCount;
        }
        if (!cells[rating].isEmpty()) {
            ++a.rated;
            a.satisfied += cells[rating].toInt() >= 4 ? 1 : 0;
        }
    }
    return facts;
}

// ---- the small conversations every sniffed variant holds ----

struct Call {
    const char *id;
    const char *agent;
    const char *startedUtc; // the site zone of these tests is UTC
    bool answered;
    std::optional<int> wait, talk, csat;
};

// The content of import_utf8_bom.csv and its variants, as stored: wait 12.5 s rounds to 13, 7.5 to 8.
const QList<Call> variantCalls{
    {"V1", "Müller", "2021-01-04T09:00:00Z", true, 13, 120, 5},
    {"V2", "Ana", "2021-01-04T09:30:00Z", true, 3, 95, 2},
    {"V3", "Müller", "2021-01-05T10:15:00Z", false, {}, {}, {}},
    {"V4", "Ana", "2021-01-05T11:00:00Z", true, 40, 310, 4},
    {"V5", "Müller", "2021-01-05T14:45:00Z", true, 8, 61, {}},
};

QString optionalText(std::optional<int> value)
{
    return value ? QString::number(*value) : QStringLiteral("∅");
}

QStringList expectedVariantRows()
{
    QStringList rows;
    for (const Call &c : variantCalls)
        rows << QStringList{QLatin1String(c.id),
                            QString::fromUtf8(c.agent),
                            QString::fromLatin1(c.startedUtc).left(10),
                            QLatin1String(c.startedUtc),
                            c.answered ? QStringLiteral("1") : QStringLiteral("0"),
                            optionalText(c.wait),
                            optionalText(c.talk),
                            optionalText(c.csat)}
                    .join(QLatin1Char('|'));
    return rows;
}

const QString variantRowsSql = QStringLiteral(
    "SELECT c.external_id, a.display_name, c.day, c.started_at, c.answered, c.wait_s, c.talk_s, c.csat_score"
    " FROM conversations c LEFT JOIN agents a ON a.id = c.agent_id ORDER BY c.external_id");

// UTF-16LE with a byte-order mark, as Excel's "Unicode text" saves.
QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xff\xfe", 2);
    for (const QChar c : text) {
        bytes.append(static_cast<char>(c.unicode() & 0xff));
        bytes.append(static_cast<char>(c.unicode() >> 8));
    }
    return bytes;
}

// The 1-based line on which the record starting with `prefix` begins, counted in the file's text.
qint64 lineOf(const QString &text, const QString &prefix)
{
    const qsizetype at = text.indexOf(QStringLiteral("\n") + prefix);
    return at < 0 ? -1 : text.left(at).count(QLatin1Char('\n')) + 2;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // Real exports
    void pwcTwinsGiveIdenticalKpis();
    void kaggleSummaryIsRefused();

    // Reading files of every kind
    void sniffedVariants_data();
    void sniffedVariants();
    void quotedFieldsKeepLineBreaksAndQuotes();
    void genesysMilliseconds();
    void dayMonthGuessed();
    void ambiguousDatesNeedOrder();
    void utcOffsets_data();
    void utcOffsets();
    void xlsxEndToEnd();

    // Keys and re-imports
    void reimportIsIdempotent();
    void overlappingExport();
    void contentKeyWithoutId();
    void sameIdTwiceInOneFile();
    void keysLookedUpOneByOneGiveTheSame();

    // Undo and cancel
    void undoRestoresAndRemoves();
    void undoKeepsReviewedConversations();
    void surveyKeepsTheOtherAnswer();
    void summaryRowsOnePerAgentDay();
    void settingsChangeIsNotDuplicate();
    void saleOnConversationCountsOnce();
    void unusedColumnsAreIgnored();
    void rejectionFindsColumnMappedInOtherCase();
    void cancelLeavesDatabaseUntouched();

    // Shapes
    void surveysCreditHandler();
    void agentDaySummaries();
    void salesInCents();
    void attendanceStatuses();

    // Rejections
    void rejectionsAreExact();
    void rejectThreshold();

private:
    // A new database in the test's folder, site zone UTC unless said otherwise.
    std::unique_ptr<storage::Database> newDatabase(const QString &zone = QStringLiteral("UTC"));

    QTemporaryDir m_dir;
    int m_databases = 0;
};

void TestImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<storage::Database> TestImport::newDatabase(const QString &zone)
{
    auto db = openDatabase(m_dir.filePath(QStringLiteral("site-%1.db").arg(++m_databases)));
    if (db && !zone.isEmpty() && !setSiteZone(*db, zone))
        return {};
    return db;
}

// ---- real exports ----------------------------------------------------------------------------------

void TestImport::pwcTwinsGiveIdenticalKpis()
{
    const QString original = shared("pwc_callcenter_calls_2021Q1.csv");
    const QString twin = shared("pwc_callcenter_calls_2021Q1_pandas_export.csv");
    QVERIFY2(QFile::exists(original) && QFile::exists(twin), HUDDLE_SHARED_DATA);
    const ImportOverrides talk = mapping(Field::TalkS, QStringLiteral("AvgTalkDuration"));

    auto first = newDatabase();
    auto second = newDatabase();
    QVERIFY(first && second);
    const Outcome a = runFile(*first, original, talk);
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(countsText(a.report.counts), counts(5000, 5000, 0, 0, 0, 0));
    QVERIFY(a.report.importId > 0);
    const Outcome b = runFile(*second, twin, talk);
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(countsText(b.report.counts), counts(5000, 5000, 0, 0, 0, 0));
    QCOMPARE(count(*first, QStringLiteral("conversations")), 5000);
    QCOMPARE(count(*second, QStringLiteral("conversations")), 5000);

    // Both files, the same KPIs per agent and per day.
    const auto byAgent = kpis(*first, KpiGrouping::Agent);
    const auto byDay = kpis(*first, KpiGrouping::Day);
    QVERIFY2(diffKpis(kpis(*second, KpiGrouping::Agent), byAgent).isEmpty(),
             qPrintable(diffKpis(kpis(*second, KpiGrouping::Agent), byAgent)));
    QVERIFY2(diffKpis(kpis(*second, KpiGrouping::Day), byDay).isEmpty(),
             qPrintable(diffKpis(kpis(*second, KpiGrouping::Day), byDay)));

    // And the figures the test works out from the file's text.
    QHash<QString, qint64> handledByDay;
    qint64 rows = 0;
    const QHash<QString, PwcAgent> facts = pwcFacts(handledByDay, rows);
    QCOMPARE(rows, 5000);
    QCOMPARE(facts.size(), 8);
    QCOMPARE(facts.value(QStringLiteral("Becky")).handled, 517); // the data README's figure
    QCOMPARE(QStringList(byAgent.keys()), [&facts] {
        QStringList names = facts.keys();
        names.sort();
        return names;
    }());
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        const core::KpiValues v = core::computeKpis(byAgent.value(it.key()));
        const PwcAgent &f = it.value();
        const QByteArray name = it.key().toUtf8();
        QVERIFY2(v.handled == f.handled, name.constData());
        QVERIFY2(v.ahtSeconds.n == f.talkCount && v.ahtSeconds.value, name.constData());
        QVERIFY2(near(*v.ahtSeconds.value, double(f.talkSum) / double(f.talkCount)),
                 qPrintable(QStringLiteral("%1: AHT %2, expected %3")
                                .arg(it.key())
                                .arg(*v.ahtSeconds.value)
                                .arg(double(f.talkSum) / double(f.talkCount))));
        QVERIFY2(v.ahtBasis == core::HandleBasis::TalkOnly, name.constData());
        QVERIFY2(v.csatPct.n == f.rated && v.csatPct.successes == f.satisfied && v.csatPct.value,
                 name.constData());
        QVERIFY2(near(*v.csatPct.value, 100.0 * double(f.satisfied) / double(f.rated)), name.constData());
    }
    QCOMPARE(byDay.size(), handledByDay.size());
    for (auto it = handledByDay.begin(); it != handledByDay.end(); ++it)
        QVERIFY2(byDay.value(it.key()).handled == it.value(), qPrintable(it.key()));

    // The twin into the database that holds the original: every row an exact duplicate.
    const QStringList before = dump(*first, QStringLiteral("SELECT * FROM conversations ORDER BY id"));
    const Outcome again = runFile(*first, twin, talk);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(countsText(again.report.counts), counts(5000, 0, 0, 5000, 0, 0));
    QCOMPARE(dump(*first, QStringLiteral("SELECT * FROM conversations ORDER BY id")), before);
}

void TestImport::kaggleSummaryIsRefused()
{
    const QString path = shared("kaggle_callcenter_daily_summary_semicolon.csv");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    auto db = newDatabase();
    QVERIFY(db);
    const QStringList before = tableCounts(*db);
    const Outcome outcome = runFile(*db, path);
    QVERIFY2(!outcome.error.isEmpty(), "the daily summary was imported");
    QVERIFY2(outcome.error.contains(QLatin1String("'agent'")) &&
                 outcome.error.contains(QLatin1String("'date'")),
             qPrintable(outcome.error));
    const QString firstLine = QString::fromUtf8(contents(path)).section(QLatin1Char('\n'), 0, 0).trimmed();
    const QStringList headers = firstLine.split(QLatin1Char(';'));
    QCOMPARE(headers.size(), 9);
    for (const QString &header : headers)
        QVERIFY2(outcome.error.contains(header),
                 qPrintable(header + QStringLiteral(" missing in: ") + outcome.error));
    QCOMPARE(tableCounts(*db), before);
}

// ---- reading files of every kind -------------------------------------------------------------------

void TestImport::sniffedVariants_data()
{
    QTest::addColumn<QString>("file"); // "utf16le" is written by the test
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("decimalComma");
    QTest::addColumn<qint64>("blank");
    QTest::addColumn<QStringList>("rejectedIds"); // rows refused for their CSAT (7 or 9 on 1–5)

    QTest::newRow("utf-8 bom") << fixture("import_utf8_bom.csv") << TextEncoding::Utf8 << ',' << false
                               << qint64(0) << QStringList{};
    QTest::newRow("utf-16le bom") << QStringLiteral("utf16le") << TextEncoding::Utf16LE << ',' << false
                                  << qint64(0) << QStringList{};
    QTest::newRow("windows-1252") << fixture("import_windows1252.csv") << TextEncoding::Windows1252 << ','
                                  << false << qint64(0) << QStringList{};
    QTest::newRow("semicolon, decimal comma, blank rows")
        << fixture("import_semicolon_decimal_comma.csv") << TextEncoding::Utf8 << ';' << true << qint64(2)
        << QStringList{};
    QTest::newRow("tab") << fixture("import_tab.txt") << TextEncoding::Utf8 << '\t' << false << qint64(0)
                         << QStringList{};
    QTest::newRow("quoted multi-line") << fixture("import_quoted_multiline.csv") << TextEncoding::Utf8 << ','
                                       << false << qint64(0) << QStringList{"V6", "V7"};
}

void TestImport::sniffedVariants()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(char, delimiter);
    QFETCH(bool, decimalComma);
    QFETCH(qint64, blank);
    QFETCH(QStringList, rejectedIds);

    if (file == QLatin1String("utf16le")) {
        const QByteArray utf8 = contents(fixture("import_utf8_bom.csv"));
        QVERIFY(utf8.startsWith("\xef\xbb\xbf"));
        file = m_dir.filePath(QStringLiteral("import_utf16le.txt"));
        QVERIFY(writeFile(file, utf16le(QString::fromUtf8(utf8.mid(3)))));
    }
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome outcome = runFile(*db, file, {}, accepting());
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.plan.csv.encoding.encoding, encoding);
    QCOMPARE(outcome.plan.csv.dialect.delimiter, delimiter);
    QCOMPARE(outcome.plan.decimalComma, decimalComma);
    QCOMPARE(outcome.plan.dateOrder, std::optional<DateOrder>(DateOrder::Ymd));
    QCOMPARE(countsText(outcome.report.counts),
             counts(5 + blank + rejectedIds.size(), 5, 0, 0, blank, rejectedIds.size()));

    // Rejected rows name the line their record starts on, counted here in the decoded text.
    const QString text = QString::fromUtf8(contents(file));
    QCOMPARE(outcome.report.rejections.size(), rejectedIds.size());
    for (qsizetype i = 0; i < rejectedIds.size(); ++i) {
        const Rejection &r = outcome.report.rejections.at(i);
        QCOMPARE(r.line, lineOf(text, rejectedIds.at(i) + QLatin1Char(',')));
        QCOMPARE(r.header, QStringLiteral("csat"));
        QCOMPARE(r.column, 9);
    }

    // Every variant stores the same conversations…
    QCOMPARE(dump(*db, variantRowsSql), expectedVariantRows());
    QCOMPARE(dump(*db, QStringLiteral("SELECT display_name FROM agents ORDER BY display_name")),
             (QStringList{QStringLiteral("Ana"), QStringLiteral("Müller")}));

    // …and the same KPIs, worked out here from the table above.
    QMap<QString, core::KpiTotals> expected;
    for (const Call &c : variantCalls) {
        core::KpiTotals &t = expected[QString::fromUtf8(c.agent)];
        ++t.offered;
        if (!c.answered) {
            ++t.abandoned;
            continue;
        }
        ++t.handled;
        ++t.handleCount;
        ++t.talkOnlyCount;
        t.handleSecondsSum += *c.talk;
        ++t.waitCount;
        t.waitSecondsSum += *c.wait;
        t.answeredWithinSl += *c.wait <= 20 ? 1 : 0;
        if (c.csat)
            t.csat.add(*c.csat, core::CsatScale{1, 5}, 1, {});
    }
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Agent), expected).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Agent), expected)));
}

void TestImport::quotedFieldsKeepLineBreaksAndQuotes()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome outcome = runFile(*db, fixture("import_quoted_multiline.csv"), {}, accepting());
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(dump(*db, QStringLiteral("SELECT external_id, subject FROM conversations ORDER BY external_id")),
             (QStringList{QStringLiteral("V1|Refund\nfor order \"A-17\", twice"), QStringLiteral("V2|Login"),
                          QStringLiteral("V3|Line one\r\nline two"), QStringLiteral("V4|∅"),
                          QStringLiteral("V5|Say \"hi\"\n")}));
    // The file's lines: V6 starts on line 10 and V7 on line 12 (three records above span two lines).
    QCOMPARE(outcome.report.rejections.size(), 2);
    QCOMPARE(outcome.report.rejections.at(0).line, 10);
    QCOMPARE(outcome.report.rejections.at(0).value, QStringLiteral("7"));
    QCOMPARE(outcome.report.rejections.at(1).line, 12);
    QCOMPARE(outcome.report.rejections.at(1).value, QStringLiteral("9"));
}

void TestImport::genesysMilliseconds()
{
    auto db = newDatabase();
    QVERIFY(db);
    ImportOverrides overrides;
    overrides.durationUnit = importers::DurationUnit::Milliseconds;
    const Outcome outcome = runFile(*db, fixture("import_genesys_ms.csv"), overrides);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.plan.profileName, QStringLiteral("Genesys Cloud interactions"));
    QCOMPARE(outcome.plan.settings.source, QStringLiteral("genesys"));
    QCOMPARE(countsText(outcome.report.counts), counts(4, 4, 0, 0, 0, 0));

    // Handle and queue times in ms, rounded half up to whole seconds.
    const auto seconds = [](qint64 ms) { return int((ms + 500) / 1000); };
    struct Row {
        const char *agent;
        qint64 handleMs, talkMs, queueMs;
    };
    const Row rows[] = {{"Ana", 125500, 100000, 5000},
                        {"Ana", 60400, 50000, 12500},
                        {"Ben", 300000, 240000, 800},
                        {"Ben", 1499, 1000, 0}};
    QMap<QString, core::KpiTotals> expected;
    for (const Row &r : rows) {
        core::KpiTotals &t = expected[QLatin1String(r.agent)];
        ++t.offered;
        ++t.handled;
        ++t.handleCount;
        t.handleSecondsSum += seconds(r.handleMs);
        ++t.waitCount;
        t.waitSecondsSum += seconds(r.queueMs);
        t.answeredWithinSl += seconds(r.queueMs) <= 20 ? 1 : 0;
    }
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Agent), expected).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Agent), expected)));
    const core::KpiValues ana = core::computeKpis(kpis(*db, KpiGrouping::Agent).value(QStringLiteral("Ana")));
    QVERIFY(ana.ahtSeconds.value);
    QCOMPARE(*ana.ahtSeconds.value, (126 + 60) / 2.0);
    QCOMPARE(
        dump(*db, QStringLiteral("SELECT external_id, talk_s, total_handle_s, handle_basis, channel FROM"
                                 " conversations ORDER BY external_id")),
        (QStringList{QStringLiteral("g-001|100|126|total|call"), QStringLiteral("g-002|50|60|total|call"),
                     QStringLiteral("g-003|240|300|total|call"), QStringLiteral("g-004|1|1|total|call")}));
}

void TestImport::dayMonthGuessed()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome outcome = runFile(*db, fixture("import_dates_dmy.csv"));
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.plan.dateOrder, std::optional<DateOrder>(DateOrder::Dmy));
    QCOMPARE(dump(*db, QStringLiteral("SELECT day, talk_s FROM conversations ORDER BY day")),
             (QStringList{QStringLiteral("2021-01-02|200"), QStringLiteral("2021-01-13|100"),
                          QStringLiteral("2021-03-05|300")}));
}

void TestImport::ambiguousDatesNeedOrder()
{
    const QString path = fixture("import_dates_ambiguous.csv");
    auto db = newDatabase();
    QVERIFY(db);
    const QStringList before = tableCounts(*db);
    auto plan = importers::planImport(path, *db, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(!plan.value().dateOrder.has_value());
    auto refused = importers::runImport(plan.value(), *db, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("date order")),
             qPrintable(refused.error().message));
    QCOMPARE(tableCounts(*db), before);

    // Told the order, the same file imports with the right days.
    for (const auto &[order, days] :
         {std::pair{DateOrder::Dmy, QStringList{"2021-01-05|100", "2021-01-06|200", "2021-02-01|300"}},
          std::pair{DateOrder::Mdy, QStringList{"2021-01-02|300", "2021-05-01|100", "2021-06-01|200"}}}) {
        auto told = newDatabase();
        QVERIFY(told);
        ImportOverrides overrides;
        overrides.dateOrder = order;
        const Outcome outcome = runFile(*told, path, overrides);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.plan.dateOrder, std::optional<DateOrder>(order));
        QCOMPARE(dump(*told, QStringLiteral("SELECT day, talk_s FROM conversations ORDER BY day")), days);
    }
}

void TestImport::utcOffsets_data()
{
    QTest::addColumn<QString>("siteZone");
    QTest::addColumn<QString>("fileZone"); // empty: the site's

    QTest::newRow("site New York") << QStringLiteral("America/New_York") << QString();
    QTest::newRow("site Berlin") << QStringLiteral("Europe/Berlin") << QString();
    QTest::newRow("site New York, file Tokyo")
        << QStringLiteral("America/New_York") << QStringLiteral("Asia/Tokyo");
}

void TestImport::utcOffsets()
{
    QFETCH(QString, siteZone);
    QFETCH(QString, fileZone);
    auto db = newDatabase(siteZone);
    QVERIFY(db);
    ImportOverrides overrides;
    if (!fileZone.isEmpty())
        overrides.timeZone = fileZone;
    const Outcome outcome = runFile(*db, fixture("import_utc_offsets.csv"), overrides);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.report.counts.imported, 4);

    // Each start as an instant (Qt's own date arithmetic), then its day on the site's calendar.
    const QTimeZone site(siteZone.toUtf8());
    const QTimeZone local(fileZone.isEmpty() ? siteZone.toUtf8() : fileZone.toUtf8());
    const QDateTime starts[] = {QDateTime(QDate(2021, 1, 5), QTime(23, 30), QTimeZone(-5 * 3600)),
                                QDateTime(QDate(2021, 1, 6), QTime(1, 15), QTimeZone(3600)),
                                QDateTime(QDate(2021, 1, 5), QTime(12, 0), QTimeZone::utc()),
                                QDateTime(QDate(2021, 1, 5), QTime(20, 0), local)};
    QStringList expected;
    for (int i = 0; i < 4; ++i)
        expected << QStringLiteral("O%1|%2|%3")
                        .arg(i + 1)
                        .arg(starts[i].toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")))
                        .arg(starts[i].toTimeZone(site).date().toString(Qt::ISODate));
    QCOMPARE(dump(*db, QStringLiteral(
                           "SELECT external_id, started_at, day FROM conversations ORDER BY external_id")),
             expected);
    if (siteZone == QLatin1String("America/New_York") && fileZone.isEmpty()) // the case the brief names
        QCOMPARE(expected.first(), QStringLiteral("O1|2021-01-06T04:30:00Z|2021-01-05"));
}

void TestImport::xlsxEndToEnd()
{
    const QString path = m_dir.filePath(QStringLiteral("calls.xlsx"));
    struct Row {
        const char *agent;
        int day;
        int startSeconds;
        int talkSeconds;
        int csat;
    };
    const Row rows[] = {{"Ana", 4, 9 * 3600 + 5 * 60 + 7, 143, 5},
                        {"Ana", 4, 10 * 3600, 3725, 3},
                        {"Ben", 5, 14 * 3600 + 30 * 60, 61, 4},
                        {"Ben", 6, 8 * 3600 + 59, 600, 1},
                        {"Ana", 6, 23 * 3600 + 59 * 60 + 59, 30, 4}};
    {
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        QVERIFY(book);
        lxw_worksheet *sheet = workbook_add_worksheet(book, "Calls");
        auto format = [book](const char *code) {
            lxw_format *f = workbook_add_format(book);
            format_set_num_format(f, code);
            return f;
        };
        lxw_format *dateFormat = format("yyyy-mm-dd");
        lxw_format *timeFormat = format("hh:mm:ss");
        lxw_format *durationFormat = format("[h]:mm:ss");
        const char *headers[] = {"Agent", "Date", "Time", "Talk Time", "CSAT"};
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), headers[c], nullptr);
        lxw_row_t r = 1;
        for (const Row &row : rows) {
            lxw_datetime day{2021, 1, static_cast<uint8_t>(row.day), 0, 0, 0};
            worksheet_write_string(sheet, r, 0, row.agent, nullptr);
            worksheet_write_datetime(sheet, r, 1, &day, dateFormat);
            worksheet_write_number(sheet, r, 2, row.startSeconds / 86400.0, timeFormat);
            worksheet_write_number(sheet, r, 3, row.talkSeconds / 86400.0, durationFormat);
            worksheet_write_number(sheet, r, 4, row.csat, nullptr);
            ++r;
        }
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    }
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome outcome = runFile(*db, path);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.plan.xlsx);
    QCOMPARE(outcome.plan.headers, (QStringList{"Agent", "Date", "Time", "Talk Time", "CSAT"}));
    QCOMPARE(countsText(outcome.report.counts), counts(5, 5, 0, 0, 0, 0));

    QStringList expectedRows;
    QMap<QString, core::KpiTotals> expected;
    for (const Row &row : rows) {
        const QDateTime start(QDate(2021, 1, row.day), QTime(0, 0).addSecs(row.startSeconds),
                              QTimeZone::utc());
        expectedRows << QStringLiteral("%1|%2|%3|%4")
                            .arg(start.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")),
                                 QLatin1String(row.agent))
                            .arg(row.talkSeconds)
                            .arg(row.csat);
        core::KpiTotals &t = expected[QLatin1String(row.agent)];
        ++t.offered;
        ++t.handled;
        ++t.handleCount;
        ++t.talkOnlyCount;
        t.handleSecondsSum += row.talkSeconds;
        t.csat.add(row.csat, core::CsatScale{1, 5}, 1, {});
    }
    expectedRows.sort();
    QCOMPARE(dump(*db, QStringLiteral(
                           "SELECT c.started_at, a.display_name, c.talk_s, c.csat_score FROM"
                           " conversations c JOIN agents a ON a.id = c.agent_id ORDER BY c.started_at")),
             expectedRows);
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Agent), expected).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Agent), expected)));
    const core::KpiValues ana = core::computeKpis(kpis(*db, KpiGrouping::Agent).value(QStringLiteral("Ana")));
    QVERIFY(ana.ahtSeconds.value && ana.csatPct.value);
    QCOMPARE(*ana.ahtSeconds.value, (143 + 3725 + 30) / 3.0);
    QCOMPARE(*ana.csatPct.value, 200.0 / 3.0);
}

// ---- keys and re-imports ---------------------------------------------------------------------------

void TestImport::reimportIsIdempotent()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = fixture("import_overlap_1.csv");
    const Outcome first = runFile(*db, path);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(countsText(first.report.counts), counts(4, 4, 0, 0, 0, 0));
    const QStringList rows = dump(*db, QStringLiteral("SELECT * FROM conversations ORDER BY id"));
    const auto totals = kpis(*db, KpiGrouping::Agent);
    const Outcome second = runFile(*db, path);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(countsText(second.report.counts), counts(4, 0, 0, 4, 0, 0));
    QVERIFY(second.report.importId > first.report.importId);
    QCOMPARE(dump(*db, QStringLiteral("SELECT * FROM conversations ORDER BY id")), rows);
    QVERIFY(diffKpis(kpis(*db, KpiGrouping::Agent), totals).isEmpty());
    QCOMPARE(count(*db, QStringLiteral("import_replaced")), 0);
}

void TestImport::overlappingExport()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome first = runFile(*db, fixture("import_overlap_1.csv"));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    const Outcome second = runFile(*db, fixture("import_overlap_2.csv"));
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    // K3 and K2 changed CSAT, K4 is unchanged, K5 and K6 are new.
    QCOMPARE(countsText(second.report.counts), counts(5, 2, 2, 1, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral("SELECT external_id, csat_score, talk_s, import_id FROM conversations"
                                      " ORDER BY external_id")),
             (QStringList{QStringLiteral("K1|5|100|%1").arg(first.report.importId),
                          QStringLiteral("K2|1|110|%1").arg(second.report.importId),
                          QStringLiteral("K3|5|120|%1").arg(second.report.importId),
                          QStringLiteral("K4|2|130|%1").arg(first.report.importId),
                          QStringLiteral("K5|4|140|%1").arg(second.report.importId),
                          QStringLiteral("K6|∅|150|%1").arg(second.report.importId)}));
    QCOMPARE(count(*db, QStringLiteral("import_replaced")), 2);
}

void TestImport::contentKeyWithoutId()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = fixture("import_no_id.csv");
    // Row 3 repeats row 2 exactly; row 4 has row 2's start, agent and customer but other figures.
    const Outcome first = runFile(*db, path);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(countsText(first.report.counts), counts(4, 3, 0, 1, 0, 0));
    // Keyed by content as importwriter.h documents it: "~started_at|agent|customer", "#2" for the second
    // different row with that key.
    const QString sql =
        QStringLiteral("SELECT talk_s, csat_score, external_id FROM conversations ORDER BY id");
    const QStringList rows = dump(*db, sql);
    QCOMPARE(rows, (QStringList{"100|5|~2021-03-01T09:00:00Z|Ana|C1", "180|3|~2021-03-01T09:00:00Z|Ana|C1#2",
                                "120|4|~2021-03-01T09:00:00Z|Ben|C2"}));

    const Outcome second = runFile(*db, path);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(countsText(second.report.counts), counts(4, 0, 0, 4, 0, 0));
    QCOMPARE(dump(*db, sql), rows);
}

// A conversation id twice in one file with other figures: the later row wins, as an update of the row the
// import wrote itself (nothing saved for undo). On a server the first row is still queued in the import's
// multi-row INSERT (storage/conversationbatch.h) when the second comes, which has to write it first.
void TestImport::sameIdTwiceInOneFile()
{
    auto db = newDatabase();
    QVERIFY(db);
    // D1 talks 100 s, D2 200 s, then D1 again with 150 s, twice.
    const QString path = fixture("import_same_id_twice.csv");
    const Outcome first = runFile(*db, path);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QCOMPARE(countsText(first.report.counts), counts(4, 2, 1, 1, 0, 0));
    const QString sql = QStringLiteral("SELECT external_id, talk_s FROM conversations ORDER BY external_id");
    QCOMPARE(dump(*db, sql), (QStringList{"D1|150", "D2|200"}));
    QCOMPARE(count(*db, QStringLiteral("import_replaced")), 0);
    // Again: the first D1 row changes the stored 150 back to 100 (saved for undo, once), the second sets 150.
    const Outcome second = runFile(*db, path);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(countsText(second.report.counts), counts(4, 0, 2, 2, 0, 0));
    QCOMPARE(dump(*db, sql), (QStringList{"D1|150", "D2|200"}));
    QCOMPARE(count(*db, QStringLiteral("import_replaced")), 1);
}

// On a server, an import holds the keys of its source's conversations in memory unless the source has more
// than a limit; then it looks each one up (storage/importwriter.h). Both ways leave the same rows, ids and
// counts. (On SQLite both runs take the one path there is.)
void TestImport::keysLookedUpOneByOneGiveTheSame()
{
    const QStringList files{fixture("import_overlap_1.csv"), fixture("import_overlap_2.csv"),
                            fixture("import_same_id_twice.csv"), fixture("import_overlap_2.csv")};
    const auto importAll = [&](qint64 limit, QStringList &counted) -> QStringList {
        storage::ImportWriter::setConversationKeysInMemoryLimit(limit);
        auto db = newDatabase();
        if (!db)
            return {QStringLiteral("<no database>")};
        for (const QString &file : files) {
            const Outcome outcome = runFile(*db, file);
            counted << (outcome.error.isEmpty() ? countsText(outcome.report.counts) : outcome.error);
        }
        return dump(*db, QStringLiteral("SELECT * FROM conversations ORDER BY id")) +
               dump(*db, QStringLiteral("SELECT import_id, table_name, row_id FROM import_replaced ORDER BY"
                                        " import_id, row_id"));
    };
    QStringList inMemory, oneByOne;
    const QStringList batched = importAll(2'000'000, inMemory);
    const QStringList lookedUp = importAll(0, oneByOne);
    storage::ImportWriter::setConversationKeysInMemoryLimit(2'000'000);
    QCOMPARE(oneByOne, inMemory);
    QCOMPARE(inMemory.last(), counts(5, 0, 0, 5, 0, 0));
    QCOMPARE(lookedUp, batched);
    QVERIFY(batched.size() > 8);
}

// ---- undo and cancel -------------------------------------------------------------------------------

// A review note pins its conversation: an undo that would delete it is refused, one that only restores
// its earlier values goes ahead and keeps the note.
void TestImport::undoKeepsReviewedConversations()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome a = runFile(*db, fixture("import_undo_a.csv"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO review_notes (conversation_id, reviewer, created_at, day, body,"
                       " agent_id, team_id, conversation_day) SELECT id, 'Coach', '2021-01-06T10:00:00Z',"
                       " '2021-01-06', 'Good recovery', agent_id, team_id, day FROM conversations"
                       " WHERE external_id = 'U3'")));
    const Outcome b = runFile(*db, fixture("import_undo_b.csv"));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    storage::ImportHistory history(*db);
    const core::Status undoneB = history.undo(b.report.importId);
    QVERIFY2(undoneB, qPrintable(undoneB ? QString() : undoneB.error().toString()));
    QCOMPARE(dump(*db, QStringLiteral("SELECT c.external_id, c.talk_s, n.body FROM review_notes n JOIN"
                                      " conversations c ON c.id = n.conversation_id")),
             QStringList{QStringLiteral("U3|300|Good recovery")});
    const core::Status undoneA = history.undo(a.report.importId);
    QVERIFY(!undoneA);
    QVERIFY2(undoneA.error().message.contains(QStringLiteral("review note")),
             qPrintable(undoneA.error().message));
    QCOMPARE(count(*db, QStringLiteral("conversations")), 4);
}

// An NPS-only survey file records NPS and leaves the CSAT a call log gave untouched.
void TestImport::surveyKeepsTheOtherAnswer()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString calls = m_dir.filePath(QStringLiteral("calls-csat.csv"));
    const QString nps = m_dir.filePath(QStringLiteral("nps.csv"));
    QVERIFY(writeFile(calls, "call_id,start_at,handling_user_name,talk_time,csat_score\n"
                             "c1,2024-03-04 10:00:00,Ann,100,4\n"));
    QVERIFY(writeFile(nps, "id,nps\nc1,9\n"));
    QVERIFY(runFile(*db, calls).error.isEmpty());
    ImportOverrides survey = withShape(Shape::Surveys);
    survey.source = QStringLiteral("talkdesk");
    const Outcome second = runFile(*db, nps, survey);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(countsText(second.report.counts), counts(1, 0, 1, 0, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral("SELECT csat_score, csat_scale_min, csat_scale_max, nps_score FROM"
                                      " conversations")),
             QStringList{QStringLiteral("4|1|5|9")});
}

// A summary file with two rows for one agent and day (split by queue) rejects the second instead of
// silently keeping only one.
void TestImport::summaryRowsOnePerAgentDay()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("split.csv"));
    QVERIFY(writeFile(path, "Agent,Date,Queue,Calls,Talk Time\nAnn,2024-03-04,Sales,10,600\n"
                            "Ann,2024-03-04,Support,20,1200\n"));
    const Outcome outcome = runFile(*db, path, withShape(Shape::AgentDay), accepting());
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(countsText(outcome.report.counts), counts(2, 1, 0, 0, 0, 1));
    QCOMPARE(outcome.report.rejections.size(), 1);
    QCOMPARE(outcome.report.rejections.first().line, 3);
    QCOMPARE(outcome.report.rejections.first().header, QStringLiteral("Agent"));
    QVERIFY(outcome.report.rejections.first().reason.contains(QStringLiteral("one row per agent and day")));
    QCOMPARE(dump(*db, QStringLiteral("SELECT handled, handle_s_sum FROM agent_day_stats")),
             QStringList{QStringLiteral("10|600")});
}

// The same cells read with another CSAT scale store other values: an update, not an exact duplicate.
void TestImport::settingsChangeIsNotDuplicate()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("scale.csv"));
    QVERIFY(writeFile(path, "call_id,start_at,handling_user_name,talk_time,csat_score\n"
                            "s1,2024-03-04 10:00:00,Ann,100,4\ns2,2024-03-04 11:00:00,Ann,90,5\n"));
    QVERIFY(runFile(*db, path).error.isEmpty());
    ImportOverrides tenPoint;
    tenPoint.csatScale = core::CsatScale{0, 10};
    const Outcome again = runFile(*db, path, tenPoint);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(countsText(again.report.counts), counts(2, 0, 2, 0, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral("SELECT DISTINCT csat_scale_min, csat_scale_max FROM conversations")),
             QStringList{QStringLiteral("0|10")});
}

// A sale stated on its conversation and again in a sales file linked to it counts once.
void TestImport::saleOnConversationCountsOnce()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString calls = m_dir.filePath(QStringLiteral("convsale.csv"));
    const QString sales = m_dir.filePath(QStringLiteral("sale.csv"));
    QVERIFY(writeFile(calls, "call_id,Agent,Date,Talk Time,Sales,Amount\nc1,Ann,2024-03-04,60,1,10.00\n"
                             "c2,Ann,2024-03-04,70,,0\n"));
    QVERIFY(writeFile(sales, "call_id,Agent,Date,Amount\nc1,Ann,2024-03-04,10.00\n"));
    ImportOverrides source;
    source.source = QStringLiteral("s");
    QVERIFY(runFile(*db, calls, source).error.isEmpty());
    ImportOverrides salesShape = withShape(Shape::Sales);
    salesShape.source = QStringLiteral("s");
    const Outcome second = runFile(*db, sales, salesShape);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.report.counts.imported, 1);
    const auto byAgent = kpis(*db, KpiGrouping::Agent);
    QCOMPARE(byAgent.value(QStringLiteral("Ann")).salesCount, 1);
    QCOMPARE(byAgent.value(QStringLiteral("Ann")).salesCents, 1000);
}

// The generic profile knows "Status" as attendance; in a call log it is not read at all.
void TestImport::unusedColumnsAreIgnored()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("status.csv"));
    QVERIFY(writeFile(path, "Agent,Date,Status,Talk Time\nAnn,2024-03-04,closed,60\n"));
    const Outcome outcome = runFile(*db, path);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(!outcome.plan.settings.column(Field::AttendanceStatus));
    QCOMPARE(countsText(outcome.report.counts), counts(1, 1, 0, 0, 0, 0));
    // A CSAT % beyond 100 in a summary is a rejected row, not a failed import.
    const QString pct = m_dir.filePath(QStringLiteral("pct.csv"));
    QVERIFY(writeFile(pct, "Agent,Date,Calls,CSAT,CSAT Responses\nAnn,2024-03-04,5,150%,10\n"));
    const Outcome summary = runFile(*db, pct, withShape(Shape::AgentDay), accepting());
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE(summary.report.counts.rejected, 1);
    QCOMPARE(summary.report.rejections.first().header, QStringLiteral("CSAT"));
}

// --map matches headers ignoring case; a rejected row still names the column it came from.
void TestImport::rejectionFindsColumnMappedInOtherCase()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = m_dir.filePath(QStringLiteral("case.csv"));
    QVERIFY(writeFile(path, "WHO,Date,Talk\nAnn,2024-03-04,60\n,2024-03-04,70\n"));
    ImportOverrides overrides = mapping(Field::Agent, QStringLiteral("who"));
    overrides.mapping.append({Field::TalkS, {QStringLiteral("talk"), {}}});
    const Outcome outcome = runFile(*db, path, overrides, accepting());
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.report.rejections.size(), 1);
    const importers::Rejection &r = outcome.report.rejections.first();
    QCOMPARE(r.line, 3);
    QCOMPARE(r.column, 1);
    QCOMPARE(r.header, QStringLiteral("WHO"));
    QCOMPARE(r.reason, QStringLiteral("the agent is empty"));
}

void TestImport::undoRestoresAndRemoves()
{
    auto db = newDatabase();
    QVERIFY(db);
    // Before A: Ana of team Alpha with a day summary, no conversations.
    const Outcome base = runFile(*db, fixture("import_undo_base.csv"), withShape(Shape::AgentDay));
    QVERIFY2(base.error.isEmpty(), qPrintable(base.error));
    QCOMPARE(base.report.counts.imported, 1);
    QCOMPARE(count(*db, QStringLiteral("conversations")), 0);
    const QString agentsSql = QStringLiteral("SELECT * FROM agents ORDER BY id");
    const QString teamsSql = QStringLiteral("SELECT * FROM teams ORDER BY id");
    const QString membershipsSql = QStringLiteral("SELECT * FROM team_memberships ORDER BY id");
    const QString conversationsSql = QStringLiteral("SELECT * FROM conversations ORDER BY id");
    const QStringList agentsBefore = dump(*db, agentsSql);
    const QStringList teamsBefore = dump(*db, teamsSql);
    const QStringList membershipsBefore = dump(*db, membershipsSql);
    const auto byAgentBefore = kpis(*db, KpiGrouping::Agent);
    const auto byDayBefore = kpis(*db, KpiGrouping::Day);
    const auto byTeamBefore = kpis(*db, KpiGrouping::Team);
    QCOMPARE(byAgentBefore.keys(), QList<QString>{QStringLiteral("Ana")});
    QCOMPARE(agentsBefore.size(), 1);
    QCOMPARE(teamsBefore.size(), 1);

    // A: U1–U4, adds Ben and team Beta.
    const Outcome a = runFile(*db, fixture("import_undo_a.csv"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(countsText(a.report.counts), counts(4, 4, 0, 0, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral("SELECT name FROM teams ORDER BY name")),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    const QStringList conversationsAfterA = dump(*db, conversationsSql);
    const QStringList agentsAfterA = dump(*db, agentsSql);
    const QStringList teamsAfterA = dump(*db, teamsSql);
    const QStringList membershipsAfterA = dump(*db, membershipsSql);
    const auto byAgentAfterA = kpis(*db, KpiGrouping::Agent);

    // B: changes U2 (CSAT) and U3 (talk, CSAT), repeats U4, adds U5 by Cat of team Gamma.
    const Outcome b = runFile(*db, fixture("import_undo_b.csv"));
    QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
    QCOMPARE(countsText(b.report.counts), counts(4, 1, 2, 1, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral("SELECT external_id, talk_s, csat_score FROM conversations ORDER BY"
                                      " external_id")),
             (QStringList{"U1|100|5", "U2|200|5", "U3|333|1", "U4|400|2", "U5|500|4"}));
    const QStringList conversationsAfterB = dump(*db, conversationsSql);

    storage::ImportHistory history(*db);
    // A cannot go first: B changed its rows.
    const core::Status refused = history.undo(a.report.importId);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("import %1 ").arg(b.report.importId)),
             qPrintable(refused.error().message));
    QCOMPARE(dump(*db, conversationsSql), conversationsAfterB);

    // Undoing B brings A's rows back exactly and removes Cat and Gamma.
    const core::Status undoneB = history.undo(b.report.importId);
    QVERIFY2(undoneB, qPrintable(undoneB ? QString() : undoneB.error().toString()));
    QCOMPARE(dump(*db, conversationsSql), conversationsAfterA);
    QCOMPARE(dump(*db, agentsSql), agentsAfterA);
    QCOMPARE(dump(*db, teamsSql), teamsAfterA);
    QCOMPARE(dump(*db, membershipsSql), membershipsAfterA);
    QVERIFY(diffKpis(kpis(*db, KpiGrouping::Agent), byAgentAfterA).isEmpty());

    // Undoing A empties the conversations and removes what A created, but not Ana or Alpha.
    const core::Status undoneA = history.undo(a.report.importId);
    QVERIFY2(undoneA, qPrintable(undoneA ? QString() : undoneA.error().toString()));
    QCOMPARE(count(*db, QStringLiteral("conversations")), 0);
    QCOMPARE(dump(*db, agentsSql), agentsBefore);
    QCOMPARE(dump(*db, teamsSql), teamsBefore);
    QCOMPARE(dump(*db, membershipsSql), membershipsBefore);
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Agent), byAgentBefore).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Agent), byAgentBefore)));
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Day), byDayBefore).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Day), byDayBefore)));
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Team), byTeamBefore).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Team), byTeamBefore)));

    // The history shows both undone, the base import in effect; a second undo is refused.
    const auto entries = history.entries();
    QVERIFY(entries);
    QCOMPARE(entries.value().size(), 3);
    QCOMPARE(entries.value().at(0).id, b.report.importId);
    QVERIFY(entries.value().at(0).undoneAt.isValid());
    QVERIFY(entries.value().at(1).undoneAt.isValid());
    QVERIFY(!entries.value().at(2).undoneAt.isValid());
    QCOMPARE(entries.value().at(0).updated, 2);
    QVERIFY(!history.undo(b.report.importId));
}

void TestImport::cancelLeavesDatabaseUntouched()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome earlier = runFile(*db, fixture("import_overlap_1.csv"));
    QVERIFY2(earlier.error.isEmpty(), qPrintable(earlier.error));
    const QStringList before = tableCounts(*db);
    const QStringList conversations = dump(*db, QStringLiteral("SELECT * FROM conversations ORDER BY id"));

    constexpr int rows = 200000;
    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(writeCalls(path, rows));
    const QStringList schema = dump(*db, schemaSql());

    std::atomic_bool cancel{false};
    int progressCalls = 0;
    RunOptions options;
    options.cancel = &cancel;
    options.progress = [&](const importers::ImportProgress &progress) {
        ++progressCalls;
        QVERIFY(progress.total > 0 && progress.done <= progress.total);
        cancel = true;
    };
    const Outcome outcome = runFile(*db, path, {}, options);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.report.cancelled);
    QCOMPARE(outcome.report.importId, 0);
    QCOMPARE(progressCalls, 1);
    QVERIFY2(outcome.report.counts.rowsRead < rows, qPrintable(countsText(outcome.report.counts)));
    QVERIFY(outcome.report.summary().contains(QLatin1String("cancelled")));
    QCOMPARE(tableCounts(*db), before);
    QCOMPARE(dump(*db, QStringLiteral("SELECT * FROM conversations ORDER BY id")), conversations);
    QCOMPARE(dump(*db, schemaSql()), schema); // indexes a bulk load may drop for a while are all there

    // The connection is left usable: no transaction stays open.
    const Outcome after = runFile(*db, fixture("import_overlap_2.csv"));
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QCOMPARE(countsText(after.report.counts), counts(5, 2, 2, 1, 0, 0));

    // A bulk load that runs to the end leaves the same schema too, with every row. (Only SQLite defers
    // indexes, above 50,000 rows; on PostgreSQL fewer rows check the same outcome.)
    const int bulkRows = testsupport::testsOnPostgres() ? 5000 : 70000;
    const QString bulk = m_dir.filePath(QStringLiteral("bulk.csv"));
    QVERIFY(writeCalls(bulk, bulkRows));
    const Outcome loaded = runFile(*db, bulk);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(countsText(loaded.report.counts), counts(bulkRows, bulkRows, 0, 0, 0, 0));
    QCOMPARE(count(*db, QStringLiteral("conversations")), bulkRows + 6);
    QCOMPARE(dump(*db, schemaSql()), schema);
    if (!testsupport::testsOnPostgres()) // PostgreSQL has no such check: its writes are logged before applied
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    qint64 handled = 0;
    for (const core::KpiTotals &t : kpis(*db, KpiGrouping::Day))
        handled += t.handled;
    QCOMPARE(handled, bulkRows + 6);
}

// ---- shapes ----------------------------------------------------------------------------------------

void TestImport::surveysCreditHandler()
{
    auto db = newDatabase();
    QVERIFY(db);
    ImportOverrides tickets;
    tickets.source = QStringLiteral("zendesk");
    const Outcome conversations = runFile(*db, fixture("import_zendesk_tickets.csv"), tickets);
    QVERIFY2(conversations.error.isEmpty(), qPrintable(conversations.error));
    QCOMPARE(countsText(conversations.report.counts), counts(3, 3, 0, 0, 0, 0));
    const QStringList agents = dump(*db, QStringLiteral("SELECT * FROM agents ORDER BY id"));

    // 1002 is Ana's ticket though the ratings name Ben; 1003 is Ben's though they name Carl; 1004 was never
    // imported.
    const Outcome ratings = runFile(*db, fixture("import_zendesk_ratings.csv"), {}, accepting());
    QVERIFY2(ratings.error.isEmpty(), qPrintable(ratings.error));
    QCOMPARE(ratings.plan.profileName, QStringLiteral("Zendesk satisfaction ratings"));
    QCOMPARE(ratings.plan.settings.shape, Shape::Surveys);
    QCOMPARE(countsText(ratings.report.counts), counts(4, 0, 3, 0, 0, 1));
    QCOMPARE(ratings.report.rejections.size(), 1);
    const Rejection &r = ratings.report.rejections.first();
    QCOMPARE(r.line, 5);
    QCOMPARE(r.value, QStringLiteral("1004"));
    QCOMPARE(r.reason, QStringLiteral(
                           "no conversation with this id from source 'zendesk' has been imported (import the "
                           "conversations first, or set the source they were imported under)"));

    QCOMPARE(
        dump(*db, QStringLiteral("SELECT c.external_id, a.display_name, c.csat_score, c.csat_scale_min,"
                                 " c.csat_scale_max FROM conversations c JOIN agents a ON a.id = c.agent_id"
                                 " ORDER BY c.external_id")),
        (QStringList{"1001|Ana|1|0|1", "1002|Ana|0|0|1", "1003|Ben|1|0|1"}));
    QCOMPARE(dump(*db, QStringLiteral("SELECT * FROM agents ORDER BY id")), agents); // no Carl
    const auto byAgent = kpis(*db, KpiGrouping::Agent);
    QCOMPARE(byAgent.value(QStringLiteral("Ana")).csat.responses, 2);
    QCOMPARE(byAgent.value(QStringLiteral("Ana")).csat.satisfied, 1);
    QCOMPARE(byAgent.value(QStringLiteral("Ben")).csat.responses, 1);
    QCOMPARE(byAgent.value(QStringLiteral("Ben")).csat.satisfied, 1);

    // The same ratings again change nothing.
    const Outcome again = runFile(*db, fixture("import_zendesk_ratings.csv"), {}, accepting());
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(countsText(again.report.counts), counts(4, 0, 0, 3, 0, 1));

    // Undoing the ratings takes the answers off the tickets again; the tickets stay.
    const core::Status undone = storage::ImportHistory(*db).undo(ratings.report.importId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(dump(*db, QStringLiteral("SELECT external_id, csat_score, csat_scale_min, csat_scale_max FROM"
                                      " conversations ORDER BY external_id")),
             (QStringList{"1001|∅|∅|∅", "1002|∅|∅|∅", "1003|∅|∅|∅"}));
    QCOMPARE(kpis(*db, KpiGrouping::Agent).value(QStringLiteral("Ana")).csat.responses, 0);
}

void TestImport::agentDaySummaries()
{
    auto db = newDatabase();
    QVERIFY(db);
    ImportOverrides overrides = mapping(Field::HandleS, QStringLiteral("AHT"));
    overrides.shape = Shape::AgentDay;
    const Outcome outcome = runFile(*db, fixture("import_agent_day.csv"), overrides, {},
                                    [](ImportPlan &plan) { plan.settings.durationsAreAverages = true; });
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(countsText(outcome.report.counts), counts(4, 4, 0, 0, 0, 0));

    // The file's rows: calls, average handle time, CSAT % and the responses it rests on.
    struct Day {
        const char *agent;
        const char *day;
        int calls;
        int ahtSeconds;
        std::optional<double> csatPct;
        int responses;
    };
    const Day days[] = {{"Ana", "2021-01-04", 20, 5 * 60 + 30, 80.0, 10},
                        {"Ana", "2021-01-05", 10, 4 * 60, 66.67, 3},
                        {"Ben", "2021-01-04", 15, 3 * 60 + 15, 100.0, 4},
                        {"Ben", "2021-01-05", 12, 2 * 60, {}, 0}};
    QMap<QString, core::KpiTotals> expected;
    QStringList expectedRows;
    for (const Day &d : days) {
        core::KpiTotals &t = expected[QLatin1String(d.agent)];
        const qint64 satisfied = d.csatPct ? std::llround(*d.csatPct * d.responses / 100.0) : 0;
        // Summaries add handled conversations only: they know nothing of offered or abandoned ones.
        t.handled += d.calls;
        t.handleCount += d.calls;
        t.handleSecondsSum += qint64(d.calls) * d.ahtSeconds;
        if (d.csatPct) {
            t.csat.responses += d.responses;
            t.csat.satisfied += satisfied;
            t.csat.mixedScales = true;
        }
        expectedRows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(QLatin1String(d.agent), QLatin1String(d.day))
                            .arg(d.calls)
                            .arg(qint64(d.calls) * d.ahtSeconds)
                            .arg(d.csatPct ? QString::number(d.responses) : QStringLiteral("∅"),
                                 d.csatPct ? QString::number(satisfied) : QStringLiteral("∅"));
    }
    QCOMPARE(
        dump(*db, QStringLiteral("SELECT a.display_name, d.day, d.handled, d.handle_s_sum, d.csat_responses,"
                                 " d.csat_satisfied FROM agent_day_stats d JOIN agents a ON a.id = d.agent_id"
                                 " ORDER BY a.display_name, d.day")),
        expectedRows);
    QVERIFY2(diffKpis(kpis(*db, KpiGrouping::Agent), expected).isEmpty(),
             qPrintable(diffKpis(kpis(*db, KpiGrouping::Agent), expected)));
    const core::KpiValues ana = core::computeKpis(kpis(*db, KpiGrouping::Agent).value(QStringLiteral("Ana")));
    QCOMPARE(ana.handled, 30);
    QVERIFY(ana.ahtSeconds.value && ana.csatPct.value);
    QCOMPARE(*ana.ahtSeconds.value, 300.0);
    QCOMPARE(*ana.csatPct.value, 1000.0 / 13.0);
}

void TestImport::salesInCents()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = fixture("import_sales.csv");
    const Outcome outcome = runFile(*db, path, withShape(Shape::Sales));
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    // Two identical lines are two sales of the same product that day, not a duplicate.
    QCOMPARE(countsText(outcome.report.counts), counts(4, 4, 0, 0, 0, 0));
    QCOMPARE(dump(*db, QStringLiteral(
                           "SELECT a.display_name, s.day, s.product, s.tier, s.amount_cents FROM sales s"
                           " JOIN agents a ON a.id = s.agent_id ORDER BY s.id")),
             (QStringList{"Ana|2021-01-04|Fibre 500|Gold|1250", "Ana|2021-01-04|Fibre 500|Gold|1250",
                          "Ben|2021-01-05|Mobile|Silver|9900", "Ana|2021-01-05|TV|Bronze|99"}));
    const auto byAgent = kpis(*db, KpiGrouping::Agent);
    QCOMPARE(byAgent.value(QStringLiteral("Ana")).salesCount, 3);
    QCOMPARE(byAgent.value(QStringLiteral("Ana")).salesCents, 1250 + 1250 + 99);
    QCOMPARE(byAgent.value(QStringLiteral("Ben")).salesCount, 1);
    QCOMPARE(byAgent.value(QStringLiteral("Ben")).salesCents, 9900);

    const Outcome again = runFile(*db, path, withShape(Shape::Sales));
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(countsText(again.report.counts), counts(4, 0, 0, 4, 0, 0));
    QCOMPARE(count(*db, QStringLiteral("sales")), 4);
}

void TestImport::attendanceStatuses()
{
    auto db = newDatabase();
    QVERIFY(db);
    const Outcome outcome = runFile(*db, fixture("import_attendance.csv"), withShape(Shape::Attendance));
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(countsText(outcome.report.counts), counts(6, 6, 0, 0, 0, 0));
    QCOMPARE(
        dump(*db, QStringLiteral("SELECT a.display_name, t.day, t.status, t.late_minutes FROM attendance t"
                                 " JOIN agents a ON a.id = t.agent_id ORDER BY a.display_name, t.day")),
        (QStringList{"Ana|2021-01-04|present|0", "Ana|2021-01-05|late|12", "Ana|2021-01-06|ncns|0",
                     "Ben|2021-01-04|excused|0", "Ben|2021-01-05|unexcused|0", "Ben|2021-01-06|present|0"}));
    const auto byAgent = kpis(*db, KpiGrouping::Agent);
    const core::KpiTotals ana = byAgent.value(QStringLiteral("Ana"));
    const core::KpiTotals ben = byAgent.value(QStringLiteral("Ben"));
    QCOMPARE(ana.shiftsScheduled, 3);
    QCOMPARE(ana.shiftsAttended, 2); // present, late
    QCOMPARE(ana.lateCount, 1);
    QCOMPARE(ana.violations, 1); // ncns
    QCOMPARE(ben.shiftsScheduled, 3);
    QCOMPARE(ben.shiftsAttended, 1);
    QCOMPARE(ben.lateCount, 0);
    QCOMPARE(ben.violations, 1); // unexcused; excused is no violation
}

// ---- rejections ------------------------------------------------------------------------------------

void TestImport::rejectionsAreExact()
{
    auto db = newDatabase();
    QVERIFY(db);
    const QString path = fixture("import_rejections.csv");
    const QStringList before = tableCounts(*db);

    // Four of six rows rejected: over the threshold, so nothing is written without confirmation.
    const Outcome unconfirmed = runFile(*db, path);
    QVERIFY2(unconfirmed.error.isEmpty(), qPrintable(unconfirmed.error));
    QVERIFY(unconfirmed.report.needsConfirmation);
    QCOMPARE(unconfirmed.report.importId, 0);
    QCOMPARE(tableCounts(*db), before);

    const Outcome outcome = runFile(*db, path, {}, accepting());
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(!outcome.report.needsConfirmation);
    QVERIFY(outcome.report.importId > 0);
    QCOMPARE(countsText(outcome.report.counts), counts(6, 2, 0, 0, 0, 4));
    QCOMPARE(dump(*db, QStringLiteral("SELECT external_id FROM conversations ORDER BY external_id")),
             (QStringList{"R1", "R6"}));

    const QString badTime = QStringLiteral("=SUM(A1,\"x\")");
    const auto dateError = importers::parseDate("2021-13-45", DateOrder::Ymd);
    const auto timeError = importers::parseTimeOfDay(badTime.toUtf8());
    QVERIFY(!dateError && !timeError);
    const QList<Rejection> expected{
        {3, 3, QStringLiteral("date"), QStringLiteral("2021-13-45"),
         dateError.error().message + QStringLiteral(" (dates read as YYYY-MM-DD)")},
        {4, 2, QStringLiteral("agent"), QString(), QStringLiteral("the agent is empty")},
        {5, 7, QStringLiteral("csat"), QStringLiteral("7"),
         QStringLiteral("CSAT 7 is outside the source's scale 1–5")},
        {6, 4, QStringLiteral("time"), badTime, timeError.error().message}};
    const QList<Rejection> &actual = outcome.report.rejections;
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].line, expected[i].line);
        QCOMPARE(actual[i].column, expected[i].column);
        QCOMPARE(actual[i].header, expected[i].header);
        QCOMPARE(actual[i].value, expected[i].value);
        QCOMPARE(actual[i].reason, expected[i].reason);
    }
    QVERIFY(dateError.error().message.contains(QLatin1String("2021-13-45")));

    // The export for the result dialog reads back to the same rejections; a formula-like value is
    // neutralised with a leading apostrophe.
    const QList<QStringList> csv =
        huddle::testsupport::parseCsv(QString::fromUtf8(importers::rejectionsCsv(actual)));
    QCOMPARE(csv.size(), expected.size() + 1);
    QCOMPARE(csv.first(), (QStringList{"line", "column", "header", "value", "reason"}));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString value = i == 3 ? QLatin1Char('\'') + expected[i].value : expected[i].value;
        QCOMPARE(csv[i + 1],
                 (QStringList{QString::number(expected[i].line), QString::number(expected[i].column),
                              expected[i].header, value, expected[i].reason}));
    }
}

void TestImport::rejectThreshold()
{
    // 100 rows: one bad CSAT is 1 % (not over the threshold), two are 2 %.
    const auto write = [this](const QString &name, int bad) {
        QByteArray text = "call_id,agent,date,talk_s,csat\n";
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("T%1,Agent %2,2021-04-%3,%4,%5\n")
                        .arg(i)
                        .arg(i % 3)
                        .arg(1 + i % 30, 2, 10, QLatin1Char('0'))
                        .arg(60 + i)
                        .arg(i < bad ? 6 : 1 + i % 5)
                        .toLatin1();
        const QString path = m_dir.filePath(name);
        return writeFile(path, text) ? path : QString();
    };
    const QString onePercent = write(QStringLiteral("one-percent.csv"), 1);
    const QString twoPercent = write(QStringLiteral("two-percent.csv"), 2);
    QVERIFY(!onePercent.isEmpty() && !twoPercent.isEmpty());

    auto db = newDatabase();
    QVERIFY(db);
    const Outcome one = runFile(*db, onePercent);
    QVERIFY2(one.error.isEmpty(), qPrintable(one.error));
    QVERIFY(!one.report.needsConfirmation);
    QCOMPARE(countsText(one.report.counts), counts(100, 99, 0, 0, 0, 1));
    QCOMPARE(count(*db, QStringLiteral("conversations")), 99);

    auto second = newDatabase();
    QVERIFY(second);
    const QStringList before = tableCounts(*second);
    const Outcome two = runFile(*second, twoPercent);
    QVERIFY2(two.error.isEmpty(), qPrintable(two.error));
    QVERIFY(two.report.needsConfirmation);
    QCOMPARE(two.report.importId, 0);
    QCOMPARE(countsText(two.report.counts), counts(100, 98, 0, 0, 0, 2));
    QVERIFY2(two.report.summary().contains(QLatin1String("nothing was imported")),
             qPrintable(two.report.summary()));
    QCOMPARE(tableCounts(*second), before);

    const Outcome confirmed = runFile(*second, twoPercent, {}, accepting());
    QVERIFY2(confirmed.error.isEmpty(), qPrintable(confirmed.error));
    QVERIFY(!confirmed.report.needsConfirmation);
    QVERIFY(confirmed.report.importId > 0);
    QCOMPARE(count(*second, QStringLiteral("conversations")), 98);
    QCOMPARE(scalar(*second, QStringLiteral("SELECT rejected FROM imports")).toLongLong(), 2);
}

HUDDLE_TEST_GUILESS_MAIN("test_import", TestImport)
#include "tst_import.moc"
