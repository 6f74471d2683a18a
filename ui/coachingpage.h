#pragma once

#include "drilldown.h"
#include "page.h"

#include <QDate>
#include <QList>

class QTabWidget;

namespace huddle::ui {

class CoachingAttendanceTab;
class CoachingEffectTab;
class CoachingFollowUpsTab;
class CoachingPhrasesTab;
class CoachingSessionsTab;
class CoachingTab;
class SessionDialog;

// The Coaching page: tabs Follow-ups (upcoming and overdue follow-ups, open action items per team), Sessions
// (every session, filterable; plan, open, delete planned), Effect (which focus areas moved most after
// coaching), Phrases (the shared phrase library) and Attendance (violations per agent and month, warning
// ladder, entering shifts). Follows the scope bar's team and range.
class CoachingPage : public Page {
    Q_OBJECT
public:
    enum Tab { FollowUpsTab, SessionsTab, EffectTab, PhrasesTab, AttendanceTab };

    explicit CoachingPage(QWidget *parent = nullptr);

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    CoachingFollowUpsTab *followUps() const { return m_followUps; }
    CoachingSessionsTab *sessions() const { return m_sessions; }
    CoachingEffectTab *effect() const { return m_effect; }
    CoachingPhrasesTab *phrases() const { return m_phrases; }
    CoachingAttendanceTab *attendance() const { return m_attendance; }

    // The site's calendar day now (setting site_time_zone): follow-ups and actions are overdue against it.
    QDate today() const;
    // Opens a session in the session window (window-modal: the database must stay open while it is up);
    // null without a database. The page reloads whenever the session changes.
    SessionDialog *openSession(qint64 sessionId);
    // Opens the planning dialog, the agent preset when `agentId` > 0; the page reloads once it is planned
    // and `planned` (if given) receives the new session's id.
    void planSession(qint64 agentId, std::function<void(qint64)> planned = {});

Q_SIGNALS:
    // Coaching data changed (a session, an action, attendance): the dashboard's timeline and attendance
    // figures reload.
    void coachingDataChanged();
    // A session window asked to list a conversation it discusses (alone and selected).
    void drillDownRequested(const huddle::ui::DrillDown &drill);

protected:
    void refresh() override;
    void release() override;

private:
    friend class CoachingTab;

    template <typename T>
    void loadFor(CoachingTab *tab, std::function<core::Result<T>(const storage::Database &)> work,
                 std::function<void(const core::Result<T> &)> apply)
    {
        noteLoading(tab);
        load<T>(std::move(work), std::move(apply));
    }
    void noteLoading(CoachingTab *tab);
    QList<CoachingTab *> allTabs() const;
    CoachingTab *currentTab() const;
    void reloadCurrentTab();
    void onDataChanged(CoachingTab *source);
    void updateTitles();
    void showConversation(qint64 conversationId);

    QTabWidget *m_tabs;
    CoachingFollowUpsTab *m_followUps;
    CoachingSessionsTab *m_sessions;
    CoachingEffectTab *m_effect;
    CoachingPhrasesTab *m_phrases;
    CoachingAttendanceTab *m_attendance;
    QList<CoachingTab *> m_staleTabs; // tabs that reload when next shown
    CoachingTab *m_loadingTab = nullptr;
};

} // namespace huddle::ui
