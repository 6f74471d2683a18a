#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolButton;

namespace huddle::models {
class BonusPlanEditModel;
struct BonusPlanProblem;
} // namespace huddle::models

namespace huddle::ui {

class AmountEdit;
class BonusComponentForm;
class BonusGateForm;
class BonusListButtons;
class BonusWeightsEdit;

// The right side of the bonus plan dialog: the plan's name and optional cap per agent; tabs for the
// components (table with add / remove / move and the selected one's form), the gates (the same) and the
// plan's own score weights; core::BonusPlan::validate's verdict, live; undo and redo.
class BonusPlanEditor : public QWidget {
    Q_OBJECT
public:
    explicit BonusPlanEditor(models::BonusPlanEditModel *edit, QWidget *parent = nullptr);
    ~BonusPlanEditor() override;

    void refresh(); // after any change of the plan
    // Shows where a validation message points: its tab, row and the row of its tier or band.
    void showProblem(const models::BonusPlanProblem &problem);

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *capBox() const { return m_capOn; }
    AmountEdit *capEdit() const { return m_cap; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *componentTable() const { return m_components; }
    QTableView *gateTable() const { return m_gates; }
    BonusComponentForm *componentForm() const { return m_componentForm; }
    BonusGateForm *gateForm() const { return m_gateForm; }
    BonusWeightsEdit *weightsEdit() const { return m_weights; }

private:
    QLayout *createFields();
    QWidget *createComponentsTab();
    QWidget *createGatesTab();
    QWidget *createUndoButtons();
    void refreshValidation();
    void selectRow(QTableView *table, int row);

    models::BonusPlanEditModel *m_edit;
    QLineEdit *m_name;
    QCheckBox *m_capOn;
    AmountEdit *m_cap;
    QTabWidget *m_tabs;
    QTableView *m_components = nullptr;
    BonusListButtons *m_componentButtons = nullptr;
    BonusComponentForm *m_componentForm = nullptr;
    QTableView *m_gates = nullptr;
    BonusListButtons *m_gateButtons = nullptr;
    BonusGateForm *m_gateForm = nullptr;
    BonusWeightsEdit *m_weights;
    QLabel *m_validation;
};

} // namespace huddle::ui
