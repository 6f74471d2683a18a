#pragma once

#include "bonusrowsmodel.h"

namespace huddle::models {

// The tier table of the current component (per unit): the product tier as in sales.tier and the amount per
// sale, edited as text ("12.00"; CentsRole for the cents).
class BonusTierRateModel : public BonusRowsModel<core::TierRate> {
    Q_OBJECT
public:
    enum Column { Tier, Amount, ColumnCount };

    explicit BonusTierRateModel(BonusPlanEditModel *edit);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QStringList headers() const override;
    bool isEditableColumn(int) const override { return true; }
    QList<core::TierRate> *listIn(core::BonusPlan &plan) const override;
    core::TierRate newRow(const QList<core::TierRate> &list, int row) const override;
};

} // namespace huddle::models
