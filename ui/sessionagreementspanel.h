#pragma once

#include "storage/coachingrepository.h"
#include "storage/phraserepository.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace huddle::models {
class ActionItemModel;
}

namespace huddle::ui {

// What a session leaves behind: action items (what, owner, due, done), homework phrases from the shared
// library (longer → shorter), the agent's acknowledgement (checkbox + day) and the next follow-up day.
// Action edits go through the session's undo stack. Once the session is closed only the done state, the
// acknowledgement and the follow-up can change — what storage accepts for a closed session.
class SessionAgreementsPanel : public QWidget {
    Q_OBJECT
public:
    SessionAgreementsPanel(QUndoStack *undo, QWidget *parent = nullptr);

    // `phrases`: the library's active phrases plus any retired ones the session set as homework.
    void setSession(const storage::CoachingSession &session, const QList<storage::Phrase> &phrases,
                    QDate today);
    void setClosed(bool closed);
    // Copies what is edited here into `session`.
    void apply(storage::CoachingSession &session) const;
    // The homework phrases as chosen, in the list's order.
    QList<storage::Phrase> homework() const;

    models::ActionItemModel *actionModel() const { return m_actions; }
    QTableView *actionView() const { return m_view; }
    QListWidget *homeworkList() const { return m_homework; }
    QCheckBox *acknowledgedBox() const { return m_acknowledged; }
    QDateEdit *acknowledgedDayEdit() const { return m_acknowledgedDay; }
    QCheckBox *followUpBox() const { return m_followUpOn; }
    QDateEdit *followUpEdit() const { return m_followUp; }

Q_SIGNALS:
    void edited();

private:
    QWidget *createActions();
    QWidget *createHomework();
    QWidget *createDates();
    void addAction();
    void updateButtons();

    models::ActionItemModel *m_actions;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_homework = nullptr;
    QCheckBox *m_acknowledged = nullptr;
    QDateEdit *m_acknowledgedDay = nullptr;
    QCheckBox *m_followUpOn = nullptr;
    QDateEdit *m_followUp = nullptr;
    QList<storage::Phrase> m_phrases;
    QString m_agentName;
    QDate m_sessionDay;
    QDate m_today;
    bool m_closed = false;
};

} // namespace huddle::ui
