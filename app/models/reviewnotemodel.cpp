#include "reviewnotemodel.h"

#include <QLocale>

namespace huddle::models {

ReviewNoteModel::ReviewNoteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewNoteModel::setNotes(const QList<storage::ReviewNoteEntry> &notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

const storage::ReviewNoteEntry *ReviewNoteModel::noteAt(int row) const
{
    return row >= 0 && row < m_notes.size() ? &m_notes[row] : nullptr;
}

int ReviewNoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_notes.size());
}

int ReviewNoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewNoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::ReviewNoteEntry &note = m_notes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(note.day, QStringLiteral("d MMM"));
        case Reviewer:
            return note.reviewer;
        case Conversation:
            return note.conversationRef;
        case Agent:
            return note.agentName;
        case Note:
            return note.body;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 on %2's conversation %3 of %4:\n%5")
            .arg(note.reviewer, note.agentName, note.conversationRef,
                 QLocale().toString(note.conversationDay, QLocale::LongFormat), note.body);
    case ConversationDayRole:
        return note.conversationDay;
    case ConversationIdRole:
        return note.conversationId;
    }
    return {};
}

QVariant ReviewNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Reviewer:
        return tr("Reviewer");
    case Conversation:
        return tr("Conversation");
    case Agent:
        return tr("Agent");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace huddle::models
