// huddle-cli migrate: a demo database copied to the throwaway PostgreSQL server and back to a new file holds
// the same rows as the original, value by value and with SQLite's type of each value (compared with plain
// SQL on connections of the test's own), gives the same KPI table and the same audit chain head; the row
// counts it reports are the tables' own. A target that holds anything is refused and left alone, a failed
// copy leaves the target's new schema empty, and the server's id sequences continue after the copied ids.
#include "clirun.h"
#include "support/pgtestdatabase.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::demoArguments;
using huddle::clitest::Run;
using huddle::testsupport::PgTestDatabase;

namespace {

Run migrate(const QString &from, const QString &to, const QStringList &extra = {})
{
    return cli(
        QStringList{QStringLiteral("migrate"), QStringLiteral("--from"), from, QStringLiteral("--to"), to} +
        extra);
}

// Huddle's tables in an SQLite file, by name.
QStringList tablesOf(const QString &path)
{
    return column(path,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                 "'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
}

qint64 rowCount(const QString &path, const QString &table)
{
    const QStringList count = column(path, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table));
    return count.size() == 1 ? count.first().toLongLong() : -1;
}

// "table: 1,234 rows, sha256 HEX" lines of a migrate run: table → [rows, hash].
QMap<QString, QStringList> tableLines(const QString &out)
{
    static const QRegularExpression line(QStringLiteral("^(\\w+): ([\\d,]+) rows, sha256 ([0-9a-f]{64})$"),
                                         QRegularExpression::MultilineOption);
    QMap<QString, QStringList> tables;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        tables.insert(match.captured(1), {match.captured(2).remove(QLatin1Char(',')), match.captured(3)});
    }
    return tables;
}

// The rows of `table` in both files (`main` and `copy` on one connection) that the other lacks, comparing
// every column's value and its SQLite type (typeof), so 1 and 1.0, '' and NULL, '7' and 7 differ.
QStringList rowsNotIn(const QString &connection, const QString &table, const QString &first,
                      const QString &second)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    QSqlQuery columns(db);
    columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    QStringList selected;
    while (columns.next())
        selected << QStringLiteral("typeof(\"%1\"), quote(\"%1\")").arg(columns.value(0).toString());
    const QString select =
        QStringLiteral("SELECT %1 FROM %2.\"%3\"").arg(selected.join(QStringLiteral(", ")));
    QSqlQuery q(db);
    if (!q.exec(select.arg(first, table) + QStringLiteral(" EXCEPT ") + select.arg(second, table)))
        return {QStringLiteral("<failed: %1>").arg(q.lastError().text())};
    QStringList missing;
    while (q.next() && missing.size() < 3) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        missing << values.join(QLatin1Char('|'));
    }
    return missing;
}

// Both files hold the same tables with the same rows.
void compareFiles(const QString &original, const QString &copy)
{
    const QStringList tables = tablesOf(original);
    QCOMPARE(tablesOf(copy), tables);
    const QString connection = QStringLiteral("climigrate-compare");
    {
        QSqlDatabase db = huddle::testsupport::openRawConnection(original, connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery attach(db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS copy"));
        attach.addBindValue(copy);
        QVERIFY2(attach.exec(), qPrintable(attach.lastError().text()));
        for (const QString &table : tables) {
            QCOMPARE(rowCount(copy, table), rowCount(original, table));
            const QStringList onlyInOriginal =
                rowsNotIn(connection, table, QStringLiteral("main"), QStringLiteral("copy"));
            QVERIFY2(onlyInOriginal.isEmpty(),
                     qPrintable(table + QStringLiteral(": ") + onlyInOriginal.join('\n')));
            const QStringList onlyInCopy =
                rowsNotIn(connection, table, QStringLiteral("copy"), QStringLiteral("main"));
            QVERIFY2(onlyInCopy.isEmpty(), qPrintable(table + QStringLiteral(": ") + onlyInCopy.join('\n')));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString firstValue(QSqlDatabase db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return QStringLiteral("<failed: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

} // namespace

class TestCliMigrate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripsThroughPostgres();
    void copiesFileToFile();
    void refusesATargetThatHoldsAnything();
    void rollsBackAFailedCopy();
    void usageAndUnreachableServer();
    void serverSequencesFollowTheCopiedIds();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliMigrate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo = cli(demoArguments(m_demo));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // The comparisons below mean something only when the tables they compare hold rows.
    for (const QString &table :
         {QStringLiteral("conversations"), QStringLiteral("audit_log"), QStringLiteral("evaluations"),
          QStringLiteral("evaluation_answers"), QStringLiteral("transcript_lines"),
          QStringLiteral("coaching_sessions"), QStringLiteral("settings")})
        QVERIFY2(rowCount(m_demo, table) > 0, qPrintable(table));
}

void TestCliMigrate::roundTripsThroughPostgres()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const Run there = migrate(m_demo, server.url());
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QCOMPARE(there.err, QString());

    // One line per Huddle table, with the table's own row count.
    const QMap<QString, QStringList> lines = tableLines(there.out);
    QCOMPARE(lines.keys(), tablesOf(m_demo));
    qint64 total = 0;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QCOMPARE(it.value().first().toLongLong(), rowCount(m_demo, it.key()));
        total += it.value().first().toLongLong();
    }
    const QString last = there.out.section(QLatin1Char('\n'), -2, -2);
    QCOMPARE(last, QStringLiteral("copied %1 tables, %2 rows from %3 to %4; every table verified")
                       .arg(lines.size())
                       .arg(QLocale(QLocale::English).toString(total), m_demo, server.url()));
    QCOMPARE(firstValue(server.connection(), QStringLiteral("SELECT COUNT(*) FROM conversations")),
             QString::number(rowCount(m_demo, QStringLiteral("conversations"))));

    const QString back = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
    const Run home = migrate(server.url(), back);
    QVERIFY2(home.exitCode == 0, qPrintable(home.err));
    // The way back reads the same rows, so the same counts and digests, computed on the other engine.
    QCOMPARE(tableLines(home.out), lines);
    compareFiles(m_demo, back);

    const QStringList kpi{QStringLiteral("kpi"), QStringLiteral("--db")};
    const Run kpiOriginal = cli(kpi + QStringList{m_demo});
    const Run kpiBack = cli(kpi + QStringList{back});
    QCOMPARE(kpiOriginal.exitCode, 0);
    QVERIFY(kpiOriginal.out.count(QLatin1Char('\n')) > 2);
    QCOMPARE(kpiBack.out, kpiOriginal.out);

    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db")};
    const Run chainOriginal = cli(verify + QStringList{m_demo});
    const Run chainBack = cli(verify + QStringList{back});
    QCOMPARE(chainOriginal.exitCode, 0);
    QVERIFY2(!chainOriginal.out.contains(QStringLiteral("head none")), qPrintable(chainOriginal.out));
    QCOMPARE(chainBack.exitCode, 0);
    QCOMPARE(chainBack.out, chainOriginal.out);
}

void TestCliMigrate::copiesFileToFile()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    const Run run = migrate(m_demo, copy, {QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(huddle::clitest::isOneLine(run.out), qPrintable(run.out));
    QVERIFY2(run.out.startsWith(QStringLiteral("copied %1 tables, ").arg(tablesOf(m_demo).size())),
             qPrintable(run.out));
    compareFiles(m_demo, copy);
}

void TestCliMigrate::refusesATargetThatHoldsAnything()
{
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not empty");
    }
    const Run onFile = migrate(m_demo, existing);
    QCOMPARE(onFile.exitCode, 2);
    QVERIFY2(
        onFile.err.startsWith(QStringLiteral("huddle-cli migrate: %1 already exists; migrate copies into a "
                                             "new, empty database")
                                  .arg(existing)),
        qPrintable(onFile.err));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not empty"));

    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id BIGINT PRIMARY KEY)")));
    const Run onServer = migrate(m_demo, server.url());
    QCOMPARE(onServer.exitCode, 2);
    QVERIFY2(
        onServer.err.startsWith(QStringLiteral("huddle-cli migrate: %1 already holds tables; migrate copies "
                                               "into a new, empty database")
                                    .arg(server.url())),
        qPrintable(onServer.err));
    QCOMPARE(firstValue(server.connection(), QStringLiteral("SELECT string_agg(table_name, ',') FROM "
                                                            "information_schema.tables WHERE table_schema = "
                                                            "current_schema()")),
             QStringLiteral("invoices"));
}

void TestCliMigrate::rollsBackAFailedCopy()
{
    // A text where PostgreSQL's column takes only integers: SQLite keeps it (a column's type is only an
    // affinity there), the server refuses the row.
    const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
    QVERIFY(QFile::copy(m_demo, broken));
    QCOMPARE(
        column(broken, QStringLiteral("UPDATE conversations SET wait_s = 'abc' WHERE id = (SELECT MAX(id) "
                                      "FROM conversations) RETURNING typeof(wait_s)")),
        QStringList{QStringLiteral("text")});
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const Run run = migrate(broken, server.url());
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("huddle-cli migrate: copying table conversations failed: ")),
             qPrintable(run.err));
    QVERIFY2(
        run.err.contains(
            QStringLiteral("nothing was copied; %1 holds only a new, empty Huddle schema").arg(server.url())),
        qPrintable(run.err));
    // Rolled back: agents and teams, copied before conversations (which references them), are empty again,
    // and the settings the new schema starts with, deleted before the copy, are back.
    for (const QString &table :
         {QStringLiteral("conversations"), QStringLiteral("agents"), QStringLiteral("teams")})
        QCOMPARE(firstValue(server.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)),
                 QStringLiteral("0"));
    QCOMPARE(firstValue(server.connection(),
                        QStringLiteral("SELECT value FROM settings WHERE key = 'application'")),
             QStringLiteral("huddle"));
}

void TestCliMigrate::usageAndUnreachableServer()
{
    const Run noTarget = cli({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo});
    QCOMPARE(noTarget.exitCode, 1);
    QCOMPARE(noTarget.err, QStringLiteral("huddle-cli migrate: --from DB and --to DB are required\n"));

    const QString target = m_dir.filePath(QStringLiteral("never.sqlite"));
    const Run noSource = migrate(m_dir.filePath(QStringLiteral("missing.sqlite")), target);
    QCOMPARE(noSource.exitCode, 2);
    QVERIFY2(noSource.err.contains(QStringLiteral("database file not found")), qPrintable(noSource.err));
    QVERIFY2(!QFile::exists(target), "a target was created for a source that does not exist");

    const Run unreachable = migrate(m_demo, QStringLiteral("postgresql://lead:secret@127.0.0.1:1/site"));
    QCOMPARE(unreachable.exitCode, 2);
    QVERIFY2(unreachable.err.startsWith(QStringLiteral(
                 "huddle-cli migrate: cannot connect to postgresql://lead@127.0.0.1:1/site: ")),
             qPrintable(unreachable.err));
    QVERIFY(!unreachable.err.contains(QStringLiteral("secret")));
}

void TestCliMigrate::serverSequencesFollowTheCopiedIds()
{
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const Run run = migrate(m_demo, server.url(), {QStringLiteral("-q")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qint64 lastTeam = column(m_demo, QStringLiteral("SELECT MAX(id) FROM teams")).value(0).toLongLong();
    const qint64 lastEntry =
        column(m_demo, QStringLiteral("SELECT MAX(id) FROM audit_log")).value(0).toLongLong();
    QVERIFY(lastTeam > 0 && lastEntry > 0);
    QCOMPARE(
        firstValue(server.connection(),
                   QStringLiteral("INSERT INTO teams (name) VALUES ('Added after the move') RETURNING id")),
        QString::number(lastTeam + 1));
    QCOMPARE(
        firstValue(server.connection(), QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, "
                                                       "action) VALUES ('2024-05-01T00:00:00Z', 'test', "
                                                       "'team', 1, 'create') RETURNING id")),
        QString::number(lastEntry + 1));
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_migrate", TestCliMigrate)
#include "tst_climigrate.moc"
