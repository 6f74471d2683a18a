#pragma once

#include <QWidget>

class QAbstractItemView;
class QToolButton;

namespace huddle::models {
class BonusPlanTableModel;
}

namespace huddle::ui {

// Add, remove and (optionally) move up / down for one table of the bonus plan editor, acting on the view's
// current row and selecting what they add or move. Buttons are named `prefix` + "Add", "Remove", "Up",
// "Down" (for tests and screen readers), and are disabled where they cannot act (read-only plan, no row).
class BonusListButtons : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString add;
        QString remove;
    };

    BonusListButtons(models::BonusPlanTableModel *model, QAbstractItemView *view, const QString &prefix,
                     const Texts &texts, bool withMoves, QWidget *parent = nullptr);

    void refresh();

private:
    QToolButton *addButton(const QString &text, const QString &name, void (BonusListButtons::*action)());
    void add();
    void remove();
    void moveUp() { move(-1); }
    void moveDown() { move(1); }
    void move(int step);
    int currentRow() const;
    void select(int row);

    models::BonusPlanTableModel *m_model;
    QAbstractItemView *m_view;
    QString m_prefix;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

} // namespace huddle::ui
