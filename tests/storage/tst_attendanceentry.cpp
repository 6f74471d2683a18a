// Attendance entered by hand and the warning ladder, on the small site (sitefixture.cpp): entering and
// correcting a shift (a correction of an imported row survives undoing the import), the rules a shift must
// follow, removing, the months table counted by hand, and each agent's stage with the built-in ladder, the
// window from settings and a ladder stored as JSON — which is refused, leaving the stored one as it was, when
// invalid. Facts are read back with plain SQL of this test where the repository's own reading is under test.
#include "qafixture.h"
#include "sitefixture.h"
#include "support/testmain.h"

#include "core/attendanceladder.h"
#include "core/importrow.h"
#include "storage/attendancerepository.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/importhistory.h"
#include "storage/importwriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;
using core::AttendanceStatus;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;

namespace {

const QString recorder = QStringLiteral("Tess");
const QDateTime recordedAt(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc());

core::AttendanceRecord shiftOf(qint64 agent, QDate day, AttendanceStatus status, int lateMinutes = 0)
{
    return {agent, day, QTime(8, 0), 480, status, lateMinutes, {}};
}

// "present", "late 12", … : what a test compares.
QString describe(const core::AttendanceRecord &r)
{
    const QString status = r.status == AttendanceStatus::Present ? QStringLiteral("present")
                           : r.status == AttendanceStatus::Late ? QStringLiteral("late %1").arg(r.lateMinutes)
                           : r.status == AttendanceStatus::ExcusedAbsence   ? QStringLiteral("excused")
                           : r.status == AttendanceStatus::UnexcusedAbsence ? QStringLiteral("unexcused")
                                                                            : QStringLiteral("ncns");
    return r.day.toString(Qt::ISODate) + QLatin1Char(' ') + status;
}

// "Ana 2024-03 s3 a2 l1/12 e1 u0 n0 v0": one line per agent and month.
QString describe(const storage::AttendanceMonth &m)
{
    return QStringLiteral("%1 %2 s%3 a%4 l%5/%6 e%7 u%8 n%9 v%10")
        .arg(m.agentName, m.month.toString(QStringLiteral("yyyy-MM")))
        .arg(m.scheduled)
        .arg(m.attended)
        .arg(m.late)
        .arg(m.lateMinutes)
        .arg(m.excused)
        .arg(m.unexcused)
        .arg(m.noCallNoShow)
        .arg(m.violations());
}

// "Cat 3 #2": name, violations in the window, step index (-1: none).
QString describe(const storage::AgentLadderStage &s)
{
    return QStringLiteral("%1 %2 #%3").arg(s.agentName).arg(s.stage.violations).arg(s.stage.stepIndex);
}

template <typename T> QStringList describeAll(const QList<T> &items)
{
    QStringList lines;
    for (const T &item : items)
        lines.append(describe(item));
    return lines;
}

} // namespace

class TestAttendanceEntry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void enteringAndCorrectingAShift();
    void correctionOfAnImportedRowSurvivesUndo();
    void invalidShiftsAreRefused_data();
    void invalidShiftsAreRefused();
    void removingAShift();
    void monthsCountedByHand();
    void monthsOfATeamUseTheTeamOnTheMonthsLastDay();
    void stagesWithTheBuiltInLadder();
    void stagesWithTheWindowFromSettings();
    void stagesWithAStoredLadder();
    void invalidLadderIsRefused();
    void invalidStoredLadderIsReported();

private:
    storage::AttendanceRepository repository() const { return storage::AttendanceRepository(*m_db); }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return qafixture::scalar(*m_db, sql, values);
    }
    int auditCount() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(); }
    QStringList shiftsOf(qint64 agent, QDate from = QDate(2023, 1, 1), QDate to = QDate(2024, 12, 31)) const;
    void enter(const core::AttendanceRecord &shift);
    // Cat's extra violations: 2023-12-05 unexcused and 2024-02-10 no-call-no-show (plus D1 unexcused).
    void addCatsViolations();

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
};

void TestAttendanceEntry::init()
{
    m_db.reset();
    auto opened = fixture::openSmallSite(m_dir.filePath(QStringLiteral("attendance%1.db").arg(++m_counter)));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value().database);
    m_site = opened.value().site;
}

QStringList TestAttendanceEntry::shiftsOf(qint64 agent, QDate from, QDate to) const
{
    const auto shifts = repository().shifts(agent, {from, to});
    return shifts ? describeAll(shifts.value()) : QStringList{shifts.error().message};
}

void TestAttendanceEntry::enter(const core::AttendanceRecord &shift)
{
    const auto entered = repository().enterShift(shift, recorder, recordedAt);
    QVERIFY2(entered, qPrintable(entered ? QString() : entered.error().message));
}

void TestAttendanceEntry::addCatsViolations()
{
    enter(shiftOf(m_site.cat, QDate(2023, 12, 5), AttendanceStatus::UnexcusedAbsence));
    enter(shiftOf(m_site.cat, QDate(2024, 2, 10), AttendanceStatus::NoCallNoShow));
}

void TestAttendanceEntry::enteringAndCorrectingAShift()
{
    // Ana has no shift on D4: a new row.
    core::AttendanceRecord shift = shiftOf(m_site.ana, D4, AttendanceStatus::Late, 20);
    shift.shiftStart = QTime(13, 30);
    shift.shiftMinutes = 240;
    shift.adherencePct = 87.5;
    enter(shift);
    const auto stored = repository().shifts(m_site.ana, {D4, D4});
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->first().shiftStart, QTime(13, 30));
    QCOMPARE(stored->first().shiftMinutes, 240);
    QCOMPARE(stored->first().lateMinutes, 20);
    QCOMPARE(stored->first().adherencePct, std::optional<double>(87.5));

    // Correcting D2 (late 12 in the fixture) replaces the row: still one per day.
    enter(shiftOf(m_site.ana, D2, AttendanceStatus::Present));
    QCOMPARE(shiftsOf(m_site.ana),
             (QStringList{QStringLiteral("2024-03-01 present"), QStringLiteral("2024-03-02 present"),
                          QStringLiteral("2024-03-03 excused"), QStringLiteral("2024-03-04 late 20")}));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = ?"), {m_site.ana}).toInt(),
        4);

    const auto audit = storage::AuditLog(*m_db).entries(QStringLiteral("attendance"), m_site.ana);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(0).action, QStringLiteral("enter"));
    QCOMPARE(audit->at(0).actor, recorder);
    QCOMPARE(audit->at(0).detail.value(QStringLiteral("day")).toString(), QStringLiteral("2024-03-04"));
    QVERIFY(!audit->at(0).detail.contains(QStringLiteral("before"))); // a new row had no old one
    const QJsonObject before = audit->at(1).detail.value(QStringLiteral("before")).toObject();
    QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("late"));
    QCOMPARE(before.value(QStringLiteral("lateMinutes")).toInt(), 12);
    QCOMPARE(audit->at(1)
                 .detail.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("present"));
}

void TestAttendanceEntry::correctionOfAnImportedRowSurvivesUndo()
{
    storage::ImportMeta meta;
    meta.fileName = QStringLiteral("attendance.csv");
    meta.sha256 = QStringLiteral("00");
    meta.profile = QStringLiteral("test");
    meta.shape = core::ImportShape::Attendance;
    meta.source = QStringLiteral("test");
    meta.settingsJson = "{}";
    auto writer = storage::ImportWriter::begin(*m_db, meta);
    QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
    const auto row = [](const char *agent, QDate day, AttendanceStatus status, int late, quint64 hash) {
        core::ImportRow r;
        r.agent = agent;
        r.day = day;
        r.attendance = status;
        r.lateMinutes = late;
        r.shiftMinutes = 480;
        r.hash = hash;
        return r;
    };
    // Overwrites Ana's D1 (present in the fixture); adds Ana's and Cat's D4.
    for (const core::ImportRow &r :
         {row("Ana", D1, AttendanceStatus::Late, 9, 1), row("Ana", D4, AttendanceStatus::Present, 0, 2),
          row("Cat", D4, AttendanceStatus::Present, 0, 3)}) {
        const auto written = writer.value()->write(r);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    }
    QVERIFY(writer.value()->commit({3, 2, 1, 0, 0, 0}));
    const qint64 importId = writer.value()->importId();
    writer.value().reset();
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE import_id = ?"), {importId}).toInt(), 3);

    // The team leader corrects two of them.
    enter(shiftOf(m_site.ana, D1, AttendanceStatus::ExcusedAbsence));
    enter(shiftOf(m_site.ana, D4, AttendanceStatus::Late, 3));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = ? AND (import_id IS NOT NULL"
                              " OR row_hash IS NOT NULL)"),
               {m_site.ana})
            .toInt(),
        0);
    const auto audit = storage::AuditLog(*m_db).entries(QStringLiteral("attendance"), m_site.ana);
    QVERIFY(audit);
    QCOMPARE(audit->first().detail.value(QStringLiteral("importId")).toInteger(), importId);

    // Undoing the import removes Cat's uncorrected row and leaves both corrections.
    const auto undone = storage::ImportHistory(*m_db).undo(importId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(shiftsOf(m_site.ana),
             (QStringList{QStringLiteral("2024-03-01 excused"), QStringLiteral("2024-03-02 late 12"),
                          QStringLiteral("2024-03-03 excused"), QStringLiteral("2024-03-04 late 3")}));
    QCOMPARE(shiftsOf(m_site.cat),
             (QStringList{QStringLiteral("2024-03-01 unexcused"), QStringLiteral("2024-03-02 present"),
                          QStringLiteral("2024-03-03 present")}));
}

void TestAttendanceEntry::invalidShiftsAreRefused_data()
{
    QTest::addColumn<int>("agent"); // 0 Ana, 1 an unknown agent
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("shiftMinutes");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("lateMinutes");
    QTest::addColumn<QString>("message");

    const int late = int(AttendanceStatus::Late);
    const int present = int(AttendanceStatus::Present);
    QTest::newRow("unknown agent") << 1 << D4 << 480 << present << 0 << "there is no agent";
    QTest::newRow("invalid day") << 0 << QDate() << 480 << present << 0 << "valid day";
    QTest::newRow("no minutes") << 0 << D4 << 0 << present << 0 << "1 to 1440 minutes, not 0";
    QTest::newRow("over a day") << 0 << D4 << 1441 << present << 0 << "1 to 1440 minutes, not 1441";
    QTest::newRow("negative lateness") << 0 << D4 << 480 << late << -5 << "cannot be negative";
    QTest::newRow("late minutes when present") << 0 << D4 << 480 << present << 10 << "late to";
    QTest::newRow("late minutes when absent")
        << 0 << D4 << 480 << int(AttendanceStatus::UnexcusedAbsence) << 10 << "late to";
}

void TestAttendanceEntry::invalidShiftsAreRefused()
{
    QFETCH(int, agent);
    QFETCH(QDate, day);
    QFETCH(int, shiftMinutes);
    QFETCH(int, status);
    QFETCH(int, lateMinutes);
    QFETCH(QString, message);
    const int rowsBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt();
    const int auditBefore = auditCount();
    core::AttendanceRecord shift =
        shiftOf(agent == 0 ? m_site.ana : m_site.cat + 100, day, AttendanceStatus(status), lateMinutes);
    shift.shiftMinutes = shiftMinutes;
    const auto entered = repository().enterShift(shift, recorder, recordedAt);
    QVERIFY(!entered);
    QVERIFY2(entered.error().message.contains(message), qPrintable(entered.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt(), rowsBefore);
    QCOMPARE(auditCount(), auditBefore);
    // The edges are allowed.
    shift = shiftOf(m_site.ana, D4, AttendanceStatus::Present);
    shift.shiftMinutes = 1440;
    enter(shift);
    shift.shiftMinutes = 1;
    enter(shift);
}

void TestAttendanceEntry::removingAShift()
{
    const auto removed = repository().removeShift(m_site.ben, D4, recorder, recordedAt);
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(shiftsOf(m_site.ben),
             (QStringList{QStringLiteral("2024-03-01 present"), QStringLiteral("2024-03-02 present"),
                          QStringLiteral("2024-03-03 late 5")}));
    const auto audit = storage::AuditLog(*m_db).entries(QStringLiteral("attendance"), m_site.ben);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("remove"));
    QCOMPARE(audit->first()
                 .detail.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ncns"));
    // Nothing there: nothing removed, nothing audited.
    const int auditBefore = auditCount();
    QVERIFY(repository().removeShift(m_site.ben, D4, recorder, recordedAt));
    QCOMPARE(auditCount(), auditBefore);
}

void TestAttendanceEntry::monthsCountedByHand()
{
    enter(shiftOf(m_site.ana, QDate(2024, 2, 28),
                  AttendanceStatus::NoCallNoShow)); // February: outside the range
    enter(shiftOf(m_site.ana, QDate(2024, 4, 2), AttendanceStatus::UnexcusedAbsence));
    enter(shiftOf(m_site.ana, QDate(2024, 4, 3), AttendanceStatus::Late, 7));
    enter(shiftOf(m_site.ana, QDate(2024, 4, 30),
                  AttendanceStatus::Present)); // after the range's end, same month
    enter(shiftOf(m_site.ben, QDate(2024, 2, 29), AttendanceStatus::UnexcusedAbsence));
    // March from the fixture: Ana present, late 12, excused; Ben present, present, late 5, no-call-no-show;
    // Cat unexcused, present, present. Violations = unexcused + no-call-no-show; lateness apart.
    const auto months = repository().months({QDate(2024, 3, 15), QDate(2024, 4, 10)}, std::nullopt);
    QVERIFY2(months, qPrintable(months ? QString() : months.error().message));
    QCOMPARE(describeAll(months.value()),
             (QStringList{QStringLiteral("Ana 2024-03 s3 a2 l1/12 e1 u0 n0 v0"),
                          QStringLiteral("Ana 2024-04 s3 a2 l1/7 e0 u1 n0 v1"),
                          QStringLiteral("Ben 2024-03 s4 a3 l1/5 e0 u0 n1 v1"),
                          QStringLiteral("Cat 2024-03 s3 a2 l0/0 e0 u1 n0 v1")}));
    QCOMPARE(months->first().agentId, m_site.ana);

    const auto invalid = repository().months({QDate(2024, 4, 1), QDate(2024, 3, 1)}, std::nullopt);
    QVERIFY(!invalid);
}

void TestAttendanceEntry::monthsOfATeamUseTheTeamOnTheMonthsLastDay()
{
    enter(shiftOf(m_site.ana, QDate(2024, 2, 28), AttendanceStatus::NoCallNoShow));
    enter(shiftOf(m_site.ben, QDate(2024, 2, 29), AttendanceStatus::UnexcusedAbsence));
    const core::DateRange range{QDate(2024, 2, 1), QDate(2024, 3, 31)};
    // Ben is in Alpha on 29 February and in Bravo (from D3) on 31 March.
    const auto alpha = repository().months(range, m_site.alpha);
    QVERIFY(alpha);
    QCOMPARE(describeAll(alpha.value()), (QStringList{QStringLiteral("Ana 2024-02 s1 a0 l0/0 e0 u0 n1 v1"),
                                                      QStringLiteral("Ana 2024-03 s3 a2 l1/12 e1 u0 n0 v0"),
                                                      QStringLiteral("Ben 2024-02 s1 a0 l0/0 e0 u1 n0 v1")}));
    const auto bravo = repository().months(range, m_site.bravo);
    QVERIFY(bravo);
    QCOMPARE(describeAll(bravo.value()), (QStringList{QStringLiteral("Ben 2024-03 s4 a3 l1/5 e0 u0 n1 v1"),
                                                      QStringLiteral("Cat 2024-03 s3 a2 l0/0 e0 u1 n0 v1")}));
}

void TestAttendanceEntry::stagesWithTheBuiltInLadder()
{
    addCatsViolations();
    const auto ladder = repository().ladder();
    QVERIFY(ladder);
    QCOMPARE(ladder.value(),
             core::AttendanceLadder::defaults()); // nothing stored, window 365 (migration 006)
    QCOMPARE(ladder->windowDays, 365);
    // On D4, over 365 days: Ana only excused/late (0), Ben D4 no-call-no-show (1 → verbal), Cat 5 Dec, 10 Feb
    // and D1 (3 → final).
    const auto all = repository().stages(D4, std::nullopt);
    QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
    QCOMPARE(describeAll(all.value()), (QStringList{QStringLiteral("Ana 0 #-1"), QStringLiteral("Ben 1 #0"),
                                                    QStringLiteral("Cat 3 #2")}));
    QCOMPARE(all->at(2).stage.step->label, ladder->steps.at(2).label);
    QCOMPARE(all->at(2).stage.windowStart, QDate(2023, 3, 6)); // D4 − 365 days + 1 (2024 is a leap year)
    // By team on the day: Ben left Alpha on D3.
    const auto alpha = repository().stages(D4, m_site.alpha);
    QVERIFY(alpha);
    QCOMPARE(describeAll(alpha.value()), QStringList{QStringLiteral("Ana 0 #-1")});
    const auto alphaOnD2 = repository().stages(D2, m_site.alpha);
    QVERIFY(alphaOnD2);
    QCOMPARE(describeAll(alphaOnD2.value()),
             (QStringList{QStringLiteral("Ana 0 #-1"), QStringLiteral("Ben 0 #-1")}));
    const auto bravo = repository().stages(D4, m_site.bravo);
    QVERIFY(bravo);
    QCOMPARE(describeAll(bravo.value()),
             (QStringList{QStringLiteral("Ben 1 #0"), QStringLiteral("Cat 3 #2")}));
    // One agent, and the violation days behind it.
    const auto cat = repository().stage(m_site.cat, D4);
    QVERIFY(cat);
    QCOMPARE(cat->violations, 3);
    QCOMPARE(cat->stepIndex, 2);
    const auto days = repository().violationDays(m_site.cat, {QDate(2023, 1, 1), D4});
    QVERIFY(days);
    QCOMPARE(days.value(), (QList<QDate>{QDate(2023, 12, 5), QDate(2024, 2, 10), D1}));
}

void TestAttendanceEntry::stagesWithTheWindowFromSettings()
{
    addCatsViolations();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE settings SET value = '30' WHERE key = 'attendance_ladder_window_days'")));
    const auto ladder = repository().ladder();
    QVERIFY(ladder);
    QCOMPARE(ladder->windowDays, 30);
    QCOMPARE(ladder->steps, core::AttendanceLadder::defaults().steps);
    // (D4 − 30, D4] = 4 February … 4 March: Cat's 10 February and D1 (2 → written).
    const auto stages = repository().stages(D4, m_site.bravo);
    QVERIFY(stages);
    QCOMPARE(describeAll(stages.value()),
             (QStringList{QStringLiteral("Ben 1 #0"), QStringLiteral("Cat 2 #1")}));
}

void TestAttendanceEntry::stagesWithAStoredLadder()
{
    addCatsViolations();
    core::AttendanceLadder ladder;
    ladder.windowDays = 90;
    ladder.steps = {{2, QStringLiteral("Coaching talk")}, {3, QStringLiteral("Written warning")}};
    const auto saved = repository().setLadder(ladder, recorder, recordedAt);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const auto stored = repository().ladder();
    QVERIFY(stored);
    QCOMPARE(stored.value(), ladder);
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'attendance_ladder_window_days'"))
                 .toString(),
             QStringLiteral("90"));
    // (D4 − 90, D4] starts on 6 December: Cat's 5 December is just outside → 2, the first step; Ben's one
    // violation reaches no step.
    auto stages = repository().stages(D4, m_site.bravo);
    QVERIFY(stages);
    QCOMPARE(describeAll(stages.value()),
             (QStringList{QStringLiteral("Ben 1 #-1"), QStringLiteral("Cat 2 #0")}));
    QCOMPARE(stages->at(1).stage.step->label, QStringLiteral("Coaching talk"));
    // One day longer takes 5 December in.
    ladder.windowDays = 91;
    QVERIFY(repository().setLadder(ladder, recorder, recordedAt));
    stages = repository().stages(D4, m_site.bravo);
    QVERIFY(stages);
    QCOMPARE(describeAll(stages.value()),
             (QStringList{QStringLiteral("Ben 1 #-1"), QStringLiteral("Cat 3 #1")}));

    const auto audit = storage::AuditLog(*m_db).entries(QStringLiteral("settings"), 0);
    QVERIFY(audit);
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(0).action, QStringLiteral("attendance_ladder"));
    QVERIFY(audit->at(0).detail.value(QStringLiteral("before")).isNull()); // the built-in ladder
    QCOMPARE(audit->at(0)
                 .detail.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("windowDays"))
                 .toInt(),
             90);
    QCOMPARE(audit->at(1)
                 .detail.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("windowDays"))
                 .toInt(),
             90);
}

void TestAttendanceEntry::invalidLadderIsRefused()
{
    core::AttendanceLadder good;
    good.windowDays = 180;
    good.steps = {{1, QStringLiteral("Verbal")}, {3, QStringLiteral("Final")}};
    QVERIFY(repository().setLadder(good, recorder, recordedAt));
    const QString storedJson =
        scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'attendance_ladder'")).toString();
    const int auditBefore = auditCount();

    QList<core::AttendanceLadder> invalid;
    core::AttendanceLadder repeated = good;
    repeated.steps = {{2, QStringLiteral("Verbal")}, {2, QStringLiteral("Final")}};
    core::AttendanceLadder descending = good;
    descending.steps = {{3, QStringLiteral("Verbal")}, {1, QStringLiteral("Final")}};
    core::AttendanceLadder blankLabel = good;
    blankLabel.steps = {{1, QStringLiteral("  ")}};
    core::AttendanceLadder noWindow = good;
    noWindow.windowDays = 0;
    for (const core::AttendanceLadder &ladder : {repeated, descending, blankLabel, noWindow}) {
        const auto saved = repository().setLadder(ladder, recorder, recordedAt);
        QVERIFY(!saved);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(
            scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'attendance_ladder'")).toString(),
            storedJson);
        QCOMPARE(repository().ladder().value(), good);
        QCOMPARE(auditCount(), auditBefore);
    }
}

void TestAttendanceEntry::invalidStoredLadderIsReported()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('attendance_ladder', '{\"windowDays\": 0}')")));
    const auto ladder = repository().ladder();
    QVERIFY(!ladder);
    QVERIFY2(ladder.error().message.contains(QLatin1String("attendance ladder")),
             qPrintable(ladder.error().message));
    QVERIFY(!repository().stages(D4, std::nullopt));
    QVERIFY(!repository().stage(m_site.cat, D4));
    // A valid ladder can still be saved over it.
    QVERIFY(repository().setLadder(core::AttendanceLadder::defaults(), recorder, recordedAt));
    QVERIFY(repository().ladder());
}

HUDDLE_TEST_GUILESS_MAIN("test_attendance_entry", TestAttendanceEntry)
#include "tst_attendanceentry.moc"
