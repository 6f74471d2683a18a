#include "importhistorymodel.h"

#include "importlabels.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace huddle::ui {

namespace {

qint64 count(const storage::ImportEntry &entry, int column)
{
    switch (column) {
    case ImportHistoryModel::RowsRead:
        return entry.rowsRead;
    case ImportHistoryModel::Imported:
        return entry.imported;
    case ImportHistoryModel::Updated:
        return entry.updated;
    case ImportHistoryModel::Duplicates:
        return entry.duplicates;
    case ImportHistoryModel::Blank:
        return entry.blank;
    case ImportHistoryModel::Rejected:
        return entry.rejected;
    }
    return 0;
}

bool isCount(int column)
{
    return column >= ImportHistoryModel::RowsRead && column <= ImportHistoryModel::Rejected;
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportHistoryModel::setEntries(const QList<storage::ImportEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ImportEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return tr("%1\n%2 bytes, SHA-256 %3\nSource: %4")
                .arg(entry.fileName, QLocale().toString(entry.fileSize), entry.sha256, entry.source);
        return display(entry, index.column());
    case Qt::TextAlignmentRole:
        if (isCount(index.column()) || index.column() == Id)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // An undone import no longer counts: grey it out like disabled text.
        if (entry.undoneAt.isValid())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case SortRole:
        return sortValue(entry, index.column());
    case ImportIdRole:
        return entry.id;
    case UndoneRole:
        return entry.undoneAt.isValid();
    }
    return {};
}

QVariant ImportHistoryModel::display(const storage::ImportEntry &entry, int column) const
{
    if (isCount(column))
        return QLocale().toString(count(entry, column));
    switch (column) {
    case Id:
        return entry.id;
    case File:
        return entry.fileName;
    case ImportedAt:
        return localTime(entry.importedAt);
    case Profile:
        return entry.profile;
    case Shape:
        return ImportLabels::shapeKey(entry.shape);
    case State:
        return entry.undoneAt.isValid() ? tr("Undone at %1").arg(localTime(entry.undoneAt)) : tr("In effect");
    }
    return {};
}

QVariant ImportHistoryModel::sortValue(const storage::ImportEntry &entry, int column) const
{
    if (isCount(column))
        return count(entry, column);
    switch (column) {
    case Id:
        return entry.id;
    case ImportedAt:
        return entry.importedAt;
    case State:
        return entry.undoneAt.isValid() ? entry.undoneAt : QDateTime();
    }
    return display(entry, column);
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case File:
        return tr("File");
    case ImportedAt:
        return tr("Imported at");
    case Profile:
        return tr("Profile");
    case Shape:
        return tr("Shape");
    case RowsRead:
        return tr("Rows read");
    case Imported:
        return tr("Imported");
    case Updated:
        return tr("Updated");
    case Duplicates:
        return tr("Duplicates");
    case Blank:
        return tr("Blank");
    case Rejected:
        return tr("Rejected");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace huddle::ui
