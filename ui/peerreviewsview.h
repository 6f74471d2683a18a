#pragma once

#include "qatab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace huddle::models {
class PeerReviewAssignmentModel;
}

namespace huddle::storage {
struct PeerReviewAssignment;
}

namespace huddle::ui {

// Peer reviews asked of agents (QA → Ask for a Peer Review…): those still to do on top, the longest
// waiting first. Review… opens the peer review as the colleague asked; Withdraw takes back one still to do.
// An agent signed in on a server sees the reviews asked of them: their to-review list.
class PeerReviewsView : public QaTab {
    Q_OBJECT
public:
    explicit PeerReviewsView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

private:
    void layOut();
    void reloadAssignments(qint64 selectId);
    const storage::PeerReviewAssignment *selectedAssignment() const;
    void updateButtons();
    void reviewSelected();
    void withdrawSelected();

    const storage::Database *m_database = nullptr;
    models::PeerReviewAssignmentModel *m_assignments;
    QComboBox *m_filter;
    QPushButton *m_review;
    QPushButton *m_withdraw;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace huddle::ui
