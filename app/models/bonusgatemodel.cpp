#include "bonusgatemodel.h"

#include "bonusplaneditmodel.h"
#include "bonusplanroles.h"
#include "bonusplantext.h"

namespace huddle::models {

BonusGateModel::BonusGateModel(BonusPlanEditModel *edit)
    : BonusRowsModel(edit, 2, {tr("Add a gate"), tr("Remove a gate"), tr("Move a gate"), tr("Edit a gate")})
{
}

QVariant BonusGateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const core::BonusGate &gate = m_rows[index.row()];
    if (role >= KindRole)
        return roleData(gate, role);
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole;
    switch (index.column()) {
    case Id:
        return text ? QVariant(gate.id) : QVariant();
    case Label:
        return text ? QVariant(gate.label) : QVariant();
    case Condition: // long conditions are cut in the table: the tooltip has them whole
        return text || role == Qt::ToolTipRole ? QVariant(BonusPlanText::conditionText(gate.condition))
                                               : QVariant();
    case Effect:
        return text ? QVariant(BonusPlanText::gateEffectText(gate, edit()->moneyFormat())) : QVariant();
    }
    return {};
}

QVariant BonusGateModel::roleData(const core::BonusGate &gate, int role)
{
    if (isConditionRole(role))
        return conditionData(gate.condition, role);
    switch (role) {
    case EffectRole:
        return core::gateEffectCode(gate.effect);
    case BasisPointsRole:
        return gate.basisPoints;
    case CentsRole:
        return gate.amount;
    default:
        return {};
    }
}

bool BonusGateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !editable())
        return false;
    const int row = index.row();
    if (role == Qt::EditRole && isEditableColumn(index.column()))
        return setText(row, index.column(),
                       index.column() == Id ? &core::BonusGate::id : &core::BonusGate::label,
                       value.toString());
    core::BonusGate changed = m_rows[row];
    return role >= KindRole && setRoleData(changed, role, value) && replaceRow(row, role, changed);
}

bool BonusGateModel::setRoleData(core::BonusGate &gate, int role, const QVariant &value)
{
    if (isConditionRole(role))
        return setConditionData(gate.condition, role, value);
    bool ok = false;
    if (role == EffectRole) {
        const auto effect = core::gateEffectFromCode(value.toString());
        if (effect && *effect != gate.effect) {
            // The value of the other effects goes, as the plan's JSON would drop it (undo brings it back).
            gate.effect = *effect;
            gate.basisPoints = 0;
            gate.amount = 0;
        }
        return effect.has_value();
    }
    if (role == BasisPointsRole)
        gate.basisPoints = value.toInt(&ok);
    else if (role == CentsRole)
        gate.amount = value.toLongLong(&ok);
    return ok;
}

core::BonusGate BonusGateModel::newRow(const QList<core::BonusGate> &list, int) const
{
    QStringList taken;
    for (const core::BonusGate &gate : list)
        taken << gate.id;
    core::BonusGate gate;
    gate.id = unusedBonusId(QStringLiteral("gate"), taken);
    gate.label = tr("New gate");
    // The commonest gate (domain.md): any no-call-no-show zeroes the bonus.
    gate.condition.measure.metric = core::BonusMetric::NoCallNoShows;
    gate.condition.value = 1;
    return gate;
}

QStringList BonusGateModel::headers() const
{
    return {tr("Id"), tr("Label"), tr("When"), tr("Effect")};
}

} // namespace huddle::models
