#pragma once

#include "bonusrowsmodel.h"

namespace huddle::models {

// The components of the plan being edited: id and label (editable in place), kind and a one-line summary.
// The fields of the kind's form are the BonusPlanRole roles on any column of the row.
class BonusComponentModel : public BonusRowsModel<core::BonusComponent> {
    Q_OBJECT
public:
    enum Column { Id, Label, Kind, Summary, ColumnCount };

    explicit BonusComponentModel(BonusPlanEditModel *edit);

    const core::BonusComponent *componentAt(int row) const { return rowAt(row); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QStringList headers() const override;
    bool isEditableColumn(int column) const override { return column == Id || column == Label; }
    QList<core::BonusComponent> *listIn(core::BonusPlan &plan) const override { return &plan.components; }
    core::BonusComponent newRow(const QList<core::BonusComponent> &list, int row) const override;

private:
    QVariant roleData(const core::BonusComponent &component, int role) const;
    static bool setRoleData(core::BonusComponent &component, int role, const QVariant &value);
};

} // namespace huddle::models
