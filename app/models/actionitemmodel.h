#pragma once

#include "listchange.h"
#include "storage/coachingrepository.h"

#include <QDate>

class QUndoStack;

namespace huddle::models {

// The action items agreed in a session: done (checkable; sets the done day to `today`), what, owner and due
// date (editable, a QDate in EditRole). Overdue open items (due before today) carry OverdueRole and a red
// foreground. Undoable through the stack when one is set. When the session is closed only Done stays
// editable. The stack is the owner's: clear it when another session is loaded (commands hold whole lists).
class ActionItemModel : public ListTableModel {
    Q_OBJECT
public:
    enum Column { Done, Action, Owner, Due, ColumnCount };
    static constexpr int OverdueRole = Qt::UserRole;
    static constexpr int ActionIdRole = Qt::UserRole + 1;

    explicit ActionItemModel(QObject *parent = nullptr);

    void setActions(const QList<storage::CoachingAction> &actions, QDate today);
    const QList<storage::CoachingAction> &actions() const { return m_actions; }
    void setClosed(bool closed);
    void setUndoStack(QUndoStack *stack);

    // A new open action (owner and due date as given); returns its row, -1 when closed. Undoable.
    int addAction(const QString &body, const QString &owner, QDate due);
    void removeAction(int row);
    int openCount() const;
    bool isOverdue(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    // Applies `after` directly, or through an undo command when a stack is set.
    void change(const QString &text, const QList<storage::CoachingAction> &after, int mergeId = -1,
                qint64 target = 0);
    bool setDone(int row, bool done);
    void applyActions(const QList<storage::CoachingAction> &actions);

    QList<storage::CoachingAction> m_actions;
    QDate m_today;
    bool m_closed = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace huddle::models
