#pragma once

#include "coachingtab.h"
#include "storage/coachingrepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace huddle::models {
class CoachingSessionModel;
}

namespace huddle::ui {

class QaTableView;

// Sessions: every coaching session of the scope (team, agent, range), newest first, sortable by any column,
// narrowed by status (in the query) and by agent name (in the table). "Plan session…" (Ctrl+Shift+N) plans
// one, Enter or "Open" opens the selected one, "Delete" removes a planned one after asking.
class CoachingSessionsTab : public CoachingTab {
    Q_OBJECT
public:
    explicit CoachingSessionsTab(CoachingPage *page);

    void reload() override;
    void release() override;
    QString title() const override;

    void planSession();
    void openSelected();
    // Asks, then deletes the selected session if it is still planned; false when nothing was deleted.
    bool deleteSelected(bool ask = true);
    void selectSession(qint64 sessionId);
    const storage::CoachingSessionSummary *selectedSession() const;

    QaTableView *view() const { return m_view; }
    models::CoachingSessionModel *model() const { return m_model; }
    QComboBox *statusBox() const { return m_statusFilter; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *countLabel() const { return m_count; }

private:
    void layOut();
    storage::CoachingFilter filter() const;
    void display(const core::Result<QList<storage::CoachingSessionSummary>> &sessions);
    void updateButtons();
    void updateCount();

    models::CoachingSessionModel *m_model;
    QComboBox *m_statusFilter;
    QLineEdit *m_search;
    QPushButton *m_plan;
    QPushButton *m_open;
    QPushButton *m_delete;
    QaTableView *m_view;
    QLabel *m_count;
    QString m_failure;
    qint64 m_selectAfterLoad = 0;
};

} // namespace huddle::ui
