#pragma once

#include "core/result.h"
#include "storage/database.h"
#include "storage/directoryrepository.h"

#include <QMainWindow>

#include <memory>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace huddle::ui {

class AgentsPage;
class ConversationsPage;
class DashboardPage;
class ImportDialog;
class ImportHistoryPage;
class Page;
class ScopeBar;

// The console: a sidebar of pages, the shared scope bar above them and the open database in the status bar.
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
        ImportsIndex
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    core::Status openDatabase(const QString &path, storage::OpenMode mode);
    void showPage(int index);
    bool selectAgent(const QString &name);

    ScopeBar *scopeBar() const { return m_scopeBar; }
    DashboardPage *dashboard() const { return m_dashboard; }
    AgentsPage *agents() const { return m_agents; }
    ConversationsPage *conversations() const { return m_conversations; }
    ImportHistoryPage *imports() const { return m_imports; }

    // Opens the import dialog for a CSV or XLSX file (window-modal, deleted when closed); null without a
    // database.
    ImportDialog *openImportDialog(const QString &path);
    // Re-reads everything the pages show after the data changed underneath them (an import, an undo), as
    // if the database had just been opened.
    void reloadData();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createMenus();
    void chooseDatabaseToOpen();
    void chooseDatabaseToCreate();
    void chooseFileToImport();
    void openFromMenu(const QString &path, storage::OpenMode mode);
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void onScopeChanged();
    void showAbout();

    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<storage::DirectoryRepository> m_directory;
    ScopeBar *m_scopeBar;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard = nullptr;
    AgentsPage *m_agents = nullptr;
    ConversationsPage *m_conversations = nullptr;
    ImportHistoryPage *m_imports = nullptr;
    QList<Page *> m_pages;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_databaseLabel;
};

} // namespace huddle::ui
