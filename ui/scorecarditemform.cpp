#include "scorecarditemform.h"

#include "models/kpiformat.h"
#include "models/scorecardeditmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace huddle::ui {

using models::ScorecardEditModel;

ScorecardItemForm::ScorecardItemForm(QWidget *parent)
    : QWidget(parent)
    , m_box(new QGroupBox(this))
    , m_name(new QLineEdit(m_box))
    , m_weight(new QDoubleSpinBox(m_box))
    , m_kind(new QComboBox(m_box))
    , m_autoFail(new QCheckBox(tr("A&uto-fail: failing it sets the whole evaluation to 0 %"), m_box))
    , m_naAllowed(new QCheckBox(tr("N/A &allowed"), m_box))
    , m_guideline(new QPlainTextEdit(m_box))
    , m_share(new QLabel(m_box))
{
    m_name->setObjectName(QStringLiteral("itemName"));
    m_weight->setObjectName(QStringLiteral("itemWeight"));
    m_weight->setRange(0.1, 1000);
    m_weight->setDecimals(1);
    m_weight->setSingleStep(1);
    m_kind->setObjectName(QStringLiteral("itemKind"));
    m_kind->addItem(tr("Yes / no"), int(core::CriterionKind::YesNo));
    m_kind->addItem(tr("Scale 1–5"), int(core::CriterionKind::Scale1to5));
    m_autoFail->setObjectName(QStringLiteral("itemAutoFail"));
    m_naAllowed->setObjectName(QStringLiteral("itemNaAllowed"));
    m_guideline->setObjectName(QStringLiteral("itemGuideline"));
    m_guideline->setPlaceholderText(
        tr("What a good answer looks like; shown beside the criterion while scoring."));
    m_guideline->setTabChangesFocus(true);
    m_guideline->setMaximumHeight(m_guideline->fontMetrics().lineSpacing() * 4 + 12);
    m_share->setObjectName(QStringLiteral("itemShare"));
    m_share->setStyleSheet(QStringLiteral("color: palette(mid)"));

    auto *weightRow = new QHBoxLayout;
    weightRow->addWidget(m_weight);
    weightRow->addWidget(m_share, 1);
    auto *form = new QFormLayout(m_box);
    form->addRow(tr("&Name:"), m_name);
    auto *weightLabel = new QLabel(tr("&Weight:"), m_box);
    weightLabel->setBuddy(m_weight);
    form->addRow(weightLabel, weightRow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_autoFail);
    form->addRow(QString(), m_naAllowed);
    form->addRow(tr("&Guideline:"), m_guideline);
    m_criterionOnly = {m_weight,
                       m_share,
                       m_kind,
                       m_autoFail,
                       m_naAllowed,
                       m_guideline,
                       form->labelForField(weightRow),
                       form->labelForField(m_kind),
                       form->labelForField(m_guideline)};
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(ScorecardEditModel::Name, Qt::EditRole, text); });
    connect(m_weight, &QDoubleSpinBox::valueChanged, this,
            [this](double weight) { edit(ScorecardEditModel::Weight, Qt::EditRole, weight); });
    connect(m_kind, &QComboBox::activated, this,
            [this] { edit(ScorecardEditModel::Kind, Qt::EditRole, m_kind->currentData()); });
    connect(m_autoFail, &QCheckBox::toggled, this, [this](bool on) {
        edit(ScorecardEditModel::AutoFail, Qt::CheckStateRole, int(on ? Qt::Checked : Qt::Unchecked));
    });
    connect(m_naAllowed, &QCheckBox::toggled, this, [this](bool on) {
        edit(ScorecardEditModel::NaAllowed, Qt::CheckStateRole, int(on ? Qt::Checked : Qt::Unchecked));
    });
    connect(m_guideline, &QPlainTextEdit::textChanged, this, [this] {
        edit(ScorecardEditModel::Name, ScorecardEditModel::GuidelineRole, m_guideline->toPlainText());
    });
    showItem({});
}

void ScorecardItemForm::setModel(ScorecardEditModel *model)
{
    m_model = model;
    connect(model, &ScorecardEditModel::definitionChanged, this, &ScorecardItemForm::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showItem({}); });
}

void ScorecardItemForm::showItem(const QModelIndex &index)
{
    m_item = index.siblingAtColumn(ScorecardEditModel::Name);
    refresh();
}

void ScorecardItemForm::edit(int column, int role, const QVariant &value)
{
    if (!m_model || !m_item.isValid())
        return;
    m_model->setData(QModelIndex(m_item).siblingAtColumn(column), value, role);
}

void ScorecardItemForm::refresh()
{
    const bool valid = m_model && m_item.isValid();
    m_box->setEnabled(valid);
    const bool section = valid && m_model->isSection(m_item);
    m_box->setTitle(!valid    ? tr("Select a section or a criterion")
                    : section ? tr("Section")
                              : tr("Criterion"));
    for (QWidget *field : std::as_const(m_criterionOnly))
        field->setVisible(!section);
    if (!valid)
        return;
    // The fields show the model; their own change signals must not write it back.
    std::vector<QSignalBlocker> blockers;
    for (QObject *field :
         std::initializer_list<QObject *>{m_name, m_weight, m_kind, m_autoFail, m_naAllowed, m_guideline})
        blockers.emplace_back(field);
    const QModelIndex item = m_item;
    const QString name = item.data(Qt::EditRole).toString();
    if (m_name->text() != name)
        m_name->setText(name);
    if (section)
        return;
    m_weight->setValue(item.siblingAtColumn(ScorecardEditModel::Weight).data(Qt::EditRole).toDouble());
    m_share->setText(
        tr("%1 of the total").arg(item.siblingAtColumn(ScorecardEditModel::Share).data().toString()));
    m_kind->setCurrentIndex(
        m_kind->findData(item.siblingAtColumn(ScorecardEditModel::Kind).data(Qt::EditRole)));
    m_autoFail->setChecked(
        item.siblingAtColumn(ScorecardEditModel::AutoFail).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    m_naAllowed->setChecked(
        item.siblingAtColumn(ScorecardEditModel::NaAllowed).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    const QString guideline = item.data(ScorecardEditModel::GuidelineRole).toString();
    if (m_guideline->toPlainText() != guideline)
        m_guideline->setPlainText(guideline);
}

} // namespace huddle::ui
