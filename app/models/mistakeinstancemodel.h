#pragma once

#include "storage/mistakerepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// The evaluations behind one mistake: which conversation, when, who scored it, the points it cost there and
// the evaluator's comment on the answer. Most points lost first, as the repository gives them.
class MistakeInstanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Conversation, Day, Agent, Evaluator, PointsLost, Comment, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int EvaluationIdRole = Qt::UserRole + 1;

    explicit MistakeInstanceModel(QObject *parent = nullptr);

    void setInstances(QList<storage::MistakeInstance> instances);
    const storage::MistakeInstance *instanceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString displayText(const storage::MistakeInstance &instance, int column);
    static QVariant sortValue(const storage::MistakeInstance &instance, int column);

    QList<storage::MistakeInstance> m_instances;
};

} // namespace huddle::models
