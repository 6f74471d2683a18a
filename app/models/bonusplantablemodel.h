#pragma once

#include "core/bonusplan.h"
#include "listchange.h"

namespace huddle::models {

class BonusPlanEditModel;

// A table over one list of the plan being edited (components, gates, or the tier rates or bands of a
// component). The rows mirror the plan: every change is an undo step of the BonusPlanEditModel, which then
// syncs the mirror and so tells views the smallest row change. insertRows, removeRows and moveRows change
// the plan as undo steps too.
class BonusPlanTableModel : public ListTableModel {
    Q_OBJECT
public:
    // The undo step's text for each change of the structure and of a row.
    struct Texts {
        QString add;
        QString remove;
        QString move;
        QString edit;
    };

    BonusPlanTableModel(BonusPlanEditModel *edit, int tag, Texts texts);

    // Mirrors the list in `plan`.
    virtual void sync(const core::BonusPlan &plan) = 0;

    // A new row after `row` (at the end when -1), or -1 when refused.
    int addRow(int after);
    // The row's new position after moving it up (-1) or down (+1), or -1 when it cannot move.
    int moveRow(int row, int step);
    bool canMove(int row, int step) const;
    bool editable() const; // false while the plan is read-only

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

protected:
    virtual int size() const = 0;
    virtual QStringList headers() const = 0; // one a column
    virtual bool isEditableColumn(int column) const = 0;
    // A new row at `row`, the removal or the move of one, in the plan's list this table shows; false when
    // the row is out of range or there is no such list (no current component).
    virtual bool insertIn(core::BonusPlan &plan, int row) const = 0;
    virtual bool removeIn(core::BonusPlan &plan, int row) const = 0;
    virtual bool moveIn(core::BonusPlan &plan, int from, int to) const = 0;

    BonusPlanEditModel *edit() const { return m_edit; }
    // Changes one field of row `row` as an undo step; typing into the same field merges into one step.
    bool changeRow(int row, int field, const std::function<void(core::BonusPlan &)> &change);

    // A money column: the amount shown with the editor's money format, edited as text ("8.00", "8,00").
    QVariant moneyData(core::Cents cents, int role) const;
    static std::optional<core::Cents> moneyFromEdit(const QVariant &value, int role);

private:
    BonusPlanEditModel *m_edit;
    int m_tag;
    Texts m_texts;
};

// "component_3": `base` with the smallest number ≥ 1 not among `taken`.
QString unusedBonusId(const QString &base, const QStringList &taken);

} // namespace huddle::models
