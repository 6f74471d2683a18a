#pragma once

#include "core/records.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace huddle::models {

// The annotations of an evaluation: where (a transcript line or a second of the call), the criterion it is
// tied to, and the note. In the order they were added.
class AnnotationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Where, Criterion, Note, ColumnCount };

    explicit AnnotationModel(QObject *parent = nullptr);

    // `criterionNames` in flatCriteria() order, to name the criterion an annotation is tied to.
    void setAnnotations(const QList<core::Annotation> &annotations, const QStringList &criterionNames);
    void setCriterionNames(const QStringList &criterionNames);
    const QList<core::Annotation> &annotations() const { return m_annotations; }
    const core::Annotation *annotationAt(int row) const;
    void append(const core::Annotation &annotation);
    void removeAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Annotation> m_annotations;
    QStringList m_criterionNames;
};

// "Line 12" or "01:23".
QString anchorText(const core::Annotation &annotation);

} // namespace huddle::models
