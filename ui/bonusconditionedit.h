#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace huddle::ui {

// The condition of a flat component or a gate: measure, comparison, value and minimum sample, read from and
// written to the condition roles (models::BonusPlanRole) of one row of the component or gate table. A
// perfect-CSAT month has no comparison: only its minimum number of responses.
class BonusConditionEdit : public QWidget {
    Q_OBJECT
public:
    explicit BonusConditionEdit(QWidget *parent = nullptr);

    // Any index of the row of `model`; an invalid one: nothing to show.
    void setRow(QAbstractItemModel *model, const QModelIndex &row);
    void refresh(); // after the model changed

    QComboBox *measureBox() const { return m_measure; }
    QComboBox *comparisonBox() const { return m_comparison; }
    QDoubleSpinBox *valueEdit() const { return m_value; }
    QSpinBox *minSampleEdit() const { return m_minSample; }

private:
    void edit(int role, const QVariant &value);

    QAbstractItemModel *m_model = nullptr;
    QPersistentModelIndex m_row;
    QFormLayout *m_form;
    QComboBox *m_measure;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_value;
    QSpinBox *m_minSample;
    QLabel *m_sampleUnit;
    QWidget *m_comparisonRow;
};

} // namespace huddle::ui
