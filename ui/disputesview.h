#pragma once

#include "qatab.h"

#include <QTimeZone>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace huddle::models {
class DisputeListModel;
class ScoreHistoryModel;
} // namespace huddle::models

namespace huddle::storage {
struct DisputeEntry;
}

namespace huddle::ui {

// Disputes: open ones first with their deadlines (overdue in red), decided ones below; the arbitrator
// accepts, partially accepts (re-scores) or rejects with a reason; the score history is shown.
class DisputesView : public QaTab {
    Q_OBJECT
public:
    explicit DisputesView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

private:
    void layOut();
    void reloadDisputes(qint64 selectId);
    const storage::DisputeEntry *selectedDispute() const;
    void showSelected();
    void describe(const storage::DisputeEntry &dispute);
    void decideSelected();
    void openSelectedEvaluation();

    const storage::Database *m_database = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    models::DisputeListModel *m_disputes;
    models::ScoreHistoryModel *m_history;
    QComboBox *m_filter;
    QPushButton *m_decide;
    QPushButton *m_openEvaluation;
    QLabel *m_count;
    QTableView *m_view;
    QLabel *m_detail;
    QTableView *m_historyView;
    bool m_reloading = false;
};

} // namespace huddle::ui
