#pragma once

#include "core/result.h"
#include "core/timelineevent.h"
#include "drilldown.h"
#include "language.h"
#include "signedin.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/openmarker.h"
#include "storage/users.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDialog;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace huddle::ui {

class AgentView;
class AgentsPage;
class BonusPage;
class CoachingPage;
class ConversationsPage;
class BackupActions;
class ExportActions;
class DashboardPage;
class ImportDialog;
class ImportHistoryPage;
class Page;
class QaActions;
class QaPage;
class ScopeBar;

// The console: a sidebar of pages, the shared scope bar above them and the open database in the status bar.
// Figures anywhere drill down to the Conversations page; agents open in the agent view (a page without a
// sidebar entry of its own: it belongs under Agents).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex {
        DashboardIndex,
        AgentsIndex,
        ConversationsIndex,
        QaIndex,
        CoachingIndex,
        BonusIndex,
        ImportsIndex,
        AgentViewIndex
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    core::Status openDatabase(const QString &path, storage::OpenMode mode);
    // Closes the open database: every page lets go of it first (a restore replaces the file).
    void closeDatabase();
    BackupActions *backupActions() const { return m_backups; }
    void showPage(int index);
    bool selectAgent(const QString &name);
    bool selectTeam(const QString &name);
    std::optional<qint64> agentIdByName(const QString &name) const;

    ScopeBar *scopeBar() const { return m_scopeBar; }
    DashboardPage *dashboard() const { return m_dashboard; }
    AgentsPage *agents() const { return m_agents; }
    ConversationsPage *conversations() const { return m_conversations; }
    ImportHistoryPage *imports() const { return m_imports; }
    QaPage *qa() const { return m_qa; }
    CoachingPage *coaching() const { return m_coaching; }
    BonusPage *bonus() const { return m_bonus; }
    QaActions *qaActions() const { return m_qaActions; }
    const storage::Database *database() const { return m_database.get(); }
    // Whether the person signed in may add rows to `table` (storage::roleMayAddTo): on a server, what their
    // role is granted; on a file, or with nothing open (the action then says what is missing), yes. The menus
    // offer only what the server will accept.
    bool roleAllows(const QString &table) const;
    // Who is signed in, for the pages and actions that offer more than "may add rows to a table" can say.
    SignedIn signedIn() const;
    AgentView *agentView() const { return m_agentView; }
    int currentPage() const;

    // Shows one agent in the agent view, remembering the page to go back to.
    void openAgent(qint64 agentId);
    // Lists the conversations behind a figure on the Conversations page.
    void showDrillDown(const DrillDown &drill);
    // A timeline marker was opened: a QA evaluation in the evaluation form, a review note's conversation,
    // or a coaching session in the session window.
    void openTimelineEvent(const core::TimelineEvent &event);
    // Settings → KPI plan… (window-modal, deleted when closed); null without a database.
    QDialog *openKpiPlanDialog();
    QDialog *openAuditTrailDialog();   // File → Audit Trail…
    QDialog *openSiteSettingsDialog(); // Settings → Site…: name and currency
    QDialog *openShortcutsDialog();    // Help → Keyboard Shortcuts…: every shortcut of the window
    // Settings → Language: stores the choice (one of languages()) for the next start.
    void chooseLanguage(const Language &language);

    // Opens the import dialog for a CSV or XLSX file (window-modal, deleted when closed); null without a
    // database.
    ImportDialog *openImportDialog(const QString &path);
    // Re-reads everything the pages show after the data changed underneath them (an import, an undo), as
    // if the database had just been opened.
    void reloadData();
    // QA data changed (an evaluation, a dispute, a scorecard): every page but `except` re-reads its figures
    // in the same scope — the visible one now, the others when shown.
    void reloadFigures(Page *except = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void connectQa();
    void connectCoaching();
    void createMenus();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseFileToImport();
    void openFromMenu(const QString &path, storage::OpenMode mode);
    // File → Connect to Server…, filled from `location` (a postgresql:// URL) and showing `problem` when
    // given; asks again, with the reason, until a connection succeeds or the user cancels.
    void connectToServer(const QString &location = {}, const QString &problem = {});
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void onScopeChanged();
    void showAbout();
    void createFileMenu();
    void createViewMenu();
    void createLanguageMenu(QMenu *settings);
    // Marks the open database file; says so when another console already has it open.
    void markOpenFile(const QString &path);
    QString serverStatus(const QString &shown) const;
    void updateRoleActions();

    std::unique_ptr<storage::Database> m_database;
    // On a server, the role of whoever signed in (none: no Huddle role); read once when it is opened.
    std::optional<storage::UserRole> m_role;
    bool m_roleKnown = true;       // false when the server could not say
    std::optional<qint64> m_agent; // an agent signed in on a server
    QAction *m_importAction = nullptr;
    QAction *m_kpiPlanAction = nullptr;
    QAction *m_siteAction = nullptr;
    std::unique_ptr<storage::DirectoryRepository> m_directory;
    ScopeBar *m_scopeBar;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard = nullptr;
    AgentsPage *m_agents = nullptr;
    ConversationsPage *m_conversations = nullptr;
    ImportHistoryPage *m_imports = nullptr;
    QaPage *m_qa = nullptr;
    CoachingPage *m_coaching = nullptr;
    BonusPage *m_bonus = nullptr;
    AgentView *m_agentView = nullptr;
    int m_pageBeforeAgent = DashboardIndex;
    QList<Page *> m_pages;
    ExportActions *m_exports = nullptr;
    BackupActions *m_backups = nullptr;
    std::unique_ptr<storage::OpenMarker> m_openMarker; // marks the open file for a second console
    QaActions *m_qaActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
};

} // namespace huddle::ui
