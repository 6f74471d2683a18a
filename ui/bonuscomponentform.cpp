#include "bonuscomponentform.h"

#include "amountedit.h"
#include "bonusconditionedit.h"
#include "bonuslistbuttons.h"
#include "bonustable.h"
#include "models/bonusbandmodel.h"
#include "models/bonuscomponentmodel.h"
#include "models/bonusplaneditmodel.h"
#include "models/bonusplanroles.h"
#include "models/bonusplantext.h"
#include "models/bonustierratemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

using models::BonusPlanText;

namespace {

constexpr std::array kinds{core::ComponentKind::Flat, core::ComponentKind::PerUnit,
                           core::ComponentKind::Tiered, core::ComponentKind::Percent};

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(
        QFormLayout::FieldsStayAtSizeHint); // a spin box as wide as the dialog reads badly
    return form;
}

} // namespace

BonusComponentForm::BonusComponentForm(models::BonusPlanEditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_edit(model)
    , m_box(new QGroupBox(this))
    , m_kind(new QComboBox(m_box))
    , m_pages(new QStackedWidget(m_box))
{
    m_kind->setObjectName(QStringLiteral("componentKind"));
    for (const core::ComponentKind kind : kinds)
        m_kind->addItem(BonusPlanText::kindName(kind), core::componentKindCode(kind));
    connect(m_kind, &QComboBox::activated, this, [this] { edit(models::KindRole, m_kind->currentData()); });
    m_pages->addWidget(createFlatPage());
    m_pages->addWidget(createPerUnitPage());
    m_pages->addWidget(createTieredPage());
    m_pages->addWidget(createPercentPage());

    auto *kindRow = new QFormLayout;
    kindRow->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    kindRow->addRow(tr("&Kind:"), m_kind);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(kindRow);
    boxLayout->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    showComponent(-1);
}

QWidget *BonusComponentForm::createFlatPage()
{
    auto *page = new QWidget(m_pages);
    m_condition = new BonusConditionEdit(page);
    m_amount = new AmountEdit(AmountEdit::Unit::Cents, page);
    m_amount->setObjectName(QStringLiteral("componentAmount"));
    connect(m_amount, &AmountEdit::valueEdited, this,
            [this](qint64 cents) { edit(models::CentsRole, cents); });
    auto *form = pageForm(page);
    form->addRow(m_condition);
    form->addRow(tr("Pa&ys:"), m_amount);
    return page;
}

QWidget *BonusComponentForm::createPerUnitPage()
{
    auto *page = new QWidget(m_pages);
    m_tiers = makeBonusTable(m_edit->tierRates(), QStringLiteral("tierTable"), tr("Amount per sale by tier"),
                             models::BonusTierRateModel::Amount, page);
    m_tiers->setMaximumWidth(m_tiers->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
    m_tierButtons = new BonusListButtons(m_edit->tierRates(), m_tiers, QStringLiteral("tier"),
                                         {tr("Add tier"), tr("Remove tier")}, false, page);
    m_otherTier = new AmountEdit(AmountEdit::Unit::Cents, page);
    m_otherTier->setObjectName(QStringLiteral("otherTierAmount"));
    connect(m_otherTier, &AmountEdit::valueEdited, this,
            [this](qint64 cents) { edit(models::OtherTierCentsRole, cents); });
    auto *hint = new QLabel(tr("Each sale earns its product tier's amount (as in the sales export)."), page);
    hint->setWordWrap(true);
    auto *form = pageForm(page);
    form->addRow(hint);
    form->addRow(m_tiers);
    form->addRow(m_tierButtons);
    form->addRow(tr("Other &tiers, per sale:"), m_otherTier);
    return page;
}

QWidget *BonusComponentForm::createTieredPage()
{
    auto *page = new QWidget(m_pages);
    m_bandMeasure = new QComboBox(page);
    m_bandMeasure->setObjectName(QStringLiteral("bandMeasure"));
    for (const QString &code : core::bonusMeasureCodes())
        if (code != QLatin1String("perfect_csat")) // true or false: no bands to speak of
            m_bandMeasure->addItem(BonusPlanText::measureName(code), code);
    connect(m_bandMeasure, &QComboBox::activated, this,
            [this] { edit(models::BandMeasureRole, m_bandMeasure->currentData()); });
    m_bandMinSample = new QSpinBox(page);
    m_bandMinSample->setObjectName(QStringLiteral("bandMinSample"));
    m_bandMinSample->setRange(0, 1000000);
    m_bandMinSample->setToolTip(tr("Below this sample no band applies, and the report says why."));
    connect(m_bandMinSample, &QSpinBox::valueChanged, this,
            [this](int value) { edit(models::BandMinSampleRole, value); });
    m_bands = makeBonusTable(m_edit->bands(), QStringLiteral("bandTable"), tr("Bands"),
                             models::BonusBandModel::Amount, page);
    m_bands->setMaximumWidth(m_bands->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    m_bandButtons = new BonusListButtons(m_edit->bands(), m_bands, QStringLiteral("band"),
                                         {tr("Add band"), tr("Remove band")}, false, page);
    auto *hint =
        new QLabel(tr("A band pays when from ≤ value < to; leave To empty for no upper end. Bands must "
                      "not overlap."),
                   page);
    hint->setWordWrap(true);
    auto *form = pageForm(page);
    form->addRow(tr("&Measure:"), m_bandMeasure);
    form->addRow(tr("Minimum samp&le:"), m_bandMinSample);
    form->addRow(hint);
    form->addRow(m_bands);
    form->addRow(m_bandButtons);
    return page;
}

QWidget *BonusComponentForm::createPercentPage()
{
    auto *page = new QWidget(m_pages);
    m_percent = new AmountEdit(AmountEdit::Unit::BasisPoints, page);
    m_percent->setObjectName(QStringLiteral("componentPercent"));
    connect(m_percent, &AmountEdit::valueEdited, this,
            [this](qint64 basisPoints) { edit(models::BasisPointsRole, basisPoints); });
    m_base = new QComboBox(page);
    m_base->setObjectName(QStringLiteral("percentBase"));
    for (const core::PercentBase base : {core::PercentBase::SalesAmount, core::PercentBase::Subtotal})
        m_base->addItem(BonusPlanText::baseName(base), core::percentBaseCode(base));
    connect(m_base, &QComboBox::activated, this,
            [this] { edit(models::PercentBaseRole, m_base->currentData()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_percent);
    row->addWidget(new QLabel(tr("% of"), page));
    row->addWidget(m_base, 1);
    auto *label = new QLabel(tr("Pa&ys:"), page);
    label->setBuddy(m_percent);
    auto *form = pageForm(page);
    form->addRow(label, row);
    return page;
}

void BonusComponentForm::showComponent(int row)
{
    m_row = row;
    m_edit->setCurrentComponent(row);
    m_condition->setRow(m_edit->components(), m_edit->components()->index(row, 0));
    refresh();
}

void BonusComponentForm::edit(int role, const QVariant &value)
{
    m_edit->components()->setData(m_edit->components()->index(m_row, 0), value, role);
}

void BonusComponentForm::refresh()
{
    const core::BonusComponent *component = m_edit->components()->componentAt(m_row);
    m_box->setVisible(component != nullptr);
    if (!component)
        return;
    m_box->setTitle(tr("Component “%1”").arg(component->label));
    m_box->setEnabled(!m_edit->isReadOnly());
    m_kind->setCurrentIndex(m_kind->findData(core::componentKindCode(component->kind)));
    m_pages->setCurrentIndex(m_kind->currentIndex());
    m_condition->refresh();
    m_amount->setValue(component->amount);
    m_otherTier->setValue(component->otherTierCents);
    m_bandMeasure->setCurrentIndex(m_bandMeasure->findData(core::bonusMeasureCode(component->measure)));
    {
        const QSignalBlocker blocker(m_bandMinSample);
        m_bandMinSample->setValue(component->measureMinSample);
    }
    m_base->setCurrentIndex(m_base->findData(core::percentBaseCode(component->base)));
    m_percent->setValue(component->basisPoints);
    m_tierButtons->refresh();
    m_bandButtons->refresh();
}

} // namespace huddle::ui
