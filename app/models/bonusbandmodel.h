#pragma once

#include "bonusrowsmodel.h"

namespace huddle::models {

// The bands of the current component (tiered): from ≤ value < to (to blank: no upper end) and the amount,
// edited as text in the locale's notation ("80", "92.5"; money "25.00"; CentsRole for the cents).
class BonusBandModel : public BonusRowsModel<core::KpiBandAmount> {
    Q_OBJECT
public:
    enum Column { From, To, Amount, ColumnCount };

    explicit BonusBandModel(BonusPlanEditModel *edit);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QStringList headers() const override;
    bool isEditableColumn(int) const override { return true; }
    QList<core::KpiBandAmount> *listIn(core::BonusPlan &plan) const override;
    core::KpiBandAmount newRow(const QList<core::KpiBandAmount> &list, int row) const override;

private:
    QVariant edgeData(const core::KpiBandAmount &band, int column, int role) const;
};

} // namespace huddle::models
