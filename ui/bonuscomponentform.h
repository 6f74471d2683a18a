#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace huddle::models {
class BonusPlanEditModel;
}

namespace huddle::ui {

class AmountEdit;
class BonusConditionEdit;
class BonusListButtons;

// The form of the component selected in the plan editor, by kind: flat (a condition and an amount), per sale
// by tier (the tier table and the amount for other tiers), tiered by band (measure, minimum sample, bands)
// or a percentage of a base. Edits go to the component table's roles, so each is an undo step; the form
// follows the model when one is undone.
class BonusComponentForm : public QWidget {
    Q_OBJECT
public:
    explicit BonusComponentForm(models::BonusPlanEditModel *edit, QWidget *parent = nullptr);

    void showComponent(int row); // -1: none
    void refresh();              // after any change of the plan

    QComboBox *kindBox() const { return m_kind; }
    BonusConditionEdit *conditionEdit() const { return m_condition; }
    AmountEdit *amountEdit() const { return m_amount; }
    QTableView *tierTable() const { return m_tiers; }
    AmountEdit *otherTierEdit() const { return m_otherTier; }
    QComboBox *bandMeasureBox() const { return m_bandMeasure; }
    QSpinBox *bandMinSampleEdit() const { return m_bandMinSample; }
    QTableView *bandTable() const { return m_bands; }
    QComboBox *baseBox() const { return m_base; }
    AmountEdit *percentEdit() const { return m_percent; }

private:
    QWidget *createFlatPage();
    QWidget *createPerUnitPage();
    QWidget *createTieredPage();
    QWidget *createPercentPage();
    void edit(int role, const QVariant &value);

    models::BonusPlanEditModel *m_edit;
    int m_row = -1;
    QGroupBox *m_box;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    BonusConditionEdit *m_condition = nullptr;
    AmountEdit *m_amount = nullptr;
    QTableView *m_tiers = nullptr;
    BonusListButtons *m_tierButtons = nullptr;
    AmountEdit *m_otherTier = nullptr;
    QComboBox *m_bandMeasure = nullptr;
    QSpinBox *m_bandMinSample = nullptr;
    QTableView *m_bands = nullptr;
    BonusListButtons *m_bandButtons = nullptr;
    QComboBox *m_base = nullptr;
    AmountEdit *m_percent = nullptr;
};

} // namespace huddle::ui
