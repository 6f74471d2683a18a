#pragma once

#include "storage/reviewnoterepository.h"

#include <QAbstractTableModel>

namespace huddle::models {

// Review notes beside the chart: newest first, one row per note.
class ReviewNoteModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Reviewer, Conversation, Agent, Note, ColumnCount };
    static constexpr int ConversationDayRole = Qt::UserRole; // QDate the reviewed conversation happened
    static constexpr int ConversationIdRole = Qt::UserRole + 1;

    explicit ReviewNoteModel(QObject *parent = nullptr);

    void setNotes(const QList<storage::ReviewNoteEntry> &notes);
    const storage::ReviewNoteEntry *noteAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::ReviewNoteEntry> m_notes;
};

} // namespace huddle::models
