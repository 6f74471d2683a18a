#include "bonusevidencemodel.h"

#include <QDate>
#include <QLocale>

namespace huddle::models {

BonusEvidenceModel::BonusEvidenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BonusEvidenceModel::setRows(storage::BonusEvidenceRows rows, const core::MoneyFormat &money)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_money = money;
    endResetModel();
}

void BonusEvidenceModel::clear()
{
    setRows({}, m_money);
}

int BonusEvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.rows.size());
}

int BonusEvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.columns.size());
}

QVariant BonusEvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(value, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(value, index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                                    : Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return value;
    }
    return {};
}

bool BonusEvidenceModel::isNumeric(const QVariant &value, int column) const
{
    if (column == m_rows.centsColumn)
        return true;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString BonusEvidenceModel::displayText(const QVariant &value, int column) const
{
    if (value.isNull())
        return {};
    if (column == m_rows.centsColumn)
        return m_money.format(value.toLongLong());
    const QLocale locale;
    switch (value.typeId()) {
    case QMetaType::QDate:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::Double: // QA scores and KPI values: one decimal, as the dashboard shows them
        return locale.toString(value.toDouble(), 'f', 1);
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    default:
        return value.toString();
    }
}

QVariant BonusEvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_rows.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_rows.columns[section];
    return {};
}

} // namespace huddle::models
