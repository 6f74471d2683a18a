#include "evaluationlistmodel.h"

#include "disputetext.h"
#include "kpiformat.h"
#include "qatext.h"

#include <QLocale>

#include <algorithm>

namespace huddle::models {

EvaluationListModel::EvaluationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EvaluationListModel::setEvaluations(QList<storage::EvaluationListEntry> evaluations,
                                         const QTimeZone &zone)
{
    beginResetModel();
    m_evaluations = std::move(evaluations);
    m_zone = zone;
    endResetModel();
}

const storage::EvaluationListEntry *EvaluationListModel::evaluationAt(int row) const
{
    return row >= 0 && row < m_evaluations.size() ? &m_evaluations[row] : nullptr;
}

int EvaluationListModel::rowOf(qint64 evaluationId) const
{
    for (int row = 0; row < m_evaluations.size(); ++row)
        if (m_evaluations[row].id == evaluationId)
            return row;
    return -1;
}

QStringList EvaluationListModel::evaluators() const
{
    QStringList names;
    for (const storage::EvaluationListEntry &entry : m_evaluations)
        if (!names.contains(entry.evaluator))
            names.append(entry.evaluator);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

int EvaluationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_evaluations.size());
}

int EvaluationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::EvaluationListEntry &entry = m_evaluations[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Score || index.column() == Annotations)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(entry, index.column());
    case ValueRole:
        if (index.column() == Score)
            return entry.scorePct ? QVariant(*entry.scorePct) : QVariant();
        return sortValue(entry, index.column());
    case EvaluationIdRole:
        return entry.id;
    }
    return {};
}

QString EvaluationListModel::displayText(const storage::EvaluationListEntry &entry, int column) const
{
    switch (column) {
    case Day:
        return formatDay(entry.conversationDay);
    case Conversation:
        return entry.conversationRef;
    case Agent:
        return entry.agentName;
    case Kind:
        return evaluationKindText(entry.kind);
    case Status:
        return evaluationStatusText(entry.status);
    case Evaluator:
        return entry.evaluator;
    case Scorecard:
        return scorecardVersionText(entry.scorecardName, entry.scorecardVersion);
    case Score:
        return formatPercent(entry.scorePct);
    case Annotations:
        return QLocale().toString(entry.annotations);
    case Updated:
        return formatInstant(entry.updatedAt, m_zone);
    }
    return {};
}

QVariant EvaluationListModel::sortValue(const storage::EvaluationListEntry &entry, int column) const
{
    switch (column) {
    case Day:
        return entry.conversationDay.toJulianDay();
    case Kind:
        return static_cast<int>(entry.kind);
    case Status:
        return static_cast<int>(entry.status); // the workflow's order: draft, published, disputed, final
    case Score:
        return entry.scorePct.value_or(-1.0);
    case Annotations:
        return entry.annotations;
    case Updated:
        return instantSortKey(entry.updatedAt);
    default:
        return displayText(entry, column);
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Conversation:
        return tr("Conversation");
    case Agent:
        return tr("Agent");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Evaluator:
        return tr("Evaluator");
    case Scorecard:
        return tr("Scorecard");
    case Score:
        return tr("Score");
    case Annotations:
        return tr("Annotations");
    case Updated:
        return tr("Updated");
    }
    return {};
}

} // namespace huddle::models
