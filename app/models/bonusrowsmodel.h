#pragma once

#include "bonusplantablemodel.h"

namespace huddle::models {

// A BonusPlanTableModel whose rows are the `T`s of one list of the plan, found by listIn: the mirror, its
// sync, and adding (newRow), removing and moving rows inside the plan, written once for the four tables.
template <typename T> class BonusRowsModel : public BonusPlanTableModel {
public:
    using BonusPlanTableModel::BonusPlanTableModel;

    void sync(const core::BonusPlan &plan) override
    {
        // listIn takes the plan to change it; a copy of the plan costs little (its lists are shared).
        core::BonusPlan copy = plan;
        const QList<T> *list = listIn(copy);
        replaceList(m_rows, list ? *list : QList<T>());
    }
    const T *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

protected:
    // The plan's list this table shows; nullptr when there is none (no current component). Through non-const
    // access only: the plan's lists are implicitly shared, and only that detaches them before a change.
    virtual QList<T> *listIn(core::BonusPlan &plan) const = 0;
    // The row added at `row` of `list`.
    virtual T newRow(const QList<T> &list, int row) const = 0;

    int size() const override { return static_cast<int>(m_rows.size()); }

    bool insertIn(core::BonusPlan &plan, int row) const override
    {
        QList<T> *list = listIn(plan);
        if (!list || row < 0 || row > list->size())
            return false;
        list->insert(row, newRow(*list, row));
        return true;
    }
    bool removeIn(core::BonusPlan &plan, int row) const override
    {
        QList<T> *list = listIn(plan);
        if (!list || row < 0 || row >= list->size())
            return false;
        list->removeAt(row);
        return true;
    }
    bool moveIn(core::BonusPlan &plan, int from, int to) const override
    {
        QList<T> *list = listIn(plan);
        if (!list || from < 0 || to < 0 || from >= list->size() || to >= list->size() || from == to)
            return false;
        list->move(from, to);
        return true;
    }

    // Row `row` becomes `changed`, or one text member of it `text`, as an undo step.
    bool replaceRow(int row, int field, const T &changed)
    {
        return changeRow(row, field, [this, row, changed](core::BonusPlan &plan) {
            if (QList<T> *list = listIn(plan))
                (*list)[row] = changed;
        });
    }
    bool setText(int row, int field, QString T::*member, const QString &text)
    {
        if (row < 0 || row >= m_rows.size())
            return false;
        T changed = m_rows[row];
        changed.*member = text;
        return replaceRow(row, field, changed);
    }

    QList<T> m_rows;
};

} // namespace huddle::models
