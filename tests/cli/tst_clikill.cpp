// Crash safety (issue 10): huddle-cli import and huddle-cli bonus --lock killed with SIGKILL at random
// moments, from its start to past its end, then the database checked: SQLite's integrity check passes, the
// audit chain verifies, and the work is either all there or not there at all — an import's every row or none,
// a lock with every frozen line or no lock. After the last kill the database still works.
//
// Each kind runs HUDDLE_KILL_RUNS times (default 4: `make test` runs the sanitized build on two cores);
// `make crash-test` runs 50 of each in the release build. The moments come from HUDDLE_KILL_SEED (default:
// a new seed each run), printed so that a failure can be run again.
#include "clirun.h"
#include "support/generatedcalls.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using huddle::clitest::cli;
using huddle::clitest::column;
using huddle::clitest::Run;

namespace {

int killRuns()
{
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("HUDDLE_KILL_RUNS", &ok);
    return ok && runs > 0 ? runs : 4;
}

quint32 killSeed()
{
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("HUDDLE_KILL_SEED", &ok);
    return ok ? static_cast<quint32>(seed) : QRandomGenerator::global()->generate();
}

struct Killed {
    bool finished = false; // it ended by itself before the kill
    int afterMs = 0;
};

// Starts huddle-cli with `arguments` and kills it after `delayMs` unless it ended first.
Killed runAndKill(const QStringList &arguments, int delayMs)
{
    QProcess process;
    process.start(QStringLiteral(HUDDLE_CLI), arguments);
    if (!process.waitForStarted())
        qFatal("huddle-cli did not start");
    Killed killed{process.waitForFinished(delayMs), delayMs};
    if (!killed.finished) {
        process.kill(); // SIGKILL: no destructor, no rollback, no checkpoint runs
        process.waitForFinished(10000);
    }
    return killed;
}

// How long a complete run of `arguments` takes, in ms.
qint64 timeRun(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    const Run run = cli(arguments);
    if (run.exitCode != 0)
        qWarning("reference run failed: %s", qPrintable(run.err));
    return timer.elapsed();
}

QString describe(const Killed &killed, int run, quint32 seed)
{
    return QStringLiteral("run %1, %2 after %3 ms (HUDDLE_KILL_SEED=%4)")
        .arg(run)
        .arg(killed.finished ? QStringLiteral("finished") : QStringLiteral("killed"))
        .arg(killed.afterMs)
        .arg(seed);
}

} // namespace

class TestCliKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledAtRandomMoments();
    void bonusLockKilledAtRandomMoments();

private:
    // The database at `db` passes SQLite's integrity check and huddle-cli audit verify.
    void verifyIntact(const QString &db, const QString &where);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    quint32 m_seed = 0;
};

void TestCliKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = killSeed();
    qInfo("HUDDLE_KILL_SEED=%u, %d runs of each kind", m_seed, killRuns());
}

void TestCliKill::verifyIntact(const QString &db, const QString &where)
{
    QVERIFY2(column(db, QStringLiteral("PRAGMA integrity_check")) == QStringList{"ok"}, qPrintable(where));
    const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.exitCode == 0, qPrintable(where + QStringLiteral(": ") + verify.out + verify.err));
}

void TestCliKill::importKilledAtRandomMoments()
{
    constexpr int rows = 60000;
    const QString calls = path(QStringLiteral("calls.csv"));
    QVERIFY(huddle::testsupport::writeGeneratedCalls(calls, rows, 'K', 50, 5, 3));
    const QString full = QString::number(rows);
    // A complete run: how long one takes, and the schema and counts a finished import leaves.
    const QString reference = path(QStringLiteral("import-reference.db"));
    const qint64 duration = timeRun({QStringLiteral("import"), calls, QStringLiteral("--db"), reference});
    const QString schemaSql = QStringLiteral("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM"
                                             " sqlite_master ORDER BY name");
    const QStringList schema = column(reference, schemaSql);
    QCOMPARE(column(reference, QStringLiteral("SELECT COUNT(*) FROM conversations")), QStringList{full});
    const QString level = QStringLiteral("PRAGMA user_version");

    QRandomGenerator random(m_seed);
    QString db;
    int noFile = 0, partSchema = 0, nothing = 0, everything = 0, finished = 0;
    for (int run = 1; run <= killRuns(); ++run) {
        db = path(QStringLiteral("import-%1.db").arg(run));
        const int delay = random.bounded(static_cast<int>(duration * 11 / 10) + 1);
        const Killed killed =
            runAndKill({QStringLiteral("import"), calls, QStringLiteral("--db"), db}, delay);
        const QString where = describe(killed, run, m_seed);
        finished += killed.finished ? 1 : 0;
        if (!QFile::exists(db)) {
            ++noFile;
            continue; // killed before the file was created
        }
        verifyIntact(db, where);
        const QStringList tables =
            column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (column(db, level) != column(reference, level)) {
            // Killed while the schema was being created: each migration commits on its own, so the schema
            // stands at an earlier level (the next open carries on from there) and holds no rows.
            QVERIFY2(!tables.contains(QStringLiteral("conversations")) ||
                         column(db, QStringLiteral("SELECT COUNT(*) FROM conversations")) == QStringList{"0"},
                     qPrintable(where));
            ++partSchema;
            continue;
        }
        // A killed bulk load must not leave an index it dropped for the load missing.
        QVERIFY2(column(db, schemaSql) == schema, qPrintable(where));
        const QStringList conversations = column(db, QStringLiteral("SELECT COUNT(*) FROM conversations"));
        const QStringList imports =
            column(db, QStringLiteral("SELECT rows_read || '/' || imported FROM imports"));
        if (conversations == QStringList{"0"}) {
            ++nothing;
            QVERIFY2(imports.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + imports.join(QLatin1Char(' '))));
            QVERIFY2(column(db, QStringLiteral("SELECT COUNT(*) FROM agents")) == QStringList{"0"},
                     qPrintable(where));
        } else {
            ++everything;
            QVERIFY2(conversations == QStringList{full},
                     qPrintable(where + QStringLiteral(": ") + conversations.join(QString())));
            QVERIFY2(imports == QStringList{full + QLatin1Char('/') + full}, qPrintable(where));
        }
    }
    qInfo("import, %d runs over %lld ms: %d killed before the file existed, %d while the schema was made, %d "
          "with nothing imported, %d with every row (%d of them finished before the kill)",
          killRuns(), duration, noFile, partSchema, nothing, everything, finished);
    // The last database still works: the same file imports to the end on it, once.
    if (QFile::exists(db)) {
        const Run again = cli({QStringLiteral("import"), calls, QStringLiteral("--db"), db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM conversations")), QStringList{full});
    }
}

void TestCliKill::bonusLockKilledAtRandomMoments()
{
    // A small demo site whose April 2024 is over and unlocked.
    const QString demo = path(QStringLiteral("demo.db"));
    const Run made = cli({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--teams"),
                          QStringLiteral("2"), QStringLiteral("--agents"), QStringLiteral("8"),
                          QStringLiteral("--days"), QStringLiteral("45"), QStringLiteral("--end"),
                          QStringLiteral("2024-04-30"), QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const auto lockArguments = [this](const QString &db, int run) {
        return QStringList{QStringLiteral("bonus"),
                           QStringLiteral("--db"),
                           db,
                           QStringLiteral("--month"),
                           QStringLiteral("2024-04"),
                           QStringLiteral("-o"),
                           path(QStringLiteral("bonus-%1.csv").arg(run)),
                           QStringLiteral("--lock"),
                           QStringLiteral("--by"),
                           QStringLiteral("Payroll"),
                           QStringLiteral("--reason"),
                           QStringLiteral("April reviewed")};
    };
    const QString reference = path(QStringLiteral("lock-reference.db"));
    QVERIFY(QFile::copy(demo, reference));
    const qint64 duration = timeRun(lockArguments(reference, 0));
    const QString linesSql = QStringLiteral("SELECT COUNT(*) FROM bonus_lock_lines");
    const QStringList lines = column(reference, linesSql);
    QVERIFY(lines.value(0).toInt() > 8); // at least one line per agent
    const QString locksSql = QStringLiteral("SELECT COUNT(*) FROM bonus_locks");
    const QString auditSql = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lock'");

    QRandomGenerator random(m_seed + 1);
    QString db;
    int unlocked = 0, locked = 0, finished = 0;
    for (int run = 1; run <= killRuns(); ++run) {
        db = path(QStringLiteral("lock-%1.db").arg(run));
        QFile::remove(db);
        QVERIFY(QFile::copy(demo, db));
        const int delay = random.bounded(static_cast<int>(duration * 11 / 10) + 1);
        const Killed killed = runAndKill(lockArguments(db, run), delay);
        const QString where = describe(killed, run, m_seed);
        verifyIntact(db, where);
        finished += killed.finished ? 1 : 0;
        const QStringList locks = column(db, locksSql);
        if (locks == QStringList{"0"}) {
            ++unlocked;
            QVERIFY2(column(db, linesSql) == QStringList{"0"}, qPrintable(where));
            QVERIFY2(column(db, auditSql) == QStringList{"0"}, qPrintable(where));
        } else {
            ++locked;
            QVERIFY2(locks == QStringList{"1"}, qPrintable(where));
            QVERIFY2(column(db, linesSql) == lines, qPrintable(where));
            QVERIFY2(column(db, auditSql) == QStringList{"1"}, qPrintable(where));
        }
    }
    qInfo("bonus --lock, %d runs over %lld ms: %d left the month unlocked, %d locked it whole (%d of them "
          "finished before the kill)",
          killRuns(), duration, unlocked, locked, finished);
    // The last database still works: locking runs to the end on it, or says the month is locked already.
    const Run again = cli(lockArguments(db, 0));
    QVERIFY2(again.exitCode == 0 || again.err.contains(QLatin1String("already locked")),
             qPrintable(again.out + again.err));
    QCOMPARE(column(db, locksSql), QStringList{"1"});
    QCOMPARE(column(db, linesSql), lines);
}

HUDDLE_TEST_GUILESS_MAIN("test_cli_kill", TestCliKill)
#include "tst_clikill.moc"
