#pragma once

#include "coachingtab.h"
#include "storage/coachingrepository.h"

class QLabel;
class QPushButton;
class QTableView;

namespace huddle::models {
class FollowUpModel;
class OpenActionModel;
} // namespace huddle::models

namespace huddle::ui {

class QaTableView;

// What the Follow-ups tab reads: the team's open follow-ups and open action items, judged against `today`.
struct FollowUpData {
    QList<storage::FollowUp> followUps;
    QList<storage::OpenActionEntry> actions;
    QDate today;
};

// Follow-ups: sessions of the scope's team whose follow-up is due (overdue first, in red) and the team's open
// action items. Enter opens the session; Space or "Mark done" closes the selected action item at once (it is
// reopened from its session). The tab's title counts what is overdue.
class CoachingFollowUpsTab : public CoachingTab {
    Q_OBJECT
public:
    explicit CoachingFollowUpsTab(CoachingPage *page);

    void reload() override;
    void release() override;
    QString title() const override;
    int overdueCount() const;

    // Marks the selected action item done today; false (with the reason on screen) when it could not be.
    bool markSelectedDone();

    QaTableView *followUpView() const { return m_followUpView; }
    QaTableView *actionView() const { return m_actionView; }
    models::FollowUpModel *followUpModel() const { return m_followUps; }
    models::OpenActionModel *actionModel() const { return m_actions; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QLabel *statusLabel() const { return m_status; }

private:
    QWidget *createPanel(const QString &title, QTableView *view, QPushButton *button);
    void display(const core::Result<FollowUpData> &data);
    void openSessionOf(int followUpRow);
    void updateButtons();

    models::FollowUpModel *m_followUps;
    models::OpenActionModel *m_actions;
    QaTableView *m_followUpView;
    QaTableView *m_actionView;
    QPushButton *m_openSession;
    QPushButton *m_markDone;
    QLabel *m_status;
    int m_reselectActionRow = -1; // after marking one done, the row that took its place
};

} // namespace huddle::ui
