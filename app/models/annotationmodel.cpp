#include "annotationmodel.h"

#include "core/transcripttext.h"

#include <QLocale>

namespace huddle::models {

QString anchorText(const core::Annotation &annotation)
{
    if (annotation.anchorKind == core::AnchorKind::Line)
        return AnnotationModel::tr("Line %1").arg(QLocale().toString(annotation.anchorValue));
    return core::callTimestamp(annotation.anchorValue);
}

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationModel::setAnnotations(const QList<core::Annotation> &annotations,
                                     const QStringList &criterionNames)
{
    beginResetModel();
    m_annotations = annotations;
    m_criterionNames = criterionNames;
    endResetModel();
}

void AnnotationModel::setCriterionNames(const QStringList &criterionNames)
{
    m_criterionNames = criterionNames;
    if (!m_annotations.isEmpty())
        Q_EMIT dataChanged(index(0, Criterion), index(rowCount() - 1, Criterion));
}

const core::Annotation *AnnotationModel::annotationAt(int row) const
{
    return row >= 0 && row < m_annotations.size() ? &m_annotations[row] : nullptr;
}

void AnnotationModel::append(const core::Annotation &annotation)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_annotations.append(annotation);
    endInsertRows();
}

void AnnotationModel::removeAt(int row)
{
    if (!annotationAt(row))
        return;
    beginRemoveRows({}, row, row);
    m_annotations.removeAt(row);
    endRemoveRows();
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Annotation &annotation = m_annotations[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Note)
        return annotation.body;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Where:
        return anchorText(annotation);
    case Criterion:
        return annotation.criterionIndex < 0 ? QStringLiteral("–")
                                             : m_criterionNames.value(annotation.criterionIndex);
    case Note:
        return annotation.body;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Where:
        return tr("Where");
    case Criterion:
        return tr("Criterion");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace huddle::models
