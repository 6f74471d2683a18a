#include "scorecardeditor.h"

#include "models/qatext.h"
#include "models/scorecardeditmodel.h"
#include "models/scorecardlistmodel.h"
#include "scorecarditemform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

using models::ScorecardEditModel;

namespace {

QToolButton *toolButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ScorecardEditor::ScorecardEditor(ScorecardEditModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_name(new QLineEdit(this))
    , m_purpose(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_itemForm(new ScorecardItemForm(this))
    , m_validation(new QLabel(this))
{
    m_tree->setObjectName(QStringLiteral("scorecardTree"));
    m_tree->setAccessibleName(tr("Sections and criteria"));
    m_tree->setModel(model);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ScorecardEditModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(model, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_tree->expandAll();
    });
    m_itemForm->setModel(model);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_itemForm->showItem(current);
                refresh();
            });
    m_validation->setObjectName(QStringLiteral("scorecardValidation"));
    m_validation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createFields());
    layout->addWidget(createTreeButtons());
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_itemForm);
    layout->addWidget(m_validation);
    addTreeShortcuts();
}

ScorecardEditor::~ScorecardEditor()
{
    // The children outlive this part of the object: what they signal while being destroyed must not reach it.
    m_tree->selectionModel()->disconnect(this);
}

QLayout *ScorecardEditor::createFields()
{
    m_name->setObjectName(QStringLiteral("scorecardName"));
    m_purpose->setObjectName(QStringLiteral("scorecardPurpose"));
    for (core::ScorecardPurpose purpose : {core::ScorecardPurpose::Qa, core::ScorecardPurpose::Peer})
        m_purpose->addItem(models::purposeText(purpose), int(purpose));
    m_channel->setObjectName(QStringLiteral("scorecardChannel"));
    m_channel->addItem(tr("Any channel"), QVariant());
    for (core::Channel channel :
         {core::Channel::Call, core::Channel::Chat, core::Channel::Email, core::Channel::Ticket})
        m_channel->addItem(models::channelText(channel), int(channel));
    m_description->setObjectName(QStringLiteral("scorecardDescription"));
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setField(ScorecardEditModel::Field::Name, text); });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_model->setField(ScorecardEditModel::Field::Description, text); });
    connect(m_purpose, &QComboBox::activated, this,
            [this] { m_model->setField(ScorecardEditModel::Field::Purpose, m_purpose->currentData()); });
    connect(m_channel, &QComboBox::activated, this,
            [this] { m_model->setField(ScorecardEditModel::Field::Channel, m_channel->currentData()); });

    auto *kind = new QHBoxLayout;
    kind->addWidget(m_purpose);
    kind->addWidget(new QLabel(tr("for"), this));
    kind->addWidget(m_channel);
    kind->addStretch(1);
    auto *purposeLabel = new QLabel(tr("&Purpose:"), this);
    purposeLabel->setBuddy(m_purpose);
    auto *fields = new QFormLayout;
    fields->addRow(tr("Na&me:"), m_name);
    fields->addRow(purposeLabel, kind);
    fields->addRow(tr("&Description:"), m_description);
    return fields;
}

QWidget *ScorecardEditor::createTreeButtons()
{
    auto *row = new QWidget(this);
    auto *addSection = toolButton(tr("Add section"), QStringLiteral("addSection"), row);
    auto *addCriterion = toolButton(tr("Add criterion"), QStringLiteral("addCriterion"), row);
    m_remove = toolButton(tr("Remove"), QStringLiteral("removeItem"), row);
    m_moveUp = toolButton(tr("Move up"), QStringLiteral("moveUp"), row);
    m_moveDown = toolButton(tr("Move down"), QStringLiteral("moveDown"), row);
    addCriterion->setToolTip(tr("After the selected criterion (Insert)"));
    m_remove->setToolTip(tr("Remove the selected section or criterion (Delete)"));
    m_moveUp->setToolTip(tr("Alt+Up"));
    m_moveDown->setToolTip(tr("Alt+Down"));
    connect(addSection, &QToolButton::clicked, this, [this] { selectInTree(m_model->addSection()); });
    connect(addCriterion, &QToolButton::clicked, this,
            [this] { selectInTree(m_model->addCriterion(m_tree->currentIndex())); });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_model->removeItem(m_tree->currentIndex()); });
    connect(m_moveUp, &QToolButton::clicked, this,
            [this] { selectInTree(m_model->moveItem(m_tree->currentIndex(), -1)); });
    connect(m_moveDown, &QToolButton::clicked, this,
            [this] { selectInTree(m_model->moveItem(m_tree->currentIndex(), 1)); });
    auto *undo = toolButton(tr("Undo"), QStringLiteral("undoScorecard"), row);
    auto *redo = toolButton(tr("Redo"), QStringLiteral("redoScorecard"), row);
    undo->setToolTip(tr("Ctrl+Z"));
    redo->setToolTip(tr("Ctrl+Shift+Z"));
    QUndoStack *stack = m_model->undoStack();
    connect(undo, &QToolButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QToolButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QToolButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QToolButton::setEnabled);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {addSection, addCriterion, m_remove, m_moveUp, m_moveDown})
        layout->addWidget(button);
    layout->addStretch(1);
    layout->addWidget(undo);
    layout->addWidget(redo);
    return row;
}

void ScorecardEditor::addTreeShortcuts()
{
    // On the tree only, so that Delete still deletes text in a field.
    const auto onTree = [this](const QKeySequence &keys, auto slot) {
        new QShortcut(keys, m_tree, slot, Qt::WidgetShortcut);
    };
    onTree(QKeySequence::Delete, [this] { m_model->removeItem(m_tree->currentIndex()); });
    onTree(QKeySequence(Qt::Key_Insert),
           [this] { selectInTree(m_model->addCriterion(m_tree->currentIndex())); });
    onTree(QKeySequence(Qt::ALT | Qt::Key_Up),
           [this] { selectInTree(m_model->moveItem(m_tree->currentIndex(), -1)); });
    onTree(QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { selectInTree(m_model->moveItem(m_tree->currentIndex(), 1)); });
}

void ScorecardEditor::refresh()
{
    refreshFields();
    refreshValidation();
    const QModelIndex current = m_tree->currentIndex();
    m_remove->setEnabled(m_model->canRemove(current));
    m_moveUp->setEnabled(m_model->canMove(current, -1));
    m_moveDown->setEnabled(m_model->canMove(current, 1));
}

void ScorecardEditor::refreshFields()
{
    const core::ScorecardDefinition &d = m_model->definition();
    if (m_name->text() != d.name) // not while typing: the cursor would jump
        m_name->setText(d.name);
    if (m_description->text() != d.description)
        m_description->setText(d.description);
    m_purpose->setCurrentIndex(m_purpose->findData(int(d.purpose)));
    m_channel->setCurrentIndex(d.channel ? m_channel->findData(int(*d.channel)) : 0);
}

void ScorecardEditor::refreshValidation()
{
    const core::Status valid = m_model->validation();
    qsizetype criteria = 0;
    for (const core::ScorecardSection &section : m_model->definition().sections)
        criteria += section.criteria.size();
    m_validation->setText(valid ? tr("✔ Valid: %1 criteria in %2 sections.")
                                      .arg(QLocale().toString(criteria),
                                           QLocale().toString(m_model->definition().sections.size()))
                                : tr("✘ %1").arg(valid.error().toString()));
    m_validation->setStyleSheet(valid ? QStringLiteral("color: #1e7b34") : QStringLiteral("color: #b3261e"));
}

void ScorecardEditor::selectInTree(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

} // namespace huddle::ui
