// The coaching page's lists and tables over hand-made inputs: sessions, follow-ups and open actions
// relative to a fixed `today`, one session's effect, the team's focus areas and the attendance month grid.
// Every expected text and number is written out by hand here. Dates read in en_US short format
// ("11/3/26"); without a translator, plurals read "day(s)".
#include "coachingtestutil.h"
#include "models/attendancemonthmodel.h"
#include "models/coachingeffectmodel.h"
#include "models/coachingsessionmodel.h"
#include "support/testmain.h"

#include <QFont>
#include <QtTest>

using namespace huddle;
using namespace coachingtest;
using core::KpiId;

namespace {

storage::CoachingSessionSummary summary(qint64 id, const QString &agent, QDate day)
{
    storage::CoachingSessionSummary session;
    session.id = id;
    session.agentName = agent;
    session.teamName = QStringLiteral("Alpha");
    session.coach = QStringLiteral("Tess");
    session.day = day;
    session.focus = {KpiId::Csat, KpiId::Aht};
    return session;
}

storage::AttendanceMonth month(qint64 agent, const QString &name, QDate first, int unexcused,
                               int noCallNoShow)
{
    storage::AttendanceMonth counts;
    counts.agentId = agent;
    counts.agentName = name;
    counts.month = first;
    counts.scheduled = 20;
    counts.attended = 20 - unexcused - noCallNoShow - 1;
    counts.late = 2;
    counts.lateMinutes = 35;
    counts.excused = 1;
    counts.unexcused = unexcused;
    counts.noCallNoShow = noCallNoShow;
    return counts;
}

const core::AttendanceLadder ladder{{{1, QStringLiteral("Verbal warning")},
                                     {2, QStringLiteral("Written warning")},
                                     {3, QStringLiteral("Final warning")}},
                                    365};

storage::AgentLadderStage stageOf(qint64 agent, const QString &name, int violations)
{
    storage::AgentLadderStage stage;
    stage.agentId = agent;
    stage.agentName = name;
    stage.stage.violations = violations;
    if (violations > 0) {
        stage.stage.stepIndex = std::min(violations, 3) - 1;
        stage.stage.step = ladder.steps[stage.stage.stepIndex];
    }
    return stage;
}

} // namespace

class TestCoachingLists : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void sessionList();
    void followUpsOverdueAndUpcoming();
    void openActions();
    void sessionEffect();
    void focusAreas();
    void attendanceMonths();
    void attendanceMonthsWithoutRange();
};

void TestCoachingLists::sessionList()
{
    using Model = models::CoachingSessionModel;
    Model model;
    test(&model);
    storage::CoachingSessionSummary held = summary(7, QStringLiteral("Ana"), QDate(2026, 11, 2));
    held.status = core::SessionStatus::Closed;
    held.actions = 3;
    held.openActions = 1;
    held.followUp = QDate(2026, 11, 16);
    held.acknowledgedDay = QDate(2026, 11, 3);
    storage::CoachingSessionSummary planned = summary(9, QStringLiteral("Ben"), QDate(2026, 11, 12));
    planned.focus = {KpiId::Sales};
    model.setSessions({planned, held});

    QCOMPARE(model.rowOf(7), 1);
    QCOMPARE(model.rowOf(8), -1);
    QCOMPARE(model.sessionAt(0)->id, 9);
    QCOMPARE(cell(model, 1, Model::Day), QStringLiteral("11/2/26"));
    QCOMPARE(cell(model, 1, Model::Status), QStringLiteral("Closed"));
    QCOMPARE(cell(model, 1, Model::Focus), QStringLiteral("CSAT, AHT"));
    QCOMPARE(cell(model, 1, Model::FollowUp), QStringLiteral("11/16/26"));
    QCOMPARE(cell(model, 1, Model::Actions), QStringLiteral("3 (1 open)"));
    QCOMPARE(cell(model, 1, Model::Acknowledged), QStringLiteral("11/3/26"));
    QCOMPARE(cell(model, 0, Model::Acknowledged), QString());
    QCOMPARE(cell(model, 0, Model::Focus), QStringLiteral("Sales conversion"));
    QCOMPARE(model.data(model.index(1, Model::Day), Model::SortRole).toDate(), QDate(2026, 11, 2));
    QCOMPARE(model.data(model.index(1, 0), Model::SessionIdRole).toLongLong(), 7);
    QCOMPARE(model.headerData(Model::FollowUp, Qt::Horizontal).toString(), QStringLiteral("Follow-up"));
}

void TestCoachingLists::followUpsOverdueAndUpcoming()
{
    using Model = models::FollowUpModel;
    Model model;
    test(&model);
    QList<storage::FollowUp> followUps;
    for (const int offset : {-3, 0, 5}) {
        storage::FollowUp followUp;
        followUp.session = summary(100 + offset, QStringLiteral("Ana"), QDate(2026, 10, 20));
        followUp.session.followUp = today.addDays(offset);
        followUp.session.openActions = 2;
        followUps.append(followUp);
    }
    model.setFollowUps(followUps, today);
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(cell(model, 0, Model::State), QStringLiteral("Overdue by 3 day(s)"));
    QCOMPARE(cell(model, 1, Model::State), QStringLiteral("Today"));
    QCOMPARE(cell(model, 2, Model::State), QStringLiteral("In 5 day(s)"));
    QCOMPARE(cell(model, 0, Model::FollowUpDay), QStringLiteral("11/7/26"));
    QCOMPARE(cell(model, 0, Model::LastSession), QStringLiteral("10/20/26"));
    QCOMPARE(cell(model, 2, Model::OpenActions), QStringLiteral("2"));
    QVERIFY(model.data(model.index(0, Model::Agent), Model::OverdueRole).toBool());
    QVERIFY(isRed(model, 0, Model::Agent));
    QVERIFY(!isRed(model, 1, Model::Agent));
    QCOMPARE(model.data(model.index(0, Model::State), Model::SortRole).toInt(), -3);
    QCOMPARE(model.data(model.index(2, 0), Model::SessionIdRole).toLongLong(), 105);
    QCOMPARE(model.followUpAt(1)->session.followUp, today);
}

void TestCoachingLists::openActions()
{
    using Model = models::OpenActionModel;
    Model model;
    test(&model);
    storage::OpenActionEntry late;
    late.action = action(4, QStringLiteral("recap"), QDate(2026, 11, 1));
    late.agentName = QStringLiteral("Ana");
    late.sessionDay = QDate(2026, 10, 25);
    late.coach = QStringLiteral("Tess");
    late.overdue = true;
    storage::OpenActionEntry undated = late;
    undated.action = action(5, QStringLiteral("read the guide"), {});
    undated.overdue = false;
    model.setActions({late, undated});
    QCOMPARE(model.overdueCount(), 1);
    QCOMPARE(cell(model, 0, Model::Due), QStringLiteral("11/1/26"));
    QCOMPARE(cell(model, 1, Model::Due), QStringLiteral("No due date"));
    QCOMPARE(cell(model, 0, Model::AgreedOn), QStringLiteral("10/25/26"));
    QVERIFY(isRed(model, 0, Model::Action));
    QVERIFY(!isRed(model, 1, Model::Action));
    QVERIFY(model.data(model.index(1, Model::Due), Model::SortRole).toDate() >
            model.data(model.index(0, Model::Due), Model::SortRole).toDate());
    QCOMPARE(model.data(model.index(1, 0), Model::ActionIdRole).toLongLong(), 5);
    QCOMPARE(model.actionAt(0)->action.body, QStringLiteral("recap"));
}

void TestCoachingLists::sessionEffect()
{
    using Model = models::SessionEffectModel;
    storage::SessionEffect effect;
    effect.sessionId = 3;
    effect.day = QDate(2026, 11, 2);
    effect.windows = core::effectWindows(effect.day, 14, QDate(2026, 11, 7)); // 5 days of 14 after so far
    core::FocusEffect csat{KpiId::Csat, {72.0, 40}, {80.5, 38}, core::EffectVerdict::Improved, 8.5};
    core::FocusEffect aht{KpiId::Aht, {400, 30}, {380, 6}, core::EffectVerdict::NotEnoughData, -20.0};
    core::FocusEffect qa{KpiId::Qa, {85, 12}, {{}, 0}, core::EffectVerdict::Running, std::nullopt};
    effect.focus = {csat, aht, qa};
    Model model;
    test(&model);
    model.setEffect(effect);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model, 0, Model::Before), QStringLiteral("72.0 %"));
    QCOMPARE(cell(model, 0, Model::AfterN), QStringLiteral("38"));
    QCOMPARE(cell(model, 0, Model::Change), QStringLiteral("+8.5 pts"));
    QCOMPARE(cell(model, 0, Model::Verdict), QStringLiteral("Improved"));
    QCOMPARE(cell(model, 1, Model::After), QStringLiteral("6:20"));
    QCOMPARE(cell(model, 1, Model::Change), QString(minus) + QStringLiteral("0:20"));
    QCOMPARE(cell(model, 1, Model::Verdict), QStringLiteral("Not enough data (n 6 after)"));
    QCOMPARE(cell(model, 2, Model::After), QStringLiteral("—"));
    QCOMPARE(cell(model, 2, Model::Change), QStringLiteral("—"));
    QCOMPARE(cell(model, 2, Model::Verdict), QStringLiteral("Measuring: 5 of 14 day(s)"));
    QCOMPARE(model.data(model.index(1, 0), Model::VerdictRole).toInt(),
             static_cast<int>(core::EffectVerdict::NotEnoughData));
    // n < 10 greys the side it belongs to, and only that side.
    QVERIFY(model.data(model.index(1, Model::AfterN), Qt::ForegroundRole).isValid());
    QVERIFY(model.data(model.index(1, Model::After), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(1, Model::BeforeN), Qt::ForegroundRole).isValid());
    QVERIFY(!model.data(model.index(0, Model::AfterN), Qt::ForegroundRole).isValid());
}

void TestCoachingLists::focusAreas()
{
    using Model = models::FocusAreaModel;
    Model model;
    test(&model);
    core::FocusAreaSummary aht{KpiId::Aht, 4, 3, 2, 1, 0, 20.0};
    core::FocusAreaSummary csat{KpiId::Csat, 2, 2, 1, 0, 1, 1.5};
    core::FocusAreaSummary nps{KpiId::Nps, 1, 0, 0, 0, 0, std::nullopt};
    model.setSummaries({aht, csat, nps});
    QCOMPARE(cell(model, 0, Model::Sessions), QStringLiteral("4"));
    QCOMPARE(cell(model, 0, Model::Improved), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, Model::MeanImprovement), QStringLiteral("+0:20"));
    QCOMPARE(cell(model, 1, Model::Worsened), QStringLiteral("1"));
    QCOMPARE(cell(model, 1, Model::MeanImprovement), QStringLiteral("+1.5 pts"));
    QCOMPARE(cell(model, 2, Model::MeanImprovement), QStringLiteral("—"));
    QCOMPARE(model.data(model.index(1, Model::MeanImprovement), Model::SortRole).toDouble(), 1.5);
    QCOMPARE(model.data(model.index(0, Model::Judged), Model::SortRole).toInt(), 3);
    QVERIFY(!model.data(model.index(2, Model::MeanImprovement), Model::SortRole).isValid());
}

void TestCoachingLists::attendanceMonths()
{
    using Model = models::AttendanceMonthModel;
    Model model;
    test(&model);
    const QDate jan(2026, 1, 1), feb(2026, 2, 1), mar(2026, 3, 1);
    // Ana: Jan 1 unexcused; no shifts in Feb; Mar 1 unexcused + 1 no-call-no-show → 3, final warning.
    // Ben: Feb without violations. Cat: a stage but no month in the range.
    const QList<storage::AttendanceMonth> months{month(1, QStringLiteral("Ana"), jan, 1, 0),
                                                 month(1, QStringLiteral("Ana"), mar, 1, 1),
                                                 month(2, QStringLiteral("Ben"), feb, 0, 0)};
    model.setData(months,
                  {stageOf(1, QStringLiteral("Ana"), 3), stageOf(2, QStringLiteral("Ben"), 0),
                   stageOf(3, QStringLiteral("Cat"), 0)},
                  ladder, {QDate(2026, 1, 15), QDate(2026, 3, 31)});
    QCOMPARE(model.agentCount(), 3);
    QCOMPARE(model.columnCount(), 6); // agent, stage, Jan, Feb, Mar, total
    QCOMPARE(model.totalColumn(), 5);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Jan 2026"));
    QCOMPARE(model.headerData(3, Qt::Horizontal, Model::MonthRole).toDate(), feb);
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), QStringLiteral("Total"));

    QCOMPARE(cell(model, 0, Model::AgentColumn), QStringLiteral("Ana"));
    QCOMPARE(model.agentIdAt(0), 1);
    QCOMPARE(cell(model, 0, Model::StageColumn), QStringLiteral("Final warning"));
    QVERIFY(model.data(model.index(0, Model::StageColumn), Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.data(model.index(1, Model::StageColumn), Qt::FontRole).value<QFont>().bold());
    QCOMPARE(cell(model, 0, Model::StageColumn, Qt::ToolTipRole),
             QStringLiteral("3 violation(s) in the last 365 day(s) — Final warning"));
    QCOMPARE(cell(model, 0, 2), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, 3), QString());
    QCOMPARE(cell(model, 0, 4), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, 5), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, 4, Qt::ToolTipRole),
             QStringLiteral("Scheduled 20 · attended 17 · late 2 (35 min) · excused 1 · unexcused 1 · "
                            "no-call-no-show 1"));
    QVERIFY(model.data(model.index(0, 2), Qt::BackgroundRole).isValid());
    QVERIFY(!model.data(model.index(1, 3), Qt::BackgroundRole).isValid());
    QCOMPARE(cell(model, 1, 3), QStringLiteral("0"));
    QCOMPARE(cell(model, 1, 5), QStringLiteral("0"));
    QCOMPARE(cell(model, 2, Model::AgentColumn), QStringLiteral("Cat"));
    QCOMPARE(cell(model, 2, 5), QStringLiteral("0"));
    QCOMPARE(model.data(model.index(0, 5), Model::SortRole).toInt(), 3);
    QCOMPARE(model.data(model.index(0, 4), Model::MonthRole).toDate(), mar);
    QVERIFY(model.data(model.index(0, Model::StageColumn), Model::SortRole).toInt() >
            model.data(model.index(1, Model::StageColumn), Model::SortRole).toInt());
}

void TestCoachingLists::attendanceMonthsWithoutRange()
{
    models::AttendanceMonthModel model;
    test(&model);
    // Only January and April hold shifts: February and March still get (empty) columns.
    model.setData({month(1, QStringLiteral("Ana"), QDate(2026, 4, 1), 0, 1),
                   month(1, QStringLiteral("Ana"), QDate(2026, 1, 1), 2, 0)},
                  {}, ladder);
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.headerData(3, Qt::Horizontal, models::AttendanceMonthModel::MonthRole).toDate(),
             QDate(2026, 2, 1));
    QCOMPARE(cell(model, 0, 2), QStringLiteral("2"));
    QCOMPARE(cell(model, 0, 5), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, 6), QStringLiteral("3"));
    QCOMPARE(cell(model, 0, models::AttendanceMonthModel::StageColumn), QString());
}
HUDDLE_TEST_GUILESS_MAIN("test_coaching_lists", TestCoachingLists)
#include "tst_coachinglists.moc"
