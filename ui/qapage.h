#pragma once

#include "page.h"

namespace huddle::ui {

// The QA page: tabs for the evaluation queue, evaluations, mistakes by impact, calibration and disputes.
class QaPage : public Page {
    Q_OBJECT
public:
    explicit QaPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void qaDataChanged(); // an evaluation, dispute or calibration changed: the dashboard reloads

protected:
    void refresh() override;
    void release() override;
};

} // namespace huddle::ui
