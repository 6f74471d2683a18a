#pragma once

#include "importers/rowconverter.h"

#include <QAbstractTableModel>
#include <QList>

namespace huddle::ui {

// Rejected rows of an import: where each is in the file and why it was refused. Line and column are
// numbers in the display role so that a sort proxy orders them numerically.
class RejectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, ColumnNumber, Header, Value, Reason, ColumnCount };

    explicit RejectionModel(QObject *parent = nullptr);

    void setRejections(const QList<importers::Rejection> &rejections);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<importers::Rejection> m_rows;
};

} // namespace huddle::ui
