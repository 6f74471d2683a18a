#include "bonustierratemodel.h"

#include "bonusplaneditmodel.h"
#include "bonusplanroles.h"

#include <algorithm>

namespace huddle::models {

BonusTierRateModel::BonusTierRateModel(BonusPlanEditModel *edit)
    : BonusRowsModel(edit, 3,
                     {tr("Add a tier"), tr("Remove a tier"), tr("Move a tier"), tr("Edit a tier rate")})
{
}

QList<core::TierRate> *BonusTierRateModel::listIn(core::BonusPlan &plan) const
{
    const int component = edit()->currentComponent();
    return component >= 0 && component < plan.components.size() ? &plan.components[component].tierRates
                                                                : nullptr;
}

QVariant BonusTierRateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const core::TierRate &rate = m_rows[index.row()];
    if (index.column() == Amount || role == CentsRole)
        return moneyData(rate.cents, role);
    return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(rate.tier) : QVariant();
}

bool BonusTierRateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !editable())
        return false;
    const int row = index.row();
    if (index.column() == Tier && role == Qt::EditRole)
        return setText(row, Tier, &core::TierRate::tier, value.toString());
    const auto cents = moneyFromEdit(value, role);
    if (!cents)
        return false;
    core::TierRate changed = m_rows[row];
    changed.cents = *cents;
    return replaceRow(row, Amount, changed);
}

core::TierRate BonusTierRateModel::newRow(const QList<core::TierRate> &list, int) const
{
    // The next free letter: tiers are usually A, B, C, …
    for (char letter = 'A'; letter <= 'Z'; ++letter) {
        const QString tier(QLatin1Char{letter});
        if (std::none_of(list.cbegin(), list.cend(),
                         [&](const core::TierRate &rate) { return rate.tier == tier; }))
            return {tier, 0};
    }
    return {};
}

QStringList BonusTierRateModel::headers() const
{
    return {tr("Tier"), tr("Per sale")};
}

} // namespace huddle::models
