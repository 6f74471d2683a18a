#pragma once

#include "storage/calibrationrepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// One table of a closed calibration session's results. Subclasses say what a row is; this holds the report
// and the plumbing. Display text is formatted; ValueRole gives the raw figure (for export and sorting).
class CalibrationReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ValueRole = Qt::UserRole;

    explicit CalibrationReportModel(QObject *parent = nullptr);

    void setReport(const storage::CalibrationReport &report);
    const storage::CalibrationReport &report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    // Any role of one cell; row and column are in range.
    virtual QVariant cell(int row, int column, int role) const = 0;

    QString evaluatorName(int evaluator) const;
    QString conversationRef(int conversation) const;
    QString agentName(int conversation) const;

private:
    storage::CalibrationReport m_report;
};

} // namespace huddle::models
