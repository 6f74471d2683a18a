// Tests of the KPI plan: band edges, the weighted KPI score, validation, the JSON form and trend arrows.
// Expected numbers are worked out by hand in the comments, never produced by the code under test.
#include "core/kpiplan.h"
#include "core/kpivalues.h"
#include "coremetatypes.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <functional>

using namespace huddle::core;

Q_DECLARE_METATYPE(huddle::core::Band)
Q_DECLARE_METATYPE(huddle::core::Movement)

namespace {

// Values of one agent, set field by field; a negative argument leaves that KPI without data.
KpiValues agentValues(double attendance, double csat, double conversion, double qa, double aht)
{
    KpiValues v;
    const auto set = [](Measure &measure, double value) {
        if (value >= 0) {
            measure.value = value;
            measure.n = 20;
        }
    };
    set(v.attendancePct, attendance);
    set(v.csatPct, csat);
    set(v.conversionPct, conversion);
    set(v.qaPct, qa);
    set(v.ahtSeconds, aht);
    return v;
}

using KpiPlanEdit = std::function<void(KpiPlan &)>;

QJsonObject kpiObject(const QJsonObject &root, const char *code)
{
    return root[QLatin1String("kpis")].toObject()[QLatin1String(code)].toObject();
}

// Replaces field `field` of KPI `code` in a plan's JSON root.
void setKpiField(QJsonObject &root, const char *code, const char *field, const QJsonValue &value)
{
    QJsonObject kpis = root[QLatin1String("kpis")].toObject();
    QJsonObject kpi = kpis[QLatin1String(code)].toObject();
    kpi[QLatin1String(field)] = value;
    kpis[QLatin1String(code)] = kpi;
    root[QLatin1String("kpis")] = kpis;
}

} // namespace

Q_DECLARE_METATYPE(KpiPlanEdit)

class TestKpiPlan : public QObject {
    Q_OBJECT

private slots:
    void codesRoundTrip();
    void defaultsFollowDomainGuide();
    void bandEdges_data();
    void bandEdges();
    void weightedScoreAllKpis();
    void weightedScoreRenormalisesOverMissingKpi();
    void weightedScoreWithoutData();
    void weightedScoreFromTotals();
    void weightedScoreWithOwnBandPoints();
    void contactsPerHour();
    void validateMessages_data();
    void validateMessages();
    void jsonRoundTrip();
    void jsonRefused_data();
    void jsonRefused();
    void movement_data();
    void movement();
};

void TestKpiPlan::codesRoundTrip()
{
    const QStringList expected{"attendance", "csat", "sales", "qa", "aht", "fcr", "cph", "nps"};
    QStringList codes;
    for (KpiId kpi : AllKpis) {
        codes << kpiCode(kpi);
        QCOMPARE(kpiFromCode(kpiCode(kpi)), std::optional<KpiId>(kpi));
    }
    QCOMPARE(codes, expected);
    QVERIFY(!kpiFromCode(u"CSAT")); // codes are lower case, exactly
    QVERIFY(!kpiFromCode(u""));
    QVERIFY(!kpiFromCode(u"asa"));
    QVERIFY(lowerIsBetter(KpiId::Aht));
    QVERIFY(!lowerIsBetter(KpiId::Csat));
    QVERIFY(!lowerIsBetter(KpiId::Cph));
}

void TestKpiPlan::defaultsFollowDomainGuide()
{
    const KpiPlan plan = KpiPlan::defaults();
    QVERIFY2(plan.validate().ok(),
             qPrintable(plan.validate().ok() ? QString() : plan.validate().error().message));
    // domain.md: attendance 30, CSAT 25, sales 20, QA 15, AHT 10.
    const QList<std::pair<KpiId, int>> weights{{KpiId::Attendance, 30}, {KpiId::Csat, 25}, {KpiId::Sales, 20},
                                               {KpiId::Qa, 15},         {KpiId::Aht, 10},  {KpiId::Fcr, 0},
                                               {KpiId::Cph, 0},         {KpiId::Nps, 0}};
    for (const auto &[kpi, weight] : weights)
        QCOMPARE(plan.entry(kpi).weight, weight);
    // The chart targets used before plans existed stay the same.
    QCOMPARE(plan.targets().csatPct, 80.0);
    QCOMPARE(plan.targets().ahtSeconds, 420.0);
    QCOMPARE(plan.entry(KpiId::Aht).thresholds.below, 540.0);
    QCOMPARE(plan.entry(KpiId::Aht).thresholds.exceeded, 360.0);
}

void TestKpiPlan::bandEdges_data()
{
    QTest::addColumn<KpiId>("kpi");
    QTest::addColumn<double>("value");
    QTest::addColumn<Band>("expected");

    // CSAT 70 / 80 / 90, higher is better: each edge belongs to the band above it.
    QTest::newRow("csat 0") << KpiId::Csat << 0.0 << Band::FarBelow;
    QTest::newRow("csat 69.99") << KpiId::Csat << 69.99 << Band::FarBelow;
    QTest::newRow("csat 70") << KpiId::Csat << 70.0 << Band::Below;
    QTest::newRow("csat 79.99") << KpiId::Csat << 79.99 << Band::Below;
    QTest::newRow("csat 80") << KpiId::Csat << 80.0 << Band::Met;
    QTest::newRow("csat 89.99") << KpiId::Csat << 89.99 << Band::Met;
    QTest::newRow("csat 90") << KpiId::Csat << 90.0 << Band::Exceeded;
    QTest::newRow("csat 100") << KpiId::Csat << 100.0 << Band::Exceeded;
    // AHT 540 / 420 / 360 s, lower is better: at or below an edge is the band below it in seconds.
    QTest::newRow("aht 900") << KpiId::Aht << 900.0 << Band::FarBelow;
    QTest::newRow("aht 540.01") << KpiId::Aht << 540.01 << Band::FarBelow;
    QTest::newRow("aht 540") << KpiId::Aht << 540.0 << Band::Below;
    QTest::newRow("aht 420.01") << KpiId::Aht << 420.01 << Band::Below;
    QTest::newRow("aht 420") << KpiId::Aht << 420.0 << Band::Met;
    QTest::newRow("aht 360.01") << KpiId::Aht << 360.01 << Band::Met;
    QTest::newRow("aht 360") << KpiId::Aht << 360.0 << Band::Exceeded;
    QTest::newRow("aht 0") << KpiId::Aht << 0.0 << Band::Exceeded;
    // NPS 0 / 30 / 50 runs below zero.
    QTest::newRow("nps -0.01") << KpiId::Nps << -0.01 << Band::FarBelow;
    QTest::newRow("nps 0") << KpiId::Nps << 0.0 << Band::Below;
    QTest::newRow("nps 50") << KpiId::Nps << 50.0 << Band::Exceeded;
    QTest::newRow("csat NaN") << KpiId::Csat << qQNaN() << Band::None;
}

void TestKpiPlan::bandEdges()
{
    QFETCH(KpiId, kpi);
    QFETCH(double, value);
    QFETCH(Band, expected);
    const KpiPlan plan = KpiPlan::defaults();
    QCOMPARE(bandOf(plan.entry(kpi).thresholds, value, lowerIsBetter(kpi)), expected);
}

void TestKpiPlan::weightedScoreAllKpis()
{
    // Attendance 96 → Met (80 points), CSAT 92 → Exceeded (100), conversion 3 → Below (50),
    // QA 65 → Far below (0), AHT 400 s → Met (80).
    // (30·80 + 25·100 + 20·50 + 15·0 + 10·80) ÷ 100 = (2400 + 2500 + 1000 + 0 + 800) ÷ 100 = 67.
    const WeightedScore score = weightedScore(agentValues(96, 92, 3, 65, 400), KpiPlan::defaults());
    QVERIFY(score.score);
    QCOMPARE(*score.score, 67.0);
    QCOMPARE(score.weightCovered, 100);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Attendance)].band, Band::Met);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Csat)].band, Band::Exceeded);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Sales)].band, Band::Below);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Qa)].band, Band::FarBelow);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Aht)].band, Band::Met);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Aht)].weight, 10);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Csat)].reading.n, 20);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Fcr)].band, Band::None);
    for (KpiId kpi : AllKpis)
        QCOMPARE(score.parts[static_cast<int>(kpi)].kpi, kpi);
}

void TestKpiPlan::weightedScoreRenormalisesOverMissingKpi()
{
    // No sales data: the remaining 80 of the weight carry the score.
    // (30·80 + 25·100 + 15·0 + 10·80) ÷ 80 = 5700 ÷ 80 = 71.25.
    const WeightedScore score = weightedScore(agentValues(96, 92, -1, 65, 400), KpiPlan::defaults());
    QVERIFY(score.score);
    QCOMPARE(*score.score, 71.25);
    QCOMPARE(score.weightCovered, 80);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Sales)].band, Band::None);

    // A KPI weighted 0 gets a band but never moves the score: FCR 85 % is Exceeded, score unchanged.
    KpiValues withFcr = agentValues(96, 92, -1, 65, 400);
    withFcr.fcrPct.value = 85;
    const WeightedScore same = weightedScore(withFcr, KpiPlan::defaults());
    QCOMPARE(same.parts[static_cast<int>(KpiId::Fcr)].band, Band::Exceeded);
    QCOMPARE(*same.score, 71.25);
    QCOMPARE(same.weightCovered, 80);
}

void TestKpiPlan::weightedScoreWithoutData()
{
    KpiValues onlyFcr;
    onlyFcr.fcrPct.value = 50; // weighted 0 by default
    for (const KpiValues &values : {KpiValues{}, onlyFcr}) {
        const WeightedScore score = weightedScore(values, KpiPlan::defaults());
        QVERIFY(!score.score);
        QCOMPARE(score.weightCovered, 0);
    }
}

void TestKpiPlan::weightedScoreFromTotals()
{
    // Through computeKpis and readKpi: 19 of 20 shifts (95 % → Met 80), 8 of 10 satisfied (80 % → Met
    // 80), 3 sales on 100 handled (3 % → Below 50), QA 2 evaluations summing 180 (90 % → Exceeded 100),
    // 100 handle times of 360 s (→ Exceeded 100).
    // (30·80 + 25·80 + 20·50 + 15·100 + 10·100) ÷ 100 = (2400 + 2000 + 1000 + 1500 + 1000) ÷ 100 = 79.
    KpiTotals t;
    t.shiftsScheduled = 20;
    t.shiftsAttended = 19;
    t.csat.add(5, CsatScale{1, 5}, 8, {});
    t.csat.add(2, CsatScale{1, 5}, 2, {});
    t.handled = 100;
    t.salesCount = 3;
    t.qaEvaluations = 2;
    t.qaScoreSum = 180;
    t.handleCount = 100;
    t.handleSecondsSum = 36000;
    const WeightedScore score = weightedScore(computeKpis(t), KpiPlan::defaults());
    QVERIFY(score.score);
    QCOMPARE(*score.score, 79.0);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Attendance)].reading.n, 20);
    QCOMPARE(score.parts[static_cast<int>(KpiId::Sales)].reading.n, 100);
    QCOMPARE(*score.parts[static_cast<int>(KpiId::Sales)].reading.value, 3.0);
}

void TestKpiPlan::weightedScoreWithOwnBandPoints()
{
    // Points 10 / 40 / 70 / 100 and weights CSAT 60, AHT 40: CSAT 75 → Below (40), AHT 600 → Far below (10).
    // (60·40 + 40·10) ÷ 100 = 28.
    KpiPlan plan = KpiPlan::defaults();
    for (KpiId kpi : AllKpis)
        plan.entry(kpi).weight = 0;
    plan.entry(KpiId::Csat).weight = 60;
    plan.entry(KpiId::Aht).weight = 40;
    plan.bandPoints = {10, 40, 70, 100};
    QVERIFY(plan.validate().ok());
    const WeightedScore score = weightedScore(agentValues(99, 75, 9, 99, 600), plan);
    QCOMPARE(*score.score, 28.0);
    QCOMPARE(score.weightCovered, 100);
}

void TestKpiPlan::contactsPerHour()
{
    // 30 handled in 5 on-queue hours (18,000 s) = 6 per hour; sums of two days add up first.
    KpiTotals day1;
    day1.handled = 12;
    day1.onQueueSeconds = 7200;
    KpiTotals day2;
    day2.handled = 18;
    day2.onQueueSeconds = 10800;
    KpiTotals both = day1;
    both += day2;
    QCOMPARE(both.onQueueSeconds, 18000);
    const KpiValues values = computeKpis(both);
    QVERIFY(values.cph.value);
    QCOMPARE(*values.cph.value, 6.0);
    QCOMPARE(values.cph.n, 30);
    QCOMPARE(*readKpi(values, KpiId::Cph).value, 6.0);
    // Without logged on-queue time there is no CpH, even with work handled.
    KpiTotals noQueue;
    noQueue.handled = 9;
    QVERIFY(!computeKpis(noQueue).cph.value);
    QVERIFY(!readKpi(computeKpis(noQueue), KpiId::Cph).value);
}

void TestKpiPlan::validateMessages_data()
{
    QTest::addColumn<KpiPlanEdit>("edit");
    QTest::addColumn<QString>("message");

    QTest::newRow("sum 95") << KpiPlanEdit([](KpiPlan &p) { p.entry(KpiId::Csat).weight = 20; })
                            << "weights sum to 95, not 100";
    QTest::newRow("sum 110") << KpiPlanEdit([](KpiPlan &p) { p.entry(KpiId::Nps).weight = 10; })
                             << "weights sum to 110, not 100";
    QTest::newRow("negative weight") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Fcr).weight = -5;
        p.entry(KpiId::Csat).weight = 30;
    }) << "fcr: weight -5 is outside 0–100";
    QTest::newRow("csat unordered") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Csat).thresholds = {80, 70, 90};
    }) << "csat: thresholds must rise from below to exceeded";
    QTest::newRow("csat equal edges") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Csat).thresholds = {80, 80, 90};
    }) << "csat: thresholds must rise from below to exceeded";
    QTest::newRow("aht rising") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Aht).thresholds = {360, 420, 540};
    }) << "aht: thresholds must fall from below to exceeded";
    QTest::newRow("csat over 100") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Csat).thresholds.exceeded = 120;
    }) << "csat: thresholds must lie between 0 and 100";
    QTest::newRow("nps under -100") << KpiPlanEdit([](KpiPlan &p) {
        p.entry(KpiId::Nps).thresholds.below = -150;
    }) << "nps: thresholds must lie between -100 and 100";
    QTest::newRow("aht NaN") << KpiPlanEdit([](KpiPlan &p) { p.entry(KpiId::Aht).thresholds.met = qQNaN(); })
                             << "aht: thresholds must be numbers of at least 0";
    QTest::newRow("band points fall") << KpiPlanEdit([](KpiPlan &p) {
        p.bandPoints = {0, 80, 50, 100};
    }) << "band points must lie in 0–100";
    QTest::newRow("band points over 100") << KpiPlanEdit([](KpiPlan &p) {
        p.bandPoints = {0, 50, 80, 120};
    }) << "band points must lie in 0–100";
}

void TestKpiPlan::validateMessages()
{
    QFETCH(KpiPlanEdit, edit);
    QFETCH(QString, message);
    KpiPlan plan = KpiPlan::defaults();
    edit(plan);
    const Status status = plan.validate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.startsWith(message), qPrintable(status.error().message));
}

void TestKpiPlan::jsonRoundTrip()
{
    const KpiPlan defaults = KpiPlan::defaults();
    const auto back = KpiPlan::fromJson(defaults.toJson());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(back.value() == defaults);
    QCOMPARE(defaults.toJson(), defaults.toJson()); // stable bytes

    KpiPlan own = defaults;
    own.entry(KpiId::Csat) = {35, {72.5, 81.25, 93.75}};
    own.entry(KpiId::Attendance).weight = 20;
    own.entry(KpiId::Cph) = {0, {3.5, 5.5, 7.5}};
    own.bandPoints = {5, 45, 75, 100};
    QVERIFY(own.validate().ok());
    const auto ownBack = KpiPlan::fromJson(own.toJson());
    QVERIFY(ownBack.ok());
    QVERIFY(ownBack.value() == own);
    QVERIFY(!(ownBack.value() == defaults));

    // The stored keys are the KPI codes and the field names, which other sites' files rely on.
    const QJsonObject root = QJsonDocument::fromJson(own.toJson()).object();
    QCOMPARE(root[QLatin1String("version")].toInt(), 1);
    QCOMPARE(root[QLatin1String("kpis")].toObject().keys(),
             (QStringList{"aht", "attendance", "cph", "csat", "fcr", "nps", "qa", "sales"}));
    QCOMPARE(kpiObject(root, "csat")[QLatin1String("weight")].toInt(), 35);
    QCOMPARE(kpiObject(root, "csat")[QLatin1String("met")].toDouble(), 81.25);
    QCOMPARE(root[QLatin1String("band_points")].toObject()[QLatin1String("far_below")].toInt(), 5);
}

void TestKpiPlan::jsonRefused_data()
{
    QTest::addColumn<QByteArray>("json"); // used as is when not empty
    QTest::addColumn<JsonEdit>("edit");   // else applied to the default plan's JSON
    QTest::addColumn<QString>("message");

    const JsonEdit none = [](QJsonObject &) {};
    QTest::newRow("not JSON") << QByteArray("{weights: 1") << none << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << none << "a KPI plan is a JSON object";
    QTest::newRow("unknown KPI") << QByteArray() << JsonEdit([](QJsonObject &root) {
        setKpiField(root, "csta", "weight", 0);
    }) << "kpis: unknown KPI 'csta'";
    QTest::newRow("missing KPI") << QByteArray() << JsonEdit([](QJsonObject &root) {
        QJsonObject kpis = root[QLatin1String("kpis")].toObject();
        kpis.remove(QLatin1String("fcr"));
        root[QLatin1String("kpis")] = kpis;
    }) << "kpis.fcr: missing";
    QTest::newRow("weight as text") << QByteArray() << JsonEdit([](QJsonObject &root) {
        setKpiField(root, "csat", "weight", QStringLiteral("25"));
    }) << "kpis.csat.weight: not a number";
    QTest::newRow("fractional weight")
        << QByteArray() << JsonEdit([](QJsonObject &root) { setKpiField(root, "csat", "weight", 25.5); })
        << "kpis.csat.weight: must be a whole number";
    QTest::newRow("missing threshold") << QByteArray() << JsonEdit([](QJsonObject &root) {
        QJsonObject kpis = root[QLatin1String("kpis")].toObject();
        QJsonObject qa = kpis[QLatin1String("qa")].toObject();
        qa.remove(QLatin1String("met"));
        kpis[QLatin1String("qa")] = qa;
        root[QLatin1String("kpis")] = kpis;
    }) << "kpis.qa.met: missing";
    QTest::newRow("misspelt field") << QByteArray() << JsonEdit([](QJsonObject &root) {
        setKpiField(root, "csat", "wieght", 25);
    }) << "kpis.csat: unknown field 'wieght'";
    QTest::newRow("unknown top-level field")
        << QByteArray() << JsonEdit([](QJsonObject &root) { root[QLatin1String("teams")] = QJsonArray(); })
        << "plan: unknown field 'teams'";
    QTest::newRow("newer version") << QByteArray()
                                   << JsonEdit([](QJsonObject &root) { root[QLatin1String("version")] = 2; })
                                   << "plan.version: 2 is not a version";
    QTest::newRow("no band points") << QByteArray() << JsonEdit([](QJsonObject &root) {
        root.remove(QLatin1String("band_points"));
    }) << "band_points: missing";
    QTest::newRow("weights sum to 90")
        << QByteArray() << JsonEdit([](QJsonObject &root) { setKpiField(root, "attendance", "weight", 20); })
        << "weights sum to 90, not 100";
    QTest::newRow("thresholds unordered")
        << QByteArray() << JsonEdit([](QJsonObject &root) { setKpiField(root, "aht", "exceeded", 600); })
        << "aht: thresholds must fall";
}

void TestKpiPlan::jsonRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonEdit, edit);
    QFETCH(QString, message);
    if (json.isEmpty()) {
        QJsonObject root = QJsonDocument::fromJson(KpiPlan::defaults().toJson()).object();
        QVERIFY(!root.isEmpty());
        edit(root);
        json = QJsonDocument(root).toJson();
    }
    const auto plan = KpiPlan::fromJson(json);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.startsWith(message), qPrintable(plan.error().message));
}

void TestKpiPlan::movement_data()
{
    QTest::addColumn<KpiId>("kpi");
    QTest::addColumn<double>("before"); // NaN: no data
    QTest::addColumn<double>("now");
    QTest::addColumn<Movement>("expected");

    QTest::newRow("csat up") << KpiId::Csat << 80.0 << 80.1 << Movement::Better;
    QTest::newRow("csat down") << KpiId::Csat << 80.0 << 79.9 << Movement::Worse;
    QTest::newRow("csat rounding noise") << KpiId::Csat << 80.0 << 80.04 << Movement::Same;
    QTest::newRow("csat noise down") << KpiId::Csat << 80.0 << 79.96 << Movement::Same;
    QTest::newRow("aht faster") << KpiId::Aht << 420.0 << 419.0 << Movement::Better;
    QTest::newRow("aht slower") << KpiId::Aht << 420.0 << 421.0 << Movement::Worse;
    QTest::newRow("aht under half a second") << KpiId::Aht << 420.0 << 420.4 << Movement::Same;
    QTest::newRow("nps up from negative") << KpiId::Nps << -20.0 << -10.0 << Movement::Better;
    QTest::newRow("cph down") << KpiId::Cph << 6.0 << 5.5 << Movement::Worse;
    QTest::newRow("no previous") << KpiId::Csat << qQNaN() << 80.0 << Movement::None;
    QTest::newRow("no current") << KpiId::Aht << 400.0 << qQNaN() << Movement::None;
}

void TestKpiPlan::movement()
{
    QFETCH(KpiId, kpi);
    QFETCH(double, before);
    QFETCH(double, now);
    QFETCH(Movement, expected);
    const auto reading = [](double value) {
        return std::isnan(value) ? KpiReading{} : KpiReading{value, 25};
    };
    QCOMPARE(huddle::core::movement(kpi, reading(now), reading(before)), expected);
}

HUDDLE_TEST_GUILESS_MAIN("test_kpiplan", TestKpiPlan)
#include "tst_kpiplan.moc"
