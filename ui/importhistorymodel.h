#pragma once

#include "storage/importhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace huddle::ui {

// The imports table: one row per import, newest first, with its counts and whether it is still in effect.
class ImportHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        File,
        ImportedAt,
        Profile,
        Shape,
        RowsRead,
        Imported,
        Updated,
        Duplicates,
        Blank,
        Rejected,
        State,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers and instants as such, for the sort proxy
        ImportIdRole,
        UndoneRole, // bool
    };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<storage::ImportEntry> &entries);
    const QList<storage::ImportEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const storage::ImportEntry &entry, int column) const;
    QVariant sortValue(const storage::ImportEntry &entry, int column) const;

    QList<storage::ImportEntry> m_entries;
};

} // namespace huddle::ui
