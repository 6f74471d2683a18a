#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace huddle::models {
class ScorecardEditModel;
}

namespace huddle::ui {

class ScorecardItemForm;

// The right side of the scorecard designer: the scorecard's name, purpose, channel and description; its
// sections and criteria as a tree with add / remove / move (Insert, Delete, Alt+Up, Alt+Down on the tree)
// and undo / redo; the form of the selected item; and core::validateScorecard's verdict, live.
class ScorecardEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScorecardEditor(models::ScorecardEditModel *model, QWidget *parent = nullptr);
    ~ScorecardEditor() override;

    QTreeView *tree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    void refresh(); // after any change of the model

private:
    QLayout *createFields();
    QWidget *createTreeButtons();
    void addTreeShortcuts();
    void refreshFields();
    void refreshValidation();
    void selectInTree(const QModelIndex &index);

    models::ScorecardEditModel *m_model;
    QLineEdit *m_name;
    QComboBox *m_purpose;
    QComboBox *m_channel;
    QLineEdit *m_description;
    QTreeView *m_tree;
    ScorecardItemForm *m_itemForm;
    QToolButton *m_remove = nullptr;
    QToolButton *m_moveUp = nullptr;
    QToolButton *m_moveDown = nullptr;
    QLabel *m_validation;
};

} // namespace huddle::ui
