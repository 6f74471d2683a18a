#include "rejectionmodel.h"

namespace huddle::ui {

RejectionModel::RejectionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RejectionModel::setRejections(const QList<importers::Rejection> &rejections)
{
    beginResetModel();
    m_rows = rejections;
    endResetModel();
}

int RejectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RejectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const importers::Rejection &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == ColumnNumber))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return r.line;
    case ColumnNumber:
        return r.column > 0 ? QVariant(r.column) : QVariant(); // 0: the row as a whole
    case Header:
        return r.header;
    case Value:
        return r.value;
    case Reason:
        return r.reason;
    }
    return {};
}

QVariant RejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Header:
        return tr("Header");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace huddle::ui
