#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;

namespace huddle::models {
class BonusPlanEditModel;
}

namespace huddle::ui {

class AmountEdit;
class BonusConditionEdit;

// The form of the gate selected in the plan editor: its condition, and what it does when the condition
// holds (the bonus becomes 0, or is reduced by a percentage or an amount). Edits go to the gate table's
// roles, so each is an undo step.
class BonusGateForm : public QWidget {
    Q_OBJECT
public:
    explicit BonusGateForm(models::BonusPlanEditModel *edit, QWidget *parent = nullptr);

    void showGate(int row); // -1: none
    void refresh();         // after any change of the plan

    BonusConditionEdit *conditionEdit() const { return m_condition; }
    QComboBox *effectBox() const { return m_effect; }
    AmountEdit *valueEdit() const { return m_value; }

private:
    void edit(int role, const QVariant &value);

    models::BonusPlanEditModel *m_edit;
    int m_row = -1;
    QGroupBox *m_box;
    BonusConditionEdit *m_condition;
    QComboBox *m_effect;
    AmountEdit *m_value;
    QLabel *m_valueUnit;
};

} // namespace huddle::ui
