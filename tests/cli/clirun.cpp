#include "clirun.h"

#include "support/pgtestdatabase.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"

#include "support/csvtext.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>
#include <QThread>
#include <QUrl>

namespace huddle::clitest {

namespace {

// The subcommand words of a command line: "kpi", "users add".
QString subcommandOf(const QStringList &arguments)
{
    QStringList words;
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1Char('-')) || words.size() == 2)
            break;
        words << argument;
    }
    return words.join(QLatin1Char(' '));
}

// In the sanitized build, LeakSanitizer's check at a child's exit scans the program's writable data: 25 MB in
// huddle-cli, mostly UBSan's record of each check's source location. That cost about 70 ms a run and made the
// CLI suites a third slower (test_cli: 24 s, 17 s without). So a test function's first run of each subcommand
// is leak-checked, and its repeats, the same command with other options or other bad input, are not.
QProcessEnvironment childEnvironment(const QStringList &arguments)
{
    static QSet<QString> checked;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString key =
        QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('/') + subcommandOf(arguments);
    if (checked.contains(key)) {
        QString options = environment.value(QStringLiteral("ASAN_OPTIONS"));
        if (!options.isEmpty())
            options += QLatin1Char(':');
        environment.insert(QStringLiteral("ASAN_OPTIONS"), options + QStringLiteral("detect_leaks=0"));
    }
    checked.insert(key);
    return environment;
}

// The shared demo's database on the test server: named after the huddle-cli build that made it, so a server
// kept between builds (pg-test-cluster run by hand) never hands out a demo an older build generated.
QString sharedDemoName()
{
    const QFileInfo program(QStringLiteral(HUDDLE_CLI));
    return QStringLiteral("huddle_demo_%1_%2")
        .arg(program.lastModified().toSecsSinceEpoch())
        .arg(program.size());
}

bool serverHasDatabase(const QString &serverUrl, const QString &name)
{
    return column(serverUrl,
                  QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(name)) ==
           QStringList{QStringLiteral("1")};
}

// Makes the shared demo unless the server has it: into `scratch`, an empty database, renamed once complete,
// so a suite running alongside never copies a half-made one. Of two suites racing, the first rename wins. The
// server may take a moment to end huddle-cli's session, which the rename waits for.
bool makeSharedDemo(const testsupport::PgTestDatabase &scratch, const QString &serverUrl, const QString &name)
{
    if (serverHasDatabase(serverUrl, name))
        return true;
    const Run demo = cli(demoArguments(scratch.url()));
    if (demo.exitCode != 0) {
        qWarning("huddle-cli demo on the server: %s", qPrintable(demo.err));
        return false;
    }
    const QString rename = QStringLiteral("ALTER DATABASE \"%1\" RENAME TO \"%2\"").arg(scratch.name(), name);
    for (int attempt = 0; attempt < 50 && !serverHasDatabase(serverUrl, name); ++attempt)
        if (!testsupport::runRaw(serverUrl, {rename}))
            QThread::msleep(100);
    return serverHasDatabase(serverUrl, name);
}

} // namespace

QString demoDatabase(const QString &path)
{
    if (!testsupport::testsOnPostgres()) {
        const Run demo = cli(demoArguments(path));
        if (demo.exitCode == 0)
            return path;
        qWarning("huddle-cli demo: %s", qPrintable(demo.err));
        return {};
    }
    const testsupport::PgTestDatabase scratch;
    if (!scratch.isValid()) {
        qWarning("%s", qPrintable(scratch.error()));
        return {};
    }
    QUrl server(scratch.url());
    server.setPath(QStringLiteral("/postgres"));
    const QString name = sharedDemoName();
    if (!makeSharedDemo(scratch, server.toString(), name))
        return {};
    QUrl shared = server;
    shared.setPath(QLatin1Char('/') + name);
    return testsupport::copyOfTestDatabase(shared.toString(), path);
}

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment(arguments));
    process.start(QStringLiteral(HUDDLE_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("huddle-cli did not finish normally");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool isOneLine(const QString &text)
{
    return text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1;
}

Table readTable(const QString &csv)
{
    const QList<QStringList> lines = huddle::testsupport::parseCsv(csv);
    Table table;
    if (lines.isEmpty())
        return table;
    table.header = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < table.header.size() && c < lines[i].size(); ++c)
            row.insert(table.header[c], lines[i][c]);
        table.rows << row;
    }
    return table;
}

QStringList demoArguments(const QString &path)
{
    return {QStringLiteral("demo"),      QStringLiteral("--db"),   path,
            QStringLiteral("--teams"),   QStringLiteral("2"),      QStringLiteral("--agents"),
            QStringLiteral("8"),         QStringLiteral("--days"), QStringLiteral("30"),
            QStringLiteral("--seed"),    QStringLiteral("5"),      QStringLiteral("--end"),
            QStringLiteral("2024-04-30")};
}

QString newDatabase(const QString &path)
{
    return testsupport::emptyTestDatabaseLocation(path);
}

QString copyOfDatabase(const QString &location, const QString &copyPath, const QString &openConnection)
{
    QSqlDatabase open = openConnection.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(openConnection);
    if (open.isValid())
        open.close();
    const QString copy = testsupport::copyOfTestDatabase(location, copyPath);
    if (open.isValid())
        open.open();
    return copy;
}

QStringList column(const QString &path, const QString &statement)
{
    static int counter = 0;
    const QString name = QStringLiteral("cli-column-%1").arg(++counter);
    QStringList values;
    {
        QSqlDatabase db = testsupport::openRawConnection(path, name);
        QSqlQuery q(db);
        if (!db.isOpen() || !q.exec(statement))
            values << QStringLiteral("<failed>");
        while (q.next())
            values << q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QSqlQuery checkSql(const QString &connection, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(statement);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        qWarning("query failed: %s", qPrintable(statement));
    return q;
}

} // namespace huddle::clitest
