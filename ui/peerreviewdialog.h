#pragma once

#include "storage/database.h"

#include <QDialog>

namespace huddle::ui {

// A peer review: a colleague (picked from the agents, or the user) scores a conversation on the short peer
// scorecard and writes a free note; the note appears beside the dashboard chart.
class PeerReviewDialog : public QDialog {
    Q_OBJECT
public:
    PeerReviewDialog(const storage::Database &database, qint64 conversationId, const QString &user,
                     QWidget *parent = nullptr);

Q_SIGNALS:
    void reviewPublished(qint64 evaluationId);
};

} // namespace huddle::ui
