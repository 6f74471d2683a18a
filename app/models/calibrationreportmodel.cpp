#include "calibrationreportmodel.h"

namespace huddle::models {

CalibrationReportModel::CalibrationReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CalibrationReportModel::setReport(const storage::CalibrationReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int CalibrationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int CalibrationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant CalibrationReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant CalibrationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList names = headers();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= names.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return names[section];
}

QString CalibrationReportModel::evaluatorName(int evaluator) const
{
    return m_report.session.evaluators.value(evaluator);
}

QString CalibrationReportModel::conversationRef(int conversation) const
{
    return m_report.conversations.value(conversation).conversationRef;
}

QString CalibrationReportModel::agentName(int conversation) const
{
    return m_report.conversations.value(conversation).agentName;
}

} // namespace huddle::models
