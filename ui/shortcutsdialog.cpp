#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

// "&Import…" → "Import…"; "Q&&A" → "Q&A".
QString withoutAccelerator(QString text)
{
    static const QChar placeholder(0xE000); // private use: never in a menu's text
    text.replace(QLatin1String("&&"), placeholder);
    text.remove(QLatin1Char('&'));
    text.replace(placeholder, QLatin1Char('&'));
    return text;
}

void collectMenu(const QMenu *menu, const QString &where, QList<ShortcutEntry> &out)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), where + QStringLiteral(" › ") + withoutAccelerator(action->text()),
                        out);
            continue;
        }
        if (!action->isSeparator() && !action->shortcut().isEmpty())
            out.append({where, withoutAccelerator(action->text()), action->shortcut()});
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QMenuBar *menus, const QList<NamedPage> &pages)
{
    QList<ShortcutEntry> shortcuts;
    for (const QAction *top : menus->actions()) {
        if (top->menu())
            collectMenu(top->menu(), withoutAccelerator(top->text()), shortcuts);
    }
    for (const auto &[name, page] : pages) {
        for (const QShortcut *shortcut : page->findChildren<QShortcut *>()) {
            if (!shortcut->whatsThis().isEmpty())
                shortcuts.append({name, shortcut->whatsThis(), shortcut->key()});
        }
    }
    return shortcuts;
}

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(0, 3, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    for (const ShortcutEntry &entry : shortcuts) {
        QList<QStandardItem *> row{new QStandardItem(entry.where), new QStandardItem(entry.action),
                                   new QStandardItem(entry.keys.toString(QKeySequence::NativeText))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1); // any column
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // menu order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    m_filter->setPlaceholderText(tr("Filter by menu, action or keys (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_filter,
            [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace huddle::ui
