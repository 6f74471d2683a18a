// FCR without an exported resolved flag: no new contact from the same customer within 7 days.
// Every expected value below is worked out by hand from the conversations written in the test.
#include "core/records.h"
#include "storage/database.h"
#include "storage/fcrinference.h"
#include "storage/kpirepository.h"
#include "storage/recordwriter.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace huddle;

class TestFcrInference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inferredPerConversation_data();
    void inferredPerConversation();
    void kpiUsesFlagThenInference();
    void laterDataRevisesInference();
    void recheckingEveryCustomerAgrees();

private:
    struct Call {
        const char *id;
        const char *customer; // empty: none
        int day;              // of January 2026
        int hour;
        std::optional<bool> resolved;
        bool answered = true;
    };
    void write(const QList<Call> &calls);
    QVariant inferred(const QString &externalId);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    qint64 m_team = 0;
    qint64 m_agent = 0;
};

void TestFcrInference::initTestCase()
{
    auto db = storage::Database::open(
        testsupport::testDatabaseLocation(m_dir.filePath(QStringLiteral("fcr.sqlite"))),
        storage::OpenMode::CreateIfMissing);
    QVERIFY(db);
    m_db = std::move(db.value());
    storage::RecordWriter writer(*m_db);
    QVERIFY(writer.begin());
    m_team = writer.insertTeam({0, QStringLiteral("T")}).value();
    m_agent = writer.insertAgent({0, {}, QStringLiteral("Ana"), {}, core::AgentStatus::Active}).value();
    QVERIFY(writer.commit());
    // The newest conversation (Jan 20, 12:00) sets where the data ends.
    write({{"c1a", "C1", 1, 10, {}},       // C1 calls again on Jan 4: not resolved → 0
           {"c1b", "C1", 4, 10, {}},       // no C1 contact up to Jan 11 ≤ data end → 1
           {"c2a", "C2", 1, 10, {}},       // next C2 contact Jan 9, eight days later → 1
           {"c2b", "C2", 9, 11, {}},       // window ends Jan 16 → 1
           {"c6a", "C6", 2, 10, {}},       // repeat exactly 7 days later (Jan 9, 10:00) counts → 0
           {"c6b", "C6", 9, 10, {}},       // → 1
           {"c3", "C3", 15, 10, {}},       // window ends Jan 22, after the data: undecided → NULL
           {"c4a", "C4", 3, 10, false},    // exported flag wins: no inference → NULL
           {"c4b", "C4", 5, 10, true},     // → NULL
           {"c5", "C5", 6, 10, {}, false}, // abandoned: not handled → NULL
           {"c7", "", 6, 11, {}},          // no customer id: cannot be judged → NULL
           {"c9", "C9", 20, 12, {}}});     // → NULL (window past the data)
}

void TestFcrInference::write(const QList<Call> &calls)
{
    storage::RecordWriter writer(*m_db);
    QVERIFY(writer.begin());
    for (const Call &call : calls) {
        core::ConversationRecord c;
        c.source = QStringLiteral("test");
        c.externalId = QString::fromLatin1(call.id);
        c.agentId = call.answered ? m_agent : 0;
        c.teamId = m_team;
        c.customerId = QString::fromLatin1(call.customer);
        c.day = QDate(2026, 1, call.day);
        c.startedAt = QDateTime(c.day, QTime(call.hour, 0), QTimeZone::utc());
        c.answered = call.answered;
        c.talkSeconds = call.answered ? std::optional<int>(120) : std::nullopt;
        c.resolved = call.resolved;
        QVERIFY(writer.insertConversation(c));
    }
    QVERIFY(writer.commit());
}

QVariant TestFcrInference::inferred(const QString &externalId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT fcr_inferred FROM conversations WHERE external_id = ?"));
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        qFatal("no conversation %s", qPrintable(externalId));
    return q.value(0);
}

void TestFcrInference::inferredPerConversation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QVariant>("expected");
    const QVariant undecided;
    for (const auto &[id, expected] :
         std::initializer_list<std::pair<const char *, QVariant>>{{"c1a", 0},
                                                                  {"c1b", 1},
                                                                  {"c2a", 1},
                                                                  {"c2b", 1},
                                                                  {"c6a", 0},
                                                                  {"c6b", 1},
                                                                  {"c3", undecided},
                                                                  {"c4a", undecided},
                                                                  {"c4b", undecided},
                                                                  {"c5", undecided},
                                                                  {"c7", undecided},
                                                                  {"c9", undecided}})
        QTest::newRow(id) << QString::fromLatin1(id) << expected;
}

void TestFcrInference::inferredPerConversation()
{
    QFETCH(QString, id);
    QFETCH(QVariant, expected);
    const QVariant actual = inferred(id);
    QCOMPARE(actual.isNull(), expected.isNull());
    if (!expected.isNull())
        QCOMPARE(actual.toInt(), expected.toInt());
}

void TestFcrInference::kpiUsesFlagThenInference()
{
    // Judged: c1a 0, c1b 1, c2a 1, c2b 1, c6a 0, c6b 1 (inferred) + c4a 0, c4b 1 (flags) = 8, resolved 5.
    const auto rows = storage::KpiRepository(*m_db).totals(
        {{QDate(2026, 1, 1), QDate(2026, 1, 31)}, std::nullopt, std::nullopt, storage::KpiGrouping::All, {}});
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().constFirst().totals.resolvedKnown, qint64(8));
    QCOMPARE(rows.value().constFirst().totals.resolved, qint64(5));
}

void TestFcrInference::laterDataRevisesInference()
{
    // C2 calls again on Jan 12 (within 7 days of Jan 9, 11:00) and data now reaches Jan 25, 12:00.
    write({{"c2c", "C2", 12, 9, {}}, {"c8", "C8", 25, 12, {}}});
    QCOMPARE(inferred(QStringLiteral("c2b")).toInt(), 0); // now a repeat follows it
    QCOMPARE(inferred(QStringLiteral("c3")).toInt(), 1);  // window Jan 15–22 now lies inside the data
    QVERIFY(inferred(QStringLiteral("c9")).isNull());     // Jan 27 is still past the data
    QCOMPARE(inferred(QStringLiteral("c2c")).toInt(), 1); // Jan 19 ≤ Jan 25, no repeat
}

void TestFcrInference::recheckingEveryCustomerAgrees()
{
    // The bulk-import path decides every customer at once; it must reach the values the incremental writes
    // above reached one transaction at a time, also from wrong and missing values.
    const auto snapshot = [this] {
        QStringList rows;
        QSqlQuery q(m_db->connection());
        if (!q.exec(QStringLiteral("SELECT external_id, fcr_inferred FROM conversations ORDER BY id")))
            qFatal("cannot read conversations");
        while (q.next())
            rows << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        return rows;
    };
    const QStringList expected = snapshot();
    QVERIFY(expected.contains(QStringLiteral("c2b=0")) && expected.contains(QStringLiteral("c3=1")));
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    QSqlQuery scramble(db);
    QVERIFY(scramble.exec(QStringLiteral("UPDATE conversations SET fcr_inferred = CASE fcr_inferred"
                                         " WHEN 0 THEN 1 WHEN 1 THEN NULL END")));
    QVERIFY(snapshot() != expected);
    storage::FcrChanges everything;
    everything.allCustomers = true;
    everything.newestBefore = storage::newestConversationStart(db);
    QVERIFY(storage::inferFirstContactResolution(db, everything));
    QVERIFY(db.commit());
    QCOMPARE(snapshot(), expected);
}

HUDDLE_TEST_GUILESS_MAIN("test_fcr_inference", TestFcrInference)
#include "tst_fcrinference.moc"
