#include "bonusconditionedit.h"

#include "models/bonusplanroles.h"
#include "models/bonusplantext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace huddle::ui {

using models::BonusPlanText;

BonusConditionEdit::BonusConditionEdit(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_measure(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_minSample(new QSpinBox(this))
    , m_sampleUnit(new QLabel(this))
    , m_comparisonRow(new QWidget(this))
{
    m_measure->setObjectName(QStringLiteral("conditionMeasure"));
    for (const QString &code : core::bonusMeasureCodes())
        m_measure->addItem(BonusPlanText::measureName(code), code);
    m_comparison->setObjectName(QStringLiteral("conditionComparison"));
    for (const core::Comparison comparison : {core::Comparison::AtLeast, core::Comparison::AtMost,
                                              core::Comparison::Below, core::Comparison::Above})
        m_comparison->addItem(BonusPlanText::comparisonName(comparison), core::comparisonCode(comparison));
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_value->setRange(-1e9, 1e9);
    m_value->setDecimals(2);
    m_minSample->setObjectName(QStringLiteral("conditionMinSample"));
    m_minSample->setRange(0, 1000000);
    m_minSample->setToolTip(tr("Below this sample the condition does not hold, and the report says why."));

    auto *comparisonLayout = new QHBoxLayout(m_comparisonRow);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    comparisonLayout->addWidget(m_comparison);
    comparisonLayout->addWidget(m_value);
    comparisonLayout->addStretch(1);
    auto *sample = new QHBoxLayout;
    sample->addWidget(m_minSample);
    sample->addWidget(m_sampleUnit, 1);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->addRow(tr("&Measure:"), m_measure);
    m_form->addRow(tr("&Holds when:"), m_comparisonRow);
    auto *sampleLabel = new QLabel(tr("Minimum samp&le:"), this);
    sampleLabel->setBuddy(m_minSample);
    m_form->addRow(sampleLabel, sample);

    connect(m_measure, &QComboBox::activated, this,
            [this] { edit(models::ConditionMeasureRole, m_measure->currentData()); });
    connect(m_comparison, &QComboBox::activated, this,
            [this] { edit(models::ConditionComparisonRole, m_comparison->currentData()); });
    connect(m_value, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { edit(models::ConditionValueRole, value); });
    connect(m_minSample, &QSpinBox::valueChanged, this,
            [this](int value) { edit(models::ConditionMinSampleRole, value); });
}

void BonusConditionEdit::setRow(QAbstractItemModel *model, const QModelIndex &row)
{
    m_model = model;
    m_row = row;
    refresh();
}

void BonusConditionEdit::edit(int role, const QVariant &value)
{
    if (m_model && m_row.isValid())
        m_model->setData(m_row, value, role);
}

void BonusConditionEdit::refresh()
{
    if (!m_row.isValid())
        return;
    const QString code = m_row.data(models::ConditionMeasureRole).toString();
    const QSignalBlocker blockValue(m_value);
    const QSignalBlocker blockSample(m_minSample);
    m_measure->setCurrentIndex(m_measure->findData(code));
    m_comparison->setCurrentIndex(m_comparison->findData(m_row.data(models::ConditionComparisonRole)));
    m_value->setValue(m_row.data(models::ConditionValueRole).toDouble());
    m_minSample->setValue(m_row.data(models::ConditionMinSampleRole).toInt());
    const auto measure = core::bonusMeasureFromCode(code);
    m_sampleUnit->setText(measure ? BonusPlanText::sampleName(*measure) : QString());
    // A perfect-CSAT month is judged on its responses alone.
    m_form->setRowVisible(m_comparisonRow, !measure || measure->metric != core::BonusMetric::PerfectCsat);
}

} // namespace huddle::ui
