// The dashboard's figures and the KPI scorecard on the small site of tests/storage/sitefixture.cpp, every
// expected number worked out by hand below. Scope: team Bravo, D3–D4 (previous period: D1–D2).
//
// Bravo's rows. Conversations (team of the conversation): D2 c9 Cat; D3 c6 Ben, c7 Cat, c8 abandoned.
// Sales and attendance (team of the agent that day; Ben joins Bravo on D3): sales c6 Ben $20, c7 Cat $12;
// shifts Ben D3 late, D4 no-call-no-show, Cat D1 unexcused, D2 present, D3 present. QA: e3 on c6 (0 %,
// published); e4 on c9 is a draft. Surveys: c6 CSAT 8 of 0–10 (not satisfied: 9–10), NPS 7 (passive);
// c7 NPS 0 (detractor); c9 CSAT 2 of 1–5.
//
// Now (D3–D4):
//   Ben  handled 1 (c6, 360 s, resolved), CSAT 0 % (n 1), NPS 0 (n 1), attendance 1/2 = 50 %,
//        conversion 1/1 = 100 %, QA 0 % (n 1). Default plan: attendance 50 → far below 0, CSAT 0 → far
//        below 0, sales 100 → exceeded 100, QA 0 → far below 0, AHT 360 ≤ 360 → exceeded 100.
//        Score (30·0 + 25·0 + 20·100 + 15·0 + 10·100) / 100 = 30.0.
//   Cat  handled 1 (c7, no handle time, resolved), NPS −100 (n 1), attendance 1/1 = 100 %, conversion
//        100 %. Score over attendance and sales only: (30·100 + 20·100) / 50 = 100.0, covering 50.
//   Team offered 3, handled 2, attendance 2/3 = 66.7 % (far below), CSAT 0 %, conversion 2/2, QA 0 %,
//        AHT 360: score 30.0.
// Before (D1–D2): Ben none (his D1–D2 work was in Alpha); Cat c9 (240 s, CSAT 0 %, FCR 0 %), attendance
// 1/2 = 50 %, conversion 0/1 = 0 %.
#include "sitefixture.h"
#include "support/testmain.h"

#include "models/dashboarddata.h"
#include "models/kpiformat.h"
#include "models/scorecardmodel.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huddle;
using core::Band;
using core::KpiId;
using core::Movement;
using fixture::D1;
using fixture::D2;
using fixture::D3;
using fixture::D4;
using models::ScorecardModel;

class TestScorecard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dashboardFiguresByHand();
    void dashboardPreviousAndQuadrant();
    void dashboardEventsAndNotes();
    void dashboardUsesTheTeamPlan();
    void dashboardAgentAcrossTeams();
    void scorecardStructure();
    void scorecardCellsByHand();
    void scorecardDrillDownCountsEqualN();

private:
    models::DashboardData load(const models::Scope &scope);
    int columnOf(const ScorecardModel &model, KpiId kpi) const;

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    fixture::SmallSite m_site;
    models::Scope m_scope;
};

void TestScorecard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = fixture::openSmallSite(m_dir.filePath(QStringLiteral("site.sqlite")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(opened.value().database);
    m_site = opened.value().site;
    m_scope = {{D3, D4}, m_site.bravo, std::nullopt, core::Granularity::Day, {}};
}

models::DashboardData TestScorecard::load(const models::Scope &scope)
{
    auto data = models::loadDashboard(*m_db, scope);
    if (!data) {
        qWarning("%s", qPrintable(data.error().toString()));
        return {};
    }
    return data.value();
}

int TestScorecard::columnOf(const ScorecardModel &model, KpiId kpi) const
{
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.kpiAt(column) == kpi)
            return column;
    return -1;
}

void TestScorecard::dashboardFiguresByHand()
{
    const models::DashboardData data = load(m_scope);
    QCOMPARE(data.period.offered, qint64(3));
    QCOMPARE(data.period.handled, qint64(2));
    QCOMPARE(data.trend.size(), qsizetype(2)); // D3, D4
    QCOMPARE(data.trend[0].values.handled, qint64(2));
    QCOMPARE(data.trend[1].values.handled, qint64(0));
    QCOMPARE(data.trend[1].values.attendancePct.n, qint64(1)); // Ben's no-call-no-show
    QCOMPARE(data.agents.size(), qsizetype(2));
    const models::AgentPeriod &ben = data.agents[0];
    const models::AgentPeriod &cat = data.agents[1];
    QCOMPARE(ben.name, QStringLiteral("Ben"));
    QCOMPARE(cat.name, QStringLiteral("Cat"));
    QCOMPARE(ben.teamName, QStringLiteral("Bravo"));
    QCOMPARE(*ben.current.attendancePct.value, 50.0);
    QCOMPARE(*ben.current.ahtSeconds.value, 360.0);
    QCOMPARE(*ben.current.conversionPct.value, 100.0);
    QCOMPARE(*ben.current.qaPct.value, 0.0);
    QCOMPARE(*ben.score.score, 30.0);
    QCOMPARE(ben.score.weightCovered, 100);
    QCOMPARE(*cat.score.score, 100.0);
    QCOMPARE(cat.score.weightCovered, 50);
    QCOMPARE(*cat.current.nps.value, -100.0);
    QCOMPARE(data.team.agentId, qint64(0));
    QCOMPARE(data.team.name, QStringLiteral("Bravo"));
    QCOMPARE(data.team.current.offered, qint64(3));
    QVERIFY(qAbs(*data.team.current.attendancePct.value - 200.0 / 3.0) < 1e-9);
    QCOMPARE(*data.team.score.score, 30.0);
    QCOMPARE(*data.score.score, 30.0);
}

void TestScorecard::dashboardPreviousAndQuadrant()
{
    const models::DashboardData data = load(m_scope);
    QCOMPARE(data.previous.handled, qint64(1)); // c9
    QCOMPARE(*data.previous.attendancePct.value, 50.0);
    const models::AgentPeriod &ben = data.agents[0];
    const models::AgentPeriod &cat = data.agents[1];
    QCOMPARE(ben.previous.handled, qint64(0));
    QVERIFY(!ben.previous.attendancePct.value);
    QCOMPARE(*cat.previous.ahtSeconds.value, 240.0);
    QCOMPARE(*cat.previous.fcrPct.value, 0.0);
    QCOMPARE(*cat.previous.conversionPct.value, 0.0);
    // Only Ben has both CSAT and AHT: the medians are his.
    QCOMPARE(*data.split.medianAhtSeconds, 360.0);
    QCOMPARE(*data.split.medianCsatPct, 0.0);
    QCOMPARE(data.quadrant, core::Quadrant::FastUnsatisfied); // 360 s ≤ 420 s target, 0 % < 80 %
}

// Bravo, D3–D4: e3 on c6 and Ana's note n2 on c6.
void TestScorecard::dashboardEventsAndNotes()
{
    const models::DashboardData data = load(m_scope);
    QCOMPARE(data.events.size(), qsizetype(2));
    QCOMPARE(data.events[0].kind, core::TimelineEventKind::QaEvaluation);
    QCOMPARE(data.events[1].kind, core::TimelineEventKind::ReviewNote);
    QCOMPARE(data.events[1].day, D3);
    QCOMPARE(data.notes.size(), qsizetype(1));
    QCOMPARE(data.notes[0].body, QStringLiteral("n2"));
}

// A plan of Bravo's own, weighing only CSAT (edges 60/75/85) and NPS (default edges 0/30/50). Ben: CSAT 0 %
// far below (0 points), NPS 0 below (50 points): (50·0 + 50·50) / 100 = 25. Cat: no CSAT, NPS −100 far
// below: 0 over half the weight.
void TestScorecard::dashboardUsesTheTeamPlan()
{
    core::KpiPlan plan = core::KpiPlan::defaults();
    for (KpiId kpi : core::AllKpis)
        plan.entry(kpi).weight = 0;
    plan.entry(KpiId::Csat).weight = 50;
    plan.entry(KpiId::Nps).weight = 50;
    plan.entry(KpiId::Csat).thresholds = {60, 75, 85};
    const storage::KpiPlanRepository plans(*m_db);
    QVERIFY(plans.save(m_site.bravo, plan));
    const models::DashboardData data = load(m_scope);
    QVERIFY(plans.remove(m_site.bravo));
    QCOMPARE(data.plan, plan);
    QCOMPARE(data.targets.csatPct, 75.0);
    QCOMPARE(*data.agents[0].score.score, 25.0);
    QCOMPARE(data.agents[0].score.weightCovered, 100);
    QVERIFY(!data.agents[1].score.parts[static_cast<int>(KpiId::Csat)].reading.value);
    QCOMPARE(*data.agents[1].score.score, 0.0); // Cat: NPS −100, far below
}

// Ben chosen across all teams: his own figures from both teams (c3 c5 in Alpha, c6 in Bravo), compared
// with the team he is in on the last day (Bravo).
void TestScorecard::dashboardAgentAcrossTeams()
{
    const models::Scope scope{{D1, D4}, std::nullopt, m_site.ben, core::Granularity::Day, {m_site.ana}};
    const models::DashboardData data = load(scope);
    QCOMPARE(data.period.handled, qint64(3));
    QCOMPARE(data.team.name, QStringLiteral("Bravo"));
    QCOMPARE(data.agents.size(), qsizetype(2)); // Ben (c6) and Cat in Bravo
    QCOMPARE(data.agents[0].current.handled, qint64(1));
    QCOMPARE(data.comparison.size(), qsizetype(1));
    QCOMPARE(data.comparison[0].name, QStringLiteral("Ana"));
    qint64 anaHandled = 0;
    for (const models::TrendPoint &point : data.comparison[0].trend)
        anaHandled += point.values.handled;
    QCOMPARE(anaHandled, qint64(2)); // c1 c2
    for (const core::TimelineEvent &event : data.events)
        QCOMPARE(event.agentId, m_site.ben);
    QCOMPARE(data.events.size(), qsizetype(4)); // e2 e3, n3 n2
}

void TestScorecard::scorecardStructure()
{
    ScorecardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDashboard(load(m_scope));
    QCOMPARE(model.rowCount(), 3); // Ben, Cat, Bravo
    // Weighted by default: attendance, CSAT, sales, QA, AHT; with data besides: FCR and NPS (no CpH).
    QCOMPARE(model.columnCount(), int(ScorecardModel::FirstKpiColumn) + 7);
    QCOMPARE(columnOf(model, KpiId::Cph), -1);
    QCOMPARE(model.headerData(columnOf(model, KpiId::Csat), Qt::Horizontal).toString(),
             QStringLiteral("CSAT %"));
    QVERIFY(model.headerData(columnOf(model, KpiId::Csat), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Weight 25")));
    QCOMPARE(model.index(2, 0).data(ScorecardModel::TeamRowRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Bravo"));
    QCOMPARE(model.index(0, 0).data(ScorecardModel::AgentIdRole).toLongLong(), m_site.ben);
    model.setDashboard({});
    QCOMPARE(model.rowCount(), 1); // the (empty) team row stays
}

void TestScorecard::scorecardCellsByHand()
{
    ScorecardModel model;
    model.setDashboard(load(m_scope));
    const QModelIndex benScore = model.index(0, ScorecardModel::ScoreColumn);
    QCOMPARE(benScore.data().toString(), QLocale().toString(30.0, 'f', 1));
    QCOMPARE(benScore.data(ScorecardModel::SortRole).toDouble(), 30.0);
    QCOMPARE(model.index(2, ScorecardModel::HandledColumn).data(ScorecardModel::SortRole).toLongLong(),
             qint64(2));

    const QModelIndex catAttendance = model.index(1, columnOf(model, KpiId::Attendance));
    QCOMPARE(catAttendance.data(ScorecardModel::BandRole).toInt(), int(Band::Exceeded));
    QCOMPARE(catAttendance.data(ScorecardModel::BandTextRole).toString(), QStringLiteral("Exceeded"));
    QCOMPARE(catAttendance.data(ScorecardModel::MovementRole).toInt(), int(Movement::Better)); // 50 → 100
    QCOMPARE(catAttendance.data().toString(),
             QStringLiteral("%1 ▲ · Exceeded").arg(models::formatPercent(100.0)));
    QCOMPARE(catAttendance.data(ScorecardModel::NRole).toLongLong(), qint64(1));
    QVERIFY(catAttendance.data(ScorecardModel::BandColorRole).value<QColor>().isValid());
    // One shift is a small sample: dark grey in italics, and the tooltip says so.
    QVERIFY(catAttendance.data(Qt::ForegroundRole).value<QBrush>().color() != QColor(Qt::black));
    QVERIFY(catAttendance.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(
        catAttendance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Better than the previous")));

    const QModelIndex benAht = model.index(0, columnOf(model, KpiId::Aht));
    QCOMPARE(benAht.data().toString(), QStringLiteral("6:00 · Exceeded")); // no previous period: no arrow
    QCOMPARE(benAht.data(ScorecardModel::MovementRole).toInt(), int(Movement::None));
    QVERIFY(
        benAht.data(Qt::ToolTipRole).toString().contains(QStringLiteral("No data in the previous period")));

    const QModelIndex catCsat = model.index(1, columnOf(model, KpiId::Csat));
    QCOMPARE(catCsat.data().toString(), QStringLiteral("–"));
    QCOMPARE(catCsat.data(ScorecardModel::BandRole).toInt(), int(Band::None));
    QVERIFY(!catCsat.data(Qt::BackgroundRole).isValid());
    QVERIFY(!catCsat.data(ScorecardModel::SortRole).isValid());

    const QModelIndex catFcr = model.index(1, columnOf(model, KpiId::Fcr));
    QCOMPARE(catFcr.data(ScorecardModel::MovementRole).toInt(), int(Movement::Better)); // 0 % → 100 %
    const QModelIndex teamAttendance = model.index(2, columnOf(model, KpiId::Attendance));
    QCOMPARE(teamAttendance.data(ScorecardModel::BandRole).toInt(), int(Band::FarBelow));
    QVERIFY(
        !model.index(0, columnOf(model, KpiId::Attendance)).data(ScorecardModel::DrillDownRole).isValid());
}

// Every cell that can be drilled into lists, in the Conversations page's repository, as many
// conversations as its n — for the agents and the team row.
void TestScorecard::scorecardDrillDownCountsEqualN()
{
    ScorecardModel model;
    model.setDashboard(load(m_scope));
    const storage::ConversationRepository conversations(*m_db);
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 agent = model.index(row, 0).data(ScorecardModel::AgentIdRole).toLongLong();
        for (int column = ScorecardModel::HandledColumn; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const QVariant subset = cell.data(ScorecardModel::DrillDownRole);
            if (!subset.isValid())
                continue;
            storage::ConversationFilter filter{m_scope.range,
                                               m_scope.teamId,
                                               agent > 0 ? std::optional<qint64>(agent) : std::nullopt,
                                               {},
                                               static_cast<storage::ConversationSubset>(subset.toInt())};
            QCOMPARE(conversations.count(filter).value(), cell.data(ScorecardModel::NRole).toLongLong());
            ++checked;
        }
    }
    QCOMPARE(checked, 3 * 6); // handled, CSAT, sales (n = handled), AHT, FCR, NPS; not attendance or QA
}

HUDDLE_TEST_MAIN("test_scorecard", TestScorecard)
#include "tst_scorecard.moc"
