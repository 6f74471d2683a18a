#pragma once

#include "storage/evaluationrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::models {

// Every score an evaluation has had, oldest first: how the final number came about.
class ScoreHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Status, Score, Reason, ColumnCount };

    explicit ScoreHistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<storage::ScoreHistoryEntry> &history);
    void setTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::ScoreHistoryEntry> m_history;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
