// huddle-cli bonus and huddle-cli audit verify on the demo database (8 agents in 2 teams, April 2024): reruns
// give the same bytes, a lock is taken once and recorded with the SHA-256 of the CSV written, plans from a
// file are validated, and the audit log's hash chain notices an entry edited with plain SQL. Expected values
// come from plain SQL on the same database and hashes computed here, never from the code under test.
#include "clirun.h"
#include "core/bonusplan.h"
#include "support/rawsql.h"
#include "support/testmain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::isOneLine;
using huddle::clitest::readTable;
using huddle::clitest::Run;
using huddle::clitest::Table;
using huddle::testsupport::runRaw;

namespace {

const QStringList csvHeader{"month", "team",        "agent_id", "agent",  "line_kind", "line_id",
                            "label", "explanation", "inputs",   "amount", "currency",  "locked"};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString reason(const Run &run)
{
    return QStringLiteral("exit %1, out: %2, err: %3").arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestCliBonus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void csvRerunIsByteIdentical();
    void csvHasEveryAgentOfTheMonth();
    void csvToStandardOutput();
    void currencyOption();
    void xlsxAndPdfIdenticalWithFixedTimestamp();
    void lockOnceThenRefused();
    void lockRefusedWhileMonthNotOver();
    void planFromFile();
    void invalidPlanFileNamesFileAndField();
    void unreadablePlanFile();
    void usageErrors_data();
    void usageErrors();
    void missingDatabase();

    void auditVerifyIntactChain();
    void auditVerifyFindsEditedEntry();
    void auditUsageErrors();
    void auditExportIsTheLogAsCsv();

private:
    Run bonus(const QString &db, const QStringList &extra)
    {
        return cli(QStringList{"bonus", "--db", db, "--month", "2024-04"} + extra);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A copy of the demo database that a test may change.
    QString copyOfDemo(const QString &name);

    QTemporaryDir m_dir;
    QString m_db; // never changed after initTestCase
};

void TestCliBonus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = huddle::clitest::demoDatabase(path(QStringLiteral("demo.db")));
    QVERIFY(!m_db.isEmpty());
}

QString TestCliBonus::copyOfDemo(const QString &name)
{
    return huddle::clitest::copyOfDatabase(m_db, path(name));
}

void TestCliBonus::csvRerunIsByteIdentical()
{
    const Run first = bonus(m_db, {"--format", "csv", "-o", path("first.csv")});
    QVERIFY2(first.exitCode == 0, qPrintable(reason(first)));
    const Run second = bonus(m_db, {"--format", "csv", "-o", path("second.csv")});
    QVERIFY2(second.exitCode == 0, qPrintable(reason(second)));
    const QByteArray bytes = fileBytes(path("first.csv"));
    QVERIFY(bytes.size() > 100);
    QCOMPARE(fileBytes(path("second.csv")), bytes);
    // Cron-safe: one summary line naming the month and the file, nothing on standard error.
    QVERIFY2(isOneLine(first.out), qPrintable(first.out));
    QVERIFY(first.out.startsWith(QStringLiteral("2024-04: ")));
    QVERIFY(first.out.contains(path("first.csv")));
    QVERIFY(first.err.isEmpty());
    // The format follows the file's suffix when --format is left out.
    const Run bySuffix = bonus(m_db, {"-o", path("suffix.csv")});
    QVERIFY2(bySuffix.exitCode == 0, qPrintable(reason(bySuffix)));
    QCOMPARE(fileBytes(path("suffix.csv")), bytes);
}

void TestCliBonus::csvHasEveryAgentOfTheMonth()
{
    const Run run = bonus(m_db, {"--format", "csv", "--quiet", "-o", path("agents.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
    QVERIFY(run.out.isEmpty()); // --quiet
    const Table table = readTable(QString::fromUtf8(fileBytes(path("agents.csv"))));
    QCOMPARE(table.header, csvHeader);
    QSet<QString> agents;
    for (const auto &row : table.rows) {
        QCOMPARE(row.value("month"), QStringLiteral("2024-04"));
        QCOMPARE(row.value("locked"), QStringLiteral("no"));
        QCOMPARE(row.value("currency"), QStringLiteral("USD"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^-?[0-9]+\\.[0-9]{2}$")).match(row.value("amount")).hasMatch(),
            qPrintable(row.value("amount")));
        agents.insert(row.value("agent_id"));
    }
    // Every agent who was in a team during April, with or without data.
    const QStringList expected =
        column(m_db, QStringLiteral("SELECT DISTINCT agent_id FROM team_memberships"
                                    " WHERE valid_from <= '2024-04-30' AND"
                                    " (valid_to IS NULL OR valid_to > '2024-04-01')"));
    QCOMPARE(agents, QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(agents.size(), 8); // the demo's 8 agents in 2 teams
}

void TestCliBonus::csvToStandardOutput()
{
    const Run run = bonus(m_db, {"--format", "csv", "-o", "-"});
    QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
    QVERIFY(bonus(m_db, {"--format", "csv", "-q", "-o", path("file.csv")}).exitCode == 0);
    QByteArray file = fileBytes(path("file.csv"));
    if (file.startsWith("\xEF\xBB\xBF"))
        file.remove(0, 3);
    // The file's bytes without the byte-order mark, and no summary line mixed in.
    QCOMPARE(run.out.toUtf8(), file);
}

void TestCliBonus::currencyOption()
{
    const Run run = bonus(m_db, {"--currency", "EUR", "-q", "-o", path("eur.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
    const Table table = readTable(QString::fromUtf8(fileBytes(path("eur.csv"))));
    QVERIFY(!table.rows.isEmpty());
    for (const auto &row : table.rows)
        QCOMPARE(row.value("currency"), QStringLiteral("EUR"));
}

void TestCliBonus::xlsxAndPdfIdenticalWithFixedTimestamp()
{
    const QStringList fixed{"--timestamp", "2024-05-01T06:00:00Z"};
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
        QByteArray previous;
        for (const QString &name : {QStringLiteral("a"), QStringLiteral("b")}) {
            const QString file = path(name + QLatin1Char('.') + format);
            const Run run = bonus(m_db, QStringList{"--format", format, "-o", file} + fixed);
            QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // nothing for a cron mail but the summary
            const QByteArray bytes = fileBytes(file);
            QVERIFY2(bytes.startsWith(format == QLatin1String("pdf") ? "%PDF" : "PK"), qPrintable(format));
            if (!previous.isEmpty())
                QVERIFY2(bytes == previous, qPrintable(format));
            previous = bytes;
        }
    }
}

void TestCliBonus::lockOnceThenRefused()
{
    const QString db = copyOfDemo(QStringLiteral("lock.db"));
    QVERIFY(!db.isEmpty());
    const Run locked = bonus(db, {"-o", path("locked.csv"), "--lock", "--by", "Dana Reyes", "--reason",
                                  "Reviewed with the leads"});
    QVERIFY2(locked.exitCode == 0, qPrintable(reason(locked)));
    QVERIFY2(isOneLine(locked.out) && locked.out.contains(QStringLiteral("locked by Dana Reyes")),
             qPrintable(locked.out));
    // One lock in force, recorded with the SHA-256 of exactly the CSV this run wrote: the locked month's.
    QCOMPARE(column(db, QStringLiteral("SELECT month || '|' || locked_by || '|' || reason FROM bonus_locks"
                                       " WHERE unlocked_at IS NULL")),
             QStringList{QStringLiteral("2024-04|Dana Reyes|Reviewed with the leads")});
    QCOMPARE(column(db, QStringLiteral("SELECT csv_sha256 FROM bonus_locks")),
             QStringList{sha256(fileBytes(path("locked.csv")))});
    const Table written = readTable(QString::fromUtf8(fileBytes(path("locked.csv"))));
    QVERIFY(!written.rows.isEmpty());
    for (const auto &row : written.rows)
        QCOMPARE(row.value("locked"), QStringLiteral("yes"));
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bonus_month' AND"
                                       " entity_id = 202404 AND action = 'lock'")),
             QStringList{QStringLiteral("1")});

    // A second lock is refused before anything is written.
    const Run again =
        bonus(db, {"-o", path("again.csv"), "--lock", "--by", "Someone", "--reason", "Once more"});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(QStringLiteral("already locked by Dana Reyes")), qPrintable(again.err));
    QVERIFY(!QFile::exists(path("again.csv")));
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks")),
             QStringList{QStringLiteral("1")});

    // A locked month is read back as the lock froze it, and cannot be recomputed with another plan.
    const Run readBack = bonus(db, {"-o", path("readback.csv")});
    QVERIFY2(readBack.exitCode == 0, qPrintable(reason(readBack)));
    QVERIFY2(readBack.out.contains(QStringLiteral("; locked by Dana Reyes on ")), qPrintable(readBack.out));
    QCOMPARE(fileBytes(path("readback.csv")), fileBytes(path("locked.csv")));
    QVERIFY(writeFile(path("plan-for-locked.json"), huddle::core::BonusPlan::example().toJson()));
    const Run withPlan = bonus(db, {"--plan", path("plan-for-locked.json"), "-o", path("plan-locked.csv")});
    QCOMPARE(withPlan.exitCode, 3);
    QVERIFY2(withPlan.err.contains(QStringLiteral("2024-04 is locked")), qPrintable(withPlan.err));
    QVERIFY(!QFile::exists(path("plan-locked.csv")));
}

void TestCliBonus::lockRefusedWhileMonthNotOver()
{
    const QString db = copyOfDemo(QStringLiteral("future.db"));
    QVERIFY(!db.isEmpty());
    const Run run = cli({"bonus", "--db", db, "--month", "2099-01", "-o", path("future.csv"), "--lock",
                         "--by", "Dana", "--reason", "Too early"});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("2099-01 is not over yet")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path("future.csv")));
    QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM bonus_locks")),
             QStringList{QStringLiteral("0")});
}

// A plan from a file replaces the stored ones for the run: doubling every per-sale rate changes the amounts.
void TestCliBonus::planFromFile()
{
    huddle::core::BonusPlan plan = huddle::core::BonusPlan::example();
    plan.name = QStringLiteral("Double rates");
    for (huddle::core::BonusComponent &component : plan.components)
        for (huddle::core::TierRate &rate : component.tierRates)
            rate.cents *= 2;
    QVERIFY(writeFile(path("double.json"), plan.toJson()));
    const Run run = bonus(m_db, {"--plan", path("double.json"), "-o", path("double.csv")});
    QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
    QVERIFY2(run.out.contains(QStringLiteral("plan from ") + path("double.json")), qPrintable(run.out));
    QVERIFY(bonus(m_db, {"-q", "-o", path("stored.csv")}).exitCode == 0);
    QVERIFY(fileBytes(path("double.csv")) != fileBytes(path("stored.csv")));
}

void TestCliBonus::invalidPlanFileNamesFileAndField()
{
    QJsonObject json = QJsonDocument::fromJson(huddle::core::BonusPlan::example().toJson()).object();
    json.insert(QStringLiteral("score_weights"), QJsonObject{{"csat", 50}, {"aht", 45}});
    QVERIFY(writeFile(path("invalid.json"), QJsonDocument(json).toJson()));
    const Run run = bonus(m_db, {"--plan", path("invalid.json"), "-o", path("invalid.csv")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(path("invalid.json")) && run.err.contains(QStringLiteral("score_weights")),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(path("invalid.csv")));

    QVERIFY(writeFile(path("broken.json"), "{\"name\": \"half a plan\", "));
    const Run broken = bonus(m_db, {"--plan", path("broken.json"), "-o", path("broken.csv")});
    QCOMPARE(broken.exitCode, 3);
    QVERIFY2(broken.err.contains(path("broken.json")), qPrintable(broken.err));
}

void TestCliBonus::unreadablePlanFile()
{
    const Run run = bonus(m_db, {"--plan", path("no-such-plan.json"), "-o", path("none.csv")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(path("no-such-plan.json")), qPrintable(run.err));
}

void TestCliBonus::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("any.db");
    QTest::newRow("no db") << QStringList{"bonus", "--month", "2024-04", "-o", "x.csv"} << "--db FILE";
    QTest::newRow("no month") << QStringList{"bonus", "--db", db, "-o", "x.csv"} << "--month YYYY-MM";
    QTest::newRow("month 13") << QStringList{"bonus", "--db", db, "--month", "2024-13", "-o", "x.csv"}
                              << "YYYY-MM (e.g. 2026-10), got '2024-13'";
    QTest::newRow("month name") << QStringList{"bonus", "--db", db, "--month", "April", "-o", "x.csv"}
                                << "got 'April'";
    QTest::newRow("no output") << QStringList{"bonus", "--db", db, "--month", "2024-04"} << "-o FILE";
    QTest::newRow("no format") << QStringList{"bonus", "--db", db, "--month", "2024-04", "-o", "x.out"}
                               << "--format csv|pdf|xlsx";
    QTest::newRow("bad format") << QStringList{"bonus",    "--db", db,   "--month", "2024-04",
                                               "--format", "docx", "-o", "x.docx"}
                                << "got 'docx'";
    QTest::newRow("pdf to stdout") << QStringList{"bonus",    "--db", db,   "--month", "2024-04",
                                                  "--format", "pdf",  "-o", "-"}
                                   << "only CSV";
    QTest::newRow("lock without by") << QStringList{"bonus", "--db",  db,       "--month",  "2024-04",
                                                    "-o",    "x.csv", "--lock", "--reason", "r"}
                                     << "--lock needs --by NAME and --reason TEXT";
    QTest::newRow("by without lock") << QStringList{"bonus", "--db",  db,     "--month", "2024-04",
                                                    "-o",    "x.csv", "--by", "Dana"}
                                     << "go with --lock";
    QTest::newRow("lock with plan") << QStringList{"bonus",    "--db",  db,       "--month", "2024-04",
                                                   "-o",       "x.csv", "--lock", "--by",    "Dana",
                                                   "--reason", "r",     "--plan", "p.json"}
                                    << "cannot be combined with --plan";
    QTest::newRow("bad timestamp") << QStringList{"bonus",   "--db",        db,
                                                  "--month", "2024-04",     "-o",
                                                  "x.pdf",   "--timestamp", "yesterday"}
                                   << "got 'yesterday'";
    QTest::newRow("bad currency") << QStringList{"bonus", "--db",  db,           "--month", "2024-04",
                                                 "-o",    "x.csv", "--currency", "dollars"}
                                  << "ISO 4217";
    QTest::newRow("stray argument") << QStringList{"bonus",   "--db", db,      "--month",
                                                   "2024-04", "-o",   "x.csv", "extra"}
                                    << "unexpected argument 'extra'";
}

void TestCliBonus::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCliBonus::missingDatabase()
{
    const Run run = bonus(path("missing.db"), {"-o", path("missing.csv")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(path("missing.db")));
    QVERIFY(!QFile::exists(path("missing.csv")));
}

void TestCliBonus::auditVerifyIntactChain()
{
    const Run run = cli({"audit", "verify", "--db", m_db});
    QVERIFY2(run.exitCode == 0, qPrintable(reason(run)));
    const QString entries = column(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).value(0);
    const QString head =
        column(m_db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).value(0);
    QVERIFY(entries.toInt() > 2); // the demo's plans, coaching sessions, disputes
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(head).hasMatch(), qPrintable(head));
    QCOMPARE(run.out, QStringLiteral("audit log intact: %1 entries, head %2\n").arg(entries, head));
}

void TestCliBonus::auditVerifyFindsEditedEntry()
{
    const QString db = copyOfDemo(QStringLiteral("tampered.db"));
    QVERIFY(!db.isEmpty());
    const QStringList ids = column(db, QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    QVERIFY(ids.size() > 2);
    const QString middle = ids[ids.size() / 2];
    QVERIFY(runRaw(db, {QStringLiteral("UPDATE audit_log SET actor = 'Mallory' WHERE id = %1").arg(middle)}));
    const Run run = cli({"audit", "verify", "--db", db});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("entry %1: ").arg(middle)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // Putting the row back as it was mends the chain: the check reads the data, not a flag.
    const QString original =
        column(m_db, QStringLiteral("SELECT actor FROM audit_log WHERE id = %1").arg(middle)).value(0);
    QVERIFY(
        runRaw(db, {QStringLiteral("UPDATE audit_log SET actor = '%1' WHERE id = %2")
                        .arg(QString(original).replace(QLatin1Char('\''), QStringLiteral("''")), middle)}));
    QCOMPARE(cli({"audit", "verify", "--db", db}).exitCode, 0);
}

void TestCliBonus::auditUsageErrors()
{
    const Run noSubcommand = cli({"audit"});
    QCOMPARE(noSubcommand.exitCode, 1);
    QVERIFY2(noSubcommand.err.contains(QStringLiteral("a subcommand is required")),
             qPrintable(noSubcommand.err));
    const Run noDb = cli({"audit", "verify"});
    QCOMPARE(noDb.exitCode, 1);
    QVERIFY2(noDb.err.contains(QStringLiteral("--db FILE is required")), qPrintable(noDb.err));
    const Run missing = cli({"audit", "verify", "--db", path("nothing-here.db")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(path("nothing-here.db")));
}

// The export against the table read with plain SQL, quoted here by RFC 4180's rules: every entry in id
// order with its stored texts and hashes, a field that a spreadsheet would take for a formula prefixed with
// an apostrophe, --entity keeping only that kind, --out writing the same CSV to a file after a byte-order
// mark.
void TestCliBonus::auditExportIsTheLogAsCsv()
{
    const QString db = copyOfDemo(QStringLiteral("export.db"));
    QVERIFY(!db.isEmpty());
    QVERIFY(runRaw(db, {QStringLiteral("UPDATE audit_log SET actor = '=HYPERLINK(\"x\")' WHERE id = "
                                       "(SELECT MIN(id) FROM audit_log)")}));
    const auto field = [](QString text) {
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QRegularExpression(QStringLiteral("[,\"\r\n]"))))
            text =
                QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text;
    };
    const auto expected = [&](const QString &where) {
        QString csv =
            QStringLiteral("entry,at_utc,actor,entity,entity_id,action,detail,previous_hash,hash\r\n");
        const QString columns[] = {QStringLiteral("id"),        QStringLiteral("at"),
                                   QStringLiteral("actor"),     QStringLiteral("entity"),
                                   QStringLiteral("entity_id"), QStringLiteral("action"),
                                   QStringLiteral("detail"),    QStringLiteral("COALESCE(prev_hash, '')"),
                                   QStringLiteral("hash")};
        QList<QStringList> values;
        for (const QString &c : columns)
            values << column(db, QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id").arg(c, where));
        for (qsizetype row = 0; row < values[0].size(); ++row) {
            QStringList fields;
            for (const QStringList &v : values)
                fields << field(v[row]);
            csv += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        return csv;
    };

    const Run all = cli({"audit", "export", "--db", db});
    QVERIFY2(all.exitCode == 0, qPrintable(reason(all)));
    QVERIFY2(all.out.contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",")), qPrintable(all.out.left(400)));
    QCOMPARE(all.out, expected(QString()));
    QVERIFY(column(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).value(0).toInt() > 2);

    const Run plans = cli({"audit", "export", "--db", db, "--entity", "bonus_plan"});
    QCOMPARE(plans.exitCode, 0);
    QCOMPARE(plans.out, expected(QStringLiteral("WHERE entity = 'bonus_plan'")));
    QVERIFY(plans.out.count(QStringLiteral("\r\n")) > 1);

    const QString file = path(QStringLiteral("audit.csv"));
    QCOMPARE(cli({"audit", "export", "--db", db, "--out", file}).exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("\xEF\xBB\xBF") + all.out.toUtf8());
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_bonus", TestCliBonus)
#include "tst_clibonus.moc"
