#pragma once

#include "storage/calibrationrepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// One evaluator's worklist in an open calibration session: the session's conversations and how far the
// viewer's own score of each is. It never holds anybody's score — storage hands it none (the blind rule).
class CalibrationWorklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Conversation, Agent, Day, YourScore, ColumnCount };

    explicit CalibrationWorklistModel(QObject *parent = nullptr);

    void setItems(const QList<storage::CalibrationWorkItem> &items);
    const storage::CalibrationWorkItem *itemAt(int row) const;
    int publishedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::CalibrationWorkItem> m_items;
};

} // namespace huddle::models
