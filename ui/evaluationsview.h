#pragma once

#include "qatab.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace huddle::models {
class EvaluationListModel;
}

namespace huddle::storage {
struct EvaluationListEntry;
}

namespace huddle::ui {

class QaTableView;

// Every QA evaluation and peer review of the scope's conversations, filtered by status, kind and evaluator
// and sortable by any column. Enter opens one in the evaluation form; a published QA evaluation can be
// disputed; a draft can be deleted; the list exports as CSV or XLSX.
class EvaluationsView : public QaTab {
    Q_OBJECT
public:
    explicit EvaluationsView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

    // For tests and callers.
    QaTableView *view() const { return m_view; }
    models::EvaluationListModel *model() const { return m_model; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *evaluatorBox() const { return m_evaluator; }
    QLabel *countLabel() const { return m_count; }
    QWidget *openSelected(); // the evaluation form, or null without a selection
    QWidget *disputeSelected();
    core::Status exportTo(const QString &path) const; // the list as shown: filters and sort

private:
    void fillFilters();
    void layOut();
    void reloadList();
    void fillEvaluators();
    void applyEvaluatorFilter();
    void updateButtons();
    void updateCount();
    QString countText() const;
    void deleteSelected();
    void exportWithDialog();
    const storage::EvaluationListEntry *selected() const;
    void changed(); // something was written: reload and tell the page

    const storage::Database *m_database = nullptr;
    models::Scope m_scope;
    models::EvaluationListModel *m_model;
    QComboBox *m_status;
    QComboBox *m_kind;
    QComboBox *m_evaluator;
    QPushButton *m_open;
    QPushButton *m_dispute;
    QPushButton *m_delete;
    QPushButton *m_export;
    QaTableView *m_view;
    QLabel *m_count;
    QString m_failure; // why the list could not be loaded
};

} // namespace huddle::ui
