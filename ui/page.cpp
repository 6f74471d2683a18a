#include "page.h"

namespace huddle::ui {

void Page::setDatabase(const storage::Database *database)
{
    if (!database)
        release();
    m_database = database;
    m_stale = true;
    refreshIfVisible();
}

void Page::setScope(const models::Scope &scope)
{
    m_scope = scope;
    m_stale = true;
    refreshIfVisible();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfVisible();
}

void Page::refreshIfVisible()
{
    if (!m_stale || !isVisible() || !m_database || !m_scope.range.isValid())
        return;
    m_stale = false;
    refresh();
}

} // namespace huddle::ui
