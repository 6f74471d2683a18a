#include "bonusplantablemodel.h"

#include "bonusplaneditmodel.h"
#include "bonusplanroles.h"
#include "moneyinput.h"

namespace huddle::models {

QString unusedBonusId(const QString &base, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1_%2").arg(base).arg(n);
        if (!taken.contains(id))
            return id;
    }
}

BonusPlanTableModel::BonusPlanTableModel(BonusPlanEditModel *edit, int tag, Texts texts)
    : ListTableModel(edit)
    , m_edit(edit)
    , m_tag(tag)
    , m_texts(std::move(texts))
{
}

bool BonusPlanTableModel::editable() const
{
    return !m_edit->isReadOnly();
}

int BonusPlanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int BonusPlanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant BonusPlanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal && role == Qt::DisplayRole ? QVariant(headers().value(section))
                                                                    : QVariant();
}

Qt::ItemFlags BonusPlanTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (editable() && isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BonusPlanTableModel::changeRow(int row, int field, const std::function<void(core::BonusPlan &)> &change)
{
    if (row < 0 || row >= size())
        return false;
    // One target per table, row and field, so that typing into one field is one undo step.
    const qint64 target = (qint64(m_tag) << 40) | (qint64(row) << 16) | qint64(field & 0xffff);
    return m_edit->change(m_texts.edit, change, target);
}

bool BonusPlanTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row > size())
        return false;
    const int before = size();
    m_edit->change(m_texts.add, [this, row, count](core::BonusPlan &plan) {
        for (int i = 0; i < count; ++i)
            insertIn(plan, row + i);
    });
    return size() == before + count;
}

bool BonusPlanTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count < 1 || row < 0 || row + count > size())
        return false;
    const int before = size();
    m_edit->change(m_texts.remove, [this, row, count](core::BonusPlan &plan) {
        for (int i = 0; i < count; ++i)
            removeIn(plan, row);
    });
    return size() == before - count;
}

bool BonusPlanTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                   const QModelIndex &destinationParent, int destinationChild)
{
    // One row at a time: what the editor's move up and down buttons need.
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (sourceRow < 0 || sourceRow >= size() || to < 0 || to >= size() || to == sourceRow)
        return false;
    return m_edit->change(m_texts.move,
                          [this, sourceRow, to](core::BonusPlan &plan) { moveIn(plan, sourceRow, to); });
}

QVariant BonusPlanTableModel::moneyData(core::Cents cents, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_edit->moneyFormat().format(cents);
    case Qt::EditRole:
        return moneyInputText(cents);
    case CentsRole:
        return cents;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

std::optional<core::Cents> BonusPlanTableModel::moneyFromEdit(const QVariant &value, int role)
{
    if (role == Qt::EditRole)
        return parseMoneyInput(value.toString());
    bool ok = false;
    const core::Cents cents = value.toLongLong(&ok);
    return role == CentsRole && ok ? std::optional(cents) : std::nullopt;
}

int BonusPlanTableModel::addRow(int after)
{
    const int row = after < 0 || after >= size() ? size() : after + 1;
    return insertRows(row, 1) ? row : -1;
}

bool BonusPlanTableModel::canMove(int row, int step) const
{
    return editable() && row >= 0 && row < size() && row + step >= 0 && row + step < size() && step != 0;
}

int BonusPlanTableModel::moveRow(int row, int step)
{
    if (!canMove(row, step))
        return -1;
    const int to = row + step;
    return moveRows({}, row, 1, {}, step > 0 ? to + 1 : to) ? to : -1;
}

} // namespace huddle::models
