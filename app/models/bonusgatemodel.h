#pragma once

#include "bonusrowsmodel.h"

namespace huddle::models {

// The gates of the plan being edited: id and label (editable in place), the condition and the effect as
// text. The condition, effect and value are the BonusPlanRole roles on any column of the row.
class BonusGateModel : public BonusRowsModel<core::BonusGate> {
    Q_OBJECT
public:
    enum Column { Id, Label, Condition, Effect, ColumnCount };

    explicit BonusGateModel(BonusPlanEditModel *edit);

    const core::BonusGate *gateAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QStringList headers() const override;
    bool isEditableColumn(int column) const override { return column == Id || column == Label; }
    QList<core::BonusGate> *listIn(core::BonusPlan &plan) const override { return &plan.gates; }
    core::BonusGate newRow(const QList<core::BonusGate> &list, int row) const override;

private:
    static QVariant roleData(const core::BonusGate &gate, int role);
    static bool setRoleData(core::BonusGate &gate, int role, const QVariant &value);
};

} // namespace huddle::models
