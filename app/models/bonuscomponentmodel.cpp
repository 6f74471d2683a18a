#include "bonuscomponentmodel.h"

#include "bonusplaneditmodel.h"
#include "bonusplanroles.h"
#include "bonusplantext.h"

namespace huddle::models {

namespace {

// A component of `kind` with that kind's defaults: a flat amount pays for a perfect-CSAT month, which needs
// 5 responses by default (domain.md).
core::BonusComponent defaultComponent(core::ComponentKind kind)
{
    core::BonusComponent component;
    component.kind = kind;
    if (kind == core::ComponentKind::Flat)
        component.condition.minSample = 5;
    return component;
}

// `component` as `kind`: its id and label kept, the fields of other kinds back to their defaults, so that
// the plan edited is the plan its JSON holds (undo brings the old fields back).
core::BonusComponent withKind(const core::BonusComponent &component, core::ComponentKind kind)
{
    core::BonusComponent changed = defaultComponent(kind);
    changed.id = component.id;
    changed.label = component.label;
    return changed;
}

} // namespace

BonusComponentModel::BonusComponentModel(BonusPlanEditModel *edit)
    : BonusRowsModel(
          edit, 1,
          {tr("Add a component"), tr("Remove a component"), tr("Move a component"), tr("Edit a component")})
{
}

QVariant BonusComponentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const core::BonusComponent &component = m_rows[index.row()];
    if (role >= KindRole)
        return roleData(component, role);
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return BonusPlanText::componentSummary(component, edit()->moneyFormat());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id:
        return component.id;
    case Label:
        return component.label;
    case Kind:
        return BonusPlanText::kindName(component.kind);
    case Summary:
        return BonusPlanText::componentSummary(component, edit()->moneyFormat());
    }
    return {};
}

QVariant BonusComponentModel::roleData(const core::BonusComponent &component, int role) const
{
    if (isConditionRole(role))
        return conditionData(component.condition, role);
    switch (role) {
    case KindRole:
        return core::componentKindCode(component.kind);
    case CentsRole:
        return component.amount;
    case OtherTierCentsRole:
        return component.otherTierCents;
    case BandMeasureRole:
        return core::bonusMeasureCode(component.measure);
    case BandMinSampleRole:
        return component.measureMinSample;
    case PercentBaseRole:
        return core::percentBaseCode(component.base);
    case BasisPointsRole:
        return component.basisPoints;
    default:
        return {};
    }
}

bool BonusComponentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !editable())
        return false;
    const int row = index.row();
    if (role == Qt::EditRole && isEditableColumn(index.column()))
        return setText(row, index.column(),
                       index.column() == Id ? &core::BonusComponent::id : &core::BonusComponent::label,
                       value.toString());
    core::BonusComponent changed = m_rows[row];
    return role >= KindRole && setRoleData(changed, role, value) && replaceRow(row, role, changed);
}

bool BonusComponentModel::setRoleData(core::BonusComponent &component, int role, const QVariant &value)
{
    if (isConditionRole(role))
        return setConditionData(component.condition, role, value);
    const QString code = value.toString();
    bool ok = false;
    switch (role) {
    case KindRole:
        if (const auto kind = core::componentKindFromCode(code)) {
            if (*kind != component.kind)
                component = withKind(component, *kind);
            return true;
        }
        return false;
    case CentsRole:
        component.amount = value.toLongLong(&ok);
        return ok;
    case OtherTierCentsRole:
        component.otherTierCents = value.toLongLong(&ok);
        return ok;
    case BandMeasureRole:
        return assignParsed(core::bonusMeasureFromCode(code), component.measure);
    case BandMinSampleRole:
        component.measureMinSample = value.toInt(&ok);
        return ok && component.measureMinSample >= 0;
    case PercentBaseRole:
        return assignParsed(core::percentBaseFromCode(code), component.base);
    case BasisPointsRole:
        component.basisPoints = value.toInt(&ok);
        return ok;
    default:
        return false;
    }
}

core::BonusComponent BonusComponentModel::newRow(const QList<core::BonusComponent> &list, int) const
{
    QStringList taken;
    for (const core::BonusComponent &component : list)
        taken << component.id;
    core::BonusComponent component = defaultComponent(core::ComponentKind::Flat);
    component.id = unusedBonusId(QStringLiteral("component"), taken);
    component.label = tr("New component");
    return component;
}

QStringList BonusComponentModel::headers() const
{
    return {tr("Id"), tr("Label"), tr("Kind"), tr("Summary")};
}

} // namespace huddle::models
