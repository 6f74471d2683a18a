// Tests of the attendance warning ladder: defaults, validation, the JSON form and where an agent stands on a
// day (window edges, ageing out, no peeking past the day). Expected stages are counted by hand.
#include "core/attendanceladder.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::AttendanceStatus)
Q_DECLARE_METATYPE(huddle::core::AttendanceLadder)

namespace {

AttendanceLadder ladderOf(int windowDays, const QList<int> &violations)
{
    AttendanceLadder ladder;
    ladder.windowDays = windowDays;
    for (int count : violations)
        ladder.steps << LadderStep{count, QStringLiteral("step at %1").arg(count)};
    return ladder;
}

QDate june(int day)
{
    return QDate(2024, 6, day);
}

} // namespace

class TestAttendanceLadder : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void violations_data();
    void violations();
    void transitions();
    void agingOutLowersTheStage();
    void windowStartEdge();
    void daysAfterAreIgnored();
    void customSteps();
    void validateMessages_data();
    void validateMessages();
    void jsonRoundTrip();
    void jsonRefused_data();
    void jsonRefused();
};

void TestAttendanceLadder::defaults()
{
    const AttendanceLadder ladder = AttendanceLadder::defaults();
    QVERIFY(ladder.validate().ok());
    QCOMPARE(ladder.windowDays, 365);
    // No translator installed: the source strings.
    const QList<LadderStep> expected{{1, QStringLiteral("Verbal warning")},
                                     {2, QStringLiteral("Written warning")},
                                     {3, QStringLiteral("Final warning")}};
    QCOMPARE(ladder.steps, expected);
}

void TestAttendanceLadder::violations_data()
{
    QTest::addColumn<AttendanceStatus>("status");
    QTest::addColumn<bool>("violation");
    QTest::newRow("present") << AttendanceStatus::Present << false;
    QTest::newRow("late") << AttendanceStatus::Late << false;
    QTest::newRow("excused") << AttendanceStatus::ExcusedAbsence << false;
    QTest::newRow("unexcused") << AttendanceStatus::UnexcusedAbsence << true;
    QTest::newRow("no-call-no-show") << AttendanceStatus::NoCallNoShow << true;
}

void TestAttendanceLadder::violations()
{
    QFETCH(AttendanceStatus, status);
    QFETCH(bool, violation);
    QCOMPARE(isViolation(status), violation);
}

void TestAttendanceLadder::transitions()
{
    const AttendanceLadder ladder = AttendanceLadder::defaults();
    const QDate day = june(30);
    // From a month's records, only the unexcused absence and the no-call-no-show are violations.
    const QList<std::pair<QDate, AttendanceStatus>> month{{june(3), AttendanceStatus::Late},
                                                          {june(4), AttendanceStatus::ExcusedAbsence},
                                                          {june(5), AttendanceStatus::UnexcusedAbsence},
                                                          {june(6), AttendanceStatus::Present},
                                                          {june(12), AttendanceStatus::NoCallNoShow}};
    QList<QDate> violationDays;
    for (const auto &[recordDay, status] : month)
        if (isViolation(status))
            violationDays << recordDay;

    LadderStage stage = ladderStage(ladder, {}, day);
    QCOMPARE(stage.violations, 0);
    QVERIFY(!stage.step);
    QCOMPARE(stage.stepIndex, -1);
    QCOMPARE(stage.windowStart, QDate(2023, 7, 2)); // 30 June 2024 − 364 days (2024 is a leap year)

    stage = ladderStage(ladder, violationDays.mid(0, 1), day);
    QCOMPARE(stage.violations, 1);
    QCOMPARE(stage.stepIndex, 0);
    QCOMPARE(stage.step->label, QStringLiteral("Verbal warning"));

    stage = ladderStage(ladder, violationDays, day);
    QCOMPARE(stage.violations, 2);
    QCOMPARE(stage.stepIndex, 1);
    QCOMPARE(stage.step->label, QStringLiteral("Written warning"));

    stage = ladderStage(ladder, violationDays + QList<QDate>{june(20)}, day);
    QCOMPARE(stage.violations, 3);
    QCOMPARE(stage.stepIndex, 2);
    QCOMPARE(stage.step->label, QStringLiteral("Final warning"));

    // Past the last step the agent stays at it; the same day twice counts once; invalid days never count.
    stage = ladderStage(ladder, {june(20), june(1), june(12), june(5), june(12), QDate()}, day);
    QCOMPARE(stage.violations, 4);
    QCOMPARE(stage.stepIndex, 2);
}

void TestAttendanceLadder::agingOutLowersTheStage()
{
    // 30-day window; violations on 1 and 10 June.
    const AttendanceLadder ladder = ladderOf(30, {1, 2});
    const QList<QDate> days{june(10), june(1)};
    // 30 June: window 1–30 June (30 − 29 = 1), both count → step 2.
    LadderStage stage = ladderStage(ladder, days, june(30));
    QCOMPARE(stage.windowStart, june(1));
    QCOMPARE(stage.violations, 2);
    QCOMPARE(stage.stepIndex, 1);
    // 1 July: window 2 June – 1 July, 1 June has aged out → back to step 1.
    stage = ladderStage(ladder, days, QDate(2024, 7, 1));
    QCOMPARE(stage.windowStart, june(2));
    QCOMPARE(stage.violations, 1);
    QCOMPARE(stage.stepIndex, 0);
    // 10 July: window 11 June – 10 July, both gone.
    stage = ladderStage(ladder, days, QDate(2024, 7, 10));
    QCOMPARE(stage.violations, 0);
    QVERIFY(!stage.step);
}

void TestAttendanceLadder::windowStartEdge()
{
    // 7-day window ending 10 March 2024: 4–10 March (10 − 7 + 1 = 4).
    const AttendanceLadder ladder = ladderOf(7, {1});
    const QDate day(2024, 3, 10);
    QCOMPARE(ladderStage(ladder, {QDate(2024, 3, 4)}, day).windowStart, QDate(2024, 3, 4));
    QCOMPARE(ladderStage(ladder, {QDate(2024, 3, 4)}, day).violations, 1);
    QCOMPARE(ladderStage(ladder, {QDate(2024, 3, 3)}, day).violations, 0);
    QCOMPARE(ladderStage(ladder, {QDate(2024, 3, 10)}, day).violations, 1);
    // A one-day window is the day itself.
    const AttendanceLadder oneDay = ladderOf(1, {1});
    QCOMPARE(ladderStage(oneDay, {day}, day).windowStart, day);
    QCOMPARE(ladderStage(oneDay, {day}, day).stepIndex, 0);
    QCOMPARE(ladderStage(oneDay, {day.addDays(-1)}, day).violations, 0);
}

void TestAttendanceLadder::daysAfterAreIgnored()
{
    const AttendanceLadder ladder = AttendanceLadder::defaults();
    // On 22 June only the violation of 20 June has happened; 25 and 23 June are in the future.
    const LadderStage stage = ladderStage(ladder, {june(25), june(20), june(23)}, june(22));
    QCOMPARE(stage.violations, 1);
    QCOMPARE(stage.stepIndex, 0);
    QCOMPARE(ladderStage(ladder, {june(23)}, june(22)).violations, 0);
    QCOMPARE(ladderStage(ladder, {june(22)}, june(22)).violations, 1);
    QVERIFY(!ladderStage(ladder, {june(22)}, QDate()).step);
}

void TestAttendanceLadder::customSteps()
{
    // Warnings from the 2nd and the 4th violation on: the 1st and 3rd do not move the stage.
    const AttendanceLadder ladder = ladderOf(365, {2, 4});
    const QList<QDate> days{june(1), june(2), june(3), june(4)};
    const QList<int> expectedIndex{-1, 0, 0, 1};
    for (int count = 1; count <= 4; ++count) {
        const LadderStage stage = ladderStage(ladder, days.mid(0, count), june(30));
        QCOMPARE(stage.violations, count);
        QCOMPARE(stage.stepIndex, expectedIndex[count - 1]);
        QCOMPARE(stage.step.has_value(), expectedIndex[count - 1] >= 0);
    }
    QCOMPARE(ladderStage(ladder, days, june(30)).step->label, QStringLiteral("step at 4"));
}

void TestAttendanceLadder::validateMessages_data()
{
    QTest::addColumn<AttendanceLadder>("ladder");
    QTest::addColumn<QString>("message");

    QTest::newRow("window 0") << ladderOf(0, {1}) << "windowDays must be between 1 and 3660, got 0";
    QTest::newRow("window 3661") << ladderOf(3661, {1}) << "windowDays must be between 1 and 3660, got 3661";
    QTest::newRow("no steps") << ladderOf(30, {}) << "steps: a ladder needs at least one step";
    QTest::newRow("zero violations") << ladderOf(30, {0, 1})
                                     << "steps[0].violations must be at least 1, got 0";
    QTest::newRow("repeat") << ladderOf(30, {1, 1})
                            << "steps[1].violations must be greater than steps[0].violations";
    QTest::newRow("falling") << ladderOf(30, {1, 3, 2})
                             << "steps[2].violations must be greater than steps[1].violations";
    AttendanceLadder blank = ladderOf(30, {1, 2});
    blank.steps[1].label = QStringLiteral("  ");
    QTest::newRow("blank label") << blank << "steps[1].label must not be blank";
}

void TestAttendanceLadder::validateMessages()
{
    QFETCH(AttendanceLadder, ladder);
    QFETCH(QString, message);
    const Status status = ladder.validate();
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message, message);
}

void TestAttendanceLadder::jsonRoundTrip()
{
    const AttendanceLadder defaults = AttendanceLadder::defaults();
    const auto back = AttendanceLadder::fromJson(defaults.toJson());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back.value(), defaults);

    AttendanceLadder own = ladderOf(90, {2, 5});
    own.steps[1].label = QStringLiteral("Advertencia final – RR. HH.");
    const QJsonObject root = QJsonDocument::fromJson(own.toJson()).object();
    QCOMPARE(root[QLatin1String("windowDays")].toInt(), 90);
    const QJsonArray steps = root[QLatin1String("steps")].toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps[1].toObject()[QLatin1String("violations")].toInt(), 5);
    QCOMPARE(steps[1].toObject()[QLatin1String("label")].toString(), own.steps[1].label);
    QCOMPARE(AttendanceLadder::fromJson(own.toJson()).value(), own);
}

void TestAttendanceLadder::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{windowDays: 3") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "an attendance ladder is a JSON object";
    QTest::newRow("no window") << QByteArray(R"({"steps":[{"violations":1,"label":"V"}]})")
                               << "windowDays: missing";
    QTest::newRow("window as text") << QByteArray(R"({"windowDays":"30","steps":[]})")
                                    << "windowDays: must be a whole number";
    QTest::newRow("fractional window")
        << QByteArray(R"({"windowDays":30.5,"steps":[]})") << "windowDays: must be a whole number";
    QTest::newRow("unknown field") << QByteArray(R"({"windowDays":30,"steps":[],"window":30})")
                                   << "ladder: unknown field 'window'";
    QTest::newRow("no steps") << QByteArray(R"({"windowDays":30})") << "steps: missing";
    QTest::newRow("steps object") << QByteArray(R"({"windowDays":30,"steps":{}})") << "steps: not an array";
    QTest::newRow("step not object") << QByteArray(
                                            R"({"windowDays":30,"steps":[{"violations":1,"label":"V"},2]})")
                                     << "steps[1]: not an object";
    QTest::newRow("missing violations")
        << QByteArray(R"({"windowDays":30,"steps":[{"label":"V"}]})") << "steps[0].violations: missing";
    QTest::newRow("missing label") << QByteArray(R"({"windowDays":30,"steps":[{"violations":1}]})")
                                   << "steps[0].label: missing";
    QTest::newRow("label number") << QByteArray(R"({"windowDays":30,"steps":[{"violations":1,"label":7}]})")
                                  << "steps[0].label: not a string";
    QTest::newRow("misspelt step field")
        << QByteArray(R"({"windowDays":30,"steps":[{"violations":1,"label":"V","lable":"W"}]})")
        << "steps[0]: unknown field 'lable'";
    QTest::newRow("falling steps")
        << QByteArray(
               R"({"windowDays":30,"steps":[{"violations":2,"label":"V"},{"violations":1,"label":"W"}]})")
        << "steps[1].violations must be greater than steps[0].violations";
    QTest::newRow("empty steps") << QByteArray(R"({"windowDays":30,"steps":[]})")
                                 << "steps: a ladder needs at least one step";
}

void TestAttendanceLadder::jsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto ladder = AttendanceLadder::fromJson(json);
    QVERIFY(!ladder.ok());
    QVERIFY2(ladder.error().message.startsWith(message), qPrintable(ladder.error().message));
}

HUDDLE_TEST_GUILESS_MAIN("test_attendance_ladder", TestAttendanceLadder)
#include "tst_attendanceladder.moc"
