// Tests of the coaching logic: the proposed agenda and focus, focus validation, the before/after windows
// and verdicts of the coaching effect, and the team view of focus areas. Expectations are worked out by
// hand in the comments, never produced by the code under test.
#include "core/coaching.h"
#include "core/coachingeffect.h"
#include "coremetatypes.h"
#include "support/testmain.h"

#include <QtTest>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::EffectVerdict)
Q_DECLARE_METATYPE(huddle::core::KpiReading)
Q_DECLARE_METATYPE(huddle::core::DateRange)

namespace {

AgendaKpi agendaKpi(KpiId kpi, int weight, Band band)
{
    AgendaKpi item;
    item.assessment.kpi = kpi;
    item.assessment.weight = weight;
    item.assessment.band = band;
    item.assessment.reading = {50.0, 20};
    return item;
}

QList<KpiId> kpiOrder(const QList<ProposedItem> &agenda)
{
    QList<KpiId> kpis;
    for (const ProposedItem &item : agenda)
        if (item.kind == AgendaKind::Kpi)
            kpis << item.kpi->assessment.kpi;
    return kpis;
}

QList<AgendaKind> kinds(const QList<ProposedItem> &agenda)
{
    QList<AgendaKind> result;
    for (const ProposedItem &item : agenda)
        result << item.kind;
    return result;
}

// Inputs with `count` items of every list, each named by its position ("m0", "m1", …), and no KPI below
// target.
AgendaInputs listsOf(int count)
{
    AgendaInputs inputs;
    for (int i = 0; i < count; ++i) {
        inputs.mistakes << AgendaMistake{QStringLiteral("m%1").arg(i), QStringLiteral("Calls"), 1, 10.0 - i};
        inputs.lowCsat << AgendaConversation{100 + i, QStringLiteral("c%1").arg(i), QDate(2024, 5, 1), 1,
                                             QStringLiteral("1-5")};
        inputs.peerNotes << AgendaPeerNote{200 + i, 100 + i, QStringLiteral("Ana"), QDate(2024, 5, 1),
                                           QStringLiteral("p%1").arg(i)};
        inputs.openActions << AgendaOpenAction{300 + i, QStringLiteral("a%1").arg(i), QStringLiteral("Ben"),
                                               QDate(2024, 5, 2 + i), QDate(2024, 4, 20)};
    }
    return inputs;
}

KpiReading reading(std::optional<double> value, qint64 n)
{
    return KpiReading{value, n};
}

EffectWindows completeWindows()
{
    return effectWindows(QDate(2024, 5, 20), 14, QDate(2024, 6, 10));
}

FocusEffect judged(KpiId kpi, EffectVerdict verdict, std::optional<double> change)
{
    FocusEffect effect;
    effect.kpi = kpi;
    effect.verdict = verdict;
    effect.change = change;
    return effect;
}

} // namespace

class TestCoaching : public QObject {
    Q_OBJECT

private slots:
    void agendaByDefaultWeights();
    void agendaByCustomWeights();
    void agendaTiesFollowDefaultPriority();
    void agendaKindsAndLimits();
    void agendaAttendanceOnlyWithAStep();
    void focusProposal();
    void focusValidation_data();
    void focusValidation();
    void codesRoundTrip();
    void windows_data();
    void windows();
    void verdict_data();
    void verdict();
    void summaryOrderAndMeans();
    void summaryTieBreaks();
};

void TestCoaching::agendaByDefaultWeights()
{
    // Default plan 30/25/20/15/10; given in reverse KpiId order so the input order cannot decide.
    AgendaInputs inputs;
    inputs.kpis = {agendaKpi(KpiId::Nps, 0, Band::None),     agendaKpi(KpiId::Cph, 0, Band::Below),
                   agendaKpi(KpiId::Fcr, 0, Band::FarBelow), agendaKpi(KpiId::Aht, 10, Band::FarBelow),
                   agendaKpi(KpiId::Qa, 15, Band::Below),    agendaKpi(KpiId::Sales, 20, Band::FarBelow),
                   agendaKpi(KpiId::Csat, 25, Band::Met),    agendaKpi(KpiId::Attendance, 30, Band::Below)};
    // CSAT is met; FCR and CpH are below target but weighted 0; NPS has no data.
    const QList<KpiId> expected{KpiId::Attendance, KpiId::Sales, KpiId::Qa, KpiId::Aht};
    const QList<ProposedItem> agenda = proposeAgenda(inputs);
    QCOMPARE(kpiOrder(agenda), expected);
    QCOMPARE(agenda.size(), 4);
    QCOMPARE(agenda[1].kpi->assessment.band, Band::FarBelow);

    // Exceeded and no-data KPIs stay out however heavy.
    inputs.kpis = {agendaKpi(KpiId::Attendance, 30, Band::Exceeded), agendaKpi(KpiId::Csat, 25, Band::None)};
    QVERIFY(proposeAgenda(inputs).isEmpty());
}

void TestCoaching::agendaByCustomWeights()
{
    // A site that weighs AHT 40, QA 25, CSAT 20, attendance 10, sales 5: the agenda follows its weights.
    AgendaInputs inputs;
    inputs.kpis = {agendaKpi(KpiId::Attendance, 10, Band::Below), agendaKpi(KpiId::Csat, 20, Band::FarBelow),
                   agendaKpi(KpiId::Sales, 5, Band::Below), agendaKpi(KpiId::Qa, 25, Band::Below),
                   agendaKpi(KpiId::Aht, 40, Band::FarBelow)};
    const QList<KpiId> expected{KpiId::Aht, KpiId::Qa, KpiId::Csat, KpiId::Attendance, KpiId::Sales};
    QCOMPARE(kpiOrder(proposeAgenda(inputs)), expected);
}

void TestCoaching::agendaTiesFollowDefaultPriority()
{
    // Equal weights: attendance, CSAT, sales, QA, AHT (KpiId order), whatever order the input has. A KPI
    // listed twice is proposed once.
    AgendaInputs inputs;
    inputs.kpis = {agendaKpi(KpiId::Aht, 20, Band::Below),        agendaKpi(KpiId::Qa, 20, Band::Below),
                   agendaKpi(KpiId::Sales, 20, Band::FarBelow),   agendaKpi(KpiId::Csat, 20, Band::Below),
                   agendaKpi(KpiId::Attendance, 20, Band::Below), agendaKpi(KpiId::Qa, 20, Band::Below)};
    const QList<KpiId> expected{KpiId::Attendance, KpiId::Csat, KpiId::Sales, KpiId::Qa, KpiId::Aht};
    QCOMPARE(kpiOrder(proposeAgenda(inputs)), expected);

    // A heavier KPI later in KpiId order still comes first: Sales 30 before CSAT 20 and attendance 20.
    inputs.kpis = {agendaKpi(KpiId::Csat, 20, Band::Below), agendaKpi(KpiId::Attendance, 20, Band::Below),
                   agendaKpi(KpiId::Sales, 30, Band::Below)};
    const QList<KpiId> heavier{KpiId::Sales, KpiId::Attendance, KpiId::Csat};
    QCOMPARE(kpiOrder(proposeAgenda(inputs)), heavier);
}

void TestCoaching::agendaKindsAndLimits()
{
    AgendaInputs inputs = listsOf(5);
    inputs.kpis = {agendaKpi(KpiId::Csat, 25, Band::Below)};
    // Default limits 3/3/3; every open action (5).
    const QList<ProposedItem> agenda = proposeAgenda(inputs);
    const QList<AgendaKind> expected{
        AgendaKind::Kpi,          AgendaKind::Mistake,      AgendaKind::Mistake,      AgendaKind::Mistake,
        AgendaKind::Conversation, AgendaKind::Conversation, AgendaKind::Conversation, AgendaKind::PeerNote,
        AgendaKind::PeerNote,     AgendaKind::PeerNote,     AgendaKind::Action,       AgendaKind::Action,
        AgendaKind::Action,       AgendaKind::Action,       AgendaKind::Action};
    QCOMPARE(kinds(agenda), expected);
    // The first of each list, in the order given (the lists come sorted from storage).
    QCOMPARE(agenda[1].mistake->criterionName, QStringLiteral("m0"));
    QCOMPARE(agenda[3].mistake->criterionName, QStringLiteral("m2"));
    QCOMPARE(agenda[6].conversation->reference, QStringLiteral("c2"));
    QCOMPARE(agenda[7].peerNote->text, QStringLiteral("p0"));
    QCOMPARE(agenda[14].action->body, QStringLiteral("a4"));
    QVERIFY(!agenda[1].kpi && !agenda[1].conversation && !agenda[1].action);

    // Own limits: one mistake, no conversations, peer notes capped at 2 of 5; fewer items than the limit
    // are all taken (two actions of two).
    AgendaInputs small = listsOf(5);
    small.openActions.resize(2);
    const QList<ProposedItem> limited = proposeAgenda(small, AgendaLimits{1, 0, 2});
    const QList<AgendaKind> expectedLimited{AgendaKind::Mistake, AgendaKind::PeerNote, AgendaKind::PeerNote,
                                            AgendaKind::Action, AgendaKind::Action};
    QCOMPARE(kinds(limited), expectedLimited);
    QCOMPARE(proposeAgenda(listsOf(2), AgendaLimits{-1, 5, 5}).size(), 6); // 0 + 2 + 2 + 2
    QVERIFY(proposeAgenda(AgendaInputs{}).isEmpty());
}

void TestCoaching::agendaAttendanceOnlyWithAStep()
{
    AgendaInputs inputs = listsOf(1);
    inputs.kpis = {agendaKpi(KpiId::Attendance, 30, Band::FarBelow)};
    inputs.attendance = AgendaAttendance{2, QStringLiteral("Written warning")};
    const QList<ProposedItem> agenda = proposeAgenda(inputs);
    const QList<AgendaKind> expected{AgendaKind::Kpi,          AgendaKind::Attendance, AgendaKind::Mistake,
                                     AgendaKind::Conversation, AgendaKind::PeerNote,   AgendaKind::Action};
    QCOMPARE(kinds(agenda), expected);
    QCOMPARE(agenda[1].attendance->violations, 2);
    QCOMPARE(agenda[1].attendance->stage, QStringLiteral("Written warning"));

    // Violations below the first step: no stage, nothing to discuss. No attendance data: likewise.
    inputs.attendance = AgendaAttendance{1, QString()};
    QCOMPARE(proposeAgenda(inputs).size(), 5);
    inputs.attendance.reset();
    QCOMPARE(proposeAgenda(inputs).size(), 5);
    QVERIFY(!kinds(proposeAgenda(inputs)).contains(AgendaKind::Attendance));
}

void TestCoaching::focusProposal()
{
    AgendaInputs inputs;
    inputs.kpis = {agendaKpi(KpiId::Aht, 10, Band::Below),        agendaKpi(KpiId::Csat, 25, Band::Below),
                   agendaKpi(KpiId::Qa, 15, Band::FarBelow),      agendaKpi(KpiId::Sales, 20, Band::Met),
                   agendaKpi(KpiId::Attendance, 30, Band::Below), agendaKpi(KpiId::Fcr, 0, Band::FarBelow)};
    // Below target by weight: attendance 30, CSAT 25, QA 15, AHT 10 → the first three.
    const QList<KpiId> three{KpiId::Attendance, KpiId::Csat, KpiId::Qa};
    QCOMPARE(proposeFocus(inputs), three);
    QVERIFY(validateFocus(proposeFocus(inputs)).ok());

    inputs.kpis = {agendaKpi(KpiId::Aht, 10, Band::Below), agendaKpi(KpiId::Csat, 25, Band::Met)};
    QCOMPARE(proposeFocus(inputs), QList<KpiId>{KpiId::Aht});
    inputs.kpis = {agendaKpi(KpiId::Csat, 25, Band::Exceeded)};
    QVERIFY(proposeFocus(inputs).isEmpty());
}

void TestCoaching::focusValidation_data()
{
    QTest::addColumn<QList<KpiId>>("focus");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("none") << QList<KpiId>{} << "Choose at least 1 focus KPI.";
    QTest::newRow("one") << QList<KpiId>{KpiId::Csat} << QString();
    QTest::newRow("three") << QList<KpiId>{KpiId::Csat, KpiId::Aht, KpiId::Nps} << QString();
    QTest::newRow("four") << QList<KpiId>{KpiId::Csat, KpiId::Aht, KpiId::Nps, KpiId::Qa}
                          << "Focus on at most 3 KPIs at a time; 4 are chosen.";
    QTest::newRow("repeat") << QList<KpiId>{KpiId::Qa, KpiId::Aht, KpiId::Qa}
                            << "qa is chosen twice as a focus KPI; each focus KPI counts once.";
    QTest::newRow("repeat of two") << QList<KpiId>{KpiId::Csat, KpiId::Csat}
                                   << "csat is chosen twice as a focus KPI; each focus KPI counts once.";
}

void TestCoaching::focusValidation()
{
    QFETCH(QList<KpiId>, focus);
    QFETCH(QString, message);
    const Status status = validateFocus(focus);
    QCOMPARE(status.ok(), message.isEmpty());
    if (!status.ok())
        QCOMPARE(status.error().message, message);
}

void TestCoaching::codesRoundTrip()
{
    const QStringList statusCodes{"planned", "held", "closed"};
    const QList<SessionStatus> statuses{SessionStatus::Planned, SessionStatus::Held, SessionStatus::Closed};
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QCOMPARE(sessionStatusCode(statuses[i]), statusCodes[i]);
        QCOMPARE(sessionStatusFromCode(statusCodes[i]), std::optional<SessionStatus>(statuses[i]));
    }
    const QStringList kindCodes{"kpi",       "attendance", "mistake", "conversation",
                                "peer_note", "action",     "custom"};
    const QList<AgendaKind> agendaKinds{AgendaKind::Kpi,          AgendaKind::Attendance, AgendaKind::Mistake,
                                        AgendaKind::Conversation, AgendaKind::PeerNote,   AgendaKind::Action,
                                        AgendaKind::Custom};
    for (qsizetype i = 0; i < agendaKinds.size(); ++i) {
        QCOMPARE(agendaKindCode(agendaKinds[i]), kindCodes[i]);
        QCOMPARE(agendaKindFromCode(kindCodes[i]), std::optional<AgendaKind>(agendaKinds[i]));
    }
    QVERIFY(!sessionStatusFromCode(u"Planned"));
    QVERIFY(!sessionStatusFromCode(u""));
    QVERIFY(!agendaKindFromCode(u"peernote"));
    const QStringList verdictCodes{"not_enough_data", "running", "improved", "unchanged", "worsened"};
    const QList<EffectVerdict> verdicts{EffectVerdict::NotEnoughData, EffectVerdict::Running,
                                        EffectVerdict::Improved, EffectVerdict::Unchanged,
                                        EffectVerdict::Worsened};
    for (qsizetype i = 0; i < verdicts.size(); ++i)
        QCOMPARE(effectVerdictCode(verdicts[i]), verdictCodes[i]);
}

void TestCoaching::windows_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<DateRange>("before");
    QTest::addColumn<DateRange>("after"); // DateRange{}: none
    QTest::addColumn<bool>("complete");
    QTest::addColumn<int>("elapsed");

    const QDate day(2024, 5, 20);
    const auto may = [](int d) { return QDate(2024, 5, d); };
    const auto june = [](int d) { return QDate(2024, 6, d); };
    // Before: 20 May − 14 = 6 May … 19 May. After: 21 May … 20 May + 14 = 3 June.
    const DateRange before{may(6), may(19)};
    QTest::newRow("well past") << day << 14 << june(10) << before << DateRange{may(21), june(3)} << true
                               << 14;
    QTest::newRow("day+N = today") << day << 14 << june(3) << before << DateRange{may(21), june(3)} << true
                                   << 14;
    QTest::newRow("day+N > today") << day << 14 << june(2) << before << DateRange{may(21), june(2)} << false
                                   << 13;
    QTest::newRow("day after") << day << 14 << may(21) << before << DateRange{may(21), may(21)} << false << 1;
    // Session today, or planned for later: no after window at all; the before window is known.
    QTest::newRow("session today") << day << 14 << day << before << DateRange{} << false << 0;
    QTest::newRow("session ahead") << day << 14 << may(1) << before << DateRange{} << false << 0;
    QTest::newRow("N=1") << day << 1 << may(21) << DateRange{may(19), may(19)} << DateRange{may(21), may(21)}
                         << true << 1;
    QTest::newRow("N=1 today") << day << 1 << day << DateRange{may(19), may(19)} << DateRange{} << false << 0;
    // Across a leap day: 10 March 2024 − 14 days = 25 February (29 days in February 2024).
    QTest::newRow("leap") << QDate(2024, 3, 10) << 14 << QDate(2024, 4, 1)
                          << DateRange{QDate(2024, 2, 25), QDate(2024, 3, 9)}
                          << DateRange{QDate(2024, 3, 11), QDate(2024, 3, 24)} << true << 14;
    // No window length or no day: nothing to measure, nothing complete.
    QTest::newRow("N=0") << day << 0 << june(30) << DateRange{} << DateRange{} << false << 0;
    QTest::newRow("no day") << QDate() << 14 << june(30) << DateRange{} << DateRange{} << false << 0;
}

void TestCoaching::windows()
{
    QFETCH(QDate, day);
    QFETCH(int, days);
    QFETCH(QDate, today);
    QFETCH(DateRange, before);
    QFETCH(DateRange, after);
    QFETCH(bool, complete);
    QFETCH(int, elapsed);
    const EffectWindows w = effectWindows(day, days, today);
    QCOMPARE(w.before.isValid(), before.isValid());
    if (before.isValid())
        QCOMPARE(w.before, before);
    QCOMPARE(w.after.isValid(), after.isValid());
    if (after.isValid())
        QCOMPARE(w.after, after);
    QCOMPARE(w.afterComplete, complete);
    QCOMPARE(w.afterDaysElapsed, elapsed);
}

void TestCoaching::verdict_data()
{
    QTest::addColumn<KpiId>("kpi");
    QTest::addColumn<KpiReading>("before");
    QTest::addColumn<KpiReading>("after");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<EffectVerdict>("expected");
    QTest::addColumn<double>("change"); // NaN: no change

    const double none = qQNaN();
    const auto r = reading;
    // CSAT 70 % → 80 %: +10 points.
    QTest::newRow("csat improved") << KpiId::Csat << r(70, 10) << r(80, 10) << true << EffectVerdict::Improved
                                   << 10.0;
    QTest::newRow("csat n 9 before") << KpiId::Csat << r(70, 9) << r(80, 10) << true
                                     << EffectVerdict::NotEnoughData << 10.0;
    QTest::newRow("csat n 9 after") << KpiId::Csat << r(70, 40) << r(80, 9) << true
                                    << EffectVerdict::NotEnoughData << 10.0;
    QTest::newRow("csat worsened") << KpiId::Csat << r(85, 30) << r(80, 30) << true << EffectVerdict::Worsened
                                   << -5.0;
    // Within half a display unit (0.05 points): unchanged.
    QTest::newRow("csat unchanged") << KpiId::Csat << r(80, 30) << r(80.04, 30) << true
                                    << EffectVerdict::Unchanged << 0.04;
    // AHT 450 s → 400 s is better although the change is negative.
    QTest::newRow("aht down") << KpiId::Aht << r(450, 10) << r(400, 10) << true << EffectVerdict::Improved
                              << -50.0;
    QTest::newRow("aht up") << KpiId::Aht << r(400, 10) << r(450, 10) << true << EffectVerdict::Worsened
                            << 50.0;
    QTest::newRow("aht 0.4 s") << KpiId::Aht << r(400, 10) << r(400.4, 10) << true << EffectVerdict::Unchanged
                               << 0.4;
    // Enough data so far but the after window is still running: no claim yet.
    QTest::newRow("running") << KpiId::Csat << r(70, 50) << r(90, 50) << false << EffectVerdict::Running
                             << 20.0;
    QTest::newRow("running without data")
        << KpiId::Csat << r(std::nullopt, 0) << r(std::nullopt, 0) << false << EffectVerdict::Running << none;
    // A session before any data: nothing before it.
    QTest::newRow("no data before") << KpiId::Qa << r(std::nullopt, 0) << r(82, 12) << true
                                    << EffectVerdict::NotEnoughData << none;
    QTest::newRow("no value with n") << KpiId::Qa << r(80, 12) << r(std::nullopt, 12) << true
                                     << EffectVerdict::NotEnoughData << none;
}

void TestCoaching::verdict()
{
    QFETCH(KpiId, kpi);
    QFETCH(KpiReading, before);
    QFETCH(KpiReading, after);
    QFETCH(bool, complete);
    QFETCH(EffectVerdict, expected);
    QFETCH(double, change);
    const EffectWindows windows =
        complete ? completeWindows() : effectWindows(QDate(2024, 5, 20), 14, QDate(2024, 5, 30));
    QCOMPARE(windows.afterComplete, complete);
    const FocusEffect effect = judgeEffect(kpi, before, after, windows, 10);
    QCOMPARE(effect.kpi, kpi);
    QCOMPARE(effect.verdict, expected);
    QCOMPARE(effect.before.n, before.n);
    QCOMPARE(effect.after.value, after.value);
    QCOMPARE(effect.change.has_value(), !qIsNaN(change));
    if (effect.change)
        QVERIFY2(qAbs(*effect.change - change) < 1e-9, qPrintable(QString::number(*effect.change)));
}

void TestCoaching::summaryOrderAndMeans()
{
    using V = EffectVerdict;
    const QList<FocusEffect> effects{
        // CSAT: +4 improved, −2 worsened → mean (4 − 2) ÷ 2 = 1 point = 1 step. The not-enough-data and
        // running
        // sessions count as sessions only, whatever their change.
        judged(KpiId::Csat, V::Improved, 4), judged(KpiId::Csat, V::Worsened, -2),
        judged(KpiId::Csat, V::NotEnoughData, 10), judged(KpiId::Csat, V::Running, 8),
        // AHT: −30 s (better) and 0 → mean improvement (30 + 0) ÷ 2 = 15 s = 1.5 steps of 10 s.
        judged(KpiId::Aht, V::Improved, -30), judged(KpiId::Aht, V::Unchanged, 0),
        // QA: −5 points → −5 steps.
        judged(KpiId::Qa, V::Worsened, -5),
        // Attendance: only running → no mean, last.
        judged(KpiId::Attendance, V::Running, 3),
        // CpH: +0.3 → 3 steps of 0.1: first, though smallest in its own unit.
        judged(KpiId::Cph, V::Improved, 0.3)};
    const QList<FocusAreaSummary> rows = summarizeFocusAreas(effects);
    QCOMPARE(rows.size(), 5);
    const QList<KpiId> order{KpiId::Cph, KpiId::Aht, KpiId::Csat, KpiId::Qa, KpiId::Attendance};
    for (qsizetype i = 0; i < order.size(); ++i)
        QCOMPARE(rows[i].kpi, order[i]);

    const FocusAreaSummary &csat = rows[2];
    QCOMPARE(csat.sessions, 4);
    QCOMPARE(csat.judged, 2);
    QCOMPARE(csat.improved, 1);
    QCOMPARE(csat.unchanged, 0);
    QCOMPARE(csat.worsened, 1);
    QCOMPARE(*csat.meanImprovement, 1.0);
    const FocusAreaSummary &aht = rows[1];
    QCOMPARE(aht.sessions, 2);
    QCOMPARE(aht.judged, 2);
    QCOMPARE(aht.improved, 1);
    QCOMPARE(aht.unchanged, 1);
    QCOMPARE(*aht.meanImprovement, 15.0);
    QCOMPARE(*rows[3].meanImprovement, -5.0);
    QCOMPARE(rows[3].worsened, 1);
    QVERIFY(qAbs(*rows[0].meanImprovement - 0.3) < 1e-12);
    QCOMPARE(rows[4].sessions, 1);
    QCOMPARE(rows[4].judged, 0);
    QVERIFY(!rows[4].meanImprovement);
    QVERIFY(summarizeFocusAreas({}).isEmpty());
}

void TestCoaching::summaryTieBreaks()
{
    using V = EffectVerdict;
    // NPS and FCR both +2 points on average: NPS, judged twice, before FCR, judged once, despite KpiId order.
    // Sales and QA +1 each, once: KpiId order (sales before QA).
    const QList<FocusEffect> effects{
        judged(KpiId::Fcr, V::Improved, 2),       judged(KpiId::Nps, V::Improved, 3),
        judged(KpiId::Nps, V::Improved, 1),       judged(KpiId::Qa, V::Improved, 1),
        judged(KpiId::Sales, V::Improved, 1),     judged(KpiId::Csat, V::Running, 5),
        judged(KpiId::Aht, V::NotEnoughData, -40)};
    const QList<FocusAreaSummary> rows = summarizeFocusAreas(effects);
    QList<KpiId> order;
    for (const FocusAreaSummary &row : rows)
        order << row.kpi;
    // CSAT and AHT without a judged session: last, both, in KpiId order (judged 0 each).
    const QList<KpiId> expected{KpiId::Nps, KpiId::Fcr, KpiId::Sales, KpiId::Qa, KpiId::Csat, KpiId::Aht};
    QCOMPARE(order, expected);
    QCOMPARE(*rows[0].meanImprovement, 2.0);
    QCOMPARE(rows[0].judged, 2);
}

HUDDLE_TEST_GUILESS_MAIN("test_coaching", TestCoaching)
#include "tst_coaching.moc"
