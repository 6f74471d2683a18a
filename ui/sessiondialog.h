#pragma once

#include <QDialog>

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// Run a coaching session: the agenda with notes per item, the trend chart of the focus KPIs (CSAT beside
// AHT when AHT is a focus), the conversations discussed (open them), action items (owner, due, done), the
// overall notes, homework phrases, agent acknowledgement (checkbox + date), next follow-up day, and the
// before/after effect of the focus KPIs. Save (Ctrl+S), Mark held, Close session, Print… and Export PDF….
// Undo/redo for edits. Closing the window with unsaved changes asks.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    SessionDialog(const storage::Database &database, qint64 sessionId, QWidget *parent = nullptr);
    ~SessionDialog() override;

    bool isModified() const;

Q_SIGNALS:
    void sessionChanged(qint64 sessionId); // saved, held, closed: lists should reload
    void conversationRequested(qint64 conversationId);

private:
    struct Private;
    Private *d;
};

} // namespace huddle::ui
