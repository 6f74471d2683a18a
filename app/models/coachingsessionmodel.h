#pragma once

#include "storage/coachingrepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace huddle::models {

// The session list of the Coaching page, newest first as storage gives them; sortable through a proxy
// (SortRole gives dates and counts as values).
class CoachingSessionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Day, Agent, Team, Coach, Status, Focus, FollowUp, Actions, Acknowledged, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CoachingSessionModel(QObject *parent = nullptr);

    void setSessions(const QList<storage::CoachingSessionSummary> &sessions);
    const storage::CoachingSessionSummary *sessionAt(int row) const;
    int rowOf(qint64 sessionId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::CoachingSessionSummary> m_sessions;
};

// Open follow-ups: overdue ones in red with how many days late, then upcoming ones ("in 3 days").
class FollowUpModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FollowUpDay, State, Agent, Team, LastSession, Coach, Focus, OpenActions, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole;
    static constexpr int OverdueRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit FollowUpModel(QObject *parent = nullptr);

    void setFollowUps(const QList<storage::FollowUp> &followUps, QDate today);
    const storage::FollowUp *followUpAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isOverdue(int row) const;

private:
    int daysUntil(int row) const; // negative: overdue
    QString stateText(int row) const;
    QVariant displayText(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    QList<storage::FollowUp> m_followUps;
    QDate m_today;
};

// Open action items per team: due day (overdue in red), agent, action, owner, agreed on, coach.
class OpenActionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Agent, Team, Action, Owner, AgreedOn, Coach, ColumnCount };
    static constexpr int ActionIdRole = Qt::UserRole;
    static constexpr int SessionIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit OpenActionModel(QObject *parent = nullptr);

    void setActions(const QList<storage::OpenActionEntry> &actions);
    const storage::OpenActionEntry *actionAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::OpenActionEntry> m_actions;
};

} // namespace huddle::models
