#include "bonusgateform.h"

#include "amountedit.h"
#include "bonusconditionedit.h"
#include "models/bonusgatemodel.h"
#include "models/bonusplaneditmodel.h"
#include "models/bonusplanroles.h"
#include "models/bonusplantext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace huddle::ui {

using models::BonusPlanText;

BonusGateForm::BonusGateForm(models::BonusPlanEditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_edit(model)
    , m_box(new QGroupBox(this))
    , m_condition(new BonusConditionEdit(m_box))
    , m_effect(new QComboBox(m_box))
    , m_value(new AmountEdit(AmountEdit::Unit::BasisPoints, m_box))
    , m_valueUnit(new QLabel(m_box))
{
    m_effect->setObjectName(QStringLiteral("gateEffect"));
    for (const core::GateEffect effect :
         {core::GateEffect::Zero, core::GateEffect::ReducePercent, core::GateEffect::ReduceAmount})
        m_effect->addItem(BonusPlanText::effectName(effect), core::gateEffectCode(effect));
    m_value->setObjectName(QStringLiteral("gateValue"));
    connect(m_effect, &QComboBox::activated, this,
            [this] { edit(models::EffectRole, m_effect->currentData()); });
    connect(m_value, &AmountEdit::valueEdited, this, [this](qint64 value) {
        edit(m_value->unit() == AmountEdit::Unit::Cents ? models::CentsRole : models::BasisPointsRole, value);
    });
    auto *effectRow = new QHBoxLayout;
    effectRow->addWidget(m_effect);
    effectRow->addWidget(m_value);
    effectRow->addWidget(m_valueUnit);
    effectRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(m_condition);
    auto *thenLabel = new QLabel(tr("&Then:"), m_box);
    thenLabel->setBuddy(m_effect);
    form->addRow(thenLabel, effectRow);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(form);
    boxLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    showGate(-1);
}

void BonusGateForm::showGate(int row)
{
    m_row = row;
    m_condition->setRow(m_edit->gates(), m_edit->gates()->index(row, 0));
    refresh();
}

void BonusGateForm::edit(int role, const QVariant &value)
{
    m_edit->gates()->setData(m_edit->gates()->index(m_row, 0), value, role);
}

void BonusGateForm::refresh()
{
    const core::BonusGate *gate = m_edit->gates()->gateAt(m_row);
    m_box->setVisible(gate != nullptr);
    if (!gate)
        return;
    m_box->setTitle(tr("Gate “%1”").arg(gate->label));
    m_box->setEnabled(!m_edit->isReadOnly());
    m_condition->refresh();
    m_effect->setCurrentIndex(m_effect->findData(core::gateEffectCode(gate->effect)));
    const bool percent = gate->effect == core::GateEffect::ReducePercent;
    m_value->setVisible(gate->effect != core::GateEffect::Zero);
    m_valueUnit->setVisible(percent);
    m_valueUnit->setText(tr("% of the components"));
    m_value->setUnit(percent ? AmountEdit::Unit::BasisPoints : AmountEdit::Unit::Cents);
    m_value->setValue(percent ? gate->basisPoints : gate->amount);
}

} // namespace huddle::ui
