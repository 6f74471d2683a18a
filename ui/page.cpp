#include "page.h"

#include <QProgressBar>
#include <QTimer>

namespace huddle::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this))
{
    m_busy->setRange(0, 0); // indeterminate: a query reports no progress of its own
    m_busy->setMaximumHeight(4);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    // Quick loads never flash the bar.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);
}

void Page::setDatabase(const storage::Database *database)
{
    if (!database) {
        ++m_generation; // results still on their way belong to the old database
        finishLoading();
        release();
    }
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

QWidget *Page::busyIndicator() const
{
    return m_busy;
}

void Page::startLoading()
{
    m_loading = true;
    if (!m_busyDelay->isActive() && m_busy->isHidden())
        m_busyDelay->start();
}

void Page::finishLoading()
{
    m_loading = false;
    m_busyDelay->stop();
    m_busy->hide();
}

} // namespace huddle::ui
