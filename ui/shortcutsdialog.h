#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <utility>

class QLineEdit;
class QMenuBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace huddle::ui {

// One keyboard shortcut as Help → Keyboard Shortcuts lists it.
struct ShortcutEntry {
    QString where;  // "File", "File › Open Recent", or a page's name
    QString action; // what the keys do, without the menu's accelerator marks
    QKeySequence keys;
};

// A page of the console under its sidebar name.
using NamedPage = std::pair<QString, QWidget *>;

// Every shortcut the window offers: the menu bar's actions (submenus included), then each page's own
// shortcuts (QShortcut objects that describe themselves in whatsThis). Read from the live window, so the
// list cannot drift from what the keys do.
QList<ShortcutEntry> collectShortcuts(const QMenuBar *menus, const QList<NamedPage> &pages);

// Help → Keyboard Shortcuts…: that list, sortable and filtered by text.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
};

} // namespace huddle::ui
