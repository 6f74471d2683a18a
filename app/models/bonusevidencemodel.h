#pragma once

#include "core/money.h"
#include "storage/bonusevidencereader.h"

#include <QAbstractTableModel>

namespace huddle::models {

// The rows behind a bonus line (storage::BonusEvidenceReader) as a table: days in the locale's short format,
// the money column through the run's MoneyFormat, numbers right-aligned. The raw values (QDate, cents,
// numbers) are under SortRole, so a proxy sorts days and amounts as such.
class BonusEvidenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole;

    explicit BonusEvidenceModel(QObject *parent = nullptr);

    void setRows(storage::BonusEvidenceRows rows, const core::MoneyFormat &money);
    void clear();
    const storage::BonusEvidenceRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const QVariant &value, int column) const;
    bool isNumeric(const QVariant &value, int column) const;

    storage::BonusEvidenceRows m_rows;
    core::MoneyFormat m_money;
};

} // namespace huddle::models
