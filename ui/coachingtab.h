#pragma once

#include "coachingpage.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace huddle::ui {

// One tab of the Coaching page (follow-ups, sessions, effect, phrases, attendance). The page hands every tab
// its database and scope; a tab reads on a worker thread through the page's Page::load, so the page's busy
// bar and isLoading() cover whichever tab is on screen. Writes happen on the GUI thread, then the tab reloads
// itself and says so through coachingDataChanged.
class CoachingTab : public QWidget {
    Q_OBJECT
public:
    explicit CoachingTab(CoachingPage *page);

    // Re-reads what the tab shows for the page's database and scope (called only with a database).
    virtual void reload() = 0;
    // Empties the tab and drops everything that refers to the database, which is about to close.
    virtual void release() = 0;
    // The tab's title, with counts where they matter ("Follow-ups (3 overdue)").
    virtual QString title() const = 0;

Q_SIGNALS:
    void titleChanged();
    // The tab wrote something (an action done, a session deleted, a shift entered): the other tabs and the
    // other pages' figures must reload.
    void coachingDataChanged();

protected:
    CoachingPage *page() const { return m_page; }
    const storage::Database *database() const;
    const models::Scope &scope() const;
    QDate today() const { return m_page->today(); }
    // Whether the person signed in may add rows to `table`: a tab offers only what the server will accept.
    bool roleAllows(const QString &table) const { return m_page->roleAllows(table); }
    // A bold caption above a table, its buddy the table (Alt+letter focuses it).
    QLabel *heading(const QString &text, QWidget *buddy);
    // Columns as wide as their contents (the lists are short), `stretchColumn` (if any) taking the width left
    // over; without one, figures stay beside their names rather than across the screen.
    static void fitColumns(QTableView *view, int stretchColumn);

    template <typename T>
    void load(std::function<core::Result<T>(const storage::Database &)> work,
              std::function<void(const core::Result<T> &)> apply)
    {
        m_page->loadFor<T>(this, std::move(work), std::move(apply));
    }

private:
    CoachingPage *m_page;
};

} // namespace huddle::ui
