// File → Connect to Server…: the dialog makes the postgresql:// URL from its fields (the password percent-
// encoded and read back unchanged), refuses missing fields by name and fills itself from a URL; the main
// window opens a database on the test suite's throwaway PostgreSQL server, names it without its password in
// the status line, the title and the recent list, and its dashboard loads the (empty) site from there; an
// import through the dialog writes every row to the server.
#include "bonuspage.h"
#include "coachingpage.h"
#include "connectdialog.h"
#include "dashboardpage.h"
#include "demowindow.h"
#include "importdialog.h"
#include "importers/importjob.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/serverurl.h"
#include "storage/users.h"
#include "support/generatedcalls.h"
#include "support/pgtestdatabase.h"
#include "support/testmain.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace huddle;

namespace {

// The enabled state of the menu bar's action `text` (without its '&'): 1, 0, or -1 when there is none.
int menuActionEnabled(const QMainWindow &window, const QString &text)
{
    for (const QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction *action : menu->menu()->actions()) {
            if (QString(action->text()).remove(QLatin1Char('&')) == text)
                return action->isEnabled() ? 1 : 0;
        }
    }
    return -1;
}

} // namespace

class TestConnectServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogMakesTheUrl();
    void dialogNamesTheMissingField_data();
    void dialogNamesTheMissingField();
    void dialogFillsFromAUrl();
    void windowOpensAServerDatabase();
    void importsIntoTheServer();
    void agentSeesTheirOwnDashboard();
};

void TestConnectServer::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("HuddleTests")); // keep the user's recent list clean
    QSettings().remove(QStringLiteral("recentDatabases"));
}

void TestConnectServer::dialogMakesTheUrl()
{
    ui::ConnectDialog dialog;
    dialog.hostEdit()->setText(QStringLiteral(" db.example "));
    dialog.portEdit()->setValue(6543);
    dialog.databaseEdit()->setText(QStringLiteral("site"));
    dialog.userEdit()->setText(QStringLiteral("lead"));
    dialog.passwordEdit()->setText(QStringLiteral("p@ss:w/rd ?"));
    dialog.tlsEdit()->setCurrentIndex(dialog.tlsEdit()->findData(QStringLiteral("require")));
    QCOMPARE(dialog.location(),
             QStringLiteral("postgresql://lead:p%40ss:w%2Frd%20%3F@db.example:6543/site?sslmode=require"));
    const auto parsed = storage::parseServerUrl(dialog.location());
    QVERIFY(parsed);
    QCOMPARE(parsed.value().password, QStringLiteral("p@ss:w/rd ?"));
    QCOMPARE(parsed.value().host, QStringLiteral("db.example"));
    QCOMPARE(parsed.value().port, 6543);

    // The default port and TLS mode are left out of the URL.
    dialog.portEdit()->setValue(5432);
    dialog.passwordEdit()->clear();
    dialog.tlsEdit()->setCurrentIndex(0);
    QCOMPARE(dialog.location(), QStringLiteral("postgresql://lead@db.example/site"));
}

void TestConnectServer::dialogNamesTheMissingField_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("problem");
    QTest::newRow("host") << ""
                          << "site"
                          << "lead"
                          << "host name";
    QTest::newRow("database") << "db"
                              << " "
                              << "lead"
                              << "name of the database";
    QTest::newRow("user") << "db"
                          << "site"
                          << ""
                          << "user name";
}

void TestConnectServer::dialogNamesTheMissingField()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, problem);
    ui::ConnectDialog dialog;
    dialog.hostEdit()->setText(host);
    dialog.databaseEdit()->setText(database);
    dialog.userEdit()->setText(user);
    dialog.open();
    dialog.accept();
    QVERIFY(dialog.isVisible()); // still asking
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    QVERIFY(dialog.location().isEmpty());
    dialog.hostEdit()->setText(QStringLiteral("db"));
    dialog.databaseEdit()->setText(QStringLiteral("site"));
    dialog.userEdit()->setText(QStringLiteral("lead"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.problem().isEmpty());
}

void TestConnectServer::dialogFillsFromAUrl()
{
    ui::ConnectDialog dialog;
    dialog.setLocation(QStringLiteral("postgresql://lead:pw@db.example:6000/site?sslmode=verify-full"));
    QCOMPARE(dialog.hostEdit()->text(), QStringLiteral("db.example"));
    QCOMPARE(dialog.portEdit()->value(), 6000);
    QCOMPARE(dialog.databaseEdit()->text(), QStringLiteral("site"));
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("lead"));
    QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("pw"));
    QCOMPARE(dialog.tlsEdit()->currentData().toString(), QStringLiteral("verify-full"));
    dialog.showProblem(QStringLiteral("cannot connect"));
    QCOMPARE(dialog.problem(), QStringLiteral("cannot connect"));
}

void TestConnectServer::windowOpensAServerDatabase()
{
    testsupport::PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    const core::Status opened = window.openDatabase(server.url(), storage::OpenMode::MustExist);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    QVERIFY(window.database());
    QCOMPARE(window.database()->dialect(), storage::Dialect::PostgreSQL);
    const QString shown = server.url(); // the test server's URL carries no password
    QCOMPARE(window.windowTitle(), QStringLiteral("%1 — Huddle").arg(server.name()));
    bool labelled = false;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        labelled =
            labelled || label->text() == QStringLiteral("Database: %1 — signed in as admin").arg(shown);
    QVERIFY(labelled);
    QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList().value(0), shown);
    auto *dashboard = window.findChild<ui::DashboardPage *>();
    QVERIFY(dashboard);
    QVERIFY(testsupport::waitForLoad(dashboard));
}

// File → Import… on a server database: the dialog's import runs on a connection of its worker's own to the
// server, and every row arrives there.
void TestConnectServer::importsIntoTheServer()
{
    testsupport::PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    ui::MainWindow window;
    window.show();
    const core::Status opened = window.openDatabase(server.url(), storage::OpenMode::MustExist);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
    // The database's owner is its admin: every menu is there for them.
    for (const char *offered : {"Import…", "KPI Plan…", "Site…", "Scorecards…", "QA Settings…"})
        QVERIFY2(menuActionEnabled(window, QString::fromUtf8(offered)) == 1, offered);
    window.showPage(ui::MainWindow::BonusIndex);
    QVERIFY(testsupport::waitForLoad(window.bonus()));
    QVERIFY(window.bonus()->editPlansButton()->isEnabled());
    QPointer<ui::ImportDialog> dialog =
        window.openImportDialog(QStringLiteral(HUDDLE_SHARED_DATA "/pwc_callcenter_calls_2021Q1.csv"));
    QVERIFY(dialog);
    QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
    dialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(imported.count() == 1, 60000);
    const auto report = imported.constFirst().constFirst().value<importers::ImportReport>();
    QCOMPARE(report.counts.imported, 5000);
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT agent_id) FROM conversations")) &&
            q.next());
    QCOMPARE(q.value(0).toLongLong(), 5000);
    QCOMPARE(q.value(1).toLongLong(), 8);
    if (dialog)
        dialog->close();
}

// An agent signed in with their own login: the status line says so, and the dashboard the server lets them
// load holds their own figures only.
void TestConnectServer::agentSeesTheirOwnDashboard()
{
    testsupport::PgTestDatabase server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    const QString login = QStringLiteral("agent2_%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir dir;
    const QString calls = dir.filePath(QStringLiteral("calls.csv"));
    QVERIFY(testsupport::writeGeneratedCalls(calls, 300, 'D', 6, 2, 3)); // Agent 0 … Agent 5
    {
        auto owner = storage::Database::open(server.url(), storage::OpenMode::MustExist);
        QVERIFY(owner);
        auto plan = importers::planImport(calls, *owner.value(), {});
        QVERIFY(plan);
        QVERIFY(importers::runImport(plan.value(), *owner.value(), {}));
        const core::Status added =
            storage::Users(*owner.value())
                .add({login, storage::UserRole::Agent, QStringLiteral("Agent 2"), {}}, QStringLiteral("it"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    }
    QUrl url(server.url());
    url.setUserName(login);
    {
        ui::MainWindow window;
        window.show();
        const core::Status opened = window.openDatabase(url.toString(), storage::OpenMode::MustExist);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        bool labelled = false;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            labelled =
                labelled || label->text().endsWith(QStringLiteral(" — signed in as agent: your own data"));
        QVERIFY(labelled);
        // The menus offer only what the server lets an agent do.
        for (const char *refused : {"Import…", "KPI Plan…", "Site…", "Scorecards…", "QA Settings…"})
            QVERIFY2(menuActionEnabled(window, QString::fromUtf8(refused)) == 0, refused);
        auto *dashboard = window.findChild<ui::DashboardPage *>();
        QVERIFY(dashboard);
        QVERIFY(testsupport::waitForLoad(dashboard));
        QCOMPARE(dashboard->data().agents.size(), 1);
        QCOMPARE(dashboard->data().agents.constFirst().name, QStringLiteral("Agent 2"));
        // Bonus plans and locks are the admin's.
        window.showPage(ui::MainWindow::BonusIndex);
        QVERIFY(testsupport::waitForLoad(window.bonus()));
        QVERIFY(!window.bonus()->editPlansButton()->isEnabled());
        QVERIFY(!window.bonus()->unlockButton()->isEnabled());
        // An agent adds evaluations only as the peer reviews asked of them: no QA evaluation, no session.
        const ui::SignedIn agent = window.signedIn();
        QVERIFY(agent.limited && agent.agent.has_value());
        QVERIFY(agent.mayAddTo(QStringLiteral("evaluations")) && !agent.evaluates() && !agent.arbitrates());
        QVERIFY(!agent.mayReviewAs(*agent.agent + 1));
        QCOMPARE(menuActionEnabled(window, QStringLiteral("Ask for a Peer Review…")), 0);
        window.showPage(ui::MainWindow::CoachingIndex);
        QVERIFY(testsupport::waitForLoad(window.findChild<ui::CoachingPage *>()));
        window.findChild<ui::CoachingPage *>()->showTab(ui::CoachingPage::SessionsTab);
        auto *plan = window.findChild<QPushButton *>(QStringLiteral("planSession"));
        QVERIFY(plan);
        QTRY_VERIFY(!plan->isEnabled());
    }
    QSqlQuery q(server.connection());
    QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(login)));
    QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(login)));
}

HUDDLE_TEST_MAIN("test_ui_connectserver", TestConnectServer)
#include "tst_connectserver.moc"
