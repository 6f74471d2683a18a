#pragma once

#include "storage/scorecardrepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// The scorecards of the designer's list: name, latest version, purpose, channel and how many evaluations use
// it. Retired ones (when listed) are greyed.
class ScorecardListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Version, Purpose, Channel, Evaluations, ColumnCount };

    explicit ScorecardListModel(QObject *parent = nullptr);

    void setScorecards(const QList<storage::ScorecardSummary> &scorecards);
    const storage::ScorecardSummary *scorecardAt(int row) const;
    int rowOf(qint64 scorecardId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::ScorecardSummary> m_scorecards;
};

QString purposeText(core::ScorecardPurpose purpose);

// What saving an edited scorecard does to its versions, before it is saved: "Saves as version 4 because 12
// evaluations use version 3", or that version 3 is changed in place because no evaluation uses it.
QString saveEffectText(const storage::ScorecardSummary &stored);

} // namespace huddle::models
