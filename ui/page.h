#pragma once

#include "models/scope.h"

#include <QWidget>

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// A screen of the console. Pages show the shared scope of the open database; a page refreshes lazily,
// only when it is visible, so switching scope on the dashboard doesn't query every other page.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    void setDatabase(const storage::Database *database);
    void setScope(const models::Scope &scope);

protected:
    const storage::Database *database() const { return m_database; }
    const models::Scope &scope() const { return m_scope; }
    virtual void refresh() = 0;
    // Called when the database goes away: drop every model or repository that refers to it.
    virtual void release() {}
    void showEvent(QShowEvent *event) override;

private:
    void refreshIfVisible();

    const storage::Database *m_database = nullptr;
    models::Scope m_scope;
    bool m_stale = true;
};

} // namespace huddle::ui
