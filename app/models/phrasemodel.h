#pragma once

#include "storage/phraserepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

class QUndoStack;

namespace huddle::storage {
class Database;
}

namespace huddle::models {

// The phrase library, edited in place: every edit is written through PhraseRepository at once (nothing is
// lost on a crash) and pushed on the undo stack, whose undo writes the old value back. Columns: the longer
// phrase, the shorter one, situations (comma-separated in EditRole), CSAT checked (checkable), the note,
// how many sessions set it as homework. Retired phrases are listed only with showRetired, in grey.
// A failed write leaves the row as stored and reports through writeFailed.
class PhraseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Longer, Shorter, Situations, CsatChecked, CsatNote, Homework, ColumnCount };
    static constexpr int PhraseIdRole = Qt::UserRole;
    static constexpr int RetiredRole = Qt::UserRole + 1;
    static constexpr int SituationsRole = Qt::UserRole + 2; // QStringList, for the situation filter

    PhraseModel(const storage::Database &database, QString actor, QObject *parent = nullptr);

    core::Status reload();
    void setShowRetired(bool show);
    void setUndoStack(QUndoStack *stack);
    const storage::Phrase *phraseAt(int row) const;
    int rowOf(qint64 phraseId) const;

    // Stores a new phrase (undo deletes it while no session uses it). Returns its id.
    core::Result<qint64> addPhrase(const storage::Phrase &phrase);
    core::Status setRetired(int row, bool retired);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void writeFailed(const QString &message);

private:
    // Writes `phrase` (looked up under its current id); on failure reports it and shows the stored row.
    bool writeBack(const storage::Phrase &phrase);
    bool writeRetired(qint64 phraseId, bool retired);
    // Shows the stored state of one phrase (or reloads when it enters or leaves the list).
    void refresh(qint64 phraseId);
    void report(const core::Error &error);
    // Pushes an already applied change (redo runs only when redone) or, without a stack, drops it.
    void record(const QString &text, std::function<void()> redo, std::function<void()> undo);
    // A phrase re-added by redoing an undone "add" gets a new id; later steps still name the first one.
    qint64 currentId(qint64 phraseId) const;

    const storage::Database *m_database;
    QString m_actor;
    bool m_showRetired = false;
    QUndoStack *m_undo = nullptr;
    QList<storage::Phrase> m_phrases;
    QHash<qint64, qint64> m_readdedAs;
};

} // namespace huddle::models
