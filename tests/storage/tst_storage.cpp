// Tests of app/storage against real SQLite files in a temporary folder: opening and migrating, the
// writer's transactions, and every repository on small hand-built databases whose expected numbers are
// worked out by hand below (see sitefixture.cpp for the rows).
#include "sitefixture.h"
#include "support/rawsql.h"
#include "support/testdatabase.h"
#include "support/testmain.h"
#include "support/totalsdiff.h"

#include "core/kpitotals.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/kpirepository.h"
#include "storage/migrations.h"
#include "storage/recordwriter.h"
#include "storage/reviewnoterepository.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace huddle;
using core::CsatScale;
using core::CsatTally;
using core::KpiTotals;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;
using storage::ConversationSort;
using storage::KpiGrouping;
using testsupport::diffTotals;
using testsupport::runRaw;

Q_DECLARE_METATYPE(huddle::storage::ConversationSort)

namespace {

// ---- raw SQL, independent of the code under test ----

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant(QStringLiteral("<query failed: %1>").arg(sql));
    return q.value(0);
}

qint64 tableRows(const storage::Database &db, const QString &table)
{
    return scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// The bytes of a file; empty when it is missing or a folder.
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The database `path` stands for: that file, or in the PostgreSQL twin a database on the test server.
std::unique_ptr<storage::Database> openOrFail(const QString &path)
{
    auto opened =
        storage::Database::open(testsupport::testDatabaseLocation(path), storage::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return {};
    }
    return std::move(opened.value());
}

// ---- expected KPI totals ----

// A CSAT tally as storage should fill it: `scale` empty means the responses mix scales.
CsatTally csat(qint64 responses, qint64 satisfied, double scoreSum, std::optional<CsatScale> scale)
{
    CsatTally t;
    t.responses = responses;
    t.satisfied = satisfied;
    t.scoreSum = scoreSum;
    t.scale = scale;
    t.mixedScales = responses > 0 && !scale;
    return t;
}
const std::optional<CsatScale> oneToFive = CsatScale{1, 5};
const std::optional<CsatScale> zeroToTen = CsatScale{0, 10};
const std::optional<CsatScale> mixed;

// The QA scores of the fixture's counted evaluations: e1 100 %, e2 7/13, e3 0 % (auto-fail).
constexpr double e2Score = 700.0 / 13.0;

template <typename Pred> const storage::KpiRow *findRow(const QList<storage::KpiRow> &rows, Pred pred)
{
    const auto it = std::find_if(rows.begin(), rows.end(), pred);
    return it == rows.end() ? nullptr : &*it;
}

// ---- conversation ordering, worked out in plain C++ ----

template <typename T> int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (!a || !b)
        return int(a.has_value()) -
               int(b.has_value()); // no value sorts first, like the repository's COALESCE
    return *a < *b ? -1 : *b < *a ? 1 : 0;
}

int compareBy(const fixture::PagedConversation &a, const fixture::PagedConversation &b, ConversationSort sort)
{
    switch (sort) {
    case ConversationSort::StartedAt:
        return a.startedAt.compare(b.startedAt);
    case ConversationSort::ExternalId:
        return a.externalId.compare(b.externalId);
    case ConversationSort::Agent:
        return compareOptional(a.agent, b.agent);
    case ConversationSort::Channel:
        return a.channel.compare(b.channel);
    case ConversationSort::Queue:
        return compareOptional(a.queue, b.queue);
    case ConversationSort::Wait:
        return compareOptional(a.wait, b.wait);
    case ConversationSort::Handle:
        return compareOptional(a.handle, b.handle);
    case ConversationSort::Resolved:
        return compareOptional(a.resolved, b.resolved);
    case ConversationSort::Csat:
        return compareOptional(a.csat, b.csat);
    }
    return 0;
}

QList<qint64> expectedOrder(QList<fixture::PagedConversation> rows, ConversationSort sort,
                            Qt::SortOrder order)
{
    std::sort(rows.begin(), rows.end(), [sort](const auto &a, const auto &b) {
        const int c = compareBy(a, b, sort);
        return c != 0 ? c < 0 : a.id < b.id; // ties by id
    });
    QList<qint64> ids;
    for (const auto &row : rows)
        ids.append(row.id);
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end()); // "key DESC, id DESC" is the exact reverse
    return ids;
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void openCreatesAndMigrates();
    void reopenIsIdempotent();
    void openErrors_data();
    void openErrors();
    void failedMigrationKeepsPreviousLevel();
    void foreignKeysEnforced();

    void writerRollback();
    void writerDestructorRollsBack();
    void writerUniqueExternalId();
    void writerStoresEffectiveHandleTime();

    void kpisByAgent();
    void kpisAgentTeamIsTeamOnLastDay();
    void kpisByTeam();
    void kpisByDay();
    void kpisFilteredByTeam();
    void kpisFilteredByAgent();
    void kpisOverPartOfTheRange();
    void kpisServiceLevelThreshold_data();
    void kpisServiceLevelThreshold();
    void kpisCsatRules();

    void directoryTeamsAndAgents();
    void directoryDataRange();
    void reviewNotes();

    void conversationById();
    void paging_data();
    void paging();
    void filtersCountAndPage_data();
    void filtersCountAndPage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<storage::KpiRow> kpis(KpiGrouping grouping, core::DateRange range, std::optional<qint64> team = {});

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_site;
    fixture::SmallSite m_ids;
    std::unique_ptr<storage::Database> m_paging;
    QList<fixture::PagedConversation> m_pagingRows;
};

void TestStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = openOrFail(path(QStringLiteral("site.db")));
    QVERIFY(m_site);
    const auto site = fixture::buildSmallSite(*m_site);
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_ids = site.value();

    m_paging = openOrFail(path(QStringLiteral("paging.db")));
    QVERIFY(m_paging);
    const auto rows = fixture::buildPagingSite(*m_paging);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    m_pagingRows = rows.value();
    // The Resolved column sorts by the exported flag, else by the FCR inferred from repeat contacts (its
    // own tests are in tst_fcrinference.cpp); read that stored value back for the expected order.
    QSqlQuery inferred(m_paging->connection());
    QVERIFY(inferred.exec(
        QStringLiteral("SELECT id, fcr_inferred FROM conversations WHERE fcr_inferred IS NOT NULL")));
    QHash<qint64, int> inferredById;
    while (inferred.next())
        inferredById.insert(inferred.value(0).toLongLong(), inferred.value(1).toInt());
    QVERIFY(!inferredById.isEmpty());
    for (fixture::PagedConversation &row : m_pagingRows)
        if (!row.resolved && inferredById.contains(row.id))
            row.resolved = inferredById.value(row.id);
}

QList<storage::KpiRow> TestStorage::kpis(KpiGrouping grouping, core::DateRange range,
                                         std::optional<qint64> team)
{
    storage::KpiQuery query;
    query.grouping = grouping;
    query.range = range;
    query.teamId = team;
    const auto rows = storage::KpiRepository(*m_site).totals(query);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().toString()));
        return {};
    }
    return rows.value();
}

// ---- Database ------------------------------------------------------------------------------------

void TestStorage::openCreatesAndMigrates()
{
    const QString file = path(QStringLiteral("new.db"));
    QVERIFY(!QFile::exists(file));
    auto opened = storage::Database::open(file, storage::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const storage::Database &db = *opened.value();
    QVERIFY(QFile::exists(file));

    // The newest level is the highest NNN of resources/sql/NNN_name.sql, read from the source tree.
    int newest = 0;
    static const QRegularExpression migrationFile(QStringLiteral("^(\\d{3})_\\w+\\.sql$"));
    for (const QString &entry : QDir(QStringLiteral(HUDDLE_SQL_DIR)).entryList({QStringLiteral("*.sql")}))
        if (const auto match = migrationFile.match(entry); match.hasMatch())
            newest = std::max(newest, match.captured(1).toInt());
    QVERIFY(newest >= 1);
    QCOMPARE(storage::Database::latestSchemaVersion(), newest);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA user_version")).toInt(), newest);
    QCOMPARE(db.schemaVersion(), newest);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));

    const QStringList present = tables(db.connection());
    for (const char *table :
         {"settings", "teams", "agents", "team_memberships", "conversations", "sales", "attendance",
          "scorecards", "scorecard_versions", "scorecard_sections", "scorecard_criteria", "evaluations",
          "evaluation_answers", "annotations", "review_notes", "coaching_sessions", "coaching_actions"})
        QVERIFY2(present.contains(QLatin1String(table)), table);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'application'"))
                 .toString(),
             QStringLiteral("huddle"));
}

void TestStorage::reopenIsIdempotent()
{
    const QString file = path(QStringLiteral("reopen.db"));
    {
        auto db = openOrFail(file);
        QVERIFY(db);
        storage::RecordWriter writer(*db);
        QVERIFY(writer.begin());
        QVERIFY(writer.insertTeam({0, QStringLiteral("Kept")}));
        QVERIFY(writer.commit());
    }
    for (int round = 0; round < 2; ++round) {
        auto again = storage::Database::open(file, storage::OpenMode::MustExist);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again.value()->schemaVersion(), storage::Database::latestSchemaVersion());
        QCOMPARE(tableRows(*again.value(), QStringLiteral("teams")), 1);
        // The seed rows of the migration were not inserted twice.
        QCOMPARE(tableRows(*again.value(), QStringLiteral("settings WHERE key = 'application'")), 1);
    }
    // Nothing to migrate, so no backup copy either.
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("reopen.db*.bak")}).isEmpty());
}

void TestStorage::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing file") << "missing"
                                  << "not found";
    QTest::newRow("text file") << "text"
                               << "not a Huddle database";
    QTest::newRow("other app") << "other"
                               << "not a Huddle database";
    QTest::newRow("other app with user_version") << "other-versioned"
                                                 << "not a Huddle database";
    QTest::newRow("newer schema") << "newer"
                                  << "newer";
    QTest::newRow("folder") << "folder"
                            << "folder";
}

void TestStorage::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("error-%1.db").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("agent,handled\nAna,12\nThis is a CSV export, not a database.\n");
    } else if (kind.startsWith(QLatin1String("other"))) {
        QStringList statements{QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)"),
                               QStringLiteral("INSERT INTO photos (path) VALUES ('a.jpg')")};
        if (kind == QLatin1String("other-versioned"))
            statements << QStringLiteral("PRAGMA user_version = 3");
        QVERIFY(runRaw(file, statements));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(openOrFail(file));
        QVERIFY(runRaw(
            file,
            {QStringLiteral("PRAGMA user_version = %1").arg(storage::Database::latestSchemaVersion() + 1)}));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir.path()).mkdir(QFileInfo(file).fileName()));
    }
    const QByteArray before = contents(file);

    const auto opened = storage::Database::open(file, storage::OpenMode::MustExist);
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(file), "the message names the file");

    if (kind == QLatin1String("missing")) {
        QVERIFY(!QFile::exists(file)); // MustExist never creates
    } else if (kind != QLatin1String("folder")) {
        // A file Huddle refused is left exactly as it was: no migration, no pragma written.
        QVERIFY(!before.isEmpty());
        QCOMPARE(contents(file), before);
    }
}

void TestStorage::failedMigrationKeepsPreviousLevel()
{
    const QString file = path(QStringLiteral("migrate.db"));
    const QString name = QStringLiteral("migration-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        const QList<storage::Migration> broken{
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE one (x INTEGER)")}},
            {2,
             QStringLiteral("two"),
             {QStringLiteral("CREATE TABLE two (x INTEGER)"), QStringLiteral("CREATE TABLE broken (")}},
            {3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE three (x INTEGER)")}}};
        const core::Status failed = storage::migrate(db, broken);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("migration 2")),
                 qPrintable(failed.error().message));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(tables(db), QStringList{QStringLiteral("one")}); // neither "two" nor "three"

        // Fixed, the same list brings the file to level 3 without redoing level 1.
        QList<storage::Migration> fixed = broken;
        fixed[1].statements[1] = QStringLiteral("CREATE TABLE fixed (x INTEGER)");
        const core::Status done = storage::migrate(db, fixed);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QCOMPARE(tables(db), (QStringList{QStringLiteral("fixed"), QStringLiteral("one"),
                                          QStringLiteral("three"), QStringLiteral("two")}));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestStorage::foreignKeysEnforced()
{
    auto db = openOrFail(path(QStringLiteral("fk.db")));
    QVERIFY(db);
    storage::RecordWriter writer(*db);
    QVERIFY(writer.begin());
    core::ConversationRecord c;
    c.source = QStringLiteral("test");
    c.externalId = QStringLiteral("ORPHAN");
    c.agentId = 999; // no such agent
    c.startedAt = QDateTime(D1, QTime(9, 0), QTimeZone::utc());
    c.day = D1;
    const auto id = writer.insertConversation(c);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QLatin1String("foreign key"), Qt::CaseInsensitive),
             qPrintable(id.error().message));
    writer.rollback();
}

// ---- RecordWriter --------------------------------------------------------------------------------

void TestStorage::writerRollback()
{
    auto db = openOrFail(path(QStringLiteral("rollback.db")));
    QVERIFY(db);
    storage::RecordWriter writer(*db);
    QVERIFY(writer.begin());
    const auto team = writer.insertTeam({0, QStringLiteral("Temporary")});
    QVERIFY(team);
    const auto agent = writer.insertAgent({0, QStringLiteral("T1"), QStringLiteral("Tess"), {}, {}});
    QVERIFY(agent);
    QVERIFY(writer.insertMembership({agent.value(), team.value(), D1, {}}));
    writer.rollback();
    QCOMPARE(tableRows(*db, QStringLiteral("teams")), 0);
    QCOMPARE(tableRows(*db, QStringLiteral("agents")), 0);
    QCOMPARE(tableRows(*db, QStringLiteral("team_memberships")), 0);

    // The same writer can start over and commit.
    QVERIFY(writer.begin());
    QVERIFY(writer.insertTeam({0, QStringLiteral("Kept")}));
    QVERIFY(writer.commit());
    QCOMPARE(tableRows(*db, QStringLiteral("teams")), 1);
}

void TestStorage::writerDestructorRollsBack()
{
    auto db = openOrFail(path(QStringLiteral("destructor.db")));
    QVERIFY(db);
    {
        storage::RecordWriter writer(*db);
        QVERIFY(writer.begin());
        QVERIFY(writer.insertTeam({0, QStringLiteral("Never committed")}));
        QVERIFY(writer.setSetting(QStringLiteral("site_time_zone"), QStringLiteral("Europe/Paris")));
    }
    QCOMPARE(tableRows(*db, QStringLiteral("teams")), 0);
    QCOMPARE(
        scalar(db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'site_time_zone'"))
            .toString(),
        QStringLiteral("UTC"));
    // The connection is not left inside a transaction: a new writer commits normally.
    storage::RecordWriter next(*db);
    QVERIFY(next.begin());
    QVERIFY(next.insertTeam({0, QStringLiteral("Committed")}));
    QVERIFY(next.commit());
    QCOMPARE(tableRows(*db, QStringLiteral("teams")), 1);
}

void TestStorage::writerUniqueExternalId()
{
    auto db = openOrFail(path(QStringLiteral("unique.db")));
    QVERIFY(db);
    storage::RecordWriter writer(*db);
    QVERIFY(writer.begin());
    core::ConversationRecord c;
    c.source = QStringLiteral("talkdesk");
    c.externalId = QStringLiteral("CALL-42");
    c.startedAt = QDateTime(D1, QTime(9, 0), QTimeZone::utc());
    c.day = D1;
    QVERIFY(writer.insertConversation(c));
    const auto duplicate = writer.insertConversation(c);
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().message.contains(QLatin1String("CALL-42")),
             qPrintable(duplicate.error().message));
    QVERIFY2(duplicate.error().message.contains(QLatin1String("unique"), Qt::CaseInsensitive),
             qPrintable(duplicate.error().message));
    // The same id from another source is another conversation. (Started again: after a refused statement
    // PostgreSQL takes nothing more in that transaction.)
    writer.rollback();
    QVERIFY(writer.begin());
    QVERIFY(writer.insertConversation(c));
    c.source = QStringLiteral("genesys");
    QVERIFY(writer.insertConversation(c));
    QVERIFY(writer.commit());
    QCOMPARE(tableRows(*db, QStringLiteral("conversations")), 2);
}

void TestStorage::writerStoresEffectiveHandleTime()
{
    // See the conversation table in sitefixture.cpp: total, else talk + hold + ACW, else talk only.
    const QList<std::tuple<const char *, QVariant, QString>> expected{
        {"c1", 150, QStringLiteral("components")},
        {"c2", 260, QStringLiteral("total")},
        {"c3", 120, QStringLiteral("talk_only")},
        {"c4", QVariant(), QString()},
        {"c5", 100, QStringLiteral("components")},
        {"c6", 360, QStringLiteral("components")},
        {"c7", QVariant(), QString()},
        {"c8", QVariant(), QString()}, // abandoned: stray talk ignored
        {"c9", 240, QStringLiteral("components")}};
    QSqlQuery q(m_site->connection());
    for (const auto &[key, seconds, basis] : expected) {
        q.prepare(QStringLiteral("SELECT handle_s, handle_basis FROM conversations WHERE id = ?"));
        q.addBindValue(m_ids.conversations.value(QLatin1String(key)));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).isNull(), seconds.isNull());
        if (!seconds.isNull())
            QCOMPARE(q.value(0).toInt(), seconds.toInt());
        QCOMPARE(q.value(1).toString(), basis);
    }
}

// ---- KpiRepository -------------------------------------------------------------------------------

void TestStorage::kpisByAgent()
{
    const auto rows = kpis(KpiGrouping::Agent, {D1, D4});
    QCOMPARE(rows.size(), 3);

    // Ana: c1, c2 (Alpha). Handle 150 + 260; wait 10 + 30, only c1 within 20 s; resolved c1 of c1, c2.
    // CSAT 5 and 3 on 1–5 → 1 of 2, sum 8. NPS 10 (promoter), 6 (detractor). Sale 12.00.
    // Shifts: present, late, excused → 3 scheduled, 2 attended, 1 late. QA e1 = 100.
    const KpiTotals ana{.offered = 2,
                        .handled = 2,
                        .handleCount = 2,
                        .handleSecondsSum = 410,
                        .waitCount = 2,
                        .waitSecondsSum = 40,
                        .answeredWithinSl = 1,
                        .resolvedKnown = 2,
                        .resolved = 1,
                        .csat = csat(2, 1, 8, oneToFive),
                        .npsResponses = 2,
                        .npsPromoters = 1,
                        .npsDetractors = 1,
                        .salesCount = 1,
                        .salesCents = 1200,
                        .shiftsScheduled = 3,
                        .shiftsAttended = 2,
                        .lateCount = 1,
                        .qaEvaluations = 1,
                        .qaScoreSum = 100};
    // Ben: c3 (talk only 120), c5 (100), c6 (360) — two teams. Waits 5, 20, 25 → two within 20 s.
    // Resolved known for c5, c6 (both yes). CSAT 9/0–10 (yes), 4/1–5 (yes), 8/0–10 (no) → 2 of 3, mixed
    // scales, sum 21. NPS 9 (promoter), 7 (passive). Sales 8.00 + 20.00. Shifts present, present, late,
    // no-call-no-show → 4, 3 attended, 1 late, 1 violation. QA e2 (7/13) and e3 (0); e5 is disputed.
    const KpiTotals ben{.offered = 3,
                        .handled = 3,
                        .handleCount = 3,
                        .handleSecondsSum = 580,
                        .talkOnlyCount = 1,
                        .waitCount = 3,
                        .waitSecondsSum = 50,
                        .answeredWithinSl = 2,
                        .resolvedKnown = 2,
                        .resolved = 2,
                        .csat = csat(3, 2, 21, mixed),
                        .npsResponses = 2,
                        .npsPromoters = 1,
                        .salesCount = 2,
                        .salesCents = 2800,
                        .shiftsScheduled = 4,
                        .shiftsAttended = 3,
                        .lateCount = 1,
                        .violations = 1,
                        .qaEvaluations = 2,
                        .qaScoreSum = e2Score};
    // Cat: c7 (no durations, no wait), c9 (240, wait 15). CSAT 2 → 0 of 1. NPS 0 (detractor). Sale 12.00.
    // Shifts unexcused, present, present → 3, 2, 1 violation. QA only a draft → none.
    const KpiTotals cat{.offered = 2,
                        .handled = 2,
                        .handleCount = 1,
                        .handleSecondsSum = 240,
                        .waitCount = 1,
                        .waitSecondsSum = 15,
                        .answeredWithinSl = 1,
                        .resolvedKnown = 2,
                        .resolved = 1,
                        .csat = csat(1, 0, 2, oneToFive),
                        .npsResponses = 1,
                        .npsDetractors = 1,
                        .salesCount = 1,
                        .salesCents = 1200,
                        .shiftsScheduled = 3,
                        .shiftsAttended = 2,
                        .violations = 1};

    for (const auto &[id, name, expected] :
         {std::tuple{m_ids.ana, "Ana", ana}, std::tuple{m_ids.ben, "Ben", ben},
          std::tuple{m_ids.cat, "Cat", cat}}) {
        const storage::KpiRow *row = findRow(rows, [id = id](const auto &r) { return r.agentId == id; });
        QVERIFY2(row, name);
        QCOMPARE(row->agentName, QString::fromLatin1(name));
        const QString diff = diffTotals(row->totals, expected);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), diff)));
    }
}

void TestStorage::kpisAgentTeamIsTeamOnLastDay()
{
    // Ben is in Alpha until D3 and in Bravo from D3: the agent row shows the team of the range's last day.
    const auto whole = kpis(KpiGrouping::Agent, {D1, D4});
    const auto early = kpis(KpiGrouping::Agent, {D1, D2});
    const auto benIn = [&](const QList<storage::KpiRow> &rows) {
        const storage::KpiRow *row = findRow(rows, [&](const auto &r) { return r.agentId == m_ids.ben; });
        return row ? std::pair{row->teamId, row->teamName} : std::pair{qint64(-1), QString()};
    };
    QCOMPARE(benIn(whole), (std::pair{m_ids.bravo, QStringLiteral("Bravo")}));
    QCOMPARE(benIn(early), (std::pair{m_ids.alpha, QStringLiteral("Alpha")}));
    const storage::KpiRow *ana = findRow(whole, [&](const auto &r) { return r.agentId == m_ids.ana; });
    QVERIFY(ana);
    QCOMPARE(ana->teamName, QStringLiteral("Alpha"));
}

void TestStorage::kpisByTeam()
{
    const auto rows = kpis(KpiGrouping::Team, {D1, D4});
    QCOMPARE(rows.size(), 2);
    // Alpha: c1–c5 (c4 abandoned). Handle 150 + 260 + 120 + 100 = 630 (c3 talk only). Answered waits
    // 10 + 30 + 5 + 20 = 65, within 20 s: c1, c3, c5. Resolved known c1, c2, c5; yes c1, c5.
    // CSAT 5, 3, 9/0–10, 4 → 3 of 4, sum 21, mixed. NPS 10, 6, 9 → 2 promoters, 1 detractor.
    // Sales by the team on the sale's day: Ana D1 12.00, Ben D2 8.00 (Ben's D3 sale is Bravo's).
    // Shifts: Ana D1–D3 (present, late, excused), Ben D1–D2 (present, present) → 5, 4, 1 late.
    // QA by the conversation's team: e1 (100) and e2 (7/13).
    const KpiTotals alpha{.offered = 5,
                          .handled = 4,
                          .abandoned = 1,
                          .handleCount = 4,
                          .handleSecondsSum = 630,
                          .talkOnlyCount = 1,
                          .waitCount = 4,
                          .waitSecondsSum = 65,
                          .answeredWithinSl = 3,
                          .resolvedKnown = 3,
                          .resolved = 2,
                          .csat = csat(4, 3, 21, mixed),
                          .npsResponses = 3,
                          .npsPromoters = 2,
                          .npsDetractors = 1,
                          .salesCount = 2,
                          .salesCents = 2000,
                          .shiftsScheduled = 5,
                          .shiftsAttended = 4,
                          .lateCount = 1,
                          .qaEvaluations = 2,
                          .qaScoreSum = 100 + e2Score};
    // Bravo: c6–c9 (c8 abandoned). Handle 360 + 240; answered waits 25 + 15 (c7 has none), within 20 s: c9.
    // Resolved known c6, c7, c9; yes c6, c7. CSAT 8/0–10, 2/1–5 → 0 of 2, sum 10, mixed. NPS 7, 0.
    // Sales: Ben D3 20.00, Cat D3 12.00. Shifts: Ben D3 late, D4 no-show; Cat unexcused, present,
    // present → 5, 3, 1 late, 2 violations. QA e3 (0).
    const KpiTotals bravo{.offered = 4,
                          .handled = 3,
                          .abandoned = 1,
                          .handleCount = 2,
                          .handleSecondsSum = 600,
                          .waitCount = 2,
                          .waitSecondsSum = 40,
                          .answeredWithinSl = 1,
                          .resolvedKnown = 3,
                          .resolved = 2,
                          .csat = csat(2, 0, 10, mixed),
                          .npsResponses = 2,
                          .npsDetractors = 1,
                          .salesCount = 2,
                          .salesCents = 3200,
                          .shiftsScheduled = 5,
                          .shiftsAttended = 3,
                          .lateCount = 1,
                          .violations = 2,
                          .qaEvaluations = 1,
                          .qaScoreSum = 0};
    for (const auto &[id, name, expected] :
         {std::tuple{m_ids.alpha, "Alpha", alpha}, std::tuple{m_ids.bravo, "Bravo", bravo}}) {
        const storage::KpiRow *row = findRow(rows, [id = id](const auto &r) { return r.teamId == id; });
        QVERIFY2(row, name);
        QCOMPARE(row->teamName, QString::fromLatin1(name));
        const QString diff = diffTotals(row->totals, expected);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), diff)));
    }
}

void TestStorage::kpisByDay()
{
    const auto rows = kpis(KpiGrouping::Day, {D1, D4});
    QCOMPARE(rows.size(), 4);
    // D1: c1, c2, c3, c4. c2's survey answered on D2 still counts on D1. Shifts: Ana, Ben present; Cat
    // unexcused.
    const KpiTotals d1{.offered = 4,
                       .handled = 3,
                       .abandoned = 1,
                       .handleCount = 3,
                       .handleSecondsSum = 530,
                       .talkOnlyCount = 1,
                       .waitCount = 3,
                       .waitSecondsSum = 45,
                       .answeredWithinSl = 2,
                       .resolvedKnown = 2,
                       .resolved = 1,
                       .csat = csat(3, 2, 17, mixed),
                       .npsResponses = 3,
                       .npsPromoters = 2,
                       .npsDetractors = 1,
                       .salesCount = 1,
                       .salesCents = 1200,
                       .shiftsScheduled = 3,
                       .shiftsAttended = 2,
                       .violations = 1,
                       .qaEvaluations = 1,
                       .qaScoreSum = 100};
    // D2: c5, c9. CSAT 4 and 2 on 1–5. Shifts: Ana late, Ben and Cat present.
    const KpiTotals d2{.offered = 2,
                       .handled = 2,
                       .handleCount = 2,
                       .handleSecondsSum = 340,
                       .waitCount = 2,
                       .waitSecondsSum = 35,
                       .answeredWithinSl = 2,
                       .resolvedKnown = 2,
                       .resolved = 1,
                       .csat = csat(2, 1, 6, oneToFive),
                       .salesCount = 1,
                       .salesCents = 800,
                       .shiftsScheduled = 3,
                       .shiftsAttended = 3,
                       .lateCount = 1,
                       .qaEvaluations = 1,
                       .qaScoreSum = e2Score};
    // D3: c6, c7, c8. Shifts: Ana excused, Ben late, Cat present.
    const KpiTotals d3{.offered = 3,
                       .handled = 2,
                       .abandoned = 1,
                       .handleCount = 1,
                       .handleSecondsSum = 360,
                       .waitCount = 1,
                       .waitSecondsSum = 25,
                       .resolvedKnown = 2,
                       .resolved = 2,
                       .csat = csat(1, 0, 8, zeroToTen),
                       .npsResponses = 2,
                       .npsDetractors = 1,
                       .salesCount = 2,
                       .salesCents = 3200,
                       .shiftsScheduled = 3,
                       .shiftsAttended = 2,
                       .lateCount = 1,
                       .qaEvaluations = 1,
                       .qaScoreSum = 0};
    // D4: no conversations, only Ben's no-call-no-show.
    const KpiTotals d4{.csat = {}, .shiftsScheduled = 1, .violations = 1};
    const QList<std::pair<QDate, KpiTotals>> expected{{D1, d1}, {D2, d2}, {D3, d3}, {D4, d4}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows[i].day, expected[i].first); // days come in order
        const QString diff = diffTotals(rows[i].totals, expected[i].second);
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2").arg(rows[i].day.toString(Qt::ISODate), diff)));
    }
}

void TestStorage::kpisFilteredByTeam()
{
    // Bravo only: Ana never was in Bravo; Ben only from D3 (c6, his D3 sale, D3 and D4 shifts, e3).
    const auto bravoRows = kpis(KpiGrouping::Agent, {D1, D4}, m_ids.bravo);
    QCOMPARE(bravoRows.size(), 2);
    QVERIFY(!findRow(bravoRows, [&](const auto &r) { return r.agentId == m_ids.ana; }));
    const KpiTotals benInBravo{.offered = 1,
                               .handled = 1,
                               .handleCount = 1,
                               .handleSecondsSum = 360,
                               .waitCount = 1,
                               .waitSecondsSum = 25,
                               .resolvedKnown = 1,
                               .resolved = 1,
                               .csat = csat(1, 0, 8, zeroToTen),
                               .npsResponses = 1,
                               .salesCount = 1,
                               .salesCents = 2000,
                               .shiftsScheduled = 2,
                               .shiftsAttended = 1,
                               .lateCount = 1,
                               .violations = 1,
                               .qaEvaluations = 1,
                               .qaScoreSum = 0};
    const storage::KpiRow *ben = findRow(bravoRows, [&](const auto &r) { return r.agentId == m_ids.ben; });
    QVERIFY(ben);
    QString diff = diffTotals(ben->totals, benInBravo);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const storage::KpiRow *cat = findRow(bravoRows, [&](const auto &r) { return r.agentId == m_ids.cat; });
    QVERIFY(cat);
    QCOMPARE(cat->totals.handled, 2);
    QCOMPARE(cat->totals.shiftsScheduled, 3);

    // Alpha only: Ben's c3, c5, D2 sale, D1–D2 shifts and e2. CSAT 9/0–10 and 4/1–5, both satisfied.
    const auto alphaRows = kpis(KpiGrouping::Agent, {D1, D4}, m_ids.alpha);
    QCOMPARE(alphaRows.size(), 2);
    QVERIFY(!findRow(alphaRows, [&](const auto &r) { return r.agentId == m_ids.cat; }));
    const KpiTotals benInAlpha{.offered = 2,
                               .handled = 2,
                               .handleCount = 2,
                               .handleSecondsSum = 220,
                               .talkOnlyCount = 1,
                               .waitCount = 2,
                               .waitSecondsSum = 25,
                               .answeredWithinSl = 2,
                               .resolvedKnown = 1,
                               .resolved = 1,
                               .csat = csat(2, 2, 13, mixed),
                               .npsResponses = 1,
                               .npsPromoters = 1,
                               .salesCount = 1,
                               .salesCents = 800,
                               .shiftsScheduled = 2,
                               .shiftsAttended = 2,
                               .qaEvaluations = 1,
                               .qaScoreSum = e2Score};
    ben = findRow(alphaRows, [&](const auto &r) { return r.agentId == m_ids.ben; });
    QVERIFY(ben);
    diff = diffTotals(ben->totals, benInAlpha);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // Filtered by day, Bravo's D2 is Cat's c9 and shift only: Ben was still in Alpha.
    const auto bravoDays = kpis(KpiGrouping::Day, {D2, D2}, m_ids.bravo);
    QCOMPARE(bravoDays.size(), 1);
    QCOMPARE(bravoDays[0].totals.handled, 1);
    QCOMPARE(bravoDays[0].totals.salesCount, 0);
    QCOMPARE(bravoDays[0].totals.shiftsScheduled, 1);
}

void TestStorage::kpisFilteredByAgent()
{
    // Ben by day: c3 on D1, c5 and the 8.00 sale on D2, c6 and the 20.00 sale on D3, the no-show on D4.
    storage::KpiQuery query;
    query.grouping = KpiGrouping::Day;
    query.range = {D1, D4};
    query.agentId = m_ids.ben;
    auto rows = storage::KpiRepository(*m_site).totals(query);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    const QList<std::tuple<QDate, qint64, qint64, qint64, qint64>> expected{
        // day, handled, sales cents, shifts attended, violations
        {D1, 1, 0, 1, 0},
        {D2, 1, 800, 1, 0},
        {D3, 1, 2000, 1, 0},
        {D4, 0, 0, 0, 1}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[day, handled, cents, attended, violations] = expected[i];
        const KpiTotals &t = rows->at(i).totals;
        QCOMPARE(rows->at(i).day, day);
        QCOMPARE(t.handled, handled);
        QCOMPARE(t.salesCents, cents);
        QCOMPARE(t.shiftsScheduled, 1);
        QCOMPARE(t.shiftsAttended, attended);
        QCOMPARE(t.violations, violations);
    }
    QCOMPARE(rows->at(0).totals.talkOnlyCount, 1); // c3
    QCOMPARE(rows->at(2).totals.qaEvaluations, 1); // e3 on c6
}

void TestStorage::kpisOverPartOfTheRange()
{
    // D2–D3 by team. Alpha: c5 only; Ben's D2 sale; shifts Ana D2 late, D3 excused, Ben D2 present; e2.
    const auto rows = kpis(KpiGrouping::Team, {D2, D3});
    const storage::KpiRow *alpha = findRow(rows, [&](const auto &r) { return r.teamId == m_ids.alpha; });
    QVERIFY(alpha);
    const KpiTotals expected{.offered = 1,
                             .handled = 1,
                             .handleCount = 1,
                             .handleSecondsSum = 100,
                             .waitCount = 1,
                             .waitSecondsSum = 20,
                             .answeredWithinSl = 1,
                             .resolvedKnown = 1,
                             .resolved = 1,
                             .csat = csat(1, 1, 4, oneToFive),
                             .salesCount = 1,
                             .salesCents = 800,
                             .shiftsScheduled = 3,
                             .shiftsAttended = 2,
                             .lateCount = 1,
                             .qaEvaluations = 1,
                             .qaScoreSum = e2Score};
    const QString diff = diffTotals(alpha->totals, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    // A range without any data gives no rows at all.
    QVERIFY(kpis(KpiGrouping::Agent, {QDate(2024, 2, 1), QDate(2024, 2, 28)}).isEmpty());
}

void TestStorage::kpisServiceLevelThreshold_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<qint64>("within");
    // Answered waits: c1 10, c2 30, c3 5, c5 20, c6 25, c7 none, c9 15 (abandoned c4 60, c8 45 never count).
    QTest::newRow("5 s") << 5 << qint64(1);   // c3
    QTest::newRow("10 s") << 10 << qint64(2); // c1, c3
    QTest::newRow("20 s") << 20 << qint64(4); // + c5, c9
    QTest::newRow("30 s") << 30 << qint64(6); // + c2, c6
    QTest::newRow("60 s") << 60 << qint64(6); // c4's 60 s was abandoned
}

void TestStorage::kpisServiceLevelThreshold()
{
    QFETCH(int, seconds);
    QFETCH(qint64, within);
    storage::KpiQuery query;
    query.grouping = KpiGrouping::All;
    query.range = {D1, D4};
    query.definitions.serviceLevelSeconds = seconds;
    auto rows = storage::KpiRepository(*m_site).totals(query);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).totals.answeredWithinSl, within);
    QCOMPARE(rows->at(0).totals.offered, 9);
    QCOMPARE(rows->at(0).totals.abandoned, 2);
}

void TestStorage::kpisCsatRules()
{
    // All CSAT answers: 5, 3, 4, 2 on 1–5 and 9, 8 on 0–10. Default rules: 5, 4 and 9 satisfied = 3 of 6.
    // With "only 5" on 1–5 and "only 10" on 0–10, just the 5 is: 1 of 6.
    storage::KpiQuery query;
    query.grouping = KpiGrouping::All;
    query.range = {D1, D4};
    auto rows = storage::KpiRepository(*m_site).totals(query);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).totals.csat.satisfied, 3);
    QCOMPARE(rows->at(0).totals.csat.responses, 6);
    query.definitions.csat.threshold1to5 = 5;
    query.definitions.csat.threshold0to10 = 10;
    rows = storage::KpiRepository(*m_site).totals(query);
    QVERIFY(rows);
    QCOMPARE(rows->at(0).totals.csat.satisfied, 1);
    QCOMPARE(rows->at(0).totals.csat.responses, 6);
}

// ---- Directory and notes -------------------------------------------------------------------------

void TestStorage::directoryTeamsAndAgents()
{
    const storage::DirectoryRepository directory(*m_site);
    auto teams = directory.teams();
    QVERIFY(teams);
    QCOMPARE(teams->size(), 2);
    QCOMPARE(teams->at(0).name, QStringLiteral("Alpha"));
    QCOMPARE(teams->at(0).id, m_ids.alpha);
    QCOMPARE(teams->at(1).name, QStringLiteral("Bravo"));
    QCOMPARE(directory.teamIdByName(QStringLiteral("Bravo")), std::optional<qint64>(m_ids.bravo));
    QCOMPARE(directory.teamIdByName(QStringLiteral("Charlie")), std::optional<qint64>());
    QCOMPARE(directory.agentIdByName(QStringLiteral("Cat")), std::optional<qint64>(m_ids.cat));
    QCOMPARE(directory.agentIdByName(QStringLiteral("Nobody")), std::optional<qint64>());

    // "name:team" of the agents listed for a team (all when empty) on a day.
    const auto listed = [&](std::optional<qint64> team, QDate day) {
        QStringList names;
        const auto agents = directory.agents(team, day);
        if (agents)
            for (const storage::AgentEntry &a : agents.value())
                names << a.name + QLatin1Char(':') + a.teamName;
        return names;
    };
    QCOMPARE(listed({}, D2), (QStringList{"Ana:Alpha", "Ben:Alpha", "Cat:Bravo"}));
    QCOMPARE(listed({}, D3), (QStringList{"Ana:Alpha", "Ben:Bravo", "Cat:Bravo"})); // valid_to is exclusive
    QCOMPARE(listed(m_ids.bravo, D2), QStringList{"Cat:Bravo"});
    QCOMPARE(listed(m_ids.bravo, D3), (QStringList{"Ben:Bravo", "Cat:Bravo"}));
    QCOMPARE(listed(m_ids.alpha, D3), QStringList{"Ana:Alpha"});
    QCOMPARE(listed(m_ids.alpha, QDate(2023, 12, 31)), QStringList{}); // before anyone joined
    QCOMPARE(listed({}, QDate(2023, 12, 31)), (QStringList{"Ana:", "Ben:", "Cat:"}));
    QCOMPARE(directory.setting(QStringLiteral("application")), QStringLiteral("huddle"));
    QCOMPARE(directory.setting(QStringLiteral("no such key"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
}

void TestStorage::directoryDataRange()
{
    // Conversations span D1–D3; Ben's D4 shift is not conversation data.
    auto range = storage::DirectoryRepository(*m_site).dataRange();
    QVERIFY(range);
    QCOMPARE(range->from, D1);
    QCOMPARE(range->to, D3);

    auto empty = openOrFail(path(QStringLiteral("empty.db")));
    QVERIFY(empty);
    auto none = storage::DirectoryRepository(*empty).dataRange();
    QVERIFY(none);
    QVERIFY(!none->isValid());
}

void TestStorage::reviewNotes()
{
    const storage::ReviewNoteRepository repository(*m_site);
    const auto bodies = [&](core::DateRange range, std::optional<qint64> team, std::optional<qint64> agent) {
        QStringList list;
        if (const auto notes = repository.notes(range, team, agent))
            for (const storage::ReviewNoteEntry &n : notes.value())
                list << n.body;
        return list;
    };
    // Created: n2 D3 09:00, n3 D3 08:00, n4 D2 12:00, n5 and n1 D1 10:00 (n5 written later).
    QCOMPARE(bodies({D1, D4}, {}, {}), (QStringList{"n2", "n3", "n4", "n5", "n1"}));
    // Alpha's conversations c1 and c5; Ben's c5 and c6; Bravo and Ben: c6 only.
    QCOMPARE(bodies({D1, D4}, m_ids.alpha, {}), (QStringList{"n3", "n5", "n1"}));
    QCOMPARE(bodies({D1, D4}, {}, m_ids.ben), (QStringList{"n2", "n3"}));
    QCOMPARE(bodies({D1, D4}, m_ids.bravo, m_ids.ben), QStringList{"n2"});
    // The range is the conversation's day: n3 was written on D3 about c5 of D2.
    QCOMPARE(bodies({D3, D3}, {}, {}), QStringList{"n2"});
    QCOMPARE(bodies({D2, D2}, {}, {}), (QStringList{"n3", "n4"}));

    auto onC1 = repository.notesForConversation(m_ids.conversations.value(QStringLiteral("c1")));
    QVERIFY(onC1);
    QCOMPARE(onC1->size(), 2);
    const storage::ReviewNoteEntry &n5 = onC1->at(0);
    QCOMPARE(n5.body, QStringLiteral("n5"));
    QCOMPARE(n5.reviewer, QStringLiteral("Cat"));
    QCOMPARE(n5.agentName, QStringLiteral("Ana")); // who handled the reviewed conversation
    QCOMPARE(n5.conversationRef, QStringLiteral("EXT-c1"));
    QCOMPARE(n5.conversationDay, D1);
    QCOMPARE(n5.createdAt, QDateTime(D1, QTime(10, 0), QTimeZone::utc()));
}

// ---- ConversationRepository ----------------------------------------------------------------------

void TestStorage::conversationById()
{
    const storage::ConversationRepository repository(*m_site);
    auto c1 = repository.byId(m_ids.conversations.value(QStringLiteral("c1")));
    QVERIFY(c1);
    QCOMPARE(c1->externalId, QStringLiteral("EXT-c1"));
    QCOMPARE(c1->agentName, QStringLiteral("Ana"));
    QCOMPARE(c1->teamName, QStringLiteral("Alpha"));
    QCOMPARE(c1->day, D1);
    QCOMPARE(c1->startedAt, QDateTime(D1, QTime(9, 7), QTimeZone::utc()));
    QCOMPARE(c1->waitSeconds, std::optional<int>(10));
    QCOMPARE(c1->holdSeconds, std::optional<int>(20));
    QCOMPARE(c1->handleSeconds, std::optional<int>(150));
    QCOMPARE(c1->handleBasis, QStringLiteral("components"));
    QCOMPARE(c1->resolved, std::optional<bool>(true));
    QCOMPARE(c1->csatScore, std::optional<int>(5));
    QCOMPARE(c1->csatScale, (CsatScale{1, 5}));
    QCOMPARE(c1->npsScore, std::optional<int>(10));

    auto c4 = repository.byId(m_ids.conversations.value(QStringLiteral("c4")));
    QVERIFY(c4);
    QVERIFY(!c4->answered);
    QVERIFY(c4->agentName.isEmpty());
    QVERIFY(!c4->csatScore);
    QVERIFY(!c4->resolved);

    const auto missing = repository.byId(99999);
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QLatin1String("does not exist")));
}

void TestStorage::paging_data()
{
    QTest::addColumn<ConversationSort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("limit");

    const QList<std::pair<const char *, ConversationSort>> sorts{
        {"started", ConversationSort::StartedAt}, {"external id", ConversationSort::ExternalId},
        {"agent", ConversationSort::Agent},       {"channel", ConversationSort::Channel},
        {"queue", ConversationSort::Queue},       {"wait", ConversationSort::Wait},
        {"handle", ConversationSort::Handle},     {"resolved", ConversationSort::Resolved},
        {"csat", ConversationSort::Csat}};
    for (const auto &[name, sort] : sorts) {
        // 7 does not divide 60; 5 does, so the last page is exactly full.
        QTest::addRow("%s asc by 7", name) << sort << Qt::AscendingOrder << 7;
        QTest::addRow("%s desc by 7", name) << sort << Qt::DescendingOrder << 7;
        QTest::addRow("%s asc by 5", name) << sort << Qt::AscendingOrder << 5;
    }
    QTest::newRow("csat desc by 1") << ConversationSort::Csat << Qt::DescendingOrder << 1;
    QTest::newRow("agent asc, one page") << ConversationSort::Agent << Qt::AscendingOrder << 60;
    QTest::newRow("wait desc, bigger than all") << ConversationSort::Wait << Qt::DescendingOrder << 100;
}

void TestStorage::paging()
{
    QFETCH(ConversationSort, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, limit);
    const storage::ConversationRepository repository(*m_paging);
    QList<qint64> paged;
    std::optional<storage::PageCursor> cursor;
    int pages = 0;
    do {
        auto page = repository.page({}, sort, order, cursor, limit);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QVERIFY(page->rows.size() <= limit);
        if (page->next)
            QCOMPARE(page->rows.size(), qsizetype(limit)); // only a full page has a next one
        for (const storage::ConversationRow &row : page->rows)
            paged.append(row.id);
        cursor = page->next;
        QVERIFY2(++pages <= 61, "paging does not end");
    } while (cursor);
    QCOMPARE(pages, (60 + limit - 1) / limit);
    QCOMPARE(paged, expectedOrder(m_pagingRows, sort, order));
}

void TestStorage::filtersCountAndPage_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("team");  // row index whose team to filter by, -1: none
    QTest::addColumn<int>("agent"); // row index whose agent to filter by, -1: none
    QTest::addColumn<QString>("search");
    QTest::addColumn<qint64>("expected"); // worked out by hand; -1: only compare with the plain filter

    const QDate first(2024, 5, 1);
    const QDate last(2024, 5, 3);
    QTest::newRow("everything") << QDate() << QDate() << -1 << -1 << QString() << qint64(60);
    QTest::newRow("one day") << QDate(2024, 5, 2) << QDate(2024, 5, 2) << -1 << -1 << QString() << qint64(20);
    QTest::newRow("team North") << first << last << 0 << -1 << QString() << qint64(30);
    // Amy handles i ≡ 1 (mod 3) unless i ≡ 3 (mod 4) (abandoned): 20 − 5 = 15.
    QTest::newRow("agent Amy") << first << last << -1 << 1 << QString() << qint64(15);
    QTest::newRow("team and agent") << first << last << 1 << 2 << QString() << qint64(-1);
    // A literal "_" or "%" must not act as a LIKE wildcard: only A_B-1 / under_score, A%B-2 / 50%off.
    QTest::newRow("underscore") << first << last << -1 << -1 << QStringLiteral("_") << qint64(2);
    QTest::newRow("percent") << first << last << -1 << -1 << QStringLiteral("%") << qint64(2);
    QTest::newRow("A_B, not AxB") << first << last << -1 << -1 << QStringLiteral("A_B") << qint64(1);
    QTest::newRow("backslash") << first << last << -1 << -1 << QStringLiteral("\\") << qint64(0);
    QTest::newRow("case-insensitive id") << first << last << -1 << -1 << QStringLiteral("p-00") << qint64(10);
    QTest::newRow("customer id") << first << last << -1 << -1 << QStringLiteral("off") << qint64(1);
    QTest::newRow("search and team") << first << last << 0 << -1 << QStringLiteral("CUST-4") << qint64(-1);
}

void TestStorage::filtersCountAndPage()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, team);
    QFETCH(int, agent);
    QFETCH(QString, search);
    QFETCH(qint64, expected);

    storage::ConversationFilter filter;
    filter.range = {from, to};
    if (team >= 0)
        filter.teamId = m_pagingRows[team].teamId;
    if (agent >= 0)
        filter.agentId = m_pagingRows[agent].agentId;
    filter.search = search;

    // The same filter in plain C++: LIKE '%…%' is a case-insensitive substring test for ASCII.
    QList<fixture::PagedConversation> matching;
    for (const auto &row : std::as_const(m_pagingRows)) {
        if (filter.range.isValid() && !filter.range.contains(row.day))
            continue;
        if ((filter.teamId && row.teamId != *filter.teamId) ||
            (filter.agentId && row.agentId != *filter.agentId))
            continue;
        if (!search.isEmpty() && !row.externalId.contains(search, Qt::CaseInsensitive) &&
            !row.customerId.contains(search, Qt::CaseInsensitive))
            continue;
        matching.append(row);
    }
    if (expected >= 0)
        QCOMPARE(qint64(matching.size()), expected); // the plain filter agrees with the hand count

    const storage::ConversationRepository repository(*m_paging);
    const auto counted = repository.count(filter);
    QVERIFY(counted);
    QCOMPARE(counted.value(), qint64(matching.size()));

    QList<qint64> paged;
    std::optional<storage::PageCursor> cursor;
    do {
        auto page = repository.page(filter, ConversationSort::Wait, Qt::DescendingOrder, cursor, 4);
        QVERIFY(page);
        for (const storage::ConversationRow &row : page->rows)
            paged.append(row.id);
        cursor = page->next;
    } while (cursor && paged.size() <= 60);
    QCOMPARE(paged, expectedOrder(matching, ConversationSort::Wait, Qt::DescendingOrder));
}

HUDDLE_TEST_GUILESS_MAIN("test_storage", TestStorage)
#include "tst_storage.moc"
