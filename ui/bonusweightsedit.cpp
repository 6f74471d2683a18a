#include "bonusweightsedit.h"

#include "models/bonusplaneditmodel.h"
#include "models/kpitext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huddle::ui {

BonusWeightsEdit::BonusWeightsEdit(models::BonusPlanEditModel *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_own(new QCheckBox(tr("This plan weighs the &KPIs itself (otherwise the team's KPI plan decides)"),
                          this))
    , m_grid(new QWidget(this))
    , m_sum(new QLabel(this))
{
    m_own->setObjectName(QStringLiteral("ownScoreWeights"));
    connect(m_own, &QCheckBox::clicked, this, [this](bool own) { m_edit->setOwnScoreWeights(own); });
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    for (const core::KpiId kpi : core::AllKpis) {
        const int at = static_cast<int>(kpi);
        auto *spin = new QSpinBox(m_grid);
        spin->setObjectName(QStringLiteral("weight_%1").arg(core::kpiCode(kpi)));
        spin->setRange(0, 100);
        spin->setSuffix(QStringLiteral(" %"));
        connect(spin, &QSpinBox::valueChanged, this,
                [this, kpi](int value) { m_edit->setScoreWeight(kpi, value); });
        auto *label = new QLabel(models::kpiName(kpi), m_grid);
        label->setBuddy(spin);
        // Two columns of four: the eight KPIs fit without scrolling.
        grid->addWidget(label, at % 4, (at / 4) * 2);
        grid->addWidget(spin, at % 4, (at / 4) * 2 + 1);
        m_weights[at] = spin;
    }
    grid->setColumnStretch(4, 1);
    m_sum->setObjectName(QStringLiteral("weightSum"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_own);
    layout->addWidget(m_grid);
    layout->addWidget(m_sum);
    layout->addStretch(1);
}

QString BonusWeightsEdit::sumText() const
{
    return m_sum->text();
}

void BonusWeightsEdit::refresh()
{
    const QMap<core::KpiId, int> &weights = m_edit->plan().scoreWeights;
    const bool own = !weights.isEmpty();
    m_own->setChecked(own);
    m_own->setEnabled(!m_edit->isReadOnly());
    m_grid->setEnabled(own && !m_edit->isReadOnly());
    for (const core::KpiId kpi : core::AllKpis) {
        QSpinBox *spin = weightEdit(kpi);
        const QSignalBlocker blocker(spin);
        spin->setValue(weights.value(kpi, 0));
    }
    const int sum = m_edit->scoreWeightSum();
    m_sum->setVisible(own);
    m_sum->setText(sum == 100
                       ? tr("Weights total %1 %.").arg(QLocale().toString(sum))
                       : tr("Weights total %1 % — they must total 100 %.").arg(QLocale().toString(sum)));
    m_sum->setStyleSheet(sum == 100 ? QString() : QStringLiteral("color: #b3261e; font-weight: bold"));
}

} // namespace huddle::ui
