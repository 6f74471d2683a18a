#pragma once

#include "qatab.h"

namespace huddle::ui {

// Disputes: open ones first with their deadlines (overdue in red), decided ones below; the arbitrator
// accepts, partially accepts (re-scores) or rejects with a reason; the score history is shown.
class DisputesView : public QaTab {
    Q_OBJECT
public:
    explicit DisputesView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;
};

} // namespace huddle::ui
