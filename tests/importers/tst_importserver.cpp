// Imports on the throwaway PostgreSQL server wait for another client's import into the same database (the
// advisory lock ImportWriter takes), can be cancelled while they wait without writing anything, and go ahead
// as soon as the other import ends. The "other client" is a connection of the test's own holding the lock.
#include "support/generatedcalls.h"
#include "support/pgtestdatabase.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include "importers/importjob.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace huddle;
using testsupport::PgTestDatabase;

namespace {

// The key ImportWriter locks (app/storage/importwriter.cpp: "HudImp" in ASCII), written out independently.
const qint64 serverImportLock = (qint64('H') << 40) | (qint64('u') << 32) | (qint64('d') << 24) |
                                (qint64('I') << 16) | (qint64('m') << 8) | qint64('p');

qint64 rowsOf(PgTestDatabase &server, const QString &table)
{
    QSqlQuery q(server.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong()
                                                                                    : -1;
}

// A second client on a thread of its own (a Qt connection belongs to the thread that made it): takes the
// import lock in a transaction and holds it until endAfter()'s delay has passed.
class OtherClient {
public:
    explicit OtherClient(const QString &url)
        : m_thread([this, url] { run(url); })
    {
    }
    ~OtherClient()
    {
        m_end = true;
        m_thread.join();
    }

    bool waitUntilLocked()
    {
        while (!m_locked && !m_failed)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return m_locked;
    }
    QString error() const { return m_error; }
    void endAfter(std::chrono::milliseconds delay)
    {
        m_delay = delay;
        m_end = true;
    }

private:
    void run(const QString &url)
    {
        {
            QSqlDatabase db = testsupport::openRawConnection(url, QStringLiteral("other client"));
            QSqlQuery lock(db);
            if (db.isOpen() && db.transaction() &&
                lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(serverImportLock))) {
                m_locked = true;
                while (!m_end)
                    std::this_thread::sleep_for(std::chrono::milliseconds(10));
                std::this_thread::sleep_for(m_delay.load());
                db.rollback();
            } else {
                m_error = db.lastError().text() + lock.lastError().text();
                m_failed = true;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other client"));
    }

    std::atomic_bool m_locked{false}, m_failed{false}, m_end{false};
    std::atomic<std::chrono::milliseconds> m_delay{std::chrono::milliseconds(0)};
    QString m_error;
    std::thread m_thread;
};

} // namespace

class TestImportServer : public QObject {
    Q_OBJECT

private slots:
    void waitsForAnotherImportAndCanBeCancelled();
};

void TestImportServer::waitsForAnotherImportAndCanBeCancelled()
{
    QTemporaryDir dir;
    const QString calls = dir.filePath(QStringLiteral("calls.csv"));
    QVERIFY(testsupport::writeGeneratedCalls(calls, 500, 'W', 5, 2, 4));
    PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    auto opened = storage::Database::open(server.url(), storage::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const storage::Database &database = *opened.value();
    auto plan = importers::planImport(calls, database, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));

    // Another client is importing: it holds the lock in its open transaction until told to end it.
    OtherClient other(server.url());
    QVERIFY2(other.waitUntilLocked(), qPrintable(other.error()));

    // Cancelled while waiting: reported as cancelled, nothing written.
    std::atomic_bool cancel{false};
    importers::RunOptions options;
    options.cancel = &cancel;
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(600));
        cancel = true;
    });
    QElapsedTimer waited;
    waited.start();
    auto cancelled = importers::runImport(plan.value(), database, options);
    canceller.join();
    QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().toString()));
    QVERIFY(cancelled.value().cancelled);
    QVERIFY2(waited.elapsed() >= 600, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(cancelled.value().importId, 0);
    QCOMPARE(rowsOf(server, QStringLiteral("imports")), 0);
    QCOMPARE(rowsOf(server, QStringLiteral("conversations")), 0);

    // The other import ends a little later: the waiting import goes ahead then and writes every row.
    other.endAfter(std::chrono::milliseconds(700));
    waited.restart();
    auto imported = importers::runImport(plan.value(), database, {});
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QVERIFY2(waited.elapsed() >= 700, qPrintable(QString::number(waited.elapsed())));
    QVERIFY(!imported.value().cancelled);
    QCOMPARE(imported.value().counts.imported, 500);
    QCOMPARE(rowsOf(server, QStringLiteral("conversations")), 500);
}

HUDDLE_TEST_GUILESS_MAIN("test_import_server", TestImportServer)
#include "tst_importserver.moc"
