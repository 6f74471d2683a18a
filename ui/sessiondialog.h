#pragma once

#include "core/coaching.h"

#include <QDialog>

namespace huddle::storage {
class Database;
}

namespace huddle::reports {
struct CoachingSummaryData;
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

    // Close, Esc and the window's close button come here: unsaved changes are offered to be saved first.
    void reject() override;

Q_SIGNALS:
    void sessionChanged(qint64 sessionId); // saved, held, closed: lists should reload
    void conversationRequested(qint64 conversationId);

private:
    struct Private;

    QWidget *createBody();
    QWidget *createButtons();
    void addShortcuts();
    bool reload();
    bool save();
    void markHeld();
    void closeSession();
    void reopen();
    bool changeStatus(core::SessionStatus status, const QString &reason);
    void print();
    void exportPdf();
    reports::CoachingSummaryData summaryData() const;
    void updateState();
    void showMessage(const QString &text, bool problem);

    Private *d;
};

} // namespace huddle::ui
