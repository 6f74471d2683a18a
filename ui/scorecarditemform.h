#pragma once

#include <QPersistentModelIndex>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace huddle::models {
class ScorecardEditModel;
}

namespace huddle::ui {

// The designer's form for the section or criterion selected in the tree: name, and for a criterion weight,
// kind, auto-fail, N/A allowed and the guideline shown while scoring. Every edit goes to the model (and its
// undo stack); the form follows the model when an edit is undone.
class ScorecardItemForm : public QWidget {
    Q_OBJECT
public:
    explicit ScorecardItemForm(QWidget *parent = nullptr);

    void setModel(models::ScorecardEditModel *model);
    void showItem(const QModelIndex &index);

    QLineEdit *nameEdit() const { return m_name; }
    QDoubleSpinBox *weightEdit() const { return m_weight; }
    QComboBox *kindBox() const { return m_kind; }
    QCheckBox *autoFailBox() const { return m_autoFail; }
    QCheckBox *naAllowedBox() const { return m_naAllowed; }
    QPlainTextEdit *guidelineEdit() const { return m_guideline; }

private:
    void refresh();
    void edit(int column, int role, const QVariant &value);

    models::ScorecardEditModel *m_model = nullptr;
    QPersistentModelIndex m_item;
    QGroupBox *m_box;
    QLineEdit *m_name;
    QDoubleSpinBox *m_weight;
    QComboBox *m_kind;
    QCheckBox *m_autoFail;
    QCheckBox *m_naAllowed;
    QPlainTextEdit *m_guideline;
    QLabel *m_share;
    QList<QWidget *> m_criterionOnly;
};

} // namespace huddle::ui
