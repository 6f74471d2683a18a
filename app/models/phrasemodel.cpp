#include "phrasemodel.h"

#include "coachingcells.h"

#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>

namespace huddle::models {

namespace {

// An undo step whose change was already written when it was pushed: the first redo (QUndoStack::push
// calls it) does nothing, later ones write again.
class WrittenCommand : public QUndoCommand {
public:
    WrittenCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }

    void redo() override
    {
        if (m_pushed)
            m_redo();
        m_pushed = true;
    }
    void undo() override { m_undo(); }

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    bool m_pushed = false;
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QStringList situationsFrom(const QVariant &value)
{
    const QStringList tags = value.typeId() == QMetaType::QStringList
                                 ? value.toStringList()
                                 : value.toString().split(QLatin1Char(','));
    return storage::PhraseRepository::normalizedSituations(tags);
}

// The phrase with one cell changed; nullopt when the cell or role cannot be edited.
std::optional<storage::Phrase> withCell(storage::Phrase phrase, int column, const QVariant &value, int role)
{
    if (column == PhraseModel::CsatChecked) {
        if (role != Qt::CheckStateRole)
            return std::nullopt;
        phrase.csatChecked = value.toInt() == Qt::Checked;
        return phrase;
    }
    if (role != Qt::EditRole)
        return std::nullopt;
    switch (column) {
    case PhraseModel::Longer:
        phrase.longer = value.toString().trimmed();
        return phrase;
    case PhraseModel::Shorter:
        phrase.shorter = value.toString().trimmed();
        return phrase;
    case PhraseModel::Situations:
        phrase.situations = situationsFrom(value);
        return phrase;
    case PhraseModel::CsatNote:
        phrase.csatNote = value.toString();
        return phrase;
    }
    return std::nullopt;
}

} // namespace

PhraseModel::PhraseModel(const storage::Database &database, QString actor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(&database)
    , m_actor(std::move(actor))
{
}

core::Status PhraseModel::reload()
{
    auto phrases = storage::PhraseRepository(*m_database).phrases(m_showRetired);
    if (!phrases)
        return phrases.error();
    beginResetModel();
    m_phrases = std::move(phrases.value());
    endResetModel();
    return core::Done{};
}

void PhraseModel::setShowRetired(bool show)
{
    if (m_showRetired == show)
        return;
    m_showRetired = show;
    if (const core::Status status = reload(); !status)
        report(status.error());
}

void PhraseModel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

const storage::Phrase *PhraseModel::phraseAt(int row) const
{
    return row >= 0 && row < m_phrases.size() ? &m_phrases[row] : nullptr;
}

int PhraseModel::rowOf(qint64 phraseId) const
{
    const qint64 id = currentId(phraseId);
    for (int row = 0; row < m_phrases.size(); ++row)
        if (m_phrases[row].id == id)
            return row;
    return -1;
}

qint64 PhraseModel::currentId(qint64 phraseId) const
{
    while (m_readdedAs.contains(phraseId))
        phraseId = m_readdedAs.value(phraseId);
    return phraseId;
}

void PhraseModel::report(const core::Error &error)
{
    Q_EMIT writeFailed(error.toString());
}

void PhraseModel::record(const QString &text, std::function<void()> redo, std::function<void()> undo)
{
    if (m_undo)
        m_undo->push(new WrittenCommand(text, std::move(redo), std::move(undo)));
}

void PhraseModel::refresh(qint64 phraseId)
{
    const int row = rowOf(phraseId);
    const auto stored = storage::PhraseRepository(*m_database).phrase(currentId(phraseId));
    const bool listed = stored && (m_showRetired || !stored->retired);
    if (row >= 0 && listed) {
        m_phrases[row] = stored.value();
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if ((row >= 0) != listed) // it entered or left the list
        if (const core::Status status = reload(); !status)
            report(status.error());
}

bool PhraseModel::writeBack(const storage::Phrase &phrase)
{
    storage::Phrase current = phrase;
    current.id = currentId(phrase.id);
    const core::Status status = storage::PhraseRepository(*m_database).update(current, m_actor, now());
    if (!status)
        report(status.error());
    refresh(current.id);
    return status.ok();
}

bool PhraseModel::writeRetired(qint64 phraseId, bool retired)
{
    const qint64 id = currentId(phraseId);
    const core::Status status =
        storage::PhraseRepository(*m_database).setRetired(id, retired, m_actor, now());
    if (!status)
        report(status.error());
    refresh(id);
    return status.ok();
}

core::Result<qint64> PhraseModel::addPhrase(const storage::Phrase &phrase)
{
    const auto added = storage::PhraseRepository(*m_database).add(phrase, m_actor, now());
    if (!added) {
        report(added.error());
        return added;
    }
    if (const core::Status status = reload(); !status)
        report(status.error());
    const qint64 firstId = added.value();
    // Undo deletes the phrase; when the repository refuses (a session set it as homework since), it stays
    // and redo has nothing to add back.
    auto removed = std::make_shared<bool>(false);
    const auto undo = [this, firstId, removed] {
        const qint64 id = currentId(firstId);
        const core::Status status = storage::PhraseRepository(*m_database).remove(id, m_actor, now());
        *removed = status.ok();
        if (!status)
            report(status.error());
        refresh(id);
    };
    const auto redo = [this, firstId, phrase, removed] {
        if (!*removed)
            return;
        const auto again = storage::PhraseRepository(*m_database).add(phrase, m_actor, now());
        if (!again) {
            report(again.error());
            return;
        }
        *removed = false;
        // SQLite may hand the deleted id out again: the id now names a live phrase, so it leads nowhere.
        const qint64 previous = currentId(firstId);
        m_readdedAs.remove(again.value());
        if (previous != again.value())
            m_readdedAs.insert(previous, again.value());
        refresh(again.value());
    };
    record(tr("Add phrase"), redo, undo);
    return added;
}

core::Status PhraseModel::setRetired(int row, bool retired)
{
    const storage::Phrase *phrase = phraseAt(row);
    if (!phrase)
        return core::Error{tr("No phrase in row %1.").arg(row), {}};
    if (phrase->retired == retired)
        return core::Done{};
    const qint64 id = phrase->id;
    const core::Status status =
        storage::PhraseRepository(*m_database).setRetired(id, retired, m_actor, now());
    if (!status) {
        report(status.error());
        return status;
    }
    refresh(id);
    record(
        retired ? tr("Retire phrase") : tr("Restore phrase"),
        [this, id, retired] { writeRetired(id, retired); },
        [this, id, retired] { writeRetired(id, !retired); });
    return status;
}

int PhraseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_phrases.size());
}

int PhraseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhraseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const storage::Phrase &phrase = m_phrases[index.row()];
    switch (role) {
    case PhraseIdRole:
        return phrase.id;
    case RetiredRole:
        return phrase.retired;
    case SituationsRole:
        return phrase.situations;
    case Qt::ForegroundRole:
        return phrase.retired ? QVariant(smallSampleForeground()) : QVariant();
    case Qt::CheckStateRole:
        if (index.column() == CsatChecked)
            return phrase.csatChecked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (phrase.retired)
            return tr("Retired: no longer offered as homework");
        if (index.column() == Longer || index.column() == Shorter || index.column() == CsatNote)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Longer:
            return phrase.longer;
        case Shorter:
            return phrase.shorter;
        case Situations:
            return phrase.situations.join(QStringLiteral(", "));
        case CsatNote:
            return phrase.csatNote;
        case Homework:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(phrase.homeworkCount))
                                           : QVariant(phrase.homeworkCount);
        }
        return {};
    }
    return {};
}

bool PhraseModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const storage::Phrase before = m_phrases[index.row()];
    const std::optional<storage::Phrase> after = withCell(before, index.column(), value, role);
    if (!after)
        return false;
    if (*after == before)
        return true;
    const core::Status status = storage::PhraseRepository(*m_database).update(*after, m_actor, now());
    if (!status) {
        report(status.error());
        return false;
    }
    refresh(before.id);
    const storage::Phrase written = m_phrases.value(rowOf(before.id), *after);
    record(
        tr("Edit phrase"), [this, written] { writeBack(written); }, [this, before] { writeBack(before); });
    return true;
}

Qt::ItemFlags PhraseModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case CsatChecked:
        return base | Qt::ItemIsUserCheckable;
    case Homework:
        return base;
    }
    return base | Qt::ItemIsEditable;
}

QVariant PhraseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Homework)
        return tr("Sessions that set the phrase as homework; such phrases can be retired but not deleted");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Longer:
        return tr("Longer");
    case Shorter:
        return tr("Shorter");
    case Situations:
        return tr("Situations");
    case CsatChecked:
        return tr("CSAT checked");
    case CsatNote:
        return tr("CSAT note");
    case Homework:
        return tr("Homework");
    }
    return {};
}

} // namespace huddle::models
