#pragma once

#include "drilldown.h"
#include "page.h"
#include "storage/evaluationrepository.h"

#include <optional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace huddle::models {
class ConversationTableModel;
}

namespace huddle::ui {

// Every conversation of the scope, fetched as the user scrolls, with the selected one's fields, survey
// answers and review notes beside the table. A drill-down narrows the list to the conversations behind one
// figure (a banner says which, with a way back to the whole scope) until the scope changes.
class ConversationsPage : public Page {
    Q_OBJECT
public:
    explicit ConversationsPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    models::ConversationTableModel *model() const { return m_model; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *countLabel() const { return m_count; }

    // The selected conversation when an agent handled it: the kind an evaluation or peer review is about.
    std::optional<qint64> selectedHandledConversation() const;
    // Puts actions on the selected conversation beside the search field and in the table's context menu.
    void addConversationActions(const QList<QAction *> &actions);
    // Re-reads the selected conversation's notes after something was written about it.
    void refreshDetail() { showDetail(); }

    // Lists the conversations behind a figure; the page reloads if it is visible.
    void showDrillDown(const DrillDown &drill);
    void clearDrillDown();
    const std::optional<DrillDown> &drillDown() const { return m_drill; }

protected:
    void refresh() override;
    void release() override;

private:
    void showDetail();
    QList<storage::EvaluationListEntry> evaluationsOf(const storage::ConversationRow &row) const;
    storage::ConversationFilter currentFilter();
    void updateBanner();
    void selectConversation(qint64 id);

    models::ConversationTableModel *m_model;
    QLineEdit *m_search;
    QHBoxLayout *m_searchRow;
    QTimer *m_searchDelay;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_count;
    QWidget *m_banner;
    QLabel *m_bannerText;
    std::optional<DrillDown> m_drill;
    models::Scope m_drillScope; // the scope the drill-down was opened in; another scope ends it
};

} // namespace huddle::ui
