#pragma once

#include "valuecommand.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUndoStack>

#include <algorithm>

namespace huddle::models {

// How a list turned into another, so an undo step replacing a whole list can tell views the smallest thing
// that happened (one row changed, inserted, removed or moved) and keep their selection and editors.
struct ListChange {
    enum Kind { None, Changed, Inserted, Removed, Moved, Reset };
    Kind kind = None;
    int first = 0; // Changed: first..last rows; Inserted/Removed: the row; Moved: from → to
    int last = 0;
};

template <typename T> ListChange listChange(const QList<T> &before, const QList<T> &after)
{
    const auto size = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < size && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < size - head && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const int first = static_cast<int>(head);
    if (before.size() == after.size()) {
        if (head == before.size())
            return {};
        const int last = static_cast<int>(before.size() - 1 - tail);
        const auto span = [&](const QList<T> &list, int from, int to) {
            return list.mid(from, to - from + 1);
        };
        if (last > first && before[first] == after[last] &&
            span(before, first + 1, last) == span(after, first, last - 1))
            return {ListChange::Moved, first, last};
        if (last > first && before[last] == after[first] &&
            span(before, first, last - 1) == span(after, first + 1, last))
            return {ListChange::Moved, last, first};
        return {ListChange::Changed, first, last};
    }
    if (after.size() == before.size() + 1 && head + tail >= before.size())
        return {ListChange::Inserted, first, first};
    if (before.size() == after.size() + 1 && head + tail >= after.size())
        return {ListChange::Removed, first, first};
    return {ListChange::Reset, 0, 0};
}

// A table over a list whose whole-list replacements (undo steps) reach views as the smallest row change.
class ListTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Applies `after` through `apply` at once, or as an undoable step when there is a stack.
    template <typename T>
    void changeList(QUndoStack *undo, const QString &text, const QList<T> &current, const QList<T> &after,
                    typename ValueCommand<QList<T>>::Apply apply, int mergeId, qint64 target)
    {
        if (!undo) {
            apply(after);
            return;
        }
        undo->push(new ValueCommand<QList<T>>(text, std::move(apply), current, after, mergeId, target));
    }

    // Runs `assign` (which replaces the list) between the begin/end calls `change` needs; false for None.
    template <typename T> bool replaceList(QList<T> &current, const QList<T> &next)
    {
        const ListChange change = listChange(current, next);
        if (change.kind == ListChange::None)
            return false;
        announce(change, [&] { current = next; });
        return true;
    }

private:
    template <typename Assign> void announce(const ListChange &change, Assign assign)
    {
        switch (change.kind) {
        case ListChange::None:
            return;
        case ListChange::Changed:
            assign();
            Q_EMIT dataChanged(index(change.first, 0), index(change.last, columnCount() - 1));
            return;
        case ListChange::Inserted:
            beginInsertRows({}, change.first, change.first);
            assign();
            endInsertRows();
            return;
        case ListChange::Removed:
            beginRemoveRows({}, change.first, change.first);
            assign();
            endRemoveRows();
            return;
        case ListChange::Moved:
            beginMoveRows({}, change.first, change.first, {},
                          change.last > change.first ? change.last + 1 : change.last);
            assign();
            endMoveRows();
            return;
        case ListChange::Reset:
            beginResetModel();
            assign();
            endResetModel();
            return;
        }
    }
};

} // namespace huddle::models
