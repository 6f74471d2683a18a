// Help → Keyboard Shortcuts…: the list is read from the live window, so it is checked against the window
// itself — every menu action with keys is listed under its menu, the pages' own shortcuts under their page —
// and no two shortcuts that can fire at the same time share their keys (Qt then fires neither). The dialog
// filters by text and sorts.
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QtTest>

using namespace huddle;

namespace {

// The window's menu actions that have keys, found through the object tree rather than through the menus.
QList<const QAction *> menuActionsWithKeys(const ui::MainWindow &window)
{
    QList<const QAction *> actions;
    for (const QAction *action : window.findChildren<QAction *>()) {
        const auto owners = action->associatedObjects();
        const bool inMenu = std::any_of(owners.begin(), owners.end(), [](const QObject *owner) {
            return qobject_cast<const QMenu *>(owner);
        });
        if (inMenu && !action->shortcut().isEmpty() && !action->menu())
            actions.append(action);
    }
    return actions;
}

bool listed(const QList<ui::ShortcutEntry> &entries, const QString &where, const QString &action,
            const QKeySequence &keys)
{
    return std::any_of(entries.begin(), entries.end(), [&](const ui::ShortcutEntry &entry) {
        return entry.where == where && entry.action == action && entry.keys == keys;
    });
}

QList<ui::NamedPage> pagesOf(const ui::MainWindow &window)
{
    return {{QStringLiteral("Bonus"), window.bonus()},
            {QStringLiteral("Coaching"), window.coaching()},
            {QStringLiteral("Agent view"), window.agentView()}};
}

} // namespace

class TestShortcuts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyMenuActionWithKeysIsListed();
    void pageShortcutsAreListedUnderTheirPage();
    void noTwoShortcutsShareKeys();
    void dialogFiltersAndSorts();
};

void TestShortcuts::everyMenuActionWithKeysIsListed()
{
    ui::MainWindow window;
    const QList<ui::ShortcutEntry> entries = ui::collectShortcuts(window.menuBar(), {});
    const QList<const QAction *> actions = menuActionsWithKeys(window);
    QVERIFY(actions.size() >= 20); // File, View, QA, Settings and Help all have some
    QCOMPARE(entries.size(), actions.size());
    for (const QAction *action : actions) {
        const bool found =
            std::any_of(entries.begin(), entries.end(), [action](const ui::ShortcutEntry &entry) {
                return entry.keys == action->shortcut() && !entry.action.contains(QLatin1Char('&')) &&
                       QString(action->text()).remove(QLatin1Char('&')) == entry.action;
            });
        QVERIFY2(found, qPrintable(action->text()));
    }
    // A few by hand, with the menu they are in and the accelerator marks gone.
    QVERIFY(listed(entries, QStringLiteral("File"), QStringLiteral("Import…"),
                   QKeySequence(Qt::CTRL | Qt::Key_I)));
    QVERIFY(listed(entries, QStringLiteral("File"), QStringLiteral("Audit Trail…"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)));
    QVERIFY(listed(entries, QStringLiteral("View"), QStringLiteral("Dashboard"),
                   QKeySequence(Qt::CTRL | Qt::Key_1)));
    QVERIFY(listed(entries, QStringLiteral("Help"), QStringLiteral("Keyboard Shortcuts…"),
                   QKeySequence(Qt::CTRL | Qt::Key_Slash)));
}

void TestShortcuts::pageShortcutsAreListedUnderTheirPage()
{
    ui::MainWindow window;
    const QList<ui::ShortcutEntry> entries = ui::collectShortcuts(window.menuBar(), pagesOf(window));
    QVERIFY(listed(entries, QStringLiteral("Bonus"), QStringLiteral("Lock the month…"),
                   QKeySequence(Qt::CTRL | Qt::Key_L)));
    QVERIFY(listed(entries, QStringLiteral("Bonus"), QStringLiteral("Compute the month again"),
                   QKeySequence(Qt::Key_F5)));
    QVERIFY(listed(entries, QStringLiteral("Coaching"), QStringLiteral("Plan a coaching session"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)));
    QVERIFY(listed(entries, QStringLiteral("Agent view"),
                   QStringLiteral("Back to the page the agent was opened from"),
                   QKeySequence(QKeySequence::Back)));
}

void TestShortcuts::noTwoShortcutsShareKeys()
{
    ui::MainWindow window;
    QMap<QKeySequence, QString> menuKeys;
    for (const QAction *action : menuActionsWithKeys(window)) {
        const QString other = menuKeys.value(action->shortcut());
        QVERIFY2(other.isEmpty(), qPrintable(QStringLiteral("%1 and %2 share %3")
                                                 .arg(other, action->text(), action->shortcut().toString())));
        menuKeys.insert(action->shortcut(), action->text());
    }
    // A page's own shortcuts are live together with the menus while it is shown: an enabled menu action with
    // the same keys would make both ambiguous. (A menu action disabled on that page, like File → Export
    // Table… on the Bonus page, does not compete.)
    const QList<std::pair<int, QString>> pages{
        {ui::MainWindow::BonusIndex, QStringLiteral("Bonus")},
        {ui::MainWindow::CoachingIndex, QStringLiteral("Coaching")},
        {ui::MainWindow::AgentViewIndex, QStringLiteral("Agent view")}};
    const QList<ui::ShortcutEntry> entries = ui::collectShortcuts(window.menuBar(), pagesOf(window));
    int checked = 0;
    for (const auto &[index, name] : pages) {
        window.showPage(index);
        QSet<QKeySequence> live;
        for (const QAction *action : menuActionsWithKeys(window)) {
            if (action->isEnabled())
                live.insert(action->shortcut());
        }
        for (const ui::ShortcutEntry &entry : entries) {
            if (entry.where != name)
                continue;
            ++checked;
            QVERIFY2(!live.contains(entry.keys), qPrintable(name + QStringLiteral(": ") + entry.action));
        }
    }
    QVERIFY(checked >= 6);
}

void TestShortcuts::dialogFiltersAndSorts()
{
    ui::MainWindow window;
    auto *dialog = qobject_cast<ui::ShortcutsDialog *>(window.openShortcutsDialog());
    QVERIFY(dialog);
    QAbstractItemModel *model = dialog->table()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ui::ShortcutEntry> all = ui::collectShortcuts(window.menuBar(), {});
    QVERIFY(model->rowCount() > all.size()); // the menus and the pages' own

    dialog->filter()->setText(QStringLiteral("dashboard"));
    int expected = 0;
    for (const ui::ShortcutEntry &entry : all)
        expected +=
            (entry.where + entry.action).contains(QLatin1String("dashboard"), Qt::CaseInsensitive) ? 1 : 0;
    QCOMPARE(model->rowCount(), expected);
    QVERIFY(expected >= 4); // the Dashboard page and its three tabs
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, 0).data().toString() + model->index(row, 1).data().toString();
        QVERIFY(text.contains(QLatin1String("dashboard"), Qt::CaseInsensitive));
    }

    dialog->filter()->clear();
    dialog->table()->sortByColumn(1, Qt::AscendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, 1)
                    .data()
                    .toString()
                    .localeAwareCompare(model->index(row, 1).data().toString()) <= 0);
}

HUDDLE_TEST_MAIN("test_ui_shortcuts", TestShortcuts)
#include "tst_shortcuts.moc"
