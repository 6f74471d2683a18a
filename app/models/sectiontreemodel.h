#pragma once

#include <QAbstractItemModel>

namespace huddle::models {

// The shape of a scorecard as a tree: sections at the top, their items (criteria) under them, nothing deeper.
// Subclasses say how many there are; the indexes are made here: a section row's internal id is 0, an item's
// is its section + 1.
class SectionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

    bool isSection(const QModelIndex &index) const;

protected:
    virtual int sectionCount() const = 0;
    virtual int itemCount(int section) const = 0;

    // The section an index is or belongs to; -1 for an invalid one.
    int sectionOf(const QModelIndex &index) const;
    QModelIndex sectionIndex(int section, int column = 0) const;
    QModelIndex itemIndex(int section, int item, int column = 0) const;
};

} // namespace huddle::models
