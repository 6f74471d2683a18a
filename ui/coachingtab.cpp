#include "coachingtab.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace huddle::ui {

CoachingTab::CoachingTab(CoachingPage *page)
    : QWidget(page)
    , m_page(page)
{
}

const storage::Database *CoachingTab::database() const
{
    return m_page->database();
}

const models::Scope &CoachingTab::scope() const
{
    return m_page->scope();
}

QLabel *CoachingTab::heading(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

void CoachingTab::fitColumns(QTableView *view, int stretchColumn)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

} // namespace huddle::ui
