// Unit tests of the pure KPI math in app/core. Every expected number is worked out by hand in the
// comments (or checked against the reference values in shared/docs/domain.md), never produced by the code
// under test.
#include "core/csatscale.h"
#include "core/handletime.h"
#include "core/kpitotals.h"
#include "core/kpivalues.h"
#include "core/qascore.h"
#include "core/quadrant.h"
#include "core/trend.h"
#include "core/wilson.h"
#include "support/testmain.h"

#include <QtTest>

#include <cmath>
#include <optional>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::HandleBasis)
Q_DECLARE_METATYPE(huddle::core::Quadrant)

namespace {

// Data tables use -1 for "the export left this duration out".
std::optional<int> seconds(int value)
{
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

// A CSAT tally of `count` responses of each score, all on one scale, with the default rules.
CsatTally tally(CsatScale scale, std::initializer_list<std::pair<int, qint64>> scoreCounts,
                const CsatRules &rules = {})
{
    CsatTally t;
    for (const auto &[score, count] : scoreCounts)
        t.add(score, scale, count, rules);
    return t;
}

bool isNan(const std::optional<double> &value)
{
    return value && std::isnan(*value);
}

// Every field of KpiTotals with a distinct value, so an operator+= that forgets one shows up.
KpiTotals numberedTotals(qint64 base)
{
    KpiTotals t;
    t.offered = base + 1;
    t.handled = base + 2;
    t.abandoned = base + 3;
    t.handleCount = base + 4;
    t.handleSecondsSum = base + 5;
    t.talkOnlyCount = base + 6;
    t.waitCount = base + 7;
    t.waitSecondsSum = base + 8;
    t.answeredWithinSl = base + 9;
    t.resolvedKnown = base + 10;
    t.resolved = base + 11;
    t.npsResponses = base + 12;
    t.npsPromoters = base + 13;
    t.npsDetractors = base + 14;
    t.salesCount = base + 15;
    t.salesCents = base + 16;
    t.shiftsScheduled = base + 17;
    t.shiftsAttended = base + 18;
    t.lateCount = base + 19;
    t.violations = base + 20;
    t.qaEvaluations = base + 21;
    t.onQueueSeconds = base + 22;
    t.qaScoreSum = static_cast<double>(base) + 22.5;
    return t;
}

} // namespace

class TestCore : public QObject {
    Q_OBJECT

private slots:
    void qaAnswersOutOfRangeAreRefused();
    void satisfiedThreshold_data();
    void satisfiedThreshold();
    void csatRuleOverrides();
    void csatTallyCountsAndMean();
    void csatTallyMixedScales();
    void csatTallyMerge();

    void handleTime_data();
    void handleTime();

    void computeKpisOnHandBuiltTotals();
    void ahtBasis_data();
    void ahtBasis();
    void nps_data();
    void nps();
    void perfectCsatMonth_data();
    void perfectCsatMonth();
    void emptyPeriodHasNoValues();
    void partlyEmptyPeriod();

    void wilson_data();
    void wilson();
    void wilsonEmpty();

    void qaScore_data();
    void qaScore();
    void qaScoreWorkedExample();

    void trendByDay();
    void trendByWeek();
    void trendWeekAcrossYearEnd();
    void trendInvalidRange();
    void trendByMonth();
    void trendMonthEnds();
    void trendWeeksAcrossDaylightSaving();
    void quadrant_data();
    void quadrant();
    void quadrantMedians_data();
    void quadrantMedians();
    void quadrantOfMedians();

    void totalsAddEveryField();
    void totalsOfTwoDaysEqualTotalsOfUnion();
};

// ---- CSAT ------------------------------------------------------------------------------------------

void TestCore::satisfiedThreshold_data()
{
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("satisfied");

    // domain.md: 4–5 on 1–5, 8–10 on 1–10, 9–10 on 0–10, "good" (1) on good/bad.
    QTest::newRow("1-5: 5") << 1 << 5 << 5 << true;
    QTest::newRow("1-5: 4") << 1 << 5 << 4 << true;
    QTest::newRow("1-5: 3") << 1 << 5 << 3 << false;
    QTest::newRow("1-5: 1") << 1 << 5 << 1 << false;
    QTest::newRow("1-10: 10") << 1 << 10 << 10 << true;
    QTest::newRow("1-10: 8") << 1 << 10 << 8 << true;
    QTest::newRow("1-10: 7") << 1 << 10 << 7 << false;
    QTest::newRow("0-10: 10") << 0 << 10 << 10 << true;
    QTest::newRow("0-10: 9") << 0 << 10 << 9 << true;
    QTest::newRow("0-10: 8") << 0 << 10 << 8 << false; // 8 satisfies on 1–10 but not on 0–10
    QTest::newRow("0-10: 0") << 0 << 10 << 0 << false;
    QTest::newRow("good/bad: good") << 0 << 1 << 1 << true;
    QTest::newRow("good/bad: bad") << 0 << 1 << 0 << false;
    // Other scales: top 25 % of the range rounded up. 1–7: 1 + ceil(0.75 × 6) = 1 + 5 = 6.
    QTest::newRow("1-7: 6") << 1 << 7 << 6 << true;
    QTest::newRow("1-7: 5") << 1 << 7 << 5 << false;
}

void TestCore::satisfiedThreshold()
{
    QFETCH(int, min);
    QFETCH(int, max);
    QFETCH(int, score);
    QFETCH(bool, satisfied);
    const CsatRules rules;
    QCOMPARE(rules.isSatisfied(score, CsatScale{min, max}), satisfied);
}

void TestCore::csatRuleOverrides()
{
    CsatRules strict;
    strict.threshold1to5 = 5; // a site that only counts "5"
    strict.threshold1to10 = 9;
    strict.threshold0to10 = 7; // and a lenient 0–10
    QVERIFY(!strict.isSatisfied(4, {1, 5}));
    QVERIFY(strict.isSatisfied(5, {1, 5}));
    QVERIFY(!strict.isSatisfied(8, {1, 10}));
    QVERIFY(strict.isSatisfied(9, {1, 10}));
    QVERIFY(strict.isSatisfied(7, {0, 10}));
    QVERIFY(!strict.isSatisfied(6, {0, 10}));
    QCOMPARE(strict.satisfiedThreshold({1, 5}), 5);
    QCOMPARE(strict.satisfiedThreshold({0, 10}), 7);
    // Scales without an override keep their default.
    QCOMPARE(strict.satisfiedThreshold({0, 1}), 1);
    QCOMPARE(strict.satisfiedThreshold({1, 7}), 6);

    // The rules are applied when a response is added to a tally: 4s are not satisfied under "5 only".
    const CsatTally t = tally({1, 5}, {{5, 2}, {4, 3}}, strict);
    QCOMPARE(t.responses, 5);
    QCOMPARE(t.satisfied, 2);
}

void TestCore::csatTallyCountsAndMean()
{
    // Scores 5, 5, 4, 3, 1 on 1–5: satisfied 3 of 5 = 60 %; mean (5+5+4+3+1)/5 = 18/5 = 3.6.
    const CsatTally t = tally({1, 5}, {{5, 2}, {4, 1}, {3, 1}, {1, 1}});
    QCOMPARE(t.responses, 5);
    QCOMPARE(t.satisfied, 3);
    QCOMPARE(t.scoreSum, 18.0);
    QVERIFY(t.scale.has_value());
    QCOMPARE(*t.scale, (CsatScale{1, 5}));
    QVERIFY(!t.mixedScales);

    KpiTotals totals;
    totals.csat = t;
    const KpiValues v = computeKpis(totals);
    QVERIFY(v.csatPct.value);
    QCOMPARE(*v.csatPct.value, 60.0);
    QCOMPARE(v.csatPct.n, 5);
    QCOMPARE(v.csatPct.successes, 3);
    QVERIFY(v.csatMean);
    QCOMPARE(*v.csatMean, 3.6);

    // A count of zero (or less) adds nothing, not even the scale.
    CsatTally none;
    none.add(5, {1, 5}, 0, {});
    QCOMPARE(none.responses, 0);
    QVERIFY(!none.scale);
}

void TestCore::csatTallyMixedScales()
{
    // 5 and 4 on 1–5 (both satisfied), 9 on 0–10 (satisfied), 8 on 0–10 (not): 3 of 4 = 75 %.
    CsatTally t;
    t.add(5, {1, 5}, 1, {});
    t.add(4, {1, 5}, 1, {});
    t.add(9, {0, 10}, 1, {});
    t.add(8, {0, 10}, 1, {});
    QCOMPARE(t.responses, 4);
    QCOMPARE(t.satisfied, 3);
    QVERIFY(t.mixedScales);
    QVERIFY(!t.scale);
    // Back on the first scale: still mixed, a mean of 1–5 and 0–10 answers means nothing.
    t.add(5, {1, 5}, 1, {});
    QVERIFY(t.mixedScales);
    QVERIFY(!t.scale);

    KpiTotals totals;
    totals.csat = t;
    const KpiValues v = computeKpis(totals);
    QVERIFY(!v.csatMean);
    QVERIFY(v.csatPct.value);
    QCOMPARE(*v.csatPct.value, 80.0); // 4 of 5
}

void TestCore::csatTallyMerge()
{
    const CsatTally a = tally({1, 5}, {{5, 1}, {2, 1}}); // 1 of 2, sum 7
    const CsatTally b = tally({1, 5}, {{4, 2}});         // 2 of 2, sum 8
    const CsatTally c = tally({0, 10}, {{10, 1}});       // 1 of 1, sum 10

    CsatTally same = a;
    same.merge(b);
    QCOMPARE(same.responses, 4);
    QCOMPARE(same.satisfied, 3);
    QCOMPARE(same.scoreSum, 15.0);
    QVERIFY(same.scale && *same.scale == (CsatScale{1, 5}));

    CsatTally mixed = a;
    mixed.merge(c);
    QCOMPARE(mixed.responses, 3);
    QCOMPARE(mixed.satisfied, 2);
    QVERIFY(mixed.mixedScales);
    QVERIFY(!mixed.scale);

    // Merging into an empty tally takes the other's scale; merging an empty one changes nothing.
    CsatTally empty;
    empty.merge(c);
    QVERIFY(empty.scale && *empty.scale == (CsatScale{0, 10}));
    QCOMPARE(empty.responses, 1);
    CsatTally unchanged = a;
    unchanged.merge(CsatTally{});
    QCOMPARE(unchanged.responses, 2);
    QVERIFY(unchanged.scale && *unchanged.scale == (CsatScale{1, 5}));

    // Once mixed, merging a single-scale tally keeps it mixed.
    CsatTally stillMixed = mixed;
    stillMixed.merge(b);
    QVERIFY(stillMixed.mixedScales);
    QVERIFY(!stillMixed.scale);
    QCOMPARE(stillMixed.responses, 5);
}

// ---- Handle time -----------------------------------------------------------------------------------

void TestCore::handleTime_data()
{
    QTest::addColumn<int>("talk");
    QTest::addColumn<int>("hold");
    QTest::addColumn<int>("acw");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("expected"); // -1: no value
    QTest::addColumn<HandleBasis>("basis");

    QTest::newRow("total wins over components") << 100 << 20 << 30 << 300 << 300 << HandleBasis::Total;
    QTest::newRow("total alone") << -1 << -1 << -1 << 250 << 250 << HandleBasis::Total;
    QTest::newRow("talk+hold+acw") << 100 << 20 << 30 << -1 << 150 << HandleBasis::Components;
    QTest::newRow("hold missing = 0") << 100 << -1 << 30 << -1 << 130 << HandleBasis::Components;
    QTest::newRow("acw missing = 0") << 100 << 20 << -1 << -1 << 120 << HandleBasis::Components;
    QTest::newRow("zero hold and acw given") << 100 << 0 << 0 << -1 << 100 << HandleBasis::Components;
    QTest::newRow("talk only") << 100 << -1 << -1 << -1 << 100 << HandleBasis::TalkOnly;
    QTest::newRow("nothing") << -1 << -1 << -1 << -1 << -1 << HandleBasis::None;
}

void TestCore::handleTime()
{
    QFETCH(int, talk);
    QFETCH(int, hold);
    QFETCH(int, acw);
    QFETCH(int, total);
    QFETCH(int, expected);
    QFETCH(HandleBasis, basis);
    const HandleTime h = effectiveHandleTime(seconds(talk), seconds(hold), seconds(acw), seconds(total));
    QCOMPARE(h.seconds, seconds(expected));
    QCOMPARE(h.basis, basis);
}

// ---- computeKpis -----------------------------------------------------------------------------------

void TestCore::computeKpisOnHandBuiltTotals()
{
    KpiTotals t;
    t.offered = 50;
    t.handled = 40;
    t.abandoned = 10;
    t.handleCount = 40;
    t.handleSecondsSum = 16000; // AHT 16000 / 40 = 400 s
    t.talkOnlyCount = 5;        // some, not all, talk only → labelled partly talk only
    t.waitCount = 40;
    t.waitSecondsSum = 1000; // ASA 1000 / 40 = 25 s
    t.answeredWithinSl = 30; // SL 30 / 50 offered = 60 %
    t.resolvedKnown = 32;
    t.resolved = 24; // FCR 24 / 32 = 75 %
    // CSAT: 6×5, 3×4, 1×3, 2×1 → satisfied 9 of 12 = 75 %; mean (30+12+3+2)/12 = 47/12.
    t.csat = tally({1, 5}, {{5, 6}, {4, 3}, {3, 1}, {1, 2}});
    t.npsResponses = 8;
    t.npsPromoters = 5;
    t.npsDetractors = 1; // NPS (5 − 1) / 8 × 100 = 50
    t.salesCount = 6;
    t.salesCents = 7200; // conversion 6 / 40 = 15 %
    t.shiftsScheduled = 20;
    t.shiftsAttended = 18; // attendance 90 %
    t.lateCount = 3;
    t.violations = 1;
    t.qaEvaluations = 4;
    t.qaScoreSum = 340; // QA mean 85 %

    const KpiValues v = computeKpis(t);
    QCOMPARE(v.offered, 50);
    QCOMPARE(v.handled, 40);
    QCOMPARE(v.csatPct.value, std::optional<double>(75.0));
    QCOMPARE(v.csatPct.n, 12);
    QVERIFY(v.csatMean);
    QVERIFY(qFuzzyCompare(*v.csatMean, 47.0 / 12.0));
    QCOMPARE(v.ahtSeconds.value, std::optional<double>(400.0));
    QCOMPARE(v.ahtSeconds.n, 40);
    QCOMPARE(v.ahtBasis, HandleBasis::PartlyTalkOnly);
    QCOMPARE(v.asaSeconds.value, std::optional<double>(25.0));
    QCOMPARE(v.serviceLevelPct.value, std::optional<double>(60.0));
    QCOMPARE(v.serviceLevelPct.n, 50);
    QCOMPARE(v.abandonPct.value, std::optional<double>(20.0));
    QCOMPARE(v.fcrPct.value, std::optional<double>(75.0));
    QCOMPARE(v.fcrPct.n, 32);
    QCOMPARE(v.nps.value, std::optional<double>(50.0));
    QCOMPARE(v.nps.n, 8);
    QCOMPARE(v.salesCount, 6);
    QCOMPARE(v.salesCents, 7200);
    QCOMPARE(v.conversionPct.value, std::optional<double>(15.0));
    QCOMPARE(v.attendancePct.value, std::optional<double>(90.0));
    QCOMPARE(v.attendanceViolations, 1);
    QCOMPARE(v.lateCount, 3);
    QCOMPARE(v.qaPct.value, std::optional<double>(85.0));
    QCOMPARE(v.qaPct.n, 4);
    QVERIFY(!v.perfectCsat);
    // A rate carries its Wilson interval: 9 of 12 lies inside it.
    const auto interval = v.csatPct.interval();
    QVERIFY(interval);
    QVERIFY(interval->low < 75.0 && interval->high > 75.0);
}

void TestCore::ahtBasis_data()
{
    QTest::addColumn<qint64>("handleCount");
    QTest::addColumn<qint64>("talkOnlyCount");
    QTest::addColumn<qint64>("handleSum");
    QTest::addColumn<double>("aht"); // < 0: no value
    QTest::addColumn<HandleBasis>("basis");

    QTest::newRow("all talk only") << qint64(3) << qint64(3) << qint64(600) << 200.0 << HandleBasis::TalkOnly;
    QTest::newRow("mixed") << qint64(4) << qint64(1) << qint64(1000) << 250.0 << HandleBasis::PartlyTalkOnly;
    QTest::newRow("no talk only") << qint64(2) << qint64(0) << qint64(500) << 250.0
                                  << HandleBasis::Components;
    QTest::newRow("no handle times") << qint64(0) << qint64(0) << qint64(0) << -1.0 << HandleBasis::None;
}

void TestCore::ahtBasis()
{
    QFETCH(qint64, handleCount);
    QFETCH(qint64, talkOnlyCount);
    QFETCH(qint64, handleSum);
    QFETCH(double, aht);
    QFETCH(HandleBasis, basis);
    KpiTotals t;
    t.handled = handleCount + 1; // one handled conversation without any duration
    t.handleCount = handleCount;
    t.talkOnlyCount = talkOnlyCount;
    t.handleSecondsSum = handleSum;
    const KpiValues v = computeKpis(t);
    QCOMPARE(v.ahtSeconds.value, aht < 0 ? std::nullopt : std::optional<double>(aht));
    QCOMPARE(v.ahtSeconds.n, handleCount);
    QCOMPARE(v.ahtBasis, basis);
}

void TestCore::nps_data()
{
    QTest::addColumn<QList<int>>("answers");
    QTest::addColumn<double>("nps");

    // domain.md reference: 10, 9, 8, 7, 6, 0 → promoters 2/6, detractors 2/6 → 0.
    QTest::newRow("reference") << QList<int>{10, 9, 8, 7, 6, 0} << 0.0;
    // 10, 10, 9, 3: promoters 3/4 = 75 %, detractors 1/4 = 25 % → 50.
    QTest::newRow("mostly promoters") << QList<int>{10, 10, 9, 3} << 50.0;
    // 7, 8: passives only → 0; 6, 5, 9: promoters 1/3, detractors 2/3 → −33.33…
    QTest::newRow("passives") << QList<int>{7, 8} << 0.0;
    QTest::newRow("negative") << QList<int>{6, 5, 9} << -100.0 / 3.0;
}

void TestCore::nps()
{
    QFETCH(QList<int>, answers);
    QFETCH(double, nps);
    // Classify the answers here (storage does it in SQL): promoters 9–10, detractors 0–6.
    KpiTotals t;
    for (int answer : answers) {
        ++t.npsResponses;
        t.npsPromoters += answer >= 9 ? 1 : 0;
        t.npsDetractors += answer <= 6 ? 1 : 0;
    }
    const KpiValues v = computeKpis(t);
    QVERIFY(v.nps.value);
    QVERIFY2(qAbs(*v.nps.value - nps) < 1e-9, qPrintable(QString::number(*v.nps.value)));
    QCOMPARE(v.nps.n, answers.size());
}

void TestCore::perfectCsatMonth_data()
{
    QTest::addColumn<int>("fives");
    QTest::addColumn<int>("threes");
    QTest::addColumn<int>("minResponses");
    QTest::addColumn<bool>("perfect");

    QTest::newRow("5 of 5") << 5 << 0 << 5 << true;
    QTest::newRow("4 of 4 is too few") << 4 << 0 << 5 << false;
    QTest::newRow("23 of 23") << 23 << 0 << 5 << true;
    QTest::newRow("22 of 23") << 22 << 1 << 5 << false;
    QTest::newRow("no responses") << 0 << 0 << 5 << false;
    QTest::newRow("4 of 4 with minimum 3") << 4 << 0 << 3 << true;
    // With no minimum, a month without any response still has no CSAT %, so it cannot be 100 %.
    QTest::newRow("no responses, minimum 0") << 0 << 0 << 0 << false;
}

void TestCore::perfectCsatMonth()
{
    QFETCH(int, fives);
    QFETCH(int, threes);
    QFETCH(int, minResponses);
    QFETCH(bool, perfect);
    KpiTotals t;
    t.csat = tally({1, 5}, {{5, fives}, {3, threes}});
    KpiDefinitions definitions;
    definitions.perfectCsatMinResponses = minResponses;
    // A month with no responses is never perfect, whatever the minimum.
    QCOMPARE(computeKpis(t, definitions).perfectCsat, perfect);
}

void TestCore::emptyPeriodHasNoValues()
{
    const KpiValues v = computeKpis(KpiTotals{});
    QCOMPARE(v.offered, 0);
    QCOMPARE(v.handled, 0);
    QCOMPARE(v.salesCount, 0);
    QCOMPARE(v.salesCents, 0);
    QCOMPARE(v.attendanceViolations, 0);
    QCOMPARE(v.lateCount, 0);
    QVERIFY(!v.perfectCsat);
    QCOMPARE(v.ahtBasis, HandleBasis::None);
    const QList<std::pair<const char *, const Measure *>> measures{{"csat", &v.csatPct},
                                                                   {"aht", &v.ahtSeconds},
                                                                   {"asa", &v.asaSeconds},
                                                                   {"sl", &v.serviceLevelPct},
                                                                   {"abandon", &v.abandonPct},
                                                                   {"fcr", &v.fcrPct},
                                                                   {"nps", &v.nps},
                                                                   {"conversion", &v.conversionPct},
                                                                   {"attendance", &v.attendancePct},
                                                                   {"qa", &v.qaPct}};
    for (const auto &[name, measure] : measures) {
        QVERIFY2(!measure->hasValue(), name);
        QVERIFY2(measure->n == 0, name);
    }
    QVERIFY(!v.csatMean);
    QVERIFY(!v.csatPct.interval());
}

void TestCore::partlyEmptyPeriod()
{
    // Conversations but no surveys, sales, shifts or evaluations: those rates stay empty, never 0 or NaN.
    KpiTotals t;
    t.offered = 3;
    t.handled = 3;
    t.handleCount = 3;
    t.handleSecondsSum = 900;
    const KpiValues v = computeKpis(t);
    QCOMPARE(v.ahtSeconds.value, std::optional<double>(300.0));
    QCOMPARE(v.conversionPct.value, std::optional<double>(0.0)); // 0 sales of 3 handled is a real 0 %
    const QList<const Measure *> empties{&v.csatPct,       &v.fcrPct, &v.nps,
                                         &v.attendancePct, &v.qaPct,  &v.asaSeconds};
    for (const Measure *m : empties) {
        QVERIFY(!m->hasValue());
        QVERIFY(!isNan(m->value));
    }
    // Offered but nothing handled (all abandoned): conversion has no base, abandon is 100 %.
    KpiTotals abandoned;
    abandoned.offered = 2;
    abandoned.abandoned = 2;
    const KpiValues a = computeKpis(abandoned);
    QVERIFY(!a.conversionPct.hasValue());
    QCOMPARE(a.abandonPct.value, std::optional<double>(100.0));
    QCOMPARE(a.serviceLevelPct.value, std::optional<double>(0.0));
}

// ---- Wilson ----------------------------------------------------------------------------------------

void TestCore::wilson_data()
{
    QTest::addColumn<qint64>("successes");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    // domain.md reference values (z = 1.959964).
    QTest::newRow("23/25") << qint64(23) << qint64(25) << 75.03 << 97.78;
    QTest::newRow("9/10") << qint64(9) << qint64(10) << 59.58 << 98.21;
    QTest::newRow("50/100") << qint64(50) << qint64(100) << 40.38 << 59.62;
    // Edges, by the same formula worked separately: 0/5 → 0–43.45; 5/5 → 56.55–100.
    QTest::newRow("0/5") << qint64(0) << qint64(5) << 0.0 << 43.45;
    QTest::newRow("5/5") << qint64(5) << qint64(5) << 56.55 << 100.0;
}

void TestCore::wilson()
{
    QFETCH(qint64, successes);
    QFETCH(qint64, n);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto interval = wilson95(successes, n);
    QVERIFY(interval);
    QVERIFY2(qAbs(interval->low - low) <= 0.005, qPrintable(QString::number(interval->low, 'f', 4)));
    QVERIFY2(qAbs(interval->high - high) <= 0.005, qPrintable(QString::number(interval->high, 'f', 4)));
    QVERIFY(interval->low >= 0 && interval->high <= 100);
}

void TestCore::wilsonEmpty()
{
    QVERIFY(!wilson95(0, 0));
    QVERIFY(!wilson95(3, 2)); // more successes than trials is not a proportion
    QVERIFY(!wilson95(-1, 5));
}

// ---- QA score --------------------------------------------------------------------------------------

void TestCore::qaScore_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QList<CriterionAnswer>>("answers");
    QTest::addColumn<double>("expected"); // < 0: no score

    const Criterion yes1{1, CriterionKind::YesNo, false};
    const Criterion yes2{2, CriterionKind::YesNo, false};
    const Criterion critical{1, CriterionKind::YesNo, true};
    const Criterion scale3{3, CriterionKind::Scale1to5, false};
    const CriterionAnswer yes{false, 1};
    const CriterionAnswer no{false, 0};
    const CriterionAnswer na{true, 0};
    auto points = [](int p) { return CriterionAnswer{false, p}; };

    // Weights: yes (2×1) + no (1×0) = 2 of 3 → 66.67 %.
    QTest::newRow("weights") << QList<Criterion>{yes2, yes1} << QList<CriterionAnswer>{yes, no}
                             << 200.0 / 3.0;
    // N/A drops the criterion from both sums: yes on weight 1 only → 100 %.
    QTest::newRow("N/A excluded") << QList<Criterion>{yes2, yes1} << QList<CriterionAnswer>{na, yes} << 100.0;
    // 1–5 earns points − 1 of 4: 5 → 4/4, 3 → 2/4, 1 → 0/4.
    QTest::newRow("scale 5") << QList<Criterion>{scale3} << QList<CriterionAnswer>{points(5)} << 100.0;
    QTest::newRow("scale 3") << QList<Criterion>{scale3} << QList<CriterionAnswer>{points(3)} << 50.0;
    QTest::newRow("scale 1") << QList<Criterion>{scale3} << QList<CriterionAnswer>{points(1)} << 0.0;
    // A failed auto-fail zeroes an otherwise perfect evaluation …
    QTest::newRow("auto-fail failed")
        << QList<Criterion>{critical, yes2, scale3} << QList<CriterionAnswer>{no, yes, points(5)} << 0.0;
    // … a passed one does not: (1 + 2 + 3×4) / (1 + 2 + 3×4) = 100 %.
    QTest::newRow("auto-fail passed")
        << QList<Criterion>{critical, yes2, scale3} << QList<CriterionAnswer>{yes, yes, points(5)} << 100.0;
    // An auto-fail marked N/A is not failed, and left out of the sums: yes on weight 2 → 2 of 2 = 100 %.
    QTest::newRow("auto-fail N/A") << QList<Criterion>{critical, yes2} << QList<CriterionAnswer>{na, yes}
                                   << 100.0;
    QTest::newRow("all N/A") << QList<Criterion>{yes1, scale3} << QList<CriterionAnswer>{na, na} << -1.0;
    QTest::newRow("no criteria") << QList<Criterion>{} << QList<CriterionAnswer>{} << -1.0;
    QTest::newRow("answer count mismatch")
        << QList<Criterion>{yes1, yes2} << QList<CriterionAnswer>{yes} << -1.0;
}

void TestCore::qaScore()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QList<CriterionAnswer>, answers);
    QFETCH(double, expected);
    const std::optional<double> score = qaScorePct(criteria, answers);
    if (expected < 0) {
        QVERIFY(!score);
        return;
    }
    QVERIFY(score);
    QVERIFY2(qAbs(*score - expected) < 1e-9, qPrintable(QString::number(*score)));
}

void TestCore::qaScoreWorkedExample()
{
    // A small scorecard worked by hand:
    //   greeting      yes/no  weight 2   answered yes  → earns 2×1 = 2 of 2×1 = 2
    //   understanding 1–5     weight 3   answered 4    → earns 3×3 = 9 of 3×4 = 12
    //   upsell        yes/no  weight 1   N/A           → left out
    //   tone          1–5     weight 1   answered 1    → earns 1×0 = 0 of 1×4 = 4
    //   closing       yes/no  weight 2   answered no   → earns 0 of 2
    // total 11 of 20 → 55 %.
    const QList<Criterion> criteria{{2, CriterionKind::YesNo, false},
                                    {3, CriterionKind::Scale1to5, false},
                                    {1, CriterionKind::YesNo, false},
                                    {1, CriterionKind::Scale1to5, false},
                                    {2, CriterionKind::YesNo, false}};
    const QList<CriterionAnswer> answers{{false, 1}, {false, 4}, {true, 0}, {false, 1}, {false, 0}};
    const auto score = qaScorePct(criteria, answers);
    QVERIFY(score);
    QVERIFY(qFuzzyCompare(*score, 55.0));
    QCOMPARE(maxPoints(CriterionKind::YesNo), 1);
    QCOMPARE(maxPoints(CriterionKind::Scale1to5), 4);
}

// ---- Trends and quadrants --------------------------------------------------------------------------

namespace {

KpiTotals handled(qint64 count, qint64 cents = 0)
{
    KpiTotals t;
    t.handled = count;
    t.salesCents = cents;
    return t;
}

// January 2024: the 1st is a Monday, so the ISO weeks start on the 1st, 8th, 15th and 22nd.
QMap<QDate, KpiTotals> januaryDays()
{
    return {{QDate(2024, 1, 2), handled(1000)}, // before the range: never counted
            {QDate(2024, 1, 3), handled(1, 10)},
            {QDate(2024, 1, 7), handled(2, 20)}, // Sunday: still the first week
            {QDate(2024, 1, 15), handled(8)},    // Monday: third week
            {QDate(2024, 1, 16), handled(16)},
            {QDate(2024, 1, 21), handled(32)},    // Sunday of the third week
            {QDate(2024, 1, 24), handled(2000)}}; // after the range
}

} // namespace

void TestCore::trendByDay()
{
    const DateRange range{QDate(2024, 1, 3), QDate(2024, 1, 23)};
    const QList<TrendBucket> buckets = bucketTrend(januaryDays(), range, Granularity::Day);
    QCOMPARE(buckets.size(), 21); // 3rd … 23rd inclusive, empty days included
    qint64 sum = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        QCOMPARE(buckets[i].start, QDate(2024, 1, 3).addDays(i));
        QCOMPARE(buckets[i].end, buckets[i].start);
        sum += buckets[i].totals.handled;
    }
    QCOMPARE(sum, 1 + 2 + 8 + 16 + 32);
    QCOMPARE(buckets[0].totals.handled, 1);
    QCOMPARE(buckets[0].totals.salesCents, 10);
    QCOMPARE(buckets[1].totals.handled, 0);   // the 4th: no data, still a bucket
    QCOMPARE(buckets[4].totals.handled, 2);   // the 7th
    QCOMPARE(buckets[13].totals.handled, 16); // the 16th
}

void TestCore::trendByWeek()
{
    // Wednesday 3rd to Tuesday 23rd: a partial first week (3rd–7th), an empty full week (8th–14th),
    // a full week (15th–21st: 8 + 16 + 32 = 56) and an empty partial last week (22nd–23rd).
    const DateRange range{QDate(2024, 1, 3), QDate(2024, 1, 23)};
    const QList<TrendBucket> buckets = bucketTrend(januaryDays(), range, Granularity::Week);
    QCOMPARE(buckets.size(), 4);
    const QList<std::tuple<QDate, QDate, qint64>> expected{{QDate(2024, 1, 1), QDate(2024, 1, 7), 3},
                                                           {QDate(2024, 1, 8), QDate(2024, 1, 14), 0},
                                                           {QDate(2024, 1, 15), QDate(2024, 1, 21), 56},
                                                           {QDate(2024, 1, 22), QDate(2024, 1, 23), 0}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[start, end, count] = expected[i];
        QCOMPARE(buckets[i].start, start); // the Monday, even before the range begins
        QCOMPARE(buckets[i].end, end);     // the last day inside the range
        QCOMPARE(buckets[i].totals.handled, count);
        QCOMPARE(buckets[i].start.dayOfWeek(), 1);
    }
    QCOMPARE(buckets[0].totals.salesCents, 30); // only the 3rd and 7th, not the 2nd
}

void TestCore::trendWeekAcrossYearEnd()
{
    // Wednesday 30 Dec 2020 to Tuesday 5 Jan 2021: ISO week 53 of 2020 starts Monday 28 Dec.
    const QMap<QDate, KpiTotals> days{
        {QDate(2020, 12, 31), handled(5)}, {QDate(2021, 1, 3), handled(7)}, {QDate(2021, 1, 4), handled(11)}};
    const auto buckets = bucketTrend(days, {QDate(2020, 12, 30), QDate(2021, 1, 5)}, Granularity::Week);
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets[0].start, QDate(2020, 12, 28));
    QCOMPARE(buckets[0].end, QDate(2021, 1, 3));
    QCOMPARE(buckets[0].totals.handled, 12);
    QCOMPARE(buckets[1].start, QDate(2021, 1, 4));
    QCOMPARE(buckets[1].end, QDate(2021, 1, 5));
    QCOMPARE(buckets[1].totals.handled, 11);
}

void TestCore::trendInvalidRange()
{
    QVERIFY(bucketTrend(januaryDays(), {QDate(2024, 1, 10), QDate(2024, 1, 9)}, Granularity::Day).isEmpty());
    QVERIFY(bucketTrend(januaryDays(), {}, Granularity::Week).isEmpty());
    // A one-day range is one bucket.
    const auto one = bucketTrend(januaryDays(), {QDate(2024, 1, 7), QDate(2024, 1, 7)}, Granularity::Week);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].totals.handled, 2);
}

void TestCore::trendByMonth()
{
    // 15 Jan to 10 Apr 2028 (a leap year): January from the 15th, February to the 29th, all of March,
    // April to the 10th. Days outside the range count nowhere.
    const QMap<QDate, KpiTotals> days{{QDate(2028, 1, 14), handled(1000)}, {QDate(2028, 1, 15), handled(1)},
                                      {QDate(2028, 1, 31), handled(2)},    {QDate(2028, 2, 1), handled(4)},
                                      {QDate(2028, 2, 29), handled(8)},    {QDate(2028, 3, 1), handled(16)},
                                      {QDate(2028, 3, 31), handled(32)},   {QDate(2028, 4, 10), handled(64)},
                                      {QDate(2028, 4, 11), handled(2000)}};
    const auto buckets = bucketTrend(days, {QDate(2028, 1, 15), QDate(2028, 4, 10)}, Granularity::Month);
    const QList<std::tuple<QDate, QDate, qint64>> expected{{QDate(2028, 1, 1), QDate(2028, 1, 31), 1 + 2},
                                                           {QDate(2028, 2, 1), QDate(2028, 2, 29), 4 + 8},
                                                           {QDate(2028, 3, 1), QDate(2028, 3, 31), 16 + 32},
                                                           {QDate(2028, 4, 1), QDate(2028, 4, 10), 64}};
    QCOMPARE(buckets.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[start, end, count] = expected[i];
        QCOMPARE(buckets[i].start, start); // the 1st, even when the range starts mid-month
        QCOMPARE(buckets[i].end, end);     // the month's last day, or the range's
        QCOMPARE(buckets[i].totals.handled, count);
    }
}

void TestCore::trendMonthEnds()
{
    // From 31 January 2026: a one-day January, a 28-day February (not a leap year), a one-day March.
    const QMap<QDate, KpiTotals> days{
        {QDate(2026, 1, 31), handled(1)}, {QDate(2026, 2, 28), handled(2)}, {QDate(2026, 3, 1), handled(4)}};
    const auto buckets = bucketTrend(days, {QDate(2026, 1, 31), QDate(2026, 3, 1)}, Granularity::Month);
    QCOMPARE(buckets.size(), 3);
    QCOMPARE(buckets[0].end, QDate(2026, 1, 31));
    QCOMPARE(buckets[0].totals.handled, 1);
    QCOMPARE(buckets[1].start, QDate(2026, 2, 1));
    QCOMPARE(buckets[1].end, QDate(2026, 2, 28));
    QCOMPARE(buckets[1].totals.handled, 2);
    QCOMPARE(buckets[2].start, QDate(2026, 3, 1));
    QCOMPARE(buckets[2].end, QDate(2026, 3, 1));
    QCOMPARE(buckets[2].totals.handled, 4);
    // A single month ending on the 31st through a year end: December alone, then January.
    const auto yearEnd = bucketTrend({}, {QDate(2025, 12, 31), QDate(2026, 1, 1)}, Granularity::Month);
    QCOMPARE(yearEnd.size(), 2);
    QCOMPARE(yearEnd[0].start, QDate(2025, 12, 1));
    QCOMPARE(yearEnd[1].start, QDate(2026, 1, 1));
}

void TestCore::trendWeeksAcrossDaylightSaving()
{
    // Sunday 8 March 2026 (US clocks spring forward) ends the week of Monday 2 March; Sunday 29 March 2026
    // (EU) ends the week of the 23rd. Each is still seven calendar days, and work done on the short
    // Sunday belongs to the week it ends.
    const QMap<QDate, KpiTotals> days{{QDate(2026, 3, 8), handled(1)},
                                      {QDate(2026, 3, 9), handled(2)},
                                      {QDate(2026, 3, 29), handled(4)},
                                      {QDate(2026, 3, 30), handled(8)},
                                      {QDate(2026, 11, 1), handled(16)}}; // US clocks fall back
    const auto buckets = bucketTrend(days, {QDate(2026, 3, 2), QDate(2026, 11, 1)}, Granularity::Week);
    QCOMPARE(buckets.first().start, QDate(2026, 3, 2));
    QCOMPARE(buckets.last().end, QDate(2026, 11, 1));
    for (const TrendBucket &bucket : buckets) {
        QCOMPARE(bucket.start.daysTo(bucket.end), 6);
        QCOMPARE(bucket.start.dayOfWeek(), 1);
    }
    QCOMPARE(buckets.size(), 35); // 2 March to 1 November: 245 days
    QCOMPARE(buckets[0].totals.handled, 1);
    QCOMPARE(buckets[1].totals.handled, 2);
    QCOMPARE(buckets[3].start, QDate(2026, 3, 23));
    QCOMPARE(buckets[3].totals.handled, 4);
    QCOMPARE(buckets[4].totals.handled, 8);
    QCOMPARE(buckets.last().totals.handled, 16);
    // March is 31 day buckets, the short day included.
    const auto march = bucketTrend(days, {QDate(2026, 3, 1), QDate(2026, 3, 31)}, Granularity::Day);
    QCOMPARE(march.size(), 31);
    QCOMPARE(march[7].start, QDate(2026, 3, 8));
    QCOMPARE(march[7].totals.handled, 1);
}

void TestCore::quadrant_data()
{
    QTest::addColumn<double>("csat"); // < 0: no CSAT
    QTest::addColumn<double>("aht");  // < 0: no AHT
    QTest::addColumn<Quadrant>("expected");

    // Targets: CSAT 85 %, AHT 420 s. Fast = at or below target, satisfied = at or above.
    QTest::newRow("fast satisfied") << 90.0 << 300.0 << Quadrant::FastSatisfied;
    QTest::newRow("slow satisfied") << 90.0 << 500.0 << Quadrant::SlowSatisfied;
    QTest::newRow("fast unsatisfied") << 70.0 << 300.0 << Quadrant::FastUnsatisfied;
    QTest::newRow("slow unsatisfied") << 70.0 << 500.0 << Quadrant::SlowUnsatisfied;
    QTest::newRow("on both targets") << 85.0 << 420.0 << Quadrant::FastSatisfied;
    QTest::newRow("just over AHT") << 85.0 << 420.5 << Quadrant::SlowSatisfied;
    QTest::newRow("no CSAT") << -1.0 << 300.0 << Quadrant::Unknown;
    QTest::newRow("no AHT") << 90.0 << -1.0 << Quadrant::Unknown;
}

void TestCore::quadrant()
{
    QFETCH(double, csat);
    QFETCH(double, aht);
    QFETCH(Quadrant, expected);
    KpiValues values;
    if (csat >= 0)
        values.csatPct.value = csat;
    if (aht >= 0)
        values.ahtSeconds.value = aht;
    QCOMPARE(classifyQuadrant(values, KpiTargets{85.0, 420.0}), expected);
}

void TestCore::quadrantMedians_data()
{
    QTest::addColumn<QList<double>>("aht");
    QTest::addColumn<QList<double>>("csat");
    QTest::addColumn<double>("medianAht"); // < 0: no median
    QTest::addColumn<double>("medianCsat");

    // Odd count: the middle value. Even count: the mean of the middle two.
    QTest::newRow("one") << QList<double>{400} << QList<double>{85} << 400.0 << 85.0;
    QTest::newRow("odd") << QList<double>{300, 500, 400} << QList<double>{90, 70, 80} << 400.0 << 80.0;
    QTest::newRow("even") << QList<double>{300, 600, 500, 400} << QList<double>{90, 60, 70, 80} << 450.0
                          << 75.0;
    QTest::newRow("even with ties") << QList<double>{420, 420, 360, 480} << QList<double>{100, 50, 50, 80}
                                    << 420.0 << 65.0;
    // A point without CSAT (NaN) is left out: the median of 300, 400, 500 and 70, 80, 90.
    QTest::newRow("one without CSAT")
        << QList<double>{300, 500, 400, 9999} << QList<double>{90, 70, 80, qQNaN()} << 400.0 << 80.0;
    QTest::newRow("none") << QList<double>{} << QList<double>{} << -1.0 << -1.0;
    QTest::newRow("only incomplete") << QList<double>{qQNaN()} << QList<double>{80} << -1.0 << -1.0;
}

void TestCore::quadrantMedians()
{
    QFETCH(QList<double>, aht);
    QFETCH(QList<double>, csat);
    QFETCH(double, medianAht);
    QFETCH(double, medianCsat);
    QList<QuadrantPoint> points;
    for (qsizetype i = 0; i < aht.size(); ++i)
        points.append({i + 1, aht[i], csat[i], 100, 20});
    const QuadrantSplit split = medianSplit(points);
    if (medianAht < 0) {
        QVERIFY(!split.medianAhtSeconds);
        QVERIFY(!split.medianCsatPct);
        return;
    }
    QVERIFY(split.medianAhtSeconds && split.medianCsatPct);
    QCOMPARE(*split.medianAhtSeconds, medianAht);
    QCOMPARE(*split.medianCsatPct, medianCsat);
}

void TestCore::quadrantOfMedians()
{
    // Medians 450 s and 75 %: on a median line counts as fast, or satisfied.
    const QuadrantSplit split{450.0, 75.0};
    const auto of = [&](double aht, double csat) { return quadrantOf({1, aht, csat, 10, 10}, split); };
    QCOMPARE(of(300, 90), Quadrant::FastSatisfied);
    QCOMPARE(of(600, 90), Quadrant::SlowSatisfied);
    QCOMPARE(of(300, 60), Quadrant::FastUnsatisfied);
    QCOMPARE(of(600, 60), Quadrant::SlowUnsatisfied);
    QCOMPARE(of(450, 75), Quadrant::FastSatisfied);
    QCOMPARE(of(450.5, 74.9), Quadrant::SlowUnsatisfied);
    QCOMPARE(of(qQNaN(), 80), Quadrant::Unknown);
    QCOMPARE(quadrantOf({1, 300, 90, 10, 10}, QuadrantSplit{}), Quadrant::Unknown);
}

// ---- Additivity ------------------------------------------------------------------------------------

void TestCore::totalsAddEveryField()
{
    KpiTotals sum = numberedTotals(100);
    sum += numberedTotals(1000);
    // Field k of the sum is (100 + k) + (1000 + k) = 1100 + 2k.
    const QList<qint64> fields{sum.offered,          sum.handled,        sum.abandoned,  sum.handleCount,
                               sum.handleSecondsSum, sum.talkOnlyCount,  sum.waitCount,  sum.waitSecondsSum,
                               sum.answeredWithinSl, sum.resolvedKnown,  sum.resolved,   sum.npsResponses,
                               sum.npsPromoters,     sum.npsDetractors,  sum.salesCount, sum.salesCents,
                               sum.shiftsScheduled,  sum.shiftsAttended, sum.lateCount,  sum.violations,
                               sum.qaEvaluations,    sum.onQueueSeconds};
    for (qsizetype k = 0; k < fields.size(); ++k)
        QVERIFY2(fields[k] == 1100 + 2 * (k + 1),
                 qPrintable(QStringLiteral("field %1 is %2").arg(k).arg(fields[k])));
    QCOMPARE(sum.qaScoreSum, 100 + 22.5 + 1000 + 22.5);
}

void TestCore::totalsOfTwoDaysEqualTotalsOfUnion()
{
    // Raw facts of two days, tallied per day and over both days by the same plain loop.
    struct Fact {
        bool answered;
        int handle; // -1: none
        bool talkOnly;
        int wait;     // -1: none
        int resolved; // -1 unknown, 0, 1
        int csat;     // -1: no survey; on 1–5
        int sale;     // cents, 0: no sale
    };
    const QList<Fact> day1{{true, 300, false, 10, 1, 5, 1200},
                           {true, 200, true, 40, 0, 3, 0},
                           {false, -1, false, 70, -1, -1, 0}};
    const QList<Fact> day2{{true, 500, false, 15, -1, 4, 800}, {true, -1, false, -1, 1, -1, 0}};
    auto tallyOf = [](const QList<Fact> &facts) {
        KpiTotals t;
        for (const Fact &f : facts) {
            ++t.offered;
            if (!f.answered) {
                ++t.abandoned;
                continue;
            }
            ++t.handled;
            if (f.handle >= 0) {
                ++t.handleCount;
                t.handleSecondsSum += f.handle;
                t.talkOnlyCount += f.talkOnly ? 1 : 0;
            }
            if (f.wait >= 0) {
                ++t.waitCount;
                t.waitSecondsSum += f.wait;
                t.answeredWithinSl += f.wait <= 20 ? 1 : 0;
            }
            if (f.resolved >= 0) {
                ++t.resolvedKnown;
                t.resolved += f.resolved;
            }
            if (f.csat >= 0)
                t.csat.add(f.csat, {1, 5}, 1, {});
            if (f.sale > 0) {
                ++t.salesCount;
                t.salesCents += f.sale;
            }
        }
        return t;
    };
    KpiTotals summed = tallyOf(day1);
    summed += tallyOf(day2);
    const KpiTotals both = tallyOf(day1 + day2);

    // By hand: offered 5, handled 4, abandoned 1, handle 3 (1000 s, 1 talk only), wait 3 (65 s, 2 ≤ 20 s),
    // resolved 2 of 3, CSAT 2 of 3 (sum 12), sales 2 (2000 cents).
    QCOMPARE(both.offered, 5);
    QCOMPARE(both.handleSecondsSum, 1000);
    QCOMPARE(both.answeredWithinSl, 2);
    QCOMPARE(both.csat.satisfied, 2);

    QCOMPARE(summed.offered, both.offered);
    QCOMPARE(summed.handled, both.handled);
    QCOMPARE(summed.abandoned, both.abandoned);
    QCOMPARE(summed.handleCount, both.handleCount);
    QCOMPARE(summed.handleSecondsSum, both.handleSecondsSum);
    QCOMPARE(summed.talkOnlyCount, both.talkOnlyCount);
    QCOMPARE(summed.waitCount, both.waitCount);
    QCOMPARE(summed.waitSecondsSum, both.waitSecondsSum);
    QCOMPARE(summed.answeredWithinSl, both.answeredWithinSl);
    QCOMPARE(summed.resolvedKnown, both.resolvedKnown);
    QCOMPARE(summed.resolved, both.resolved);
    QCOMPARE(summed.csat.responses, both.csat.responses);
    QCOMPARE(summed.csat.satisfied, both.csat.satisfied);
    QCOMPARE(summed.csat.scoreSum, both.csat.scoreSum);
    QCOMPARE(summed.csat.scale, both.csat.scale);
    QCOMPARE(summed.salesCount, both.salesCount);
    QCOMPARE(summed.salesCents, both.salesCents);

    // And the rates of the sum are those of the union: AHT 1000/3, SL 2/5 = 40 %.
    const KpiValues v = computeKpis(summed);
    QVERIFY(qFuzzyCompare(*v.ahtSeconds.value, 1000.0 / 3.0));
    QCOMPARE(*v.serviceLevelPct.value, 40.0);
}

void TestCore::qaAnswersOutOfRangeAreRefused()
{
    const Criterion yesNo{1, CriterionKind::YesNo, false};
    const Criterion scale{1, CriterionKind::Scale1to5, false};
    QVERIFY(isValidAnswer(yesNo, {false, 0}) && isValidAnswer(yesNo, {false, 1}));
    QVERIFY(!isValidAnswer(yesNo, {false, 2}) && !isValidAnswer(yesNo, {false, -1}));
    QVERIFY(isValidAnswer(scale, {false, 1}) && isValidAnswer(scale, {false, 5}));
    QVERIFY(!isValidAnswer(scale, {false, 0}) && !isValidAnswer(scale, {false, 6}));
    QVERIFY(isValidAnswer(scale, {true, 0})); // N/A carries no points
    // A yes/no "2" would otherwise score 2 of 1 = 200 %.
    QCOMPARE(qaScorePct({yesNo}, {{false, 2}}), std::nullopt);
    QCOMPARE(qaScorePct({scale}, {{false, 0}}), std::nullopt);
}

HUDDLE_TEST_GUILESS_MAIN("test_core", TestCore)
#include "tst_core.moc"
