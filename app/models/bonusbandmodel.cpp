#include "bonusbandmodel.h"

#include "bonusplaneditmodel.h"
#include "bonusplanroles.h"
#include "moneyinput.h"

namespace huddle::models {

BonusBandModel::BonusBandModel(BonusPlanEditModel *edit)
    : BonusRowsModel(edit, 4, {tr("Add a band"), tr("Remove a band"), tr("Move a band"), tr("Edit a band")})
{
}

QList<core::KpiBandAmount> *BonusBandModel::listIn(core::BonusPlan &plan) const
{
    const int component = edit()->currentComponent();
    return component >= 0 && component < plan.components.size() ? &plan.components[component].bands : nullptr;
}

QVariant BonusBandModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const core::KpiBandAmount &band = m_rows[index.row()];
    if (index.column() == Amount || role == CentsRole)
        return moneyData(band.cents, role);
    return edgeData(band, index.column(), role);
}

QVariant BonusBandModel::edgeData(const core::KpiBandAmount &band, int column, int role) const
{
    const std::optional<double> edge = column == From ? std::optional(band.from) : band.to;
    switch (role) {
    case Qt::DisplayRole:
        return edge ? numberInputText(*edge) : QStringLiteral("—");
    case Qt::EditRole:
        return edge ? numberInputText(*edge) : QString();
    case Qt::ToolTipRole:
        return edge ? QVariant() : QVariant(tr("No upper end: the band runs from its lower edge up."));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool BonusBandModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !editable())
        return false;
    const int row = index.row();
    const int column = index.column();
    core::KpiBandAmount changed = m_rows[row];
    if (column == Amount || role == CentsRole) {
        const auto cents = moneyFromEdit(value, role);
        changed.cents = cents.value_or(changed.cents);
        return cents && replaceRow(row, Amount, changed);
    }
    const QString text = value.toString().trimmed();
    const std::optional<double> edge = parseNumberInput(text);
    if (role != Qt::EditRole || (!edge && !(column == To && text.isEmpty())))
        return false; // From is a number; To a number or blank
    if (column == From)
        changed.from = *edge;
    else
        changed.to = edge;
    return replaceRow(row, column, changed);
}

core::KpiBandAmount BonusBandModel::newRow(const QList<core::KpiBandAmount> &list, int row) const
{
    // A new band starts where the one before it ends, so that adding bands in order needs no retyping.
    core::KpiBandAmount band;
    if (row > 0 && row <= list.size())
        band.from = list[row - 1].to.value_or(list[row - 1].from);
    return band;
}

QStringList BonusBandModel::headers() const
{
    return {tr("From (≥)"), tr("To (<)"), tr("Amount")};
}

} // namespace huddle::models
