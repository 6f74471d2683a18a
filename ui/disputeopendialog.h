#pragma once

#include "storage/database.h"

#include <QDialog>

namespace huddle::ui {

// Opens a dispute on a published QA evaluation: of the whole evaluation or one criterion, with a reason.
// Shows the window's end and refuses (with the rule's message) when the evaluation can't be disputed.
class DisputeOpenDialog : public QDialog {
    Q_OBJECT
public:
    DisputeOpenDialog(const storage::Database &database, qint64 evaluationId, const QString &user,
                      QWidget *parent = nullptr);

Q_SIGNALS:
    void disputeOpened(qint64 disputeId);
};

} // namespace huddle::ui
