// Krippendorff's α against the published reliability-data example and hand-computed small cases, and the
// calibration results built on it. The arithmetic behind every expected value is written out beside it.
#include "core/calibrationstats.h"
#include "core/krippendorff.h"
#include "support/testmain.h"

#include <QtTest>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::AlphaVerdict)

namespace {

constexpr double tolerance = 1e-9;

// One unit per string column, one coder per string; "." is a missing value.
ReliabilityData unitsFromCoders(const QStringList &coders)
{
    ReliabilityData units;
    for (const QString &coder : coders) {
        const QStringList values = coder.split(QLatin1Char(' '));
        units.resize(std::max(units.size(), values.size()));
        for (qsizetype u = 0; u < values.size(); ++u)
            units[u].append(values[u] == QLatin1String(".") ? std::nullopt
                                                            : std::optional<double>(values[u].toDouble()));
    }
    return units;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 coders × 12 units example.
ReliabilityData publishedExample()
{
    return unitsFromCoders(
        {QStringLiteral("1 2 3 3 2 1 4 1 2 . . ."), QStringLiteral("1 2 3 3 2 2 4 1 2 5 . 3"),
         QStringLiteral(". 3 3 3 2 3 4 2 2 5 1 ."), QStringLiteral("1 2 3 3 2 4 4 1 2 5 1 .")});
}

CalibrationScore score(int conversation, int evaluator, const QList<Criterion> &criteria,
                       const QList<CriterionAnswer> &answers)
{
    return {conversation, evaluator, qaScorePct(criteria, answers), answers};
}

// 3 evaluators × 3 conversations on a two-criterion card: a yes/no and a 1–5 scale, both weight 1, so a
// total is 100 × (yes + points − 1) ÷ 5 (or ÷ 4 when the yes/no is N/A). Evaluator 2 skipped conversation 2.
//                 evaluator 0        evaluator 1       evaluator 2
//   conv 0        yes, 5 → 100       yes, 5 → 100      no, 5 → 80
//   conv 1        yes, 3 → 60        yes, 4 → 80       no, 3 → 40
//   conv 2        N/A, 5 → 100       yes, 5 → 100      —
CalibrationInput handExample()
{
    const QList<Criterion> criteria{Criterion{1, CriterionKind::YesNo},
                                    Criterion{1, CriterionKind::Scale1to5}};
    const CriterionAnswer yes{false, 1};
    const CriterionAnswer no{false, 0};
    const CriterionAnswer na{true, 0};
    const auto points = [](int p) { return CriterionAnswer{false, p}; };
    CalibrationInput input;
    input.criteria = criteria;
    input.conversations = 3;
    input.evaluators = 3;
    input.scores = {score(0, 0, criteria, {yes, points(5)}), score(0, 1, criteria, {yes, points(5)}),
                    score(0, 2, criteria, {no, points(5)}),  score(1, 0, criteria, {yes, points(3)}),
                    score(1, 1, criteria, {yes, points(4)}), score(1, 2, criteria, {no, points(3)}),
                    score(2, 0, criteria, {na, points(5)}),  score(2, 1, criteria, {yes, points(5)})};
    return input;
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT

private slots:
    void publishedExample_data();
    void publishedExample();
    void perfectAgreementIsOne();
    void noVariationHasNoAlpha();
    void unpairableUnitsAreLeftOut();
    void binaryByHand();
    void intervalByHand();
    void coderOrderDoesNotMatter();
    void verdicts_data();
    void verdicts();
    void handExampleTotals();
    void handExampleCriteria();
    void handExampleEvaluators();
    void handExampleSpread();
    void emptySession();
};

void TestCalibration::publishedExample_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("expected");
    QTest::newRow("nominal") << static_cast<int>(AlphaMetric::Nominal) << 0.743;
    QTest::newRow("interval") << static_cast<int>(AlphaMetric::Interval) << 0.849;
}

void TestCalibration::publishedExample()
{
    QFETCH(int, metric);
    QFETCH(double, expected);
    const std::optional<double> alpha =
        krippendorffAlpha(::publishedExample(), static_cast<AlphaMetric>(metric));
    QVERIFY(alpha);
    QVERIFY2(qAbs(*alpha - expected) < 0.0005, qPrintable(QString::number(*alpha, 'f', 6)));
}

void TestCalibration::perfectAgreementIsOne()
{
    const ReliabilityData data =
        unitsFromCoders({QStringLiteral("1 2 3 ."), QStringLiteral("1 2 3 4"), QStringLiteral(". 2 3 4")});
    QCOMPARE(krippendorffAlpha(data, AlphaMetric::Nominal), std::optional<double>(1.0));
    QCOMPARE(krippendorffAlpha(data, AlphaMetric::Interval), std::optional<double>(1.0));
}

void TestCalibration::noVariationHasNoAlpha()
{
    // Every value 3: D_e = 0 and α is undefined.
    const ReliabilityData same = unitsFromCoders({QStringLiteral("3 3 3"), QStringLiteral("3 3 .")});
    QVERIFY(!krippendorffAlpha(same, AlphaMetric::Nominal));
    QVERIFY(!krippendorffAlpha(same, AlphaMetric::Interval));
    QVERIFY(!krippendorffAlpha({}, AlphaMetric::Nominal));
    // Values differ, but only across units with a single value each: nothing pairable.
    QVERIFY(!krippendorffAlpha(unitsFromCoders({QStringLiteral("1 . 5"), QStringLiteral(". 2 .")}),
                               AlphaMetric::Interval));
}

void TestCalibration::unpairableUnitsAreLeftOut()
{
    // Units (1,2) and (3,3) give 16/22 (see intervalByHand). A unit with only a 7 must not change it:
    // counted, it would add to n and to the expected disagreement.
    const ReliabilityData withSingle = unitsFromCoders({QStringLiteral("1 3 7"), QStringLiteral("2 3 .")});
    const std::optional<double> alpha = krippendorffAlpha(withSingle, AlphaMetric::Interval);
    QVERIFY(alpha);
    QVERIFY(qAbs(*alpha - 16.0 / 22) < tolerance);
}

void TestCalibration::binaryByHand()
{
    // Units (1,1), (0,0), (1,0). Coincidences: only the third unit disagrees, o_01 = o_10 = 1/(2−1) = 1.
    // n = 6, n_0 = n_1 = 3. α = 1 − (n − 1)·Σo·δ² ÷ Σ n_c·n_k·δ² = 1 − 5·2 ÷ (3·3 + 3·3) = 1 − 10/18 = 4/9.
    const ReliabilityData data = unitsFromCoders({QStringLiteral("1 0 1"), QStringLiteral("1 0 0")});
    const std::optional<double> alpha = krippendorffAlpha(data, AlphaMetric::Nominal);
    QVERIFY(alpha);
    QVERIFY2(qAbs(*alpha - 4.0 / 9) < tolerance, qPrintable(QString::number(*alpha)));
}

void TestCalibration::intervalByHand()
{
    // Units (1,2) and (3,3): observed Σ = (1 + 1)/(2−1) = 2; n = 4 with n_1 = n_2 = 1, n_3 = 2.
    // Expected Σ n_c·n_k·(c−k)² = 2·(1·1·1 + 1·2·4 + 1·2·1) = 22 → α = 1 − 3·2/22 = 16/22.
    // Nominal: observed 2, expected 2·(1·1 + 1·2 + 1·2) = 10 → α = 1 − 3·2/10 = 0.4.
    const ReliabilityData data = unitsFromCoders({QStringLiteral("1 3"), QStringLiteral("2 3")});
    QVERIFY(qAbs(krippendorffAlpha(data, AlphaMetric::Interval).value() - 16.0 / 22) < tolerance);
    QVERIFY(qAbs(krippendorffAlpha(data, AlphaMetric::Nominal).value() - 0.4) < tolerance);
}

void TestCalibration::coderOrderDoesNotMatter()
{
    ReliabilityData reversed = ::publishedExample();
    for (auto &unit : reversed)
        std::reverse(unit.begin(), unit.end());
    QVERIFY(qAbs(krippendorffAlpha(reversed, AlphaMetric::Interval).value() -
                 krippendorffAlpha(::publishedExample(), AlphaMetric::Interval).value()) < tolerance);
}

void TestCalibration::verdicts_data()
{
    QTest::addColumn<double>("alpha"); // NaN: none
    QTest::addColumn<AlphaVerdict>("verdict");
    QTest::newRow("1") << 1.0 << AlphaVerdict::Good;
    QTest::newRow("0.8") << 0.8 << AlphaVerdict::Good;
    QTest::newRow("0.7999") << 0.7999 << AlphaVerdict::Tentative;
    QTest::newRow("0.667") << 0.667 << AlphaVerdict::Tentative;
    QTest::newRow("0.6669") << 0.6669 << AlphaVerdict::Recalibrate;
    QTest::newRow("negative") << -0.25 << AlphaVerdict::Recalibrate;
    QTest::newRow("none") << qQNaN() << AlphaVerdict::Undefined;
}

void TestCalibration::verdicts()
{
    QFETCH(double, alpha);
    QFETCH(AlphaVerdict, verdict);
    QCOMPARE(verdictOf(qIsNaN(alpha) ? std::nullopt : std::optional<double>(alpha)), verdict);
}

void TestCalibration::handExampleTotals()
{
    // In steps of 20 points the totals are (5,5,4), (3,4,2), (5,5); δ² scales by 400 on both sides.
    // Observed: (5,5,4) → 4 ordered disagreeing pairs of δ² 1, ÷ 2 = 2; (3,4,2) → 2·(1 + 1 + 4) ÷ 2 = 6;
    // (5,5) → 0. Σ = 8. n = 8: n_5 = 4, n_4 = 2, n_3 = 1, n_2 = 1. Expected Σ = 2·(4·2·1 + 4·1·4 + 4·1·9
    // + 2·1·1 + 2·1·4 + 1·1·1) = 2·71 = 142. α = 1 − 7·8/142 = 86/142 ≈ 0.606 → recalibrate.
    const CalibrationResults results = calibrationResults(handExample());
    QVERIFY(results.totalAlpha);
    QVERIFY2(qAbs(*results.totalAlpha - 86.0 / 142) < tolerance,
             qPrintable(QString::number(*results.totalAlpha)));
    QCOMPARE(verdictOf(results.totalAlpha), AlphaVerdict::Recalibrate);
}

void TestCalibration::handExampleCriteria()
{
    const CalibrationResults results = calibrationResults(handExample());
    QCOMPARE(results.criteria.size(), 2);

    // Yes/no: conv 0 and 1 are (1,1,0); conv 2 has one answer beside the N/A and is not pairable.
    // Pairs: per conversation 1 agreeing of 3 → 2 of 6 = 33.3 %. Nominal α: each unit has 4 disagreeing
    // ordered pairs ÷ 2 = 2, Σ 4; n = 6, n_1 = 4, n_0 = 2, expected 2·4·2 = 16 → α = 1 − 5·4/16 = −0.25.
    const CriterionAgreement &yesNo = results.criteria[0];
    QCOMPARE(yesNo.criterion, 0);
    QCOMPARE(yesNo.metric, AlphaMetric::Nominal);
    QCOMPARE(yesNo.pairableConversations, 2);
    QVERIFY(qAbs(yesNo.agreementPct.value() - 100.0 / 3) < tolerance);
    QVERIFY(qAbs(yesNo.alpha.value() - -0.25) < tolerance);

    // Scale: (5,5,5), (3,4,3), (5,5). Pairs agreeing 3 of 3, 1 of 3, 1 of 1 → 5 of 7 = 71.4 %.
    // Interval α: observed only in (3,4,3): 4 ordered pairs of δ² 1 ÷ 2 = 2; n = 8, n_5 = 5, n_3 = 2,
    // n_4 = 1; expected 2·(5·2·4 + 5·1·1 + 2·1·1) = 94 → α = 1 − 7·2/94 = 80/94 ≈ 0.851.
    const CriterionAgreement &scale = results.criteria[1];
    QCOMPARE(scale.criterion, 1);
    QCOMPARE(scale.metric, AlphaMetric::Interval);
    QCOMPARE(scale.pairableConversations, 3);
    QVERIFY(qAbs(scale.agreementPct.value() - 500.0 / 7) < tolerance);
    QVERIFY(qAbs(scale.alpha.value() - 80.0 / 94) < tolerance);
}

void TestCalibration::handExampleEvaluators()
{
    // Group means: conv 0 (100+100+80)/3 = 93.33, conv 1 (60+80+40)/3 = 60, conv 2 (100+100)/2 = 100.
    // Evaluator 0: (+6.67 + 0 + 0)/3 = 20/9; evaluator 1: (+6.67 + 20 + 0)/3 = 80/9;
    // evaluator 2: (−13.33 − 20)/2 = −50/3. Strictest first: 2, 0, 1.
    const CalibrationResults results = calibrationResults(handExample());
    QCOMPARE(results.evaluators.size(), 3);
    const QList<int> order{results.evaluators[0].evaluator, results.evaluators[1].evaluator,
                           results.evaluators[2].evaluator};
    QCOMPARE(order, (QList<int>{2, 0, 1}));
    QVERIFY(qAbs(results.evaluators[0].meanDeviation.value() - -50.0 / 3) < tolerance);
    QVERIFY(qAbs(results.evaluators[1].meanDeviation.value() - 20.0 / 9) < tolerance);
    QVERIFY(qAbs(results.evaluators[2].meanDeviation.value() - 80.0 / 9) < tolerance);
    QCOMPARE(results.evaluators[0].conversationsScored, 2);
    QCOMPARE(results.evaluators[1].conversationsScored, 3);
}

void TestCalibration::handExampleSpread()
{
    // Spreads: conv 1 80 − 40 = 40, conv 0 100 − 80 = 20, conv 2 100 − 100 = 0.
    const CalibrationResults results = calibrationResults(handExample());
    QCOMPARE(results.conversations.size(), 3);
    QCOMPARE(results.conversations[0].conversation, 1);
    QCOMPARE(results.conversations[0].minPct, 40.0);
    QCOMPARE(results.conversations[0].maxPct, 80.0);
    QCOMPARE(results.conversations[0].spread, 40.0);
    QCOMPARE(results.conversations[0].scores, 3);
    QCOMPARE(results.conversations[1].conversation, 0);
    QCOMPARE(results.conversations[1].spread, 20.0);
    QCOMPARE(results.conversations[2].conversation, 2);
    QCOMPARE(results.conversations[2].spread, 0.0);
    QCOMPARE(results.conversations[2].scores, 2);
}

void TestCalibration::emptySession()
{
    // A fourth evaluator who scored nothing and a score for a conversation outside the session.
    CalibrationInput input = handExample();
    input.evaluators = 4;
    input.scores.append(CalibrationScore{7, 3, 0.0, {}});
    const CalibrationResults results = calibrationResults(input);
    QCOMPARE(results.evaluators.size(), 4);
    QCOMPARE(results.evaluators.last().evaluator, 3); // no deviation: listed last
    QVERIFY(!results.evaluators.last().meanDeviation);
    QCOMPARE(results.evaluators.last().conversationsScored, 0);
    QCOMPARE(results.conversations.size(), 3);

    CalibrationInput nothing;
    nothing.criteria = handExample().criteria;
    nothing.conversations = 2;
    nothing.evaluators = 2;
    const CalibrationResults none = calibrationResults(nothing);
    QVERIFY(!none.totalAlpha);
    QCOMPARE(none.criteria.size(), 2);
    QVERIFY(!none.criteria[0].agreementPct);
    QVERIFY(!none.criteria[0].alpha);
    QCOMPARE(none.criteria[0].pairableConversations, 0);
    QVERIFY(none.conversations.isEmpty());
    QCOMPARE(verdictOf(none.totalAlpha), AlphaVerdict::Undefined);
}

HUDDLE_TEST_GUILESS_MAIN("test_calibration", TestCalibration)
#include "tst_calibration.moc"
