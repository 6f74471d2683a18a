// The console end to end, offscreen: a demo database opened in the main window, the chart's series
// against point counts computed here with plain SQL, and the note → chart highlight.
#include "agentspage.h"
#include "agentview.h"
#include "bonuspage.h"
#include "coachingpage.h"
#include "conversationspage.h"
#include "csatahtchart.h"
#include "dashboardpage.h"
#include "demowindow.h"
#include "importhistorypage.h"
#include "mainwindow.h"
#include "models/agentkpimodel.h"
#include "models/conversationtablemodel.h"
#include "models/reviewnotemodel.h"
#include "qapage.h"
#include "scopebar.h"
#include "sitesettingsdialog.h"
#include "storage/database.h"
#include "support/testmain.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace huddle;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dailyChartHasOnePointPerDayWithData();
    void weeklyChartHasOnePointPerWeek();
    void clickingANoteHighlightsItsDay();
    void agentsPageListsAgentsAndFilters();
    void activatingAnAgentOpensTheAgentView();
    void conversationsPageShowsDetail();
    void newerScopeWins();
    void steppingADateLoadsOnce();
    void openingAMissingDatabaseFails();
    void siteSettingsStoreNameAndCurrency();
    void cleanupTestCase() { m_window.reset(); }

private:
    qint64 scalar(const QString &sql);
    void showRange(core::Granularity granularity);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    const core::DateRange m_range{QDate(2026, 5, 4),
                                  QDate(2026, 5, 31)}; // four whole weeks, Monday to Sunday
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ui.sqlite"));
    QString error;
    m_window = testsupport::openDemoWindow(m_path, 2, 10, 45, m_range.to, &error);
    QVERIFY2(m_window, qPrintable(error));
}

qint64 TestMainWindow::scalar(const QString &sql)
{
    return testsupport::scalarAt(m_path, sql);
}

void TestMainWindow::showRange(core::Granularity granularity)
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    m_window->scopeBar()->setGranularity(granularity);
    m_window->scopeBar()->setRange(m_range);
    QCOMPARE(m_window->scopeBar()->scope().range, m_range);
    testsupport::verifyLoaded(m_window->dashboard());
}

void TestMainWindow::dailyChartHasOnePointPerDayWithData()
{
    showRange(core::Granularity::Day);
    const qint64 csatDays = scalar(
        QStringLiteral("SELECT COUNT(DISTINCT c.day) FROM conversations c"
                       " WHERE c.csat_score IS NOT NULL AND c.day BETWEEN '2026-05-04' AND '2026-05-31'"));
    const qint64 handledDays =
        scalar(QStringLiteral("SELECT COUNT(DISTINCT day) FROM conversations WHERE answered = 1 AND day "
                              "BETWEEN '2026-05-04' AND '2026-05-31'"));
    QVERIFY(csatDays >= 20); // weekdays of four weeks, and some Saturdays
    ui::CsatAhtChart *chart = m_window->dashboard()->chart();
    QCOMPARE(qint64(chart->csatSeries()->count()), csatDays);
    QCOMPARE(qint64(chart->ahtSeries()->count()), handledDays);
    for (const QPointF &point : chart->csatSeries()->points())
        QVERIFY(point.y() >= 0 && point.y() <= 100);
}

void TestMainWindow::weeklyChartHasOnePointPerWeek()
{
    showRange(core::Granularity::Week);
    ui::CsatAhtChart *chart = m_window->dashboard()->chart();
    QCOMPARE(chart->csatSeries()->count(), 4);
    QCOMPARE(chart->ahtSeries()->count(), 4);
    // The first week's AHT point equals that week's handle seconds over handled conversations.
    const qint64 handleSum = scalar(QStringLiteral("SELECT SUM(handle_s) FROM conversations WHERE answered = "
                                                   "1 AND day BETWEEN '2026-05-04' AND '2026-05-10'"));
    const qint64 handled = scalar(QStringLiteral("SELECT COUNT(handle_s) FROM conversations WHERE answered = "
                                                 "1 AND day BETWEEN '2026-05-04' AND '2026-05-10'"));
    QCOMPARE(chart->ahtSeries()->at(0).y(), static_cast<double>(handleSum) / static_cast<double>(handled));
}

void TestMainWindow::clickingANoteHighlightsItsDay()
{
    showRange(core::Granularity::Day);
    QListView *notes = m_window->dashboard()->notesView();
    QVERIFY(notes->model()->rowCount() > 0);
    const QModelIndex first = notes->model()->index(0, models::ReviewNoteModel::Note);
    const QRect rect = notes->visualRect(first);
    QVERIFY(rect.isValid());
    QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, rect.center());
    const QDate day = first.data(models::ReviewNoteModel::ConversationDayRole).toDate();
    QCOMPARE(m_window->dashboard()->chart()->highlightedBucket(), day);
    QScatterSeries *marker = nullptr;
    for (QAbstractSeries *series : m_window->dashboard()->chart()->chart()->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(series))
            marker = scatter;
    QVERIFY(marker);
    QCOMPARE(marker->count(), 1);
    // Clicking another day's note moves the marker there.
    for (int row = 1; row < notes->model()->rowCount(); ++row) {
        const QModelIndex other = notes->model()->index(row, models::ReviewNoteModel::Note);
        const QDate otherDay = other.data(models::ReviewNoteModel::ConversationDayRole).toDate();
        if (otherDay == day)
            continue;
        notes->scrollTo(other);
        QTest::mouseClick(notes->viewport(), Qt::LeftButton, {}, notes->visualRect(other).center());
        QCOMPARE(m_window->dashboard()->chart()->highlightedBucket(), otherDay);
        break;
    }
}

void TestMainWindow::agentsPageListsAgentsAndFilters()
{
    m_window->showPage(ui::MainWindow::AgentsIndex);
    testsupport::verifyLoaded(m_window->agents());
    QTableView *view = m_window->agents()->view();
    QCOMPARE(view->model()->rowCount(), 10);
    const QString name = view->model()->index(0, models::AgentKpiModel::Agent).data().toString();
    QTest::keyClicks(m_window->agents()->filterEdit(), name);
    QCOMPARE(view->model()->rowCount(), 1);
    m_window->agents()->filterEdit()->clear();
    QCOMPARE(view->model()->rowCount(), 10);
}

void TestMainWindow::activatingAnAgentOpensTheAgentView()
{
    m_window->showPage(ui::MainWindow::AgentsIndex);
    testsupport::verifyLoaded(m_window->agents());
    QTableView *view = m_window->agents()->view();
    const QModelIndex cell = view->model()->index(2, models::AgentKpiModel::Agent);
    const qint64 agentId = cell.data(models::AgentKpiModel::AgentIdRole).toLongLong();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::AgentViewIndex));
    QCOMPARE(m_window->agentView()->agentId(), agentId);
    QVERIFY(m_window->agentView()->isVisible());
    testsupport::verifyLoaded(m_window->agentView());
    QCOMPARE(m_window->agentView()->headline(), cell.data().toString());
    // The agent's own work in every team, over the scope's period.
    QCOMPARE(m_window->agentView()->data().dashboard.period.handled,
             scalar(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE answered = 1 AND agent_id = %1 "
                                   "AND day BETWEEN '%2' AND '%3'")
                        .arg(agentId)
                        .arg(m_window->scopeBar()->scope().range.from.toString(Qt::ISODate),
                             m_window->scopeBar()->scope().range.to.toString(Qt::ISODate))));
    // Back returns to the Agents page.
    QTest::keyClick(m_window->agentView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->currentPage(), int(ui::MainWindow::AgentsIndex));
}

void TestMainWindow::conversationsPageShowsDetail()
{
    m_window->showPage(ui::MainWindow::ConversationsIndex);
    QTableView *view = m_window->conversations()->view();
    QVERIFY(view->model()->rowCount() > 0);
    view->selectRow(1);
    const QString externalId =
        view->model()->index(1, models::ConversationTableModel::Conversation).data().toString();
    QVERIFY(m_window->conversations()->detail()->toPlainText().contains(externalId));
}

// Two scopes asked for in a row: the page ends up showing the second, whatever order the loads finish in.
void TestMainWindow::newerScopeWins()
{
    m_window->showPage(ui::MainWindow::DashboardIndex);
    m_window->scopeBar()->setRange(m_range);
    m_window->scopeBar()->setRange({QDate(2026, 5, 18), QDate(2026, 5, 24)});
    testsupport::verifyLoaded(m_window->dashboard());
    QTest::qWait(200); // a superseded result arriving late must not overwrite the screen
    const qint64 agentId = m_window->scopeBar()->scope().agentId.value_or(0);
    const QString agentFilter = agentId ? QStringLiteral(" AND agent_id = %1").arg(agentId) : QString();
    QCOMPARE(
        m_window->dashboard()->data().period.handled,
        scalar(QStringLiteral(
                   "SELECT COUNT(*) FROM conversations WHERE answered = 1 AND day BETWEEN '2026-05-18' AND "
                   "'2026-05-24'") +
               agentFilter));
}

// Each step of a date edit changes the date; the dashboard loads once the dates are still, not per step.
void TestMainWindow::steppingADateLoadsOnce()
{
    showRange(core::Granularity::Day);
    QSignalSpy loads(m_window->dashboard(), &ui::Page::loaded);
    const QList<QDateEdit *> edits = m_window->scopeBar()->findChildren<QDateEdit *>();
    QCOMPARE(edits.size(), 2);
    QDateEdit *to =
        edits.constLast()->date() >= edits.constFirst()->date() ? edits.constLast() : edits.constFirst();
    for (int step = 1; step <= 3; ++step)
        to->setDate(m_range.to.addDays(-step));
    QTRY_COMPARE_WITH_TIMEOUT(loads.count(), 1, 10000);
    QTest::qWait(500);
    QCOMPARE(loads.count(), 1);
    QCOMPARE(m_window->scopeBar()->scope().range, (core::DateRange{m_range.from, m_range.to.addDays(-3)}));
}

void TestMainWindow::openingAMissingDatabaseFails()
{
    const core::Status opened = m_window->openDatabase(m_dir.filePath(QStringLiteral("missing.sqlite")),
                                                       storage::OpenMode::MustExist);
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(QStringLiteral("not found")));
}

// Settings → Site…: a bad currency code is refused and nothing changes; a good one is stored (upper-cased)
// with the name and an audit entry.
void TestMainWindow::siteSettingsStoreNameAndCurrency()
{
    auto *dialog = qobject_cast<ui::SiteSettingsDialog *>(m_window->openSiteSettingsDialog());
    QVERIFY(dialog);
    const qint64 auditBefore =
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'settings'"));
    dialog->nameEdit()->setText(QStringLiteral("  Harbour Street Centre "));
    dialog->currencyEdit()->setCurrentText(QStringLiteral("EURO"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QStringLiteral("EURO")), qPrintable(dialog->problem()));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'currency' AND value = 'EURO'")), 0);

    dialog->currencyEdit()->setCurrentText(QStringLiteral("eur"));
    dialog->accept();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'currency' AND value = 'EUR'")),
             1);
    QCOMPARE(
        scalar(QStringLiteral(
            "SELECT COUNT(*) FROM settings WHERE key = 'site_name' AND value = 'Harbour Street Centre'")),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'settings'")),
             auditBefore + 1);
    // Saving reloads the pages on screen; let those loads finish before the window goes.
    for (const ui::Page *page : std::initializer_list<const ui::Page *>{
             m_window->dashboard(), m_window->agents(), m_window->conversations(), m_window->qa(),
             m_window->coaching(), m_window->bonus(), m_window->imports()})
        QVERIFY(testsupport::waitForLoad(page));
}

HUDDLE_TEST_MAIN("test_ui", TestMainWindow)
#include "tst_mainwindow.moc"
