#pragma once

#include "storage/attendancerepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// Attendance violations per agent and month: one row per agent, the warning-ladder stage today, then one
// column per month of the range with the month's violations (tooltip: scheduled, attended, late with
// minutes, excused, unexcused, no-call-no-show), then the total. Cells with violations are highlighted; an
// agent who reached a ladder step has the stage in bold.
class AttendanceMonthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int AgentIdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int MonthRole = Qt::UserRole + 2; // QDate, first day, for month columns

    explicit AttendanceMonthModel(QObject *parent = nullptr);

    // `months` from storage, `stages` for the same agents (agents with a stage but no month still appear).
    // With a valid `range` there is a column for every month it touches (months without shifts stay empty);
    // without one the columns run from the first to the last month in `months`.
    void setData(const QList<storage::AttendanceMonth> &months,
                 const QList<storage::AgentLadderStage> &stages, const core::AttendanceLadder &ladder,
                 const core::DateRange &range = {});
    using QAbstractTableModel::setData;
    int agentCount() const;
    qint64 agentIdAt(int row) const;
    // Fixed columns before the months and the total after them.
    static constexpr int AgentColumn = 0;
    static constexpr int StageColumn = 1;
    static constexpr int FirstMonthColumn = 2;
    int totalColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row;
    QVariant monthData(const Row &row, int month, int role) const;
    QVariant stageData(const Row &row, int role) const;
    int total(const Row &row) const;

    struct Row {
        qint64 agentId = 0;
        QString name;
        core::LadderStage stage;
        QList<storage::AttendanceMonth> months; // parallel to m_months; missing months zero, month invalid
    };
    QList<QDate> m_months;
    QList<Row> m_rows;
    core::AttendanceLadder m_ladder;
};

} // namespace huddle::models
