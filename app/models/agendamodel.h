#pragma once

#include "listchange.h"
#include "storage/coachingrepository.h"

class QUndoStack;

namespace huddle::models {

// A session's agenda while it runs: each item's title (detail as tooltip), whether it was discussed
// (checkable) and the notes written about it (editable). Items can be added (custom), removed and moved.
// Every change goes through the undo stack when one is set. Read-only (no edits, no flags) when the session
// is closed. The stack is the owner's: clear it when another session is loaded (commands hold whole lists).
class AgendaModel : public ListTableModel {
    Q_OBJECT
public:
    enum Column { Item, Discussed, Notes, ColumnCount };
    static constexpr int KindRole = Qt::UserRole;               // core::AgendaKind as int
    static constexpr int ConversationIdRole = Qt::UserRole + 1; // qint64, 0: none
    static constexpr int KpiCodeRole = Qt::UserRole + 2;

    explicit AgendaModel(QObject *parent = nullptr);

    void setItems(const QList<storage::CoachingAgendaItem> &items);
    const QList<storage::CoachingAgendaItem> &items() const { return m_items; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setUndoStack(QUndoStack *stack);

    // Undoable when a stack is set.
    void addCustom(const QString &title, const QString &detail = {});
    void removeItem(int row);
    void moveItem(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited(); // any change, undo and redo included

private:
    // Applies `after` directly, or through an undo command when a stack is set.
    void change(const QString &text, const QList<storage::CoachingAgendaItem> &after, int mergeId = -1,
                qint64 target = 0);
    void applyItems(const QList<storage::CoachingAgendaItem> &items);

    QList<storage::CoachingAgendaItem> m_items;
    bool m_readOnly = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace huddle::models
