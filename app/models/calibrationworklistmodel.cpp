#include "calibrationworklistmodel.h"

#include <QLocale>

#include <algorithm>

namespace huddle::models {

CalibrationWorklistModel::CalibrationWorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationWorklistModel::setItems(const QList<storage::CalibrationWorkItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const storage::CalibrationWorkItem *CalibrationWorklistModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int CalibrationWorklistModel::publishedCount() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(),
                      [](const storage::CalibrationWorkItem &item) { return item.ownPublished; }));
}

int CalibrationWorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CalibrationWorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationWorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::CalibrationWorkItem &item = m_items[index.row()];
    if (role == Qt::ToolTipRole && index.column() == YourScore)
        return item.ownPublished ? tr("Published: it can no longer change, and stays hidden from the others "
                                      "until the session is closed.")
                                 : tr("Press Enter to score this conversation.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Conversation:
        return item.conversationRef;
    case Agent:
        return item.agentName;
    case Day:
        return QLocale().toString(item.day, QStringLiteral("ddd d MMM yyyy"));
    case YourScore:
        if (item.ownPublished)
            return tr("Scored");
        return item.ownEvaluationId != 0 ? tr("Draft saved") : tr("Not started");
    }
    return {};
}

QVariant CalibrationWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Conversation:
        return tr("Conversation");
    case Agent:
        return tr("Agent");
    case Day:
        return tr("Day");
    case YourScore:
        return tr("Your score");
    }
    return {};
}

} // namespace huddle::models
