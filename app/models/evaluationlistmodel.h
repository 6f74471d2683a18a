#pragma once

#include "storage/evaluationrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace huddle::models {

// Evaluations of the scope (QA and peer reviews, any status), as EvaluationRepository::list gives them.
// SortRole orders figures and times as numbers; ValueRole gives the score as a number for exports.
class EvaluationListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Day,
        Conversation,
        Agent,
        Kind,
        Status,
        Evaluator,
        Scorecard,
        Score,
        Annotations,
        Updated,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ValueRole = Qt::UserRole + 1;
    static constexpr int EvaluationIdRole = Qt::UserRole + 2;

    explicit EvaluationListModel(QObject *parent = nullptr);

    void setEvaluations(QList<storage::EvaluationListEntry> evaluations, const QTimeZone &zone);
    const storage::EvaluationListEntry *evaluationAt(int row) const;
    int rowOf(qint64 evaluationId) const; // -1 when not listed
    // Everybody who evaluated something listed, by name.
    QStringList evaluators() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const storage::EvaluationListEntry &entry, int column) const;
    QVariant sortValue(const storage::EvaluationListEntry &entry, int column) const;

    QList<storage::EvaluationListEntry> m_evaluations;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace huddle::models
