// The dashboard's widgets and wiring, offscreen, on a small demo database: a quadrant point opens the agent
// view, a scorecard cell and a card drill down to exactly n conversations (counted again here in plain
// SQL), timeline markers open notes and evaluations, the KPI plan dialog refuses weights that do not sum to
// 100 and saves a valid plan, the compare picker stops at four agents, tables export.
#include "agentview.h"
#include "attendancestrip.h"
#include "comparepicker.h"
#include "conversationspage.h"
#include "csatahtchart.h"
#include "dashboardpage.h"
#include "demowindow.h"
#include "evaluationdialog.h"
#include "kpicard.h"
#include "kpiplandialog.h"
#include "mainwindow.h"
#include "models/conversationtablemodel.h"
#include "models/reviewnotemodel.h"
#include "models/scorecardmodel.h"
#include "quadrantchart.h"
#include "scopebar.h"
#include "scorecardview.h"
#include "storage/database.h"
#include "storage/kpiplanrepository.h"
#include "support/testmain.h"
#include "tableexportaction.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace huddle;

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void quadrantShowsEveryAgentWithBothFigures();
    void clickingAQuadrantPointOpensThatAgent();
    void scorecardCellDrillsDownToItsN();
    void scorecardTeamRowDrillsDownToItsN();
    void cardDrillsDownToItsN();
    void trendPointDrillsDownToItsBucket();
    void noteMarkerSelectsTheNote();
    void evaluationMarkerOpensTheEvaluation();
    void planDialogRefusesWeightsNotSummingTo100();
    void planDialogSavesAValidPlan();
    void planDialogCancelDiscards();
    void comparePickerStopsAtFour();
    void scopeBarKeepsAtMostFourComparedAgents();
    void scorecardExportsAsCsv();
    void cleanupTestCase() { m_window.reset(); }

private:
    qint64 scalar(const QString &sql);
    ui::DashboardPage *dashboard() const { return m_window->dashboard(); }
    void showTab(ui::DashboardPage::Tab tab);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    const core::DateRange m_range{QDate(2026, 5, 4), QDate(2026, 5, 31)};
    const qint64 m_team = 1;
};

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("dashboard.sqlite"));
    QString error;
    m_window = testsupport::openDemoWindow(m_path, 2, 12, 45, m_range.to, &error);
    QVERIFY2(m_window, qPrintable(error));
}

// Every test starts on the first team's dashboard over four whole weeks.
void TestDashboard::init()
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    ui::ScopeBar *bar = m_window->scopeBar();
    bar->setCompareAgents({});
    bar->setGranularity(core::Granularity::Week);
    bar->setRange(m_range);
    bar->setTeam(m_team);
    QCOMPARE(bar->scope().teamId, std::optional<qint64>(m_team));
    QCOMPARE(bar->scope().range, m_range);
    testsupport::verifyLoaded(dashboard());
}

qint64 TestDashboard::scalar(const QString &sql)
{
    return testsupport::scalarAt(m_path, sql);
}

void TestDashboard::showTab(ui::DashboardPage::Tab tab)
{
    dashboard()->showTab(tab);
    QCOMPARE(dashboard()->tabs()->currentIndex(), int(tab));
    QTest::qWait(50); // let the tab lay out before coordinates are taken
}

void TestDashboard::quadrantShowsEveryAgentWithBothFigures()
{
    showTab(ui::DashboardPage::QuadrantTab);
    // Agents of team 1 with at least one CSAT response and one handle time in the range.
    const qint64 agents = scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT agent_id FROM conversations"
                                                " WHERE team_id = %1 AND day BETWEEN '%2' AND '%3'"
                                                " GROUP BY agent_id HAVING COUNT(csat_score) > 0"
                                                " AND SUM(answered = 1 AND handle_s IS NOT NULL) > 0)")
                                     .arg(m_team)
                                     .arg(dayText(m_range.from), dayText(m_range.to)));
    QVERIFY(agents >= 3);
    QCOMPARE(qint64(dashboard()->quadrant()->pointCount()), agents);
}

void TestDashboard::clickingAQuadrantPointOpensThatAgent()
{
    showTab(ui::DashboardPage::QuadrantTab);
    ui::QuadrantChart *quadrant = dashboard()->quadrant();
    QVERIFY(quadrant->isVisible());
    const QList<qint64> ids = quadrant->agentIds();
    QVERIFY(!ids.isEmpty());
    // The smallest point is drawn last, on top: clicking its centre can only hit it.
    const qint64 agentId = ids.constLast();
    const std::optional<QPointF> position = quadrant->pointPosition(agentId);
    QVERIFY(position);
    QCOMPARE(quadrant->agentAt(*position), agentId);
    QTest::mouseClick(quadrant->viewport(), Qt::LeftButton, {}, position->toPoint());
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::AgentViewIndex));
    QCOMPARE(m_window->agentView()->agentId(), agentId);
    testsupport::verifyLoaded(m_window->agentView());
    auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM agents WHERE id = %1").arg(agentId)) && q.next());
    QCOMPARE(m_window->agentView()->headline(), q.value(0).toString());
    // The agent view's attendance strip shows the agent's shifts of the range.
    QCOMPARE(qint64(m_window->agentView()->attendance()->shiftCount()),
             scalar(QStringLiteral("SELECT COUNT(*) FROM attendance WHERE agent_id = %1 AND day BETWEEN '%2' "
                                   "AND '%3'")
                        .arg(agentId)
                        .arg(dayText(m_range.from), dayText(m_range.to))));
    // Clicking where no point is does nothing.
    m_window->showPage(ui::MainWindow::DashboardIndex);
    QTest::mouseClick(quadrant->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::DashboardIndex));
}

void TestDashboard::scorecardCellDrillsDownToItsN()
{
    showTab(ui::DashboardPage::ScorecardTab);
    QTableView *view = dashboard()->scorecard()->view();
    const QAbstractItemModel *model = view->model();
    int csatColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal, models::ScorecardModel::KpiRole).toInt() ==
            int(core::KpiId::Csat))
            csatColumn = column;
    QVERIFY(csatColumn >= 0);
    const QModelIndex cell = model->index(1, csatColumn);
    const qint64 agentId = cell.data(models::ScorecardModel::AgentIdRole).toLongLong();
    const qint64 n = cell.data(models::ScorecardModel::NRole).toLongLong();
    QVERIFY(agentId > 0);
    // n is the agent's CSAT responses in the team over the range, counted here without Huddle's code.
    QCOMPARE(n,
             scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE agent_id = %1 AND team_id = %2"
                                   " AND csat_score IS NOT NULL AND day BETWEEN '%3' AND '%4'")
                        .arg(agentId)
                        .arg(m_team)
                        .arg(dayText(m_range.from), dayText(m_range.to))));
    QVERIFY(n > 0);
    view->scrollTo(cell);
    const QRect rect = view->visualRect(cell);
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ConversationsIndex));
    ui::ConversationsPage *conversations = m_window->conversations();
    QVERIFY(conversations->drillDown().has_value());
    QCOMPARE(conversations->model()->totalCount(), n);
    QVERIFY(conversations->countLabel()->text().contains(QLocale().toString(n)));
    // Every listed conversation is the agent's and has a CSAT answer.
    for (int row = 0; row < conversations->model()->rowCount(); ++row)
        QVERIFY(conversations->model()->rowAt(row)->csatScore.has_value());
    // Another scope ends the drill-down.
    m_window->scopeBar()->setRange({m_range.from, m_range.to.addDays(-7)});
    QVERIFY(!conversations->drillDown().has_value());
}

void TestDashboard::scorecardTeamRowDrillsDownToItsN()
{
    showTab(ui::DashboardPage::ScorecardTab);
    ui::ScorecardView *scorecard = dashboard()->scorecard();
    const QAbstractItemModel *model = scorecard->view()->model();
    const int last = model->rowCount() - 1;
    QVERIFY(model->index(last, 0).data(models::ScorecardModel::TeamRowRole).toBool());
    int ahtColumn = -1;
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal, models::ScorecardModel::KpiRole).toInt() ==
            int(core::KpiId::Aht))
            ahtColumn = column;
    QVERIFY(ahtColumn >= 0);
    const QModelIndex cell = model->index(last, ahtColumn);
    const qint64 n = cell.data(models::ScorecardModel::NRole).toLongLong();
    QCOMPARE(n, scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE team_id = %1 AND answered = 1"
                                      " AND handle_s IS NOT NULL AND day BETWEEN '%2' AND '%3'")
                           .arg(m_team)
                           .arg(dayText(m_range.from), dayText(m_range.to))));
    scorecard->view()->setCurrentIndex(cell);
    QTest::keyClick(scorecard->view(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ConversationsIndex));
    QCOMPARE(m_window->conversations()->model()->totalCount(), n);
}

void TestDashboard::cardDrillsDownToItsN()
{
    ui::KpiCard *card = dashboard()->csatCard();
    const qint64 n = dashboard()->data().period.csatPct.n;
    QVERIFY(n > 0);
    QVERIFY(card->detailText().contains(QLocale().toString(n)));
    QTest::mouseDClick(card, Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ConversationsIndex));
    QCOMPARE(m_window->conversations()->model()->totalCount(), n);
}

void TestDashboard::trendPointDrillsDownToItsBucket()
{
    const models::TrendPoint &week = dashboard()->data().trend.at(1);
    QCOMPARE(week.start, m_range.from.addDays(7));
    const qint64 handled = scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE team_id = %1 AND "
                                                 "answered = 1 AND day BETWEEN '%2' AND '%3'")
                                      .arg(m_team)
                                      .arg(dayText(week.start), dayText(week.end)));
    QCOMPARE(week.values.handled, handled);
    Q_EMIT dashboard()->chart()->bucketActivated({week.start, week.end}, 0);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ConversationsIndex));
    QCOMPARE(m_window->conversations()->model()->totalCount(), handled);
    QCOMPARE(m_window->conversations()->drillDown()->n, std::optional<qint64>(handled));
}

void TestDashboard::noteMarkerSelectsTheNote()
{
    showTab(ui::DashboardPage::TrendTab);
    const QList<storage::ReviewNoteEntry> &notes = dashboard()->data().notes;
    QVERIFY(notes.size() >= 3);
    const storage::ReviewNoteEntry &note = notes[2];
    core::TimelineEvent event;
    event.kind = core::TimelineEventKind::ReviewNote;
    event.id = note.id;
    event.day = note.conversationDay;
    Q_EMIT dashboard()->chart()->eventActivated(event);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::DashboardIndex));
    const QModelIndex current = dashboard()->notesView()->currentIndex();
    QVERIFY(current.isValid());
    const auto *notesModel = static_cast<const models::ReviewNoteModel *>(dashboard()->notesView()->model());
    QCOMPARE(notesModel->noteAt(current.row())->id, note.id);
    QCOMPARE(dashboard()->chart()->highlightedBucket(), note.conversationDay);
}

void TestDashboard::evaluationMarkerOpensTheEvaluation()
{
    std::optional<core::TimelineEvent> evaluation;
    for (const core::TimelineEvent &event : dashboard()->data().events)
        if (event.kind == core::TimelineEventKind::QaEvaluation)
            evaluation = event;
    QVERIFY(evaluation);
    Q_EMIT dashboard()->chart()->eventActivated(*evaluation);
    // The evaluation form opens over the dashboard, which stays where it was.
    ui::EvaluationDialog *form = nullptr;
    QTRY_VERIFY((form = m_window->findChild<ui::EvaluationDialog *>()) && form->isVisible());
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::DashboardIndex));
    form->reject(); // deleted on close
}

void TestDashboard::planDialogRefusesWeightsNotSummingTo100()
{
    auto *dialog = qobject_cast<ui::KpiPlanDialog *>(m_window->openKpiPlanDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->currentTeam(), std::optional<qint64>(m_team)); // opens on the scope's team
    dialog->inheritBox()->setChecked(false);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->weightEdit(core::KpiId::Attendance)->setValue(25); // 25 + 25 + 20 + 15 + 10 = 95
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->problem().contains(QStringLiteral("95")), qPrintable(dialog->problem()));
    QVERIFY(dialog->sumText().contains(QStringLiteral("95")));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused
    // A threshold out of order is refused too, with its own reason.
    dialog->weightEdit(core::KpiId::Attendance)->setValue(30);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->thresholdEdit(core::KpiId::Csat, 2)->setValue(75); // exceeded below met (80)
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->problem().contains(QStringLiteral("csat")));
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
    auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
    auto own = storage::KpiPlanRepository(*db.value()).ownPlan(m_team);
    QVERIFY(own);
    QVERIFY(!own.value()); // nothing saved: the team still inherits
}

void TestDashboard::planDialogSavesAValidPlan()
{
    auto *dialog = qobject_cast<ui::KpiPlanDialog *>(m_window->openKpiPlanDialog());
    QVERIFY(dialog);
    dialog->selectTeam(m_team);
    dialog->inheritBox()->setChecked(false);
    dialog->weightEdit(core::KpiId::Attendance)->setValue(20);
    dialog->weightEdit(core::KpiId::Csat)->setValue(35);
    dialog->thresholdEdit(core::KpiId::Aht, 1)->setValue(400);
    QVERIFY(dialog->okButton()->isEnabled());
    core::KpiPlan expected = core::KpiPlan::defaults();
    expected.entry(core::KpiId::Attendance).weight = 20;
    expected.entry(core::KpiId::Csat).weight = 35;
    expected.entry(core::KpiId::Aht).thresholds.met = 400;
    QCOMPARE(dialog->editedPlan(), expected);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    {
        auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
        auto own = storage::KpiPlanRepository(*db.value()).ownPlan(m_team);
        QVERIFY(own && own.value());
        QCOMPARE(*own.value(), expected);
        // The other team still inherits the site plan.
        auto other = storage::KpiPlanRepository(*db.value()).ownPlan(m_team + 1);
        QVERIFY(other && !other.value());
    }
    // The dashboard reloads under the new plan: its targets are the plan's.
    testsupport::verifyLoaded(dashboard());
    QCOMPARE(dashboard()->data().plan, expected);
    // Back to inheriting, so the other tests see the defaults.
    dialog = qobject_cast<ui::KpiPlanDialog *>(m_window->openKpiPlanDialog());
    dialog->inheritBox()->setChecked(true);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
    QVERIFY(!storage::KpiPlanRepository(*db.value()).ownPlan(m_team).value());
}

void TestDashboard::planDialogCancelDiscards()
{
    auto *dialog = qobject_cast<ui::KpiPlanDialog *>(m_window->openKpiPlanDialog());
    dialog->selectTeam(std::nullopt);
    dialog->weightEdit(core::KpiId::Qa)->setValue(10);
    dialog->weightEdit(core::KpiId::Aht)->setValue(15);
    QVERIFY(dialog->okButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog->isVisible());
    auto db = storage::Database::open(m_path, storage::OpenMode::MustExist);
    auto site = storage::KpiPlanRepository(*db.value()).ownPlan(std::nullopt);
    QVERIFY(site && !site.value());
}

void TestDashboard::comparePickerStopsAtFour()
{
    QList<storage::AgentEntry> agents;
    for (qint64 id = 1; id <= 6; ++id)
        agents.append({id, QStringLiteral("Agent %1").arg(id), 1, QStringLiteral("Team")});
    ui::ComparePicker picker(agents, {6});
    QCOMPARE(picker.chosen(), QList<qint64>{6});
    for (int row = 0; row < 5; ++row)
        picker.list()->item(row)->setCheckState(Qt::Checked);
    QCOMPARE(picker.chosen(), (QList<qint64>{6, 1, 2, 3}));
    QCOMPARE(picker.list()->item(3)->checkState(), Qt::Unchecked);
    QCOMPARE(picker.list()->item(4)->checkState(), Qt::Unchecked);
    QVERIFY(!picker.message().isEmpty());
    // Unticking one makes room again.
    picker.list()->item(0)->setCheckState(Qt::Unchecked);
    picker.list()->item(4)->setCheckState(Qt::Checked);
    QCOMPARE(picker.chosen(), (QList<qint64>{6, 2, 3, 5}));
    QVERIFY(picker.message().isEmpty());
}

void TestDashboard::scopeBarKeepsAtMostFourComparedAgents()
{
    m_window->scopeBar()->setCompareAgents({1, 2, 2, 3, 4, 5});
    QCOMPARE(m_window->scopeBar()->scope().compareAgents, (QList<qint64>{1, 2, 3, 4}));
    testsupport::verifyLoaded(dashboard());
    QCOMPARE(dashboard()->data().comparison.size(), 4);
    QCOMPARE(dashboard()->chart()->trendCount(), 5); // the team's line and four agents
}

void TestDashboard::scorecardExportsAsCsv()
{
    showTab(ui::DashboardPage::ScorecardTab);
    ui::ScorecardView *scorecard = dashboard()->scorecard();
    const QString path = m_dir.filePath(QStringLiteral("scorecard.csv"));
    QVERIFY(ui::TableExportAction::exportToFile(*scorecard->view()->model(), scorecard->valueRole(),
                                                scorecard->columnKinds(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), scorecard->view()->model()->rowCount() + 1);
    // The team row's handled count is written as a number.
    const QAbstractItemModel *model = scorecard->view()->model();
    const QString handled = model->index(model->rowCount() - 1, models::ScorecardModel::HandledColumn)
                                .data(models::ScorecardModel::SortRole)
                                .toString();
    QVERIFY(lines.constLast().split(QLatin1Char(',')).contains(handled));
}

HUDDLE_TEST_MAIN("test_ui_dashboard", TestDashboard)
#include "tst_dashboard.moc"
