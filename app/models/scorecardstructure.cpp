// ScorecardEditModel's structure edits: adding, removing and moving sections and criteria, each an undoable
// step that knows how to take itself back.
#include "scorecardeditmodel.h"

#include <QUndoStack>

#include <functional>

namespace huddle::models {

namespace {

// A structural change (add, remove, move) as the two functions that do and undo it.
class ActionCommand : public QUndoCommand {
public:
    ActionCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    void redo() override { m_redo(); }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};

} // namespace

QModelIndex ScorecardEditModel::addSection()
{
    const Place place{static_cast<int>(m_definition.sections.size()), -1};
    Item item;
    item.section.name = tr("New section");
    item.section.criteria.append({unusedName(tr("New criterion")), core::Criterion{}, {}});
    m_undo->push(new ActionCommand(
        tr("Add a section"), [this, place, item] { insertItem(place, item); },
        [this, place] { removeAt(place); }));
    return indexOf(place);
}

QModelIndex ScorecardEditModel::addCriterion(const QModelIndex &near)
{
    const Place at = placeOf(near);
    if (at.section < 0)
        return {};
    const int row = at.criterion >= 0 ? at.criterion + 1
                                      : static_cast<int>(m_definition.sections[at.section].criteria.size());
    const Place place{at.section, row};
    Item item;
    item.criterion = {unusedName(tr("New criterion")), core::Criterion{}, {}};
    m_undo->push(new ActionCommand(
        tr("Add a criterion"), [this, place, item] { insertItem(place, item); },
        [this, place] { removeAt(place); }));
    return indexOf(place);
}

bool ScorecardEditModel::canRemove(const QModelIndex &index) const
{
    return placeOf(index).section >= 0;
}

bool ScorecardEditModel::removeItem(const QModelIndex &index)
{
    const Place place = placeOf(index);
    if (place.section < 0)
        return false;
    const Item item = itemAt(place);
    m_undo->push(new ActionCommand(
        place.criterion < 0 ? tr("Remove section “%1”").arg(item.section.name)
                            : tr("Remove criterion “%1”").arg(item.criterion.name),
        [this, place] { removeAt(place); }, [this, place, item] { insertItem(place, item); }));
    return true;
}

bool ScorecardEditModel::canMove(const QModelIndex &index, int step) const
{
    const Place place = placeOf(index);
    if (place.section < 0)
        return false;
    const int row = place.criterion < 0 ? place.section : place.criterion;
    const auto siblings = place.criterion < 0 ? m_definition.sections.size()
                                              : m_definition.sections[place.section].criteria.size();
    return row + step >= 0 && row + step < siblings;
}

QModelIndex ScorecardEditModel::moveItem(const QModelIndex &index, int step)
{
    if (!canMove(index, step))
        return {};
    const Place place = placeOf(index);
    Place target = place;
    (place.criterion < 0 ? target.section : target.criterion) += step;
    m_undo->push(new ActionCommand(
        step < 0 ? tr("Move up") : tr("Move down"), [this, place, step] { moveAt(place, step); },
        [this, target, step] { moveAt(target, -step); }));
    return indexOf(target, index.column());
}

ScorecardEditModel::Item ScorecardEditModel::itemAt(Place place) const
{
    Item item;
    const core::ScorecardSection &section = m_definition.sections[place.section];
    if (place.criterion < 0)
        item.section = section;
    else
        item.criterion = section.criteria[place.criterion];
    return item;
}

void ScorecardEditModel::insertItem(Place place, const Item &item)
{
    if (place.criterion < 0) {
        beginInsertRows({}, place.section, place.section);
        m_definition.sections.insert(place.section, item.section);
    } else {
        beginInsertRows(indexOf({place.section, -1}), place.criterion, place.criterion);
        m_definition.sections[place.section].criteria.insert(place.criterion, item.criterion);
    }
    endInsertRows();
    changed();
}

void ScorecardEditModel::removeAt(Place place)
{
    if (place.criterion < 0) {
        beginRemoveRows({}, place.section, place.section);
        m_definition.sections.removeAt(place.section);
    } else {
        beginRemoveRows(indexOf({place.section, -1}), place.criterion, place.criterion);
        m_definition.sections[place.section].criteria.removeAt(place.criterion);
    }
    endRemoveRows();
    changed();
}

void ScorecardEditModel::moveAt(Place place, int step)
{
    const QModelIndex parent = place.criterion < 0 ? QModelIndex() : indexOf({place.section, -1});
    const int row = place.criterion < 0 ? place.section : place.criterion;
    // beginMoveRows names the row the moved one goes before, counted before the move.
    beginMoveRows(parent, row, row, parent, step > 0 ? row + step + 1 : row + step);
    if (place.criterion < 0)
        m_definition.sections.move(row, row + step);
    else
        m_definition.sections[place.section].criteria.move(row, row + step);
    endMoveRows();
    changed();
}

QString ScorecardEditModel::unusedName(const QString &base) const
{
    QStringList used;
    for (const core::ScorecardSection &section : m_definition.sections)
        for (const core::CriterionDefinition &criterion : section.criteria)
            used.append(criterion.name.trimmed());
    QString name = base;
    for (int n = 2; used.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace huddle::models
