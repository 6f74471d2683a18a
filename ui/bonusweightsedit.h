#pragma once

#include "core/kpiplan.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace huddle::models {
class BonusPlanEditModel;
}

namespace huddle::ui {

// The plan's own weights for the weighted KPI score its conditions use: off, the team's KPI plan decides; on,
// one spin box per KPI with the live sum, which must be 100.
class BonusWeightsEdit : public QWidget {
    Q_OBJECT
public:
    explicit BonusWeightsEdit(models::BonusPlanEditModel *edit, QWidget *parent = nullptr);

    void refresh(); // after any change of the plan

    QCheckBox *ownWeightsBox() const { return m_own; }
    QSpinBox *weightEdit(core::KpiId kpi) const { return m_weights[static_cast<int>(kpi)]; }
    QString sumText() const;

private:
    models::BonusPlanEditModel *m_edit;
    QCheckBox *m_own;
    std::array<QSpinBox *, core::KpiCount> m_weights{};
    QWidget *m_grid;
    QLabel *m_sum;
};

} // namespace huddle::ui
