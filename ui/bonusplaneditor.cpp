#include "bonusplaneditor.h"

#include "amountedit.h"
#include "bonuscomponentform.h"
#include "bonusgateform.h"
#include "bonuslistbuttons.h"
#include "bonustable.h"
#include "bonusweightsedit.h"
#include "models/bonuscomponentmodel.h"
#include "models/bonusgatemodel.h"
#include "models/bonusplaneditmodel.h"
#include "models/bonustierratemodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

using models::BonusPlanProblem;

namespace {

enum Tab { ComponentsTab, GatesTab, WeightsTab };

} // namespace

BonusPlanEditor::BonusPlanEditor(models::BonusPlanEditModel *edit, QWidget *parent)
    : QWidget(parent)
    , m_edit(edit)
    , m_name(new QLineEdit(this))
    , m_capOn(new QCheckBox(tr("&Cap per agent:"), this))
    , m_cap(new AmountEdit(AmountEdit::Unit::Cents, this))
    , m_tabs(new QTabWidget(this))
    , m_weights(new BonusWeightsEdit(edit, this))
    , m_validation(new QLabel(this))
{
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(createComponentsTab(), tr("Com&ponents"));
    m_tabs->addTab(createGatesTab(), tr("&Gates"));
    m_tabs->addTab(m_weights, tr("Score &weights"));
    m_validation->setObjectName(QStringLiteral("planValidation"));
    m_validation->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_validation, 1);
    bottom->addWidget(createUndoButtons());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createFields());
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    connect(m_edit, &models::BonusPlanEditModel::planChanged, this, &BonusPlanEditor::refresh);
    refresh();
}

BonusPlanEditor::~BonusPlanEditor()
{
    // The children outlive this part of the object: what they signal while being destroyed must not reach it.
    m_components->selectionModel()->disconnect(this);
    m_gates->selectionModel()->disconnect(this);
}

QLayout *BonusPlanEditor::createFields()
{
    m_name->setObjectName(QStringLiteral("planName"));
    connect(m_name, &QLineEdit::textEdited, m_edit, &models::BonusPlanEditModel::setName);
    m_capOn->setObjectName(QStringLiteral("capOn"));
    m_capOn->setToolTip(tr("The most an agent can earn in a month, after the gates."));
    m_cap->setObjectName(QStringLiteral("capAmount"));
    connect(m_capOn, &QCheckBox::clicked, this, [this](bool on) {
        m_edit->setCap(on ? std::optional<core::Cents>(m_cap->value().value_or(0)) : std::nullopt);
    });
    connect(m_cap, &AmountEdit::valueEdited, this, [this](qint64 cents) { m_edit->setCap(cents); });
    auto *nameLabel = new QLabel(tr("Plan n&ame:"), this);
    nameLabel->setBuddy(m_name);
    auto *row = new QHBoxLayout;
    row->addWidget(nameLabel);
    row->addWidget(m_name, 1);
    row->addSpacing(12);
    row->addWidget(m_capOn);
    row->addWidget(m_cap);
    return row;
}

QWidget *BonusPlanEditor::createComponentsTab()
{
    auto *page = new QWidget(this);
    m_components = makeBonusTable(m_edit->components(), QStringLiteral("componentTable"), tr("Components"),
                                  models::BonusComponentModel::Summary, page);
    m_componentButtons = new BonusListButtons(m_edit->components(), m_components, QStringLiteral("component"),
                                              {tr("Add component"), tr("Remove")}, true, page);
    m_componentForm = new BonusComponentForm(m_edit, page);
    connect(m_components->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_componentForm->showComponent(current.row()); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_components, 2);
    layout->addWidget(m_componentButtons);
    layout->addWidget(m_componentForm, 3);
    return page;
}

QWidget *BonusPlanEditor::createGatesTab()
{
    auto *page = new QWidget(this);
    m_gates = makeBonusTable(m_edit->gates(), QStringLiteral("gateTable"), tr("Gates"),
                             models::BonusGateModel::Condition, page);
    m_gateButtons = new BonusListButtons(m_edit->gates(), m_gates, QStringLiteral("gate"),
                                         {tr("Add gate"), tr("Remove")}, true, page);
    m_gateForm = new BonusGateForm(m_edit, page);
    connect(m_gates->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_gateForm->showGate(current.row()); });
    auto *hint =
        new QLabel(tr("Gates apply in this order to the components' total; a gate that sets the bonus "
                      "to 0 ends the chain."),
                   page);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(m_gates, 2);
    layout->addWidget(m_gateButtons);
    layout->addWidget(m_gateForm, 3);
    return page;
}

QWidget *BonusPlanEditor::createUndoButtons()
{
    auto *row = new QWidget(this);
    auto *undo = new QToolButton(row);
    undo->setText(tr("Undo"));
    undo->setObjectName(QStringLiteral("undoPlan"));
    undo->setToolTip(tr("Ctrl+Z"));
    auto *redo = new QToolButton(row);
    redo->setText(tr("Redo"));
    redo->setObjectName(QStringLiteral("redoPlan"));
    redo->setToolTip(tr("Ctrl+Shift+Z"));
    QUndoStack *stack = m_edit->undoStack();
    connect(undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QToolButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QToolButton::setEnabled);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(undo);
    layout->addWidget(redo);
    return row;
}

void BonusPlanEditor::refresh()
{
    const core::BonusPlan &plan = m_edit->plan();
    const bool editable = !m_edit->isReadOnly();
    if (m_name->text() != plan.name) // not while typing: the cursor would jump
        m_name->setText(plan.name);
    m_name->setReadOnly(!editable);
    m_capOn->setChecked(plan.cap.has_value());
    m_capOn->setEnabled(editable);
    m_cap->setEnabled(editable && plan.cap.has_value());
    if (plan.cap)
        m_cap->setValue(*plan.cap);
    else
        m_cap->clear();
    m_tabs->setTabText(ComponentsTab, tr("Com&ponents (%L1)").arg(plan.components.size()));
    m_tabs->setTabText(GatesTab, tr("&Gates (%L1)").arg(plan.gates.size()));
    if (!m_components->currentIndex().isValid() && !plan.components.isEmpty())
        selectRow(m_components, 0);
    if (!m_gates->currentIndex().isValid() && !plan.gates.isEmpty())
        selectRow(m_gates, 0);
    m_componentForm->showComponent(m_components->currentIndex().row());
    m_gateForm->showGate(m_gates->currentIndex().row());
    m_componentButtons->refresh();
    m_gateButtons->refresh();
    m_weights->refresh();
    refreshValidation();
}

void BonusPlanEditor::refreshValidation()
{
    const core::Status valid = m_edit->validation();
    m_validation->setText(valid ? tr("✔ The plan is valid.") : tr("✘ %1").arg(valid.error().toString()));
    m_validation->setStyleSheet(valid ? QStringLiteral("color: #1e7b34") : QStringLiteral("color: #b3261e"));
}

void BonusPlanEditor::selectRow(QTableView *table, int row)
{
    if (row < 0 || row >= table->model()->rowCount())
        return;
    table->setCurrentIndex(table->model()->index(row, 0));
    table->scrollTo(table->currentIndex());
}

void BonusPlanEditor::showProblem(const BonusPlanProblem &problem)
{
    switch (problem.part) {
    case BonusPlanProblem::Part::Component:
        m_tabs->setCurrentIndex(ComponentsTab);
        selectRow(m_components, problem.row);
        if (problem.detail == BonusPlanProblem::Detail::TierRate)
            selectRow(m_componentForm->tierTable(), problem.detailRow);
        else if (problem.detail == BonusPlanProblem::Detail::Band)
            selectRow(m_componentForm->bandTable(), problem.detailRow);
        return;
    case BonusPlanProblem::Part::Gate:
        m_tabs->setCurrentIndex(GatesTab);
        selectRow(m_gates, problem.row);
        return;
    case BonusPlanProblem::Part::ScoreWeights:
        m_tabs->setCurrentIndex(WeightsTab);
        return;
    case BonusPlanProblem::Part::Cap:
        m_cap->setFocus();
        return;
    case BonusPlanProblem::Part::Name:
        m_name->setFocus();
        return;
    case BonusPlanProblem::Part::None:
        return;
    }
}

} // namespace huddle::ui
