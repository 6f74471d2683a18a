// Data that arrives for a locked bonus month, on the October 2026 site (bonussite.h, America/Chicago): files
// go through the real importer (planImport, runImport), corrections through the attendance repository and
// undo through the import history. The rows are stored; each locked month touched gets one "late_data" audit
// entry with the rows written in it, counted by the rows' site days; the import report lists the month. An
// open month records nothing, and a failure to record fails the whole import.
#include "bonussite.h"
#include "qafixture.h"
#include "support/testmain.h"

#include "importers/importjob.h"
#include "storage/attendancerepository.h"
#include "storage/auditlog.h"
#include "storage/bonuslatedata.h"
#include "storage/bonuslockrepository.h"
#include "storage/database.h"
#include "storage/importhistory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using bonussite::November;
using bonussite::October;
using bonussite::September;
using bonussite::Today;
using qafixture::count;

namespace {

// Three conversations on October days of the site and two on November days. C3 starts on 1 November in UTC
// but at 22:30 on 31 October in Chicago: it is October's.
const QByteArray conversationsFile = "conversation_id,agent,started_at,talk_s\n"
                                     "C1,Ana,2026-10-20T15:00:00Z,100\n"
                                     "C2,Ben,2026-10-28T16:00:00Z,110\n"
                                     "C3,Cat,2026-11-01T03:30:00Z,120\n"
                                     "C4,Dan,2026-11-01T06:30:00Z,130\n"
                                     "C5,Ana,2026-11-05T15:00:00Z,90\n";

struct LateEntry {
    QString actor;
    QString source;
    int rows = 0;
};

} // namespace

class TestBonusLateData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importIntoALockedMonthIsStoredAndRecorded();
    void importIntoOpenMonthsRecordsNothing();
    void onlyRowsWrittenCount();
    void surveyAnswersCountOnTheirConversationsDay();
    void undoingAnImportOfALockedMonthIsLateData();
    void attendanceCorrectionInALockedMonthIsLateData();
    void failingToRecordFailsTheImport();
    void recordsOnlyLockedMonthsWithRows();

private:
    QString writeFile(const QString &name, const QByteArray &contents);
    // Plans and runs `path` as the import dialog would, named as Payroll; the report, or an empty one on
    // failure.
    std::optional<importers::ImportReport> import(const QString &path,
                                                  const importers::ImportOverrides &overrides = {}) const;
    void lock(QDate month) const;
    QList<LateEntry> lateEntries(QDate month) const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    bonussite::Site m_site;
};

void TestBonusLateData::init()
{
    m_site = {};
    auto site = bonussite::openSite(m_dir.filePath(QStringLiteral("late%1.sqlite").arg(++m_counter)));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
}

QString TestBonusLateData::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(m_counter).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return {};
    return path;
}

std::optional<importers::ImportReport>
TestBonusLateData::import(const QString &path, const importers::ImportOverrides &overrides) const
{
    auto plan = importers::planImport(path, *m_site.db, overrides);
    if (!plan) {
        qWarning("plan: %s", qPrintable(plan.error().toString()));
        return std::nullopt;
    }
    importers::RunOptions options;
    options.acceptRejections = true;
    options.actor = QStringLiteral("Payroll");
    auto report = importers::runImport(plan.value(), *m_site.db, options);
    if (!report) {
        qWarning("run: %s", qPrintable(report.error().toString()));
        return std::nullopt;
    }
    return report.value();
}

void TestBonusLateData::lock(QDate month) const
{
    storage::BonusLockRequest request;
    request.month = month;
    request.lockedBy = QStringLiteral("Payroll");
    request.reason = QStringLiteral("reviewed");
    request.csvSha256 = QStringLiteral("0");
    const auto locked = storage::BonusLockRepository(*m_site.db).lock(request, Today);
    QVERIFY2(locked, qPrintable(locked ? QString() : locked.error().toString()));
}

QList<LateEntry> TestBonusLateData::lateEntries(QDate month) const
{
    const auto entries = storage::AuditLog(*m_site.db)
                             .entries(QStringLiteral("bonus_month"), month.year() * 100 + month.month());
    QList<LateEntry> late;
    for (const storage::AuditEntry &entry : entries ? entries.value() : QList<storage::AuditEntry>())
        if (entry.action == QLatin1String("late_data"))
            late.append({entry.actor, entry.detail.value(QStringLiteral("source")).toString(),
                         entry.detail.value(QStringLiteral("rows")).toInt()});
    return late;
}

void TestBonusLateData::importIntoALockedMonthIsStoredAndRecorded()
{
    lock(October);
    const auto report = import(writeFile(QStringLiteral("calls.csv"), conversationsFile));
    QVERIFY(report);
    QCOMPARE(report->counts.imported, qint64(5));
    QCOMPARE(report->lockedBonusMonths, (QMap<QDate, int>{{October, 3}}));

    // Stored, on their site days.
    QCOMPARE(count(*m_site.db,
                   QStringLiteral("SELECT COUNT(*) FROM conversations WHERE external_id IN"
                                  " ('C1', 'C2', 'C3') AND day BETWEEN '2026-10-01' AND '2026-10-31'")),
             3);
    QCOMPARE(count(*m_site.db,
                   QStringLiteral("SELECT COUNT(*) FROM conversations WHERE external_id IN ('C4', 'C5')"
                                  " AND day >= '2026-11-01'")),
             2);
    const QList<LateEntry> late = lateEntries(October);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().rows, 3);
    QCOMPARE(late.first().actor, QStringLiteral("Payroll"));
    QCOMPARE(late.first().source,
             QStringLiteral("import %1 (%2-calls.csv)").arg(report->importId).arg(m_counter));
    QVERIFY(lateEntries(November).isEmpty());

    // What the user is told.
    const QStringList notes = report->lockedMonthNotes();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().startsWith(QLatin1String("3 ")), qPrintable(notes.first()));
    QVERIFY2(notes.first().contains(
                 QLatin1String("fall in October 2026, which is locked for bonuses: its bonus stays"
                               " as locked and the difference will be paid as an adjustment in the"
                               " next open month.")),
             qPrintable(notes.first()));
    QVERIFY2(report->summary().endsWith(notes.first()), qPrintable(report->summary()));

    // The lock itself holds, and the log is still one chain.
    QVERIFY(storage::BonusLockRepository(*m_site.db).lockFor(October)->has_value());
    QVERIFY(storage::AuditLog(*m_site.db).verifyChain()->ok());
}

void TestBonusLateData::importIntoOpenMonthsRecordsNothing()
{
    // No lock at all.
    auto report = import(writeFile(QStringLiteral("calls.csv"), conversationsFile));
    QVERIFY(report);
    QCOMPARE(report->counts.imported, qint64(5));
    QVERIFY(report->lockedBonusMonths.isEmpty());
    QVERIFY(report->lockedMonthNotes().isEmpty());

    // September locked, the file touches October and November only.
    lock(September);
    report = import(writeFile(QStringLiteral("more.csv"), "conversation_id,agent,started_at,talk_s\n"
                                                          "N1,Ana,2026-10-02T15:00:00Z,100\n"
                                                          "N2,Ben,2026-11-02T15:00:00Z,100\n"));
    QVERIFY(report);
    QCOMPARE(report->counts.imported, qint64(2));
    QVERIFY(report->lockedBonusMonths.isEmpty());
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'late_data'")),
             0);
}

void TestBonusLateData::onlyRowsWrittenCount()
{
    lock(October);
    const QString path = writeFile(QStringLiteral("calls.csv"), conversationsFile);
    QVERIFY(import(path));
    // The same file again: exact duplicates, nothing written, nothing recorded.
    auto again = import(path);
    QVERIFY(again);
    QCOMPARE(again->counts.duplicates, qint64(5));
    QVERIFY(again->lockedBonusMonths.isEmpty());
    QCOMPARE(lateEntries(October).size(), 1);
    // One October row corrected (talk time) and one November row: an update counts, in its month only.
    QByteArray corrected = conversationsFile;
    corrected.replace("C2,Ben,2026-10-28T16:00:00Z,110", "C2,Ben,2026-10-28T16:00:00Z,115");
    corrected.replace("C5,Ana,2026-11-05T15:00:00Z,90", "C5,Ana,2026-11-05T15:00:00Z,95");
    const auto update = import(writeFile(QStringLiteral("corrected.csv"), corrected));
    QVERIFY(update);
    QCOMPARE(update->counts.updated, qint64(2));
    QCOMPARE(update->lockedBonusMonths, (QMap<QDate, int>{{October, 1}}));
    QCOMPARE(lateEntries(October).size(), 2);
    QCOMPARE(lateEntries(October).last().rows, 1);
}

// Zendesk ratings name no day: an answer changes the CSAT of its ticket's month.
void TestBonusLateData::surveyAnswersCountOnTheirConversationsDay()
{
    importers::ImportOverrides zendesk;
    zendesk.source = QStringLiteral("zendesk");
    const auto tickets =
        import(writeFile(QStringLiteral("tickets.csv"), "ticket_id,assignee,created_at,channel\n"
                                                        "7001,Ana,2026-10-05T15:00:00Z,email\n"
                                                        "7002,Ben,2026-11-01T04:00:00Z,email\n"
                                                        "7003,Cat,2026-11-03T15:00:00Z,email\n"),
               zendesk);
    QVERIFY(tickets);
    QCOMPARE(tickets->counts.imported, qint64(3));
    QVERIFY(tickets->lockedBonusMonths.isEmpty());
    lock(October);
    const auto ratings = import(writeFile(QStringLiteral("ratings.csv"), "Ticket ID,Assignee,Score\n"
                                                                         "7001,Ana,good\n"
                                                                         "7002,Ben,bad\n"
                                                                         "7003,Cat,good\n"));
    QVERIFY(ratings);
    QCOMPARE(ratings->counts.updated, qint64(3));
    // 7002 started at 23:00 on 31 October in Chicago.
    QCOMPARE(ratings->lockedBonusMonths, (QMap<QDate, int>{{October, 2}}));
    QCOMPARE(lateEntries(October).size(), 1);
    QCOMPARE(lateEntries(October).first().rows, 2);
}

void TestBonusLateData::undoingAnImportOfALockedMonthIsLateData()
{
    const auto report = import(writeFile(QStringLiteral("calls.csv"), conversationsFile));
    QVERIFY(report);
    QVERIFY(report->lockedBonusMonths.isEmpty()); // imported before the lock
    lock(October);
    const core::Status undone = storage::ImportHistory(*m_site.db).undo(report->importId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(
        count(*m_site.db,
              QStringLiteral(
                  "SELECT COUNT(*) FROM conversations WHERE external_id IN ('C1', 'C2', 'C3', 'C4', 'C5')")),
        0);
    const QList<LateEntry> late = lateEntries(October);
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.first().rows, 3);
    QCOMPARE(late.first().source, QStringLiteral("undo of import %1").arg(report->importId));
    QVERIFY(lateEntries(November).isEmpty());
}

void TestBonusLateData::attendanceCorrectionInALockedMonthIsLateData()
{
    lock(October);
    storage::AttendanceRepository attendance(*m_site.db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Ben's no-call-no-show on 14 October turns out to have been excused.
    core::AttendanceRecord excused;
    excused.agentId = m_site.ben;
    excused.day = QDate(2026, 10, 14);
    excused.shiftMinutes = 480;
    excused.status = core::AttendanceStatus::ExcusedAbsence;
    QVERIFY(attendance.enterShift(excused, QStringLiteral("Coach Cora"), now));
    QVERIFY(attendance.removeShift(m_site.ana, QDate(2026, 10, 2), QStringLiteral("Coach Cora"), now));
    // A day of November, and removing a shift that does not exist: nothing for a locked month.
    excused.day = QDate(2026, 11, 3);
    QVERIFY(attendance.enterShift(excused, QStringLiteral("Coach Cora"), now));
    QVERIFY(attendance.removeShift(m_site.ana, QDate(2026, 10, 3), QStringLiteral("Coach Cora"), now));

    const QList<LateEntry> late = lateEntries(October);
    QCOMPARE(late.size(), 2);
    QCOMPARE(late.at(0).actor, QStringLiteral("Coach Cora"));
    QCOMPARE(late.at(0).rows, 1);
    QCOMPARE(late.at(0).source, QStringLiteral("attendance of agent %1 on 2026-10-14").arg(m_site.ben));
    QCOMPARE(late.at(1).source, QStringLiteral("attendance of agent %1 on 2026-10-02").arg(m_site.ana));
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'late_data'")),
             2);
}

void TestBonusLateData::failingToRecordFailsTheImport()
{
    lock(October);
    QVERIFY(qafixture::breakInsertsInto(*m_site.db, QStringLiteral("audit_log")));
    QVERIFY(!import(writeFile(QStringLiteral("calls.csv"), conversationsFile)));
    QCOMPARE(
        count(*m_site.db,
              QStringLiteral(
                  "SELECT COUNT(*) FROM conversations WHERE external_id IN ('C1', 'C2', 'C3', 'C4', 'C5')")),
        0);
    QCOMPARE(count(*m_site.db, QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
    // A file for open months needs no audit entry and goes in.
    const auto open =
        import(writeFile(QStringLiteral("november.csv"), "conversation_id,agent,started_at,talk_s\n"
                                                         "N1,Ana,2026-11-02T15:00:00Z,100\n"));
    QVERIFY(open);
    QCOMPARE(open->counts.imported, qint64(1));
}

void TestBonusLateData::recordsOnlyLockedMonthsWithRows()
{
    lock(September);
    lock(October);
    const QHash<QDate, int> rows{{QDate(2026, 9, 15), 2},
                                 {QDate(2026, 10, 3), 0},
                                 {QDate(2026, 10, 10), 4},
                                 {QDate(2026, 10, 31), 1},
                                 {November, 5}};
    // Inside a transaction, as its callers run it.
    QSqlDatabase db = m_site.db->connection();
    QVERIFY(db.transaction());
    const auto touched =
        storage::recordLateBonusData(*m_site.db, rows, QStringLiteral("test"), QStringLiteral("Zoë"));
    QVERIFY(db.commit());
    QVERIFY2(touched, qPrintable(touched ? QString() : touched.error().toString()));
    QCOMPARE(touched.value(), (QList<QDate>{September, October}));
    QCOMPARE(lateEntries(September).size(), 1);
    QCOMPARE(lateEntries(September).first().rows, 2);
    QCOMPARE(lateEntries(October).first().rows, 5);
    QCOMPARE(lateEntries(October).first().actor, QStringLiteral("Zoë"));

    // Once October is unlocked its data are no longer late.
    QVERIFY(storage::BonusLockRepository(*m_site.db)
                .unlock(October, QStringLiteral("Admin"), QStringLiteral("fix")));
    const auto after = storage::recordLateBonusData(*m_site.db, {{October, 3}}, QStringLiteral("test"),
                                                    QStringLiteral("Zoë"));
    QVERIFY(after);
    QVERIFY(after->isEmpty());
    QCOMPARE(lateEntries(October).size(), 1);
    QVERIFY(storage::recordLateBonusData(*m_site.db, {}, QStringLiteral("test"), QStringLiteral("Zoë"))
                ->isEmpty());
}

HUDDLE_TEST_GUILESS_MAIN("test_bonus_late_data", TestBonusLateData)
#include "tst_bonuslatedata.moc"
