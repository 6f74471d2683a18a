// What storage gathers for a proposed coaching agenda, on Ana's hand-made April (effectsite.cpp) and the
// small site's QA data (sitefixture.cpp): KPIs of the look-back window judged by the plan of the agent's
// team, low-CSAT conversations by the site's CSAT rules, peer notes (not coach notes), mistakes by impact,
// open action items of earlier sessions and the warning-ladder stage — and nothing dated on or after the
// session day, although the database holds such rows for every kind.
#include "core/coaching.h"
#include "effectsite.h"
#include "storage/agendasource.h"
#include "storage/attendancerepository.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"
#include "support/near.h"
#include "support/testmain.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace huddle;
using core::KpiId;
using effectsite::S;

using huddle::testsupport::near;

namespace {

const QDateTime agendaPlanned(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::utc());

const core::AgendaKpi *kpiOf(const core::AgendaInputs &in, KpiId kpi)
{
    for (const core::AgendaKpi &k : in.kpis)
        if (k.assessment.kpi == kpi)
            return &k;
    return nullptr;
}

storage::CoachingAction action(const char *body, QDate due, QDate doneDay = {})
{
    storage::CoachingAction a;
    a.body = QLatin1String(body);
    a.owner = QStringLiteral("agent");
    a.due = due;
    a.done = doneDay.isValid();
    a.doneDay = doneDay;
    return a;
}

} // namespace

class TestAgendaSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void kpisUseThePlanOfTheAgentsTeam();
    void lowCsatFollowsTheSitesRules();
    void peerNotesLeaveOutCoachesAndLaterNotes();
    void mistakesOfTheWindow();
    void openActionsOfEarlierSessions();
    void attendanceStageOnTheDayBefore();
    void refusesWhatItCannotGather();

private:
    core::AgendaInputs inputs(qint64 agentId, const storage::AgendaWindow &window = {},
                              const core::KpiDefinitions &definitions = {});
    QList<qint64> lowCsatIds(const core::AgendaInputs &in) const;
    qint64 id(int month, int day, int index) const
    {
        return effectsite::conversation(m_site, QDate(2024, month, day), index);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    effectsite::EffectSite m_site;
};

void TestAgendaSource::init()
{
    m_site = {};
    auto site =
        effectsite::openEffectSite(m_dir.filePath(QStringLiteral("agenda%1.sqlite").arg(++m_counter)));
    QVERIFY2(site, qPrintable(site ? QString() : site.error().toString()));
    m_site = std::move(site.value());
}

core::AgendaInputs TestAgendaSource::inputs(qint64 agentId, const storage::AgendaWindow &window,
                                            const core::KpiDefinitions &definitions)
{
    const auto in = storage::AgendaSource(*m_site.database).inputs(agentId, S, window, definitions);
    if (!in)
        qWarning() << in.error().toString();
    return in ? in.value() : core::AgendaInputs{};
}

QList<qint64> TestAgendaSource::lowCsatIds(const core::AgendaInputs &in) const
{
    QList<qint64> ids;
    for (const core::AgendaConversation &c : in.lowCsat)
        ids.append(c.conversationId);
    return ids;
}

void TestAgendaSource::kpisUseThePlanOfTheAgentsTeam()
{
    storage::KpiPlanRepository plans(*m_site.database);
    core::KpiPlan alpha = core::KpiPlan::defaults();
    alpha.entry(KpiId::Csat).thresholds = {30, 85, 90};
    core::KpiPlan bravo = core::KpiPlan::defaults();
    bravo.entry(KpiId::Csat).thresholds = {60, 75, 90};
    QVERIFY(plans.save(m_site.site.alpha, alpha));
    QVERIFY(plans.save(m_site.site.bravo, bravo));

    const core::AgendaInputs ana = inputs(m_site.site.ana);
    QCOMPARE(ana.kpis.size(), core::KpiCount);
    // 18 March – 14 April: 25 March 8/10 (unsatisfied), 7 April 1,1,1, 8–14 April 6 of 12 → 6 of 16. The four
    // 1/5 calls of S would make it 6 of 20.
    const core::AgendaKpi *csat = kpiOf(ana, KpiId::Csat);
    QVERIFY(csat);
    QVERIFY2(near(csat->assessment.reading.value, 37.5) && csat->assessment.reading.n == 16,
             qPrintable(QString::number(csat->assessment.reading.value.value_or(-1))));
    QCOMPARE(csat->assessment.band,
             core::Band::Below); // Alpha's plan: ≥ 30 is Below (the defaults: Far below)
    QCOMPARE(csat->assessment.weight, 25);
    QCOMPARE(csat->target, 85.0);
    // AHT: 3×900 + 4200 over 15 calls with a handle time = 460 s, Below (≤ 540), target 420.
    const core::AgendaKpi *aht = kpiOf(ana, KpiId::Aht);
    QVERIFY(near(aht->assessment.reading.value, 460) && aht->assessment.reading.n == 15);
    QCOMPARE(aht->assessment.band, core::Band::Below);
    QCOMPARE(aht->target, 420.0);
    // Attendance: 2 April unexcused, 8 April present, 9 April no-show, 12 April late → 2 of 4; S's absence
    // is not counted.
    const core::AgendaKpi *attendance = kpiOf(ana, KpiId::Attendance);
    QVERIFY(near(attendance->assessment.reading.value, 50) && attendance->assessment.reading.n == 4);
    QCOMPARE(attendance->assessment.band, core::Band::FarBelow);
    QCOMPARE(attendance->target, 95.0);

    // Ben moved to Bravo on 3 March: on the day before S his plan is Bravo's. No data: no band.
    const core::AgendaInputs ben = inputs(m_site.site.ben);
    const core::AgendaKpi *benCsat = kpiOf(ben, KpiId::Csat);
    QVERIFY(benCsat);
    QCOMPARE(benCsat->target, 75.0);
    QVERIFY(!benCsat->assessment.reading.value);
    QCOMPARE(benCsat->assessment.band, core::Band::None);

    // A shorter look-back: 8–14 April only.
    storage::AgendaWindow week;
    week.kpiDays = 7;
    const core::AgendaInputs anaWeek = inputs(m_site.site.ana, week); // kpiOf points into it: keep it alive
    const core::AgendaKpi *weekCsat = kpiOf(anaWeek, KpiId::Csat);
    QVERIFY(weekCsat);
    QVERIFY(near(weekCsat->assessment.reading.value, 50) && weekCsat->assessment.reading.n == 12);
}

void TestAgendaSource::lowCsatFollowsTheSitesRules()
{
    // Newest first: day, then start time. Scores below 4 of 5, and the 8 of 10 of 25 March (9–10 satisfies).
    const QList<qint64> expected{id(4, 14, 2), id(4, 12, 3), id(4, 12, 2), id(4, 9, 2), id(4, 9, 1),
                                 id(4, 8, 3),  id(4, 7, 3),  id(4, 7, 2),  id(4, 7, 1), id(3, 25, 1)};
    core::AgendaInputs in = inputs(m_site.site.ana);
    QCOMPARE(lowCsatIds(in), expected);
    QCOMPARE(in.lowCsat.first().reference, QStringLiteral("A-0414-2"));
    QCOMPARE(in.lowCsat.first().day, QDate(2024, 4, 14));
    QCOMPARE(in.lowCsat.first().csatScore, 1);
    QCOMPARE(in.lowCsat.first().csatScale, QStringLiteral("1-5"));
    QCOMPARE(in.lowCsat.last().csatScore, 8);
    QCOMPARE(in.lowCsat.last().csatScale, QStringLiteral("0-10"));

    // A site that counts 8 of 10 as satisfied.
    core::KpiDefinitions lenient;
    lenient.csat.threshold0to10 = 8;
    QCOMPARE(lowCsatIds(inputs(m_site.site.ana, {}, lenient)), expected.mid(0, 9));
    // One week back: 8–14 April.
    storage::AgendaWindow week;
    week.conversationDays = 7;
    QCOMPARE(lowCsatIds(inputs(m_site.site.ana, week)), expected.mid(0, 6));
}

void TestAgendaSource::peerNotesLeaveOutCoachesAndLaterNotes()
{
    // p2 is a coach's note, p4 was written on S, p5 is about a call of S.
    const core::AgendaInputs in = inputs(m_site.site.ana);
    QCOMPARE(in.peerNotes.size(), 2);
    QCOMPARE(in.peerNotes[0].text, QStringLiteral("p3"));
    QCOMPARE(in.peerNotes[0].reviewer, QStringLiteral("Cat"));
    QCOMPARE(in.peerNotes[0].day, QDate(2024, 4, 14));
    QCOMPARE(in.peerNotes[0].conversationId, id(4, 14, 2));
    QVERIFY(in.peerNotes[0].noteId > 0);
    QCOMPARE(in.peerNotes[1].text, QStringLiteral("p1"));
    QCOMPARE(in.peerNotes[1].reviewer, QStringLiteral("Ben"));
    QCOMPARE(in.peerNotes[1].day, QDate(2024, 4, 10));
}

void TestAgendaSource::mistakesOfTheWindow()
{
    // Small site, scorecard Verified (yes/no, weight 1, auto-fail) + Solved (1–5, weight 3), 13 points
    // possible. Ben's c6 (3 March, published): Verified failed → 100 × 1 ÷ 13 plus the 12 ÷ 13 the rest
    // earned = 100 points. Ben's c5 (2 March, final): Solved 3 → 100 × 3 × (4 − 2) ÷ 13 = 46.15. His disputed
    // c3 does not count yet.
    const core::AgendaInputs in = inputs(m_site.site.ben);
    QCOMPARE(in.mistakes.size(), 2);
    QCOMPARE(in.mistakes[0].criterionName, QStringLiteral("Verified"));
    QCOMPARE(in.mistakes[0].scorecardName, QStringLiteral("Test card"));
    QCOMPARE(in.mistakes[0].failures, 1);
    QVERIFY(near(in.mistakes[0].pointsLost, 100, 1e-6));
    QCOMPARE(in.mistakes[1].criterionName, QStringLiteral("Solved"));
    QVERIFY(near(in.mistakes[1].pointsLost, 600.0 / 13, 1e-6));
    storage::AgendaWindow month;
    month.mistakeDays = 30; // 16 March – 14 April: none
    QVERIFY(inputs(m_site.site.ben, month).mistakes.isEmpty());
}

void TestAgendaSource::openActionsOfEarlierSessions()
{
    storage::CoachingRepository repository(*m_site.database);
    storage::CoachingSession earlier;
    earlier.agentId = m_site.site.ana;
    earlier.coach = QStringLiteral("Coach Kim");
    earlier.day = QDate(2024, 4, 1);
    earlier.focus = {KpiId::Csat};
    earlier.actions = {action("New headset", {}), action("Shadow a senior", {2024, 4, 5}, {2024, 4, 6}),
                       action("Recap next steps", {2024, 4, 10})};
    QVERIFY(repository.create(earlier, QStringLiteral("Lead"), agendaPlanned));
    storage::CoachingSession today = earlier;
    today.day = S;
    today.actions = {action("Agreed on the day itself", {2024, 4, 2})};
    QVERIFY(repository.create(today, QStringLiteral("Lead"), agendaPlanned));

    const core::AgendaInputs in = inputs(m_site.site.ana);
    QCOMPARE(in.openActions.size(), 2); // due first, none last; done and S's own left out
    QCOMPARE(in.openActions[0].body, QStringLiteral("Recap next steps"));
    QCOMPARE(in.openActions[0].due, QDate(2024, 4, 10));
    QCOMPARE(in.openActions[0].sessionDay, QDate(2024, 4, 1));
    QCOMPARE(in.openActions[0].owner, QStringLiteral("agent"));
    QVERIFY(in.openActions[0].actionId > 0);
    QCOMPARE(in.openActions[1].body, QStringLiteral("New headset"));
    QVERIFY(!in.openActions[1].due.isValid());
}

void TestAgendaSource::attendanceStageOnTheDayBefore()
{
    const auto ladder = storage::AttendanceRepository(*m_site.database).ladder();
    QVERIFY(ladder && ladder->steps.size() >= 2);
    // 2 April and 9 April; the absence on S itself is not there yet when preparing.
    const core::AgendaInputs in = inputs(m_site.site.ana);
    QVERIFY(in.attendance);
    QCOMPARE(in.attendance->violations, 2);
    QCOMPARE(in.attendance->stage, ladder->steps[1].label);
    // Cat's one unexcused absence (1 March) is still inside the 365-day window.
    const core::AgendaInputs cat = inputs(m_site.site.cat);
    QCOMPARE(cat.attendance->violations, 1);
    QCOMPARE(cat.attendance->stage, ladder->steps[0].label);
}

void TestAgendaSource::refusesWhatItCannotGather()
{
    const storage::AgendaSource source(*m_site.database);
    QVERIFY(!source.inputs(m_site.site.ana + 1000, S));
    QVERIFY(!source.inputs(m_site.site.ana, QDate()));
    storage::AgendaWindow none;
    none.kpiDays = 0;
    QVERIFY(!source.inputs(m_site.site.ana, S, none));
}

HUDDLE_TEST_GUILESS_MAIN("test_agenda_source", TestAgendaSource)
#include "tst_agendasource.moc"
