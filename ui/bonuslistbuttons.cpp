#include "bonuslistbuttons.h"

#include "models/bonusplantablemodel.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QToolButton>

namespace huddle::ui {

BonusListButtons::BonusListButtons(models::BonusPlanTableModel *model, QAbstractItemView *view,
                                   const QString &prefix, const Texts &texts, bool withMoves, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(view)
    , m_prefix(prefix)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_add = addButton(texts.add, QStringLiteral("Add"), &BonusListButtons::add);
    m_remove = addButton(texts.remove, QStringLiteral("Remove"), &BonusListButtons::remove);
    if (withMoves) {
        m_up = addButton(tr("Move up"), QStringLiteral("Up"), &BonusListButtons::moveUp);
        m_down = addButton(tr("Move down"), QStringLiteral("Down"), &BonusListButtons::moveDown);
    }
    layout->addStretch(1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BonusListButtons::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BonusListButtons::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BonusListButtons::refresh);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &BonusListButtons::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BonusListButtons::refresh);
    refresh();
}

QToolButton *BonusListButtons::addButton(const QString &text, const QString &name,
                                         void (BonusListButtons::*action)())
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setObjectName(m_prefix + name);
    layout()->addWidget(button);
    connect(button, &QToolButton::clicked, this, action);
    return button;
}

int BonusListButtons::currentRow() const
{
    return m_view->currentIndex().row();
}

void BonusListButtons::add()
{
    select(m_model->addRow(currentRow()));
}

void BonusListButtons::remove()
{
    const int row = currentRow();
    if (row >= 0 && m_model->removeRows(row, 1))
        select(std::min(row, m_model->rowCount() - 1));
}

void BonusListButtons::move(int step)
{
    select(m_model->moveRow(currentRow(), step));
}

void BonusListButtons::refresh()
{
    const int row = currentRow();
    m_add->setEnabled(m_model->editable());
    m_remove->setEnabled(m_model->editable() && row >= 0 && row < m_model->rowCount());
    if (m_up) {
        m_up->setEnabled(m_model->canMove(row, -1));
        m_down->setEnabled(m_model->canMove(row, 1));
    }
}

void BonusListButtons::select(int row)
{
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
}

} // namespace huddle::ui
