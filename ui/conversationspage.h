#pragma once

#include "page.h"

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;

namespace huddle::models {
class ConversationTableModel;
}

namespace huddle::ui {

// Every conversation of the scope, fetched as the user scrolls, with the selected one's fields, survey
// answers and review notes beside the table.
class ConversationsPage : public Page {
    Q_OBJECT
public:
    explicit ConversationsPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    models::ConversationTableModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }

protected:
    void refresh() override;
    void release() override;

private:
    void showDetail();

    models::ConversationTableModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_count;
};

} // namespace huddle::ui
