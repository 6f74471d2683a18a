#pragma once

#include "storage/mistakerepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// Mistakes by impact (domain.md): each failed criterion with how often it failed of the times it was
// answered and the QA points it cost in total, most points lost first — the list a coach walks through.
class MistakeModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Criterion, Section, Scorecard, Failures, PointsLost, AutoFail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit MistakeModel(QObject *parent = nullptr);

    // Kept in the order given: MistakeRepository already sorts by points lost.
    void setMistakes(QList<storage::Mistake> mistakes);
    const storage::Mistake *mistakeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const storage::Mistake &mistake, int column) const;
    QVariant sortValue(const storage::Mistake &mistake, int column) const;

    QList<storage::Mistake> m_mistakes;
};

} // namespace huddle::models
