#pragma once

#include <QDate>
#include <QDialog>

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// Plan a coaching session: pick the agent (preset when opened from an agent) and the day; Huddle proposes an
// agenda from the data (storage::AgendaSource → core::proposeAgenda) with every item checked and 1–3 focus
// KPIs preselected (core::proposeFocus); the team leader unticks items, adds their own, changes the focus
// (1–3 enforced) and sets a follow-up day. "Plan" stores the session (status Planned) and accepts.
class PlanSessionDialog : public QDialog {
    Q_OBJECT
public:
    PlanSessionDialog(const storage::Database &database, qint64 agentId, QDate day,
                      QWidget *parent = nullptr);

    qint64 sessionId() const { return m_sessionId; } // after accept

private:
    qint64 m_sessionId = 0;
    struct Private;
    Private *d = nullptr; // owned through QObject children; see .cpp
};

} // namespace huddle::ui
