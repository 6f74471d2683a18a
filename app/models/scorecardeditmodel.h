#pragma once

#include "core/records.h"
#include "core/result.h"
#include "sectiontreemodel.h"

#include <optional>

class QUndoStack;

namespace huddle::models {

// A scorecard being designed, as a tree: sections, and under each its criteria with name, weight, effective
// share of the total, kind, auto-fail and N/A allowed (the guideline through GuidelineRole). Every change —
// of a field, the scorecard's own name, purpose, channel and description, or the structure (add, remove,
// move) — goes through the undo stack. validation() is core::validateScorecard's verdict on the current
// state.
class ScorecardEditModel : public SectionTreeModel {
    Q_OBJECT
public:
    enum Column { Name, Weight, Share, Kind, AutoFail, NaAllowed, ColumnCount };
    static constexpr int GuidelineRole = Qt::UserRole + 1;    // QString, criteria only
    enum class Field { Name, Description, Purpose, Channel }; // of the scorecard itself

    explicit ScorecardEditModel(QObject *parent = nullptr);
    ~ScorecardEditModel() override;

    // Starts editing `definition` (of the stored scorecard `scorecardId`; empty: a new one). Clears the undo
    // stack and marks the state as saved when `saved`.
    void setScorecard(std::optional<qint64> scorecardId, const core::ScorecardDefinition &definition,
                      bool saved = true);
    std::optional<qint64> scorecardId() const { return m_scorecardId; }
    const core::ScorecardDefinition &definition() const { return m_definition; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;
    void markSaved(qint64 scorecardId, int version);

    // The scorecard's own fields, as undoable edits: QString for Name and Description, a ScorecardPurpose
    // (int) for Purpose, a Channel (int) or an invalid QVariant (any channel) for Channel.
    void setField(Field field, const QVariant &value);

    // Structure. Each returns the index of the item it made or moved (invalid when nothing changed).
    QModelIndex addSection();
    QModelIndex addCriterion(const QModelIndex &near); // after a criterion, or last in a section
    bool removeItem(const QModelIndex &index);
    QModelIndex moveItem(const QModelIndex &index, int step); // up (-1) or down (+1) among its siblings
    bool canMove(const QModelIndex &index, int step) const;
    bool canRemove(const QModelIndex &index) const;

    // Σ weight × points possible of the criterion ÷ the same over the whole scorecard, in %: its share of a
    // score where nothing is N/A. Of a section: the sum of its criteria.
    double sharePct(const QModelIndex &index) const;
    core::Status validation() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void definitionChanged(); // any change, done, undone or redone

protected:
    int sectionCount() const override { return static_cast<int>(m_definition.sections.size()); }
    int itemCount(int section) const override
    {
        return static_cast<int>(m_definition.sections[section].criteria.size());
    }

private:
    // Where an item is: a section (criterion -1) or a criterion of a section.
    struct Place {
        int section = -1;
        int criterion = -1;
    };
    struct Item { // what a removed or added item was, to put it back
        core::ScorecardSection section;
        core::CriterionDefinition criterion;
    };

    Place placeOf(const QModelIndex &index) const;
    QModelIndex indexOf(Place place, int column = Name) const;
    QVariant sectionData(int section, int column, int role) const;
    QVariant criterionData(const core::CriterionDefinition &criterion, int column, int role) const;
    QVariant fieldValue(Place place, int column, int role) const;
    void pushEdit(Place place, int column, int role, const QVariant &value);
    void applyEdit(Place place, int column, int role, const QVariant &value);
    void applyField(Field field, const QVariant &value);
    void insertItem(Place place, const Item &item);
    void removeAt(Place place);
    void moveAt(Place place, int step);
    Item itemAt(Place place) const;
    QString unusedName(const QString &base) const;
    double possible(const core::CriterionDefinition &criterion) const;
    void changed();

    std::optional<qint64> m_scorecardId;
    core::ScorecardDefinition m_definition;
    QUndoStack *m_undo;
};

} // namespace huddle::models
