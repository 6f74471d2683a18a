#pragma once

#include "storage/calibrationrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::models {

// Calibration sessions as the calibration tab lists them, newest first as storage gives them. Progress is a
// count over all evaluators: it says how far the session is without revealing whose scores are in.
class CalibrationSessionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Scorecard, CreatedBy, CreatedAt, Size, Progress, State, ColumnCount };
    static constexpr int SessionIdRole = Qt::UserRole;

    explicit CalibrationSessionModel(QObject *parent = nullptr);

    void setSessions(const QList<storage::CalibrationSessionSummary> &sessions);
    void setTimeZone(const QTimeZone &zone);
    const storage::CalibrationSessionSummary *sessionAt(int row) const;
    int rowOf(qint64 sessionId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "7 of 12 scores": published calibration scores out of conversations × evaluators.
    static QString progressText(const storage::CalibrationSessionSummary &session);

private:
    QString displayText(const storage::CalibrationSessionSummary &session, int column) const;

    QList<storage::CalibrationSessionSummary> m_sessions;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
