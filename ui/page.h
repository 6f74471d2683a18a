#pragma once

#include "core/result.h"
#include "latestload.h"
#include "models/scope.h"
#include "signedin.h"
#include "storage/database.h"

#include <QWidget>

#include <functional>
#include <optional>

class QProgressBar;
class QTimer;

namespace huddle::ui {

// A screen of the console. Pages show the shared scope of the open database; a page refreshes lazily,
// only when it is visible, so switching scope on the dashboard doesn't query every other page.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(QWidget *parent = nullptr);

    void setDatabase(const storage::Database *database);
    void setScope(const models::Scope &scope);
    // Asks who is signed in (MainWindow::signedIn), so that a page offers only what the server will accept;
    // without it, everything is offered.
    void setSignedInSource(std::function<SignedIn()> source) { m_signedIn = std::move(source); }
    SignedIn signedIn() const { return m_signedIn ? m_signedIn() : SignedIn{}; }
    bool roleAllows(const QString &table) const { return signedIn().mayAddTo(table); }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(); // a background load finished and its result is on screen

protected:
    const storage::Database *database() const { return m_database; }
    const models::Scope &scope() const { return m_scope; }
    virtual void refresh() = 0;
    // Called when the database goes away: drop every model or repository that refers to it.
    virtual void release() {}
    void showEvent(QShowEvent *event) override;
    // A thin bar that pages place above their content; it shows while a load takes longer than a moment.
    QWidget *busyIndicator() const;

    // Runs `work` on a worker thread with a connection of its own, then `apply` on the GUI thread. A newer
    // load supersedes an older one, whose result is dropped: the screen always shows the latest scope, and
    // the window stays responsive however large the database is.
    template <typename T>
    void load(std::function<core::Result<T>(const storage::Database &)> work,
              std::function<void(const core::Result<T> &)> apply)
    {
        startLoading();
        loadLatest<T>(this, m_generation, m_database->path(), std::move(work),
                      [this, apply](const core::Result<T> &result) {
                          finishLoading();
                          apply(result);
                          Q_EMIT loaded();
                      });
    }

private:
    void refreshIfVisible();
    void startLoading();
    void finishLoading();

    const storage::Database *m_database = nullptr;
    std::function<SignedIn()> m_signedIn;
    models::Scope m_scope;
    bool m_stale = true;
    bool m_loading = false;
    int m_generation = 0;
    QProgressBar *m_busy;
    QTimer *m_busyDelay;
};

} // namespace huddle::ui
