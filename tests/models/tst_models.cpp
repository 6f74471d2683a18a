// Models over a small demo database: structure checked by QAbstractItemModelTester, numbers checked
// against plain SQL written here, independently of the repositories.
#include "demo/demogenerator.h"
#include "models/agentkpimodel.h"
#include "models/conversationtablemodel.h"
#include "models/dashboarddata.h"
#include "models/reviewnotemodel.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"
#include "storage/kpirepository.h"
#include "storage/reviewnoterepository.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agentModelMatchesSql();
    void agentModelSortsNumbers();
    void conversationModelFetchesLazily();
    void conversationModelSortsInSql();
    void conversationModelFilters();
    void drillDownCountsEqualN();
    void reviewNoteModelNewestFirst();
    void dashboardTrendSumsToPeriod();
    void dashboardAgreesWithKpiTotals();

private:
    qint64 scalar(const QString &sql, const QVariantList &bindings = {});

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    core::DateRange m_range{QDate(2026, 3, 1), QDate(2026, 3, 31)};
};

void TestModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = storage::Database::open(m_dir.filePath(QStringLiteral("models.sqlite")),
                                      storage::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(db.value());
    demo::DemoOptions options;
    options.teams = 2;
    options.agents = 8;
    options.days = 60;
    options.endDay = QDate(2026, 3, 31);
    auto summary = demo::generateDemo(*m_db, options);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
}

qint64 TestModels::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        qFatal("test query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

void TestModels::agentModelMatchesSql()
{
    models::AgentKpiModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const storage::KpiQuery query{m_range, std::nullopt, std::nullopt, storage::KpiGrouping::Agent, {}};
    QVERIFY(model.load(storage::KpiRepository(*m_db), query));
    const qint64 agentsWithData = scalar(QStringLiteral(
        "SELECT COUNT(DISTINCT agent_id) FROM attendance WHERE day BETWEEN '2026-03-01' AND '2026-03-31'"));
    QCOMPARE(qint64(model.rowCount()), agentsWithData);
    QCOMPARE(model.columnCount(), int(models::AgentKpiModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 agentId = model.index(row, 0).data(models::AgentKpiModel::AgentIdRole).toLongLong();
        const QVariantList bind{agentId};
        const qint64 handled =
            scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = ? AND answered = 1"
                                  " AND day BETWEEN '2026-03-01' AND '2026-03-31'"),
                   bind);
        const qint64 responses = scalar(
            QStringLiteral(
                "SELECT COUNT(*) FROM conversations c"
                " WHERE c.agent_id = ? AND c.csat_score IS NOT NULL AND c.day BETWEEN '2026-03-01' AND "
                "'2026-03-31'"),
            bind);
        const qint64 satisfied = scalar(
            QStringLiteral("SELECT COUNT(*) FROM conversations c"
                           " WHERE c.agent_id = ? AND c.csat_score >= 4 AND c.day BETWEEN '2026-03-01' AND "
                           "'2026-03-31'"),
            bind);
        QCOMPARE(model.index(row, models::AgentKpiModel::Handled)
                     .data(models::AgentKpiModel::SortRole)
                     .toLongLong(),
                 handled);
        QCOMPARE(model.index(row, models::AgentKpiModel::CsatResponses)
                     .data(models::AgentKpiModel::SortRole)
                     .toLongLong(),
                 responses);
        QVERIFY(responses > 0);
        QCOMPARE(
            model.index(row, models::AgentKpiModel::Csat).data(models::AgentKpiModel::SortRole).toDouble(),
            100.0 * static_cast<double>(satisfied) / static_cast<double>(responses));
        QVERIFY(model.index(row, models::AgentKpiModel::Csat)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Wilson")));
    }
}

void TestModels::agentModelSortsNumbers()
{
    models::AgentKpiModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(models::AgentKpiModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.load(storage::KpiRepository(*m_db),
                       {m_range, std::nullopt, std::nullopt, storage::KpiGrouping::Agent, {}}));
    proxy.sort(models::AgentKpiModel::Aht, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(
            proxy.index(row - 1, models::AgentKpiModel::Aht)
                .data(models::AgentKpiModel::SortRole)
                .toDouble() <=
            proxy.index(row, models::AgentKpiModel::Aht).data(models::AgentKpiModel::SortRole).toDouble());
}

void TestModels::conversationModelFetchesLazily()
{
    models::ConversationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const storage::ConversationFilter filter{m_range, std::nullopt, std::nullopt, {}};
    QVERIFY(model.setSource(std::make_shared<storage::ConversationRepository>(*m_db), filter));
    const qint64 total = scalar(
        QStringLiteral("SELECT COUNT(*) FROM conversations WHERE day BETWEEN '2026-03-01' AND '2026-03-31'"));
    QVERIFY(total > 2 * models::ConversationTableModel::PageSize);
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(qint64(model.rowCount()),
             qint64(models::ConversationTableModel::PageSize)); // only the first page up front
    QVERIFY(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(qint64(model.rowCount()), total);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.index(row, 0).data(models::ConversationTableModel::IdRole).toLongLong());
        if (row > 0) // newest first by default
            QVERIFY(model.rowAt(row - 1)->startedAt >= model.rowAt(row)->startedAt);
    }
    QCOMPARE(qint64(ids.size()), total); // no row twice, none lost
}

void TestModels::conversationModelSortsInSql()
{
    models::ConversationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.setSource(std::make_shared<storage::ConversationRepository>(*m_db),
                            {m_range, std::nullopt, std::nullopt, {}}));
    model.sort(models::ConversationTableModel::Wait, Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(qint64(model.rowCount()), model.totalCount());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row - 1)->waitSeconds.value_or(-1) <= model.rowAt(row)->waitSeconds.value_or(-1));
    const qint64 maxWait = scalar(QStringLiteral(
        "SELECT MAX(wait_s) FROM conversations WHERE day BETWEEN '2026-03-01' AND '2026-03-31'"));
    QCOMPARE(qint64(*model.rowAt(model.rowCount() - 1)->waitSeconds), maxWait);
}

void TestModels::conversationModelFilters()
{
    const qint64 agentId = scalar(QStringLiteral("SELECT MIN(id) FROM agents"));
    models::ConversationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(model.setSource(std::make_shared<storage::ConversationRepository>(*m_db),
                            {m_range, std::nullopt, agentId, {}}));
    QCOMPARE(model.totalCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = "
                                                       "? AND day BETWEEN '2026-03-01' AND '2026-03-31'"),
                                        {agentId}));
    const QString someId = model.rowAt(3)->externalId;
    QVERIFY(model.setSource(std::make_shared<storage::ConversationRepository>(*m_db),
                            {m_range, std::nullopt, std::nullopt, someId}));
    QCOMPARE(model.totalCount(), qint64(1));
    QCOMPARE(model.index(0, models::ConversationTableModel::Conversation).data().toString(), someId);
}

// Drill-down on the demo data: for a team, an agent and a few days, the model opened with a figure's subset
// lists as many conversations as the figure's n says (core::computeKpis over KpiRepository's totals).
void TestModels::drillDownCountsEqualN()
{
    using storage::ConversationSubset;
    const qint64 team = scalar(QStringLiteral("SELECT MIN(id) FROM teams"));
    const qint64 agent = scalar(QStringLiteral("SELECT MAX(agent_id) FROM conversations"));
    struct Case {
        core::DateRange range;
        std::optional<qint64> team;
        std::optional<qint64> agent;
    };
    const QList<Case> cases{{m_range, team, std::nullopt},
                            {m_range, std::nullopt, agent},
                            {{QDate(2026, 3, 9), QDate(2026, 3, 11)}, std::nullopt, std::nullopt}};
    const auto repository = std::make_shared<storage::ConversationRepository>(*m_db);
    for (const Case &c : cases) {
        const auto rows =
            storage::KpiRepository(*m_db).totals({c.range, c.team, c.agent, storage::KpiGrouping::All, {}});
        QVERIFY(rows);
        const core::KpiValues v = core::computeKpis(rows.value().constFirst().totals);
        const QList<std::pair<ConversationSubset, qint64>> figures{
            {ConversationSubset::Handled, v.handled},
            {ConversationSubset::CsatResponses, v.csatPct.n},
            {ConversationSubset::HandleTimes, v.ahtSeconds.n},
            {ConversationSubset::FcrDecided, v.fcrPct.n},
            {ConversationSubset::NpsResponses, v.nps.n},
            {ConversationSubset::All, v.offered},
            {ConversationSubset::Abandoned, v.abandonPct.successes}};
        for (const auto &[subset, n] : figures) {
            models::ConversationTableModel model;
            QVERIFY(model.setSource(repository, {c.range, c.team, c.agent, {}, subset}));
            QCOMPARE(model.totalCount(), n);
        }
        QVERIFY(v.csatPct.n > 0 && v.fcrPct.n > 0 && v.handled > v.csatPct.n);
    }
    models::ConversationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(
        model.setSource(repository, {m_range, team, std::nullopt, {}, ConversationSubset::CsatResponses}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(qint64(model.rowCount()), model.totalCount());
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.rowAt(row)->csatScore.has_value());
}

void TestModels::reviewNoteModelNewestFirst()
{
    models::ReviewNoteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto notes = storage::ReviewNoteRepository(*m_db).notes(m_range, std::nullopt, std::nullopt);
    QVERIFY(notes);
    model.setNotes(notes.value());
    const qint64 expected = scalar(
        QStringLiteral("SELECT COUNT(*) FROM review_notes n JOIN conversations c ON c.id = n.conversation_id"
                       " WHERE c.day BETWEEN '2026-03-01' AND '2026-03-31'"));
    QVERIFY(expected > 0);
    QCOMPARE(qint64(model.rowCount()), expected);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.noteAt(row - 1)->createdAt >= model.noteAt(row)->createdAt);
    QCOMPARE(model.index(0, models::ReviewNoteModel::Note).data().toString(), model.noteAt(0)->body);
    QCOMPARE(model.index(0, 0).data(models::ReviewNoteModel::ConversationDayRole).toDate(),
             model.noteAt(0)->conversationDay);
}

void TestModels::dashboardTrendSumsToPeriod()
{
    models::Scope scope{m_range, std::nullopt, std::nullopt, core::Granularity::Week, {}};
    auto data = models::loadDashboard(*m_db, scope);
    QVERIFY(data);
    // March 2026 starts on a Sunday and ends on a Tuesday: Feb 23 week, four full weeks, Mar 30 week.
    QCOMPARE(data.value().trend.size(), qsizetype(6));
    QCOMPARE(data.value().trend.constFirst().start, QDate(2026, 2, 23));
    qint64 handled = 0;
    qint64 responses = 0;
    for (const models::TrendPoint &point : data.value().trend) {
        handled += point.values.handled;
        responses += point.values.csatPct.n;
    }
    QCOMPARE(handled, data.value().period.handled);
    QCOMPARE(responses, data.value().period.csatPct.n);
    QCOMPARE(handled, scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 1 AND day "
                                            "BETWEEN '2026-03-01' AND '2026-03-31'")));
}

// The dashboard's one pass per kind of fact against KpiRepository's grouped totals for the same team: the
// period, the previous period, every agent now and before, and the medians recomputed here.
void TestModels::dashboardAgreesWithKpiTotals()
{
    const qint64 team = scalar(QStringLiteral("SELECT MIN(id) FROM teams"));
    const models::Scope scope{m_range, team, std::nullopt, core::Granularity::Month, {}};
    const auto data = models::loadDashboard(*m_db, scope);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().toString()));
    const storage::KpiRepository kpis(*m_db);
    const auto totalOf = [&](core::DateRange range) {
        return kpis.totals({range, team, std::nullopt, storage::KpiGrouping::All, {}})
            .value()
            .constFirst()
            .totals;
    };
    const core::DateRange before = core::previousRange(m_range);
    QCOMPARE(data.value().period.handled, totalOf(m_range).handled);
    QCOMPARE(data.value().period.csatPct.successes, totalOf(m_range).csat.satisfied);
    QCOMPARE(data.value().previous.handled, totalOf(before).handled);
    QVERIFY(data.value().previous.handled > 0);        // the demo starts 60 days back: February has data
    QCOMPARE(data.value().trend.size(), qsizetype(1)); // one month
    QCOMPARE(data.value().plan, core::KpiPlan::defaults());

    const auto now = kpis.totals({m_range, team, std::nullopt, storage::KpiGrouping::Agent, {}}).value();
    const auto then = kpis.totals({before, team, std::nullopt, storage::KpiGrouping::Agent, {}}).value();
    QCOMPARE(data.value().agents.size(), now.size());
    QList<double> aht;
    QList<double> csat;
    for (const models::AgentPeriod &agent : data.value().agents) {
        const auto row = std::find_if(now.begin(), now.end(),
                                      [&](const storage::KpiRow &r) { return r.agentId == agent.agentId; });
        QVERIFY(row != now.end());
        QCOMPARE(agent.name, row->agentName);
        QCOMPARE(agent.current.handled, row->totals.handled);
        QCOMPARE(agent.current.qaPct.n, row->totals.qaEvaluations);
        QCOMPARE(agent.current.attendancePct.n, row->totals.shiftsScheduled);
        const auto previous = std::find_if(
            then.begin(), then.end(), [&](const storage::KpiRow &r) { return r.agentId == agent.agentId; });
        QCOMPARE(agent.previous.handled, previous == then.end() ? 0 : previous->totals.handled);
        QCOMPARE(agent.score.score, core::weightedScore(agent.current, core::KpiPlan::defaults()).score);
        aht.append(*agent.current.ahtSeconds.value);
        csat.append(*agent.current.csatPct.value);
    }
    // Medians by sorting (an even count averages the middle two).
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    };
    QCOMPARE(*data.value().split.medianAhtSeconds, median(aht));
    QCOMPARE(*data.value().split.medianCsatPct, median(csat));

    // A team plan of its own is the one the dashboard uses, for the team and its agents.
    core::KpiPlan plan = core::KpiPlan::defaults();
    plan.entry(core::KpiId::Aht).thresholds = {600, 500, 400};
    QVERIFY(storage::KpiPlanRepository(*m_db).save(team, plan));
    const auto planned = models::loadDashboard(*m_db, scope);
    QVERIFY(storage::KpiPlanRepository(*m_db).remove(team));
    QVERIFY(planned);
    QCOMPARE(planned.value().targets.ahtSeconds, 500.0);
    QCOMPARE(planned.value().agents.constFirst().score.score,
             core::weightedScore(planned.value().agents.constFirst().current, plan).score);
}

HUDDLE_TEST_GUILESS_MAIN("test_models", TestModels)
#include "tst_models.moc"
