#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace huddle::ui {

// The first rows of a file as the importer reads them: its header row and sample rows, cells as text.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setRows(const QStringList &headers, const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace huddle::ui
