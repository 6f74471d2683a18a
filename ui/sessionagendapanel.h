#pragma once

#include "storage/coachingrepository.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace huddle::models {
class AgendaModel;
}

namespace huddle::ui {

// The left half of a running session: the agenda (item, discussed) with the notes of the current item in
// an editor below it, the conversations on the agenda (open one), and the overall notes — what was agreed.
// Agenda edits go through the session's undo stack; in the notes editor Ctrl+Z undoes them too, so one
// shortcut means one history while the agenda is being written.
class SessionAgendaPanel : public QWidget {
    Q_OBJECT
public:
    SessionAgendaPanel(QUndoStack *undo, QWidget *parent = nullptr);

    // Shows the session's agenda and notes, keeping the current item when it is still there.
    void setSession(const storage::CoachingSession &session);
    void setClosed(bool closed);
    QList<storage::CoachingAgendaItem> items() const;
    QString notes() const;

    models::AgendaModel *agendaModel() const { return m_agenda; }
    QTableView *agendaView() const { return m_view; }
    QPlainTextEdit *itemNotesEdit() const { return m_itemNotes; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

Q_SIGNALS:
    void edited();
    void conversationRequested(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createAgenda();
    QWidget *createConversations();
    int currentRow() const;
    void showCurrentNotes();
    void writeCurrentNotes();
    void addItem();
    void openConversation();
    void updateButtons();

    QUndoStack *m_undo;
    models::AgendaModel *m_agenda;
    QSortFilterProxyModel *m_withConversation;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_itemNotes = nullptr;
    QLabel *m_itemNotesLabel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableView *m_conversations = nullptr;
    QPushButton *m_open = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    bool m_closed = false;
    bool m_syncing = false; // the editor is being filled from the model, not typed into
};

} // namespace huddle::ui
