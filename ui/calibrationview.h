#pragma once

#include "qatab.h"

namespace huddle::ui {

// Calibration sessions: create one (N conversations × M evaluators), score blind from one's own worklist,
// close it, then read the results (Krippendorff's α, per-criterion agreement, strictest / most lenient
// evaluators, widest-spread conversations).
class CalibrationView : public QaTab {
    Q_OBJECT
public:
    explicit CalibrationView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;
};

} // namespace huddle::ui
