#include "sectiontreemodel.h"

namespace huddle::models {

namespace {
constexpr quintptr sectionRow = 0;
} // namespace

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row() + 1))
                            : createIndex(row, column, sectionRow);
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionRow);
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return sectionCount();
    if (parent.column() != 0 || parent.internalId() != sectionRow)
        return 0;
    return itemCount(parent.row());
}

bool SectionTreeModel::isSection(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() == sectionRow;
}

int SectionTreeModel::sectionOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == sectionRow ? index.row() : int(index.internalId() - 1);
}

QModelIndex SectionTreeModel::sectionIndex(int section, int column) const
{
    if (section < 0 || section >= sectionCount())
        return {};
    return createIndex(section, column, sectionRow);
}

QModelIndex SectionTreeModel::itemIndex(int section, int item, int column) const
{
    if (section < 0 || section >= sectionCount() || item < 0 || item >= itemCount(section))
        return {};
    return createIndex(item, column, quintptr(section + 1));
}

} // namespace huddle::models
