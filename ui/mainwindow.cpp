#include "mainwindow.h"

#include "agentspage.h"
#include "agentview.h"
#include "audittraildialog.h"
#include "backupactions.h"
#include "bonuspage.h"
#include "coachingpage.h"
#include "connectdialog.h"
#include "conversationspage.h"
#include "currentuser.h"
#include "dashboardpage.h"
#include "exportactions.h"
#include "importdialog.h"
#include "importhistorypage.h"
#include "kpiplandialog.h"
#include "language.h"
#include "qaactions.h"
#include "qapage.h"
#include "scopebar.h"
#include "serverpasswords.h"
#include "shortcutsdialog.h"
#include "sitesettingsdialog.h"

#include "storage/serverurl.h"
#include "storage/users.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {
const QString recentKey = QStringLiteral("recentDatabases");
const QString databaseFilter =
    QT_TRANSLATE_NOOP("huddle::ui::MainWindow", "Huddle databases (*.sqlite *.db *.huddle);;All files (*)");
const QString importFilter =
    QT_TRANSLATE_NOOP("huddle::ui::MainWindow",
                      "Exports (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks "
                      "(*.xlsx);;All files (*)");
constexpr int maxRecent = 6;

// The one local CSV, text or XLSX file being dragged, or empty.
QString importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = suffix == QStringLiteral("csv") || suffix == QStringLiteral("txt") ||
                       suffix == QStringLiteral("xlsx");
    return known ? path : QString();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_scopeBar(new ScopeBar(this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("Huddle"));
    resize(1440, 900);
    setAcceptDrops(true);
    createPages();
    m_exports = new ExportActions(this);
    m_backups = new BackupActions(this);
    m_qaActions = new QaActions(this);
    createMenus();

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_sidebar);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scopeBar);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_databaseLabel, 1);

    connect(m_scopeBar, &ScopeBar::scopeChanged, this, &MainWindow::onScopeChanged);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_stack->setCurrentIndex(row);
    });
    // Clicking the highlighted entry (Agents, while the agent view is up) still goes to its page.
    connect(m_sidebar, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showPage(m_sidebar->row(item)); });
    connect(m_stack, &QStackedWidget::currentChanged, m_exports, &ExportActions::update);
    // The bonus page works on calendar months of the whole site, with its own month and team pickers: the
    // scope bar's period and team would only suggest a filter that does not apply there.
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this] { m_scopeBar->setVisible(m_stack->currentWidget() != m_bonus); });
    connect(m_dashboard->tabs(), &QTabWidget::currentChanged, m_exports, &ExportActions::update);
    connect(m_agents, &AgentsPage::agentActivated, this, &MainWindow::openAgent);
    connect(m_dashboard, &DashboardPage::agentActivated, this, &MainWindow::openAgent);
    connect(m_dashboard, &DashboardPage::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_agentView, &AgentView::drillDownRequested, this, &MainWindow::showDrillDown);
    connect(m_dashboard, &DashboardPage::timelineEventActivated, this, &MainWindow::openTimelineEvent);
    connect(m_agentView, &AgentView::timelineEventActivated, this, &MainWindow::openTimelineEvent);
    connect(m_agentView, &AgentView::backRequested, this, [this] { showPage(m_pageBeforeAgent); });
    connect(m_imports, &ImportHistoryPage::importRequested, this, &MainWindow::chooseFileToImport);
    connect(m_imports, &ImportHistoryPage::importUndone, this, &MainWindow::reloadData);
    connectQa();
    connectCoaching();
}

void MainWindow::connectQa()
{
    connect(m_qa, &QaPage::qaDataChanged, this, [this] { reloadFigures(m_qa); });
    connect(m_qaActions, &QaActions::qaDataChanged, this, [this] {
        reloadFigures();
        m_conversations->refreshDetail(); // a peer review's note shows beside the conversation
    });
    m_conversations->addConversationActions({m_qaActions->evaluateAction(), m_qaActions->peerReviewAction(),
                                             m_qaActions->askForPeerReviewAction()});
    connect(m_stack, &QStackedWidget::currentChanged, m_qaActions, &QaActions::update);
    connect(m_conversations->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, m_qaActions,
            &QaActions::update);
}

// Coaching writes show on the dashboard's timeline and attendance figures; the agent view plans sessions
// through the page, which reloads itself.
void MainWindow::connectCoaching()
{
    connect(m_coaching, &CoachingPage::coachingDataChanged, this, [this] { reloadFigures(m_coaching); });
    connect(m_agentView, &AgentView::planSessionRequested, m_coaching,
            [this](qint64 agentId) { m_coaching->planSession(agentId); });
    connect(m_coaching, &CoachingPage::drillDownRequested, this, &MainWindow::showDrillDown);
}

MainWindow::~MainWindow()
{
    // Pages hold a pointer to the database; drop it from them before it goes.
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(nullptr);
    // Pages going one by one change the current page: nothing may act on a window half torn down.
    m_stack->disconnect();
    m_conversations->view()->selectionModel()->disconnect(m_qaActions);
}

void MainWindow::createPages()
{
    m_dashboard = new DashboardPage(this);
    m_agents = new AgentsPage(this);
    m_conversations = new ConversationsPage(this);
    m_imports = new ImportHistoryPage(this);
    m_agentView = new AgentView(this);
    m_qa = new QaPage(this);
    m_coaching = new CoachingPage(this);
    m_bonus = new BonusPage(this);
    m_pages = {m_dashboard, m_agents, m_conversations, m_qa, m_coaching, m_bonus, m_imports, m_agentView};
    for (Page *page : std::as_const(m_pages))
        page->setSignedInSource([this] { return signedIn(); });
    struct Entry {
        QString name;
        QWidget *page;
        QStyle::StandardPixmap icon;
    };
    const QList<Entry> entries{{tr("Dashboard"), m_dashboard, QStyle::SP_ComputerIcon},
                               {tr("Agents"), m_agents, QStyle::SP_DirHomeIcon},
                               {tr("Conversations"), m_conversations, QStyle::SP_FileDialogDetailedView},
                               {tr("QA"), m_qa, QStyle::SP_DialogApplyButton},
                               {tr("Coaching"), m_coaching, QStyle::SP_MessageBoxInformation},
                               {tr("Bonus"), m_bonus, QStyle::SP_DialogSaveButton},
                               {tr("Imports"), m_imports, QStyle::SP_ArrowDown}};
    for (const Entry &entry : entries) {
        m_stack->addWidget(entry.page);
        m_sidebar->addItem(new QListWidgetItem(style()->standardIcon(entry.icon), entry.name));
    }
    m_stack->addWidget(m_agentView); // AgentViewIndex: reached from Agents and the quadrant
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 36);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setCurrentRow(DashboardIndex);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createViewMenu();
    m_qaActions->addTo(menuBar()->addMenu(tr("Q&A")));
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_kpiPlanAction = settings->addAction(tr("&KPI Plan…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                                          &MainWindow::openKpiPlanDialog);
    settings->addAction(m_qaActions->userNameAction());
    m_siteAction = settings->addAction(tr("S&ite…"), this, &MainWindow::openSiteSettingsDialog);
    createLanguageMenu(settings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts…"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                    &MainWindow::openShortcutsDialog);
    help->addAction(tr("&About Huddle"), this, &MainWindow::showAbout);
}

void MainWindow::createLanguageMenu(QMenu *settings)
{
    QMenu *menu = settings->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString chosen = chosenLanguage();
    for (const Language &language : languages()) {
        QAction *action =
            menu->addAction(language.name, this, [this, language] { chooseLanguage(language); });
        action->setCheckable(true);
        action->setChecked(language.code == chosen);
        action->setData(language.code);
        group->addAction(action);
    }
}

void MainWindow::chooseLanguage(const Language &language)
{
    setChosenLanguage(language.code);
    statusBar()->showMessage(tr("Huddle will use %1 from its next start.").arg(language.name), 15000);
}

QDialog *MainWindow::openShortcutsDialog()
{
    QList<NamedPage> pages;
    for (int i = 0; i < m_sidebar->count(); ++i)
        pages.append({m_sidebar->item(i)->text(), m_stack->widget(i)});
    pages.append({tr("Agent view"), m_agentView});
    auto *dialog = new ShortcutsDialog(collectShortcuts(menuBar(), pages), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this, &MainWindow::chooseDatabaseToCreate);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this, &MainWindow::chooseDatabaseToOpen);
    file->addAction(tr("Connect to &Server…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    [this] { connectToServer(); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_backups->addTo(file);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     &MainWindow::chooseFileToImport);
    file->addSeparator();
    m_exports->addTo(file);
    file->addAction(tr("Audit &Trail…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this,
                    &MainWindow::openAuditTrailDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *action = view->addAction(m_sidebar->item(i)->text(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    const QList<std::pair<QString, DashboardPage::Tab>> tabs{
        {tr("Dashboard &Trend"), DashboardPage::TrendTab},
        {tr("Dashboard &Quadrant"), DashboardPage::QuadrantTab},
        {tr("Dashboard &Scorecard"), DashboardPage::ScorecardTab}};
    for (const auto &[name, tab] : tabs) {
        QAction *action = view->addAction(name, this, [this, tab = tab] {
            showPage(DashboardIndex);
            m_dashboard->showTab(tab);
        });
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(tab))));
    }
    view->addAction(tr("&Compare Agents…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_scopeBar,
                    &ScopeBar::chooseCompareAgents);
}

void MainWindow::showPage(int index)
{
    if (index == AgentViewIndex) {
        m_stack->setCurrentWidget(m_agentView);
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(AgentsIndex);
        return;
    }
    m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index); // also when the row was already current (leaving the agent view)
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::openAgent(qint64 agentId)
{
    if (currentPage() != AgentViewIndex)
        m_pageBeforeAgent = currentPage();
    m_agentView->showAgent(agentId);
    showPage(AgentViewIndex);
}

void MainWindow::showDrillDown(const DrillDown &drill)
{
    m_conversations->showDrillDown(drill);
    showPage(ConversationsIndex);
}

void MainWindow::openTimelineEvent(const core::TimelineEvent &event)
{
    if (!m_database)
        return;
    if (event.kind == core::TimelineEventKind::QaEvaluation) {
        m_qaActions->openEvaluation(event.id);
        return;
    }
    if (event.kind == core::TimelineEventKind::CoachingSession) {
        m_coaching->openSession(event.id);
        return;
    }
    const core::Result<DrillDown> drill = drillDownTo(*m_database, event);
    if (!drill) {
        statusBar()->showMessage(tr("Could not open %1: %2").arg(event.title, drill.error().toString()),
                                 15000);
        return;
    }
    showDrillDown(drill.value());
}

bool MainWindow::selectTeam(const QString &name)
{
    const std::optional<qint64> id = m_directory ? m_directory->teamIdByName(name) : std::nullopt;
    if (id)
        m_scopeBar->setTeam(*id);
    return id.has_value();
}

std::optional<qint64> MainWindow::agentIdByName(const QString &name) const
{
    return m_directory ? m_directory->agentIdByName(name) : std::nullopt;
}

bool MainWindow::selectAgent(const QString &name)
{
    const std::optional<qint64> id = agentIdByName(name);
    if (id)
        m_scopeBar->setAgent(*id);
    return id.has_value();
}

core::Status MainWindow::openDatabase(const QString &path, storage::OpenMode mode)
{
    auto opened = storage::Database::open(path, mode);
    if (!opened)
        return opened.error();
    closeDatabase();
    m_database = std::move(opened.value());
    // The role first: the pages offer their actions by it as they load.
    const bool server = m_database->dialect() == storage::Dialect::PostgreSQL;
    m_role = storage::UserRole::Admin;
    m_roleKnown = true;
    if (server) {
        const auto role = storage::Users(*m_database).signedInRole();
        m_roleKnown = static_cast<bool>(role);
        m_role = role ? role.value() : std::nullopt;
        const auto agent = storage::Users(*m_database).signedInAgent();
        m_agent = agent ? agent.value() : std::nullopt;
    }
    m_directory = std::make_unique<storage::DirectoryRepository>(*m_database);
    m_scopeBar->setDirectory(m_directory.get());
    m_dashboard->setScopeTitle(m_scopeBar->describe());
    for (Page *page : std::as_const(m_pages)) {
        page->setScope(m_scopeBar->scope());
        page->setDatabase(m_database.get());
    }
    // A server is named by its URL without the password, which is neither shown nor remembered.
    const QString shown = server ? m_database->displayName() : QFileInfo(path).absoluteFilePath();
    m_databaseLabel->setText(server ? serverStatus(shown)
                                    : tr("Database: %1").arg(QDir::toNativeSeparators(shown)));
    setWindowTitle(
        tr("%1 — Huddle").arg(server ? shown.section(QLatin1Char('/'), -1) : QFileInfo(path).fileName()));
    rememberRecent(shown);
    updateRoleActions();
    m_backups->update();
    if (!server)
        markOpenFile(shown);
    return core::Done{};
}

// On a server, whose data the status line names and as whom: what the server lets the person see follows
// from their role (storage/users.h).
QString MainWindow::serverStatus(const QString &shown) const
{
    if (!m_roleKnown)
        return tr("Database: %1").arg(shown);
    if (!m_role)
        return tr("Database: %1 — no Huddle role: the server shows no agent's data").arg(shown);
    switch (*m_role) {
    case storage::UserRole::Admin:
        return tr("Database: %1 — signed in as admin").arg(shown);
    case storage::UserRole::QaCoach:
        return tr("Database: %1 — signed in as QA coach").arg(shown);
    case storage::UserRole::TeamLeader:
        return tr("Database: %1 — signed in as team leader: your teams' agents").arg(shown);
    case storage::UserRole::Agent:
        return tr("Database: %1 — signed in as agent: your own data").arg(shown);
    }
    return tr("Database: %1").arg(shown);
}

void MainWindow::markOpenFile(const QString &path)
{
    m_openMarker = std::make_unique<storage::OpenMarker>(path);
    if (!m_openMarker->heldElsewhere())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("Open in another window"),
        tr("%1 is also open in another Huddle (process %2 on %3).\n\nYou can both work on it; each window "
           "shows the other's changes when it reloads (switch the period or press F5 on the Bonus page). "
           "Agree who edits an evaluation, a plan or a session before you both change it.")
            .arg(QFileInfo(path).fileName())
            .arg(m_openMarker->otherProcess())
            .arg(m_openMarker->otherHost()),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("alreadyOpenWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal to the application: the window is usable behind it
    statusBar()->showMessage(tr("%1 is also open in another Huddle.").arg(QFileInfo(path).fileName()), 30000);
}

void MainWindow::closeDatabase()
{
    // An import dialog plans against the database about to close; it goes first (cancelling its import).
    const QList<ImportDialog *> importDialogs = findChildren<ImportDialog *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(importDialogs);
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(nullptr);
    m_scopeBar->setDirectory(nullptr);
    m_directory.reset();
    m_database.reset();
    m_role.reset();
    m_agent.reset();
    m_openMarker.reset();
    m_backups->update();
    updateRoleActions();
}

bool MainWindow::roleAllows(const QString &table) const
{
    return signedIn().mayAddTo(table);
}

SignedIn MainWindow::signedIn() const
{
    // A file's one user is the admin (openDatabase). A role that could not be read leaves every action
    // offered: the server still refuses what it must.
    if (!m_database || !m_roleKnown)
        return {};
    return {true, m_role, m_agent};
}

// Imports write conversations (and agents, teams); the KPI plan and site settings are the admin's.
void MainWindow::updateRoleActions()
{
    if (!m_importAction)
        return; // closing while the menus are still being made
    m_importAction->setEnabled(roleAllows(QStringLiteral("conversations")));
    m_kpiPlanAction->setEnabled(roleAllows(QStringLiteral("kpi_plans")));
    m_siteAction->setEnabled(roleAllows(QStringLiteral("settings")));
    m_qaActions->update();
}

void MainWindow::reloadData()
{
    if (!m_database)
        return;
    // The scope bar re-reads teams, agents and the span of days with data and publishes its scope, which
    // marks every page stale; the visible one reloads now, the others when shown.
    m_scopeBar->setDirectory(m_directory.get());
}

void MainWindow::reloadFigures(Page *except)
{
    for (Page *page : std::as_const(m_pages))
        if (page != except)
            page->setScope(m_scopeBar->scope());
}

void MainWindow::chooseFileToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a file"), {}, tr(importFilter.toUtf8().constData()));
    if (!path.isEmpty())
        openImportDialog(path);
}

ImportDialog *MainWindow::openImportDialog(const QString &path)
{
    if (!m_database) {
        QMessageBox::warning(this, tr("Import"), tr("Open or create a database first."));
        return nullptr;
    }
    auto *dialog = new ImportDialog(path, *m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal); // the database must stay open while the dialog uses it
    connect(dialog, &ImportDialog::imported, this, [this](const importers::ImportReport &report) {
        statusBar()->showMessage(report.summary(), 15000);
        reloadData();
    });
    dialog->show();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openImportDialog(path); // shown, not exec()'d: the drop returns at once
}

QDialog *MainWindow::openSiteSettingsDialog()
{
    if (!m_database) {
        QMessageBox::warning(this, tr("Site settings"), tr("Open or create a database first."));
        return nullptr;
    }
    auto *dialog = new SiteSettingsDialog(*m_database, currentUserName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SiteSettingsDialog::settingsSaved, this, [this] {
        statusBar()->showMessage(tr("Site settings saved."), 8000);
        onScopeChanged(); // the bonus page shows its amounts in the new currency
    });
    dialog->show();
    return dialog;
}

QDialog *MainWindow::openAuditTrailDialog()
{
    if (!m_database) {
        QMessageBox::warning(this, tr("Audit trail"), tr("Open or create a database first."));
        return nullptr;
    }
    auto *dialog = new AuditTrailDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QDialog *MainWindow::openKpiPlanDialog()
{
    if (!m_database) {
        QMessageBox::warning(this, tr("KPI plan"), tr("Open or create a database first."));
        return nullptr;
    }
    auto *dialog = new KpiPlanDialog(*m_database, m_scopeBar->scope().teamId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &KpiPlanDialog::plansSaved, this, [this] {
        statusBar()->showMessage(tr("KPI plan saved; scores and bands are recalculated."), 8000);
        onScopeChanged(); // every page re-reads its figures under the new plan
    });
    dialog->show();
    return dialog;
}

void MainWindow::onScopeChanged()
{
    m_dashboard->setScopeTitle(m_scopeBar->describe());
    for (Page *page : std::as_const(m_pages))
        page->setScope(m_scopeBar->scope());
}

void MainWindow::openFromMenu(const QString &path, storage::OpenMode mode)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status opened = openDatabase(path, mode);
    QApplication::restoreOverrideCursor();
    if (!opened)
        QMessageBox::critical(this, tr("Open database"), opened.error().toString());
}

void MainWindow::chooseDatabaseToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Huddle database"), {},
                                                      tr(databaseFilter.toUtf8().constData()));
    if (!path.isEmpty())
        openFromMenu(path, storage::OpenMode::MustExist);
}

void MainWindow::chooseDatabaseToCreate()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New Huddle database"), QStringLiteral("huddle.sqlite"),
                                     tr(databaseFilter.toUtf8().constData()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) { // the dialog already asked to replace it
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    openFromMenu(path, storage::OpenMode::CreateIfMissing);
}

void MainWindow::connectToServer(const QString &location, const QString &problem)
{
    ConnectDialog dialog(this);
    dialog.setLocation(location);
    dialog.showProblem(problem);
    while (dialog.exec() == QDialog::Accepted) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Status opened = openDatabase(dialog.location(), storage::OpenMode::MustExist);
        QApplication::restoreOverrideCursor();
        if (opened) {
            if (dialog.rememberPassword()) {
                if (const core::Status stored = ServerPasswords::store(dialog.location()); !stored)
                    statusBar()->showMessage(
                        tr("The password was not remembered: %1").arg(stored.error().toString()), 15000);
            }
            return;
        }
        dialog.showProblem(opened.error().toString());
    }
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(recentKey, recent.mid(0, maxRecent));
    settings.setValue(QStringLiteral("lastDatabase"), path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &path : recent) {
        if (storage::isServerUrl(path)) {
            // Remembered without its password: try it with the one in the system keyring, if any (else a
            // trusting server or ~/.pgpass may let us in), else ask for the rest in the connect dialog.
            m_recentMenu->addAction(path, this, [this, path] {
                QApplication::setOverrideCursor(Qt::WaitCursor);
                const core::Status opened =
                    openDatabase(ServerPasswords::withStoredPassword(path), storage::OpenMode::MustExist);
                QApplication::restoreOverrideCursor();
                if (!opened)
                    connectToServer(path, opened.error().toString());
            });
            continue;
        }
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            openFromMenu(path, storage::OpenMode::MustExist);
        });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Huddle"),
        tr("<h3>Huddle %1</h3><p>A console for contact-centre team leaders and QA coaches: CSAT against "
           "AHT with the review notes beside it, agent KPIs and every conversation behind them.</p>"
           "<p>Database schema version %2.</p>")
            .arg(QApplication::applicationVersion())
            .arg(m_database ? m_database->schemaVersion() : storage::Database::latestSchemaVersion()));
}

} // namespace huddle::ui
