#pragma once

#include "importers/profile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>

#include <optional>

namespace huddle::ui {

// The mapping editor's rows: one per column of the file, with the Huddle field it is read into (or none)
// and a few sample values. A field is read from at most one column, so choosing it for one column takes it
// away from the column that had it.
class ImportMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HeaderColumn, FieldColumn, SamplesColumn, ColumnCount };
    enum Role { FieldRole = Qt::UserRole + 1 }; // int: the field's enum value, -1 when not imported

    explicit ImportMappingModel(QObject *parent = nullptr);

    void setFile(const QStringList &headers, const QList<QStringList> &sampleRows);
    // Takes the mapping a plan proposes; columns it does not mention are not imported.
    void setMapping(const importers::ImportSettings &settings);
    // Fields the shape cannot do without, shown in bold so a missing one is easy to spot.
    void setRequiredFields(const QStringList &fieldKeys);

    std::optional<importers::Field> fieldOf(int row) const { return m_rows.at(row).field; }
    bool setField(int row, std::optional<importers::Field> field);
    QList<std::pair<importers::Field, importers::ColumnMapping>> mapping() const;
    // Replaces the mapping of `settings` with this one.
    void applyTo(importers::ImportSettings &settings) const;

    static QString fieldLabel(std::optional<importers::Field> field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void mappingEdited(); // the user chose another field for a column

private:
    struct Row {
        QString header;
        QString samples;
        std::optional<importers::Field> field;
        QString trueValue; // yes/no fields: the cell value that means yes, as the profile said
    };
    bool isRequired(std::optional<importers::Field> field) const;
    void fieldsChanged(int firstRow, int lastRow);

    QList<Row> m_rows;
    QStringList m_required;
};

// The Field column's editor: a combo box of every field, committing as soon as one is picked.
class FieldDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace huddle::ui
