#include "importmappingmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QPalette>

namespace huddle::ui {

using importers::Field;

namespace {

constexpr int maxSamples = 3;

QString samplesOf(const QList<QStringList> &rows, int column)
{
    QStringList samples;
    for (const QStringList &row : rows) {
        const QString value = column < row.size() ? row.at(column).trimmed() : QString();
        if (!value.isEmpty())
            samples.append(value);
        if (samples.size() == maxSamples)
            break;
    }
    return samples.join(QStringLiteral(" · "));
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportMappingModel::setFile(const QStringList &headers, const QList<QStringList> &sampleRows)
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < headers.size(); ++i)
        m_rows.append({headers.at(i), samplesOf(sampleRows, i), std::nullopt, {}});
    endResetModel();
}

void ImportMappingModel::setMapping(const importers::ImportSettings &settings)
{
    for (Row &row : m_rows) {
        row.field.reset();
        row.trueValue.clear();
    }
    for (int f = 0; f < importers::FieldCount; ++f) {
        const auto &column = settings.mapping[f];
        if (!column)
            continue;
        for (Row &row : m_rows) {
            if (row.header == column->header) {
                row.field = static_cast<Field>(f);
                row.trueValue = column->trueValue;
                break;
            }
        }
    }
    fieldsChanged(0, static_cast<int>(m_rows.size()) - 1);
}

void ImportMappingModel::setRequiredFields(const QStringList &fieldKeys)
{
    if (fieldKeys == m_required)
        return;
    m_required = fieldKeys;
    fieldsChanged(0, static_cast<int>(m_rows.size()) - 1);
}

bool ImportMappingModel::setField(int row, std::optional<Field> field)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (m_rows.at(row).field == field)
        return true;
    if (field) {
        for (int other = 0; other < m_rows.size(); ++other) {
            if (other != row && m_rows.at(other).field == field) {
                m_rows[other].field.reset();
                m_rows[other].trueValue.clear();
                fieldsChanged(other, other);
            }
        }
    }
    m_rows[row].field = field;
    m_rows[row].trueValue.clear(); // the yes-value belonged to the column the field was read from before
    fieldsChanged(row, row);
    Q_EMIT mappingEdited();
    return true;
}

QList<std::pair<Field, importers::ColumnMapping>> ImportMappingModel::mapping() const
{
    QList<std::pair<Field, importers::ColumnMapping>> mapping;
    for (const Row &row : m_rows) {
        if (row.field)
            mapping.append({*row.field, {row.header, row.trueValue}});
    }
    return mapping;
}

void ImportMappingModel::applyTo(importers::ImportSettings &settings) const
{
    settings.mapping = {};
    for (const auto &[field, column] : mapping())
        settings.map(field, column);
}

QString ImportMappingModel::fieldLabel(std::optional<Field> field)
{
    if (!field)
        return tr("— not imported —");
    return tr("%1 — %2").arg(importers::fieldKey(*field), importers::fieldDescription(*field));
}

bool ImportMappingModel::isRequired(std::optional<Field> field) const
{
    return field && m_required.contains(importers::fieldKey(*field));
}

void ImportMappingModel::fieldsChanged(int firstRow, int lastRow)
{
    if (firstRow <= lastRow)
        Q_EMIT dataChanged(index(firstRow, FieldColumn), index(lastRow, FieldColumn));
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeaderColumn:
            return row.header;
        case FieldColumn:
            return fieldLabel(row.field);
        case SamplesColumn:
            return row.samples;
        }
        break;
    case Qt::EditRole:
    case FieldRole:
        if (index.column() == FieldColumn || role == FieldRole)
            return row.field ? static_cast<int>(*row.field) : -1;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn && row.field)
            return importers::fieldDescription(*row.field);
        if (index.column() == SamplesColumn)
            return row.samples;
        break;
    case Qt::FontRole:
        if (index.column() == FieldColumn && isRequired(row.field)) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == FieldColumn && !row.field)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    }
    return {};
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column in the file");
    case FieldColumn:
        return tr("Huddle field");
    case SamplesColumn:
        return tr("Sample values");
    }
    return {};
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FieldColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != FieldColumn || (role != Qt::EditRole && role != FieldRole))
        return false;
    bool ok = false;
    const int field = value.toInt(&ok);
    if (!ok || field < -1 || field >= importers::FieldCount)
        return false;
    return setField(index.row(), field < 0 ? std::nullopt : std::optional<Field>(static_cast<Field>(field)));
}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(ImportMappingModel::fieldLabel(std::nullopt), -1);
    for (int f = 0; f < importers::FieldCount; ++f)
        combo->addItem(ImportMappingModel::fieldLabel(static_cast<Field>(f)), f);
    combo->setMaxVisibleItems(20);
    combo->setAccessibleName(tr("Huddle field"));
    // The editors stay open on every row; a pick is committed at once instead of when focus leaves.
    auto *self = const_cast<FieldDelegate *>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] { Q_EMIT self->commitData(combo); });
    return combo;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(ImportMappingModel::FieldRole)));
    combo->setFont(index.data(Qt::FontRole).value<QFont>());
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

} // namespace huddle::ui
