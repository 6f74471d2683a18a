#pragma once

#include "core/records.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeView;

namespace huddle::models {
class EvaluationForm;
}

namespace huddle::ui {

// The annotations of the evaluation form: the list (Enter or a double click shows the moment), and a row
// to add one anchored to the transcript line selected on the left or to a moment of the call typed as mm:ss,
// tied to a criterion or to none.
class AnnotationPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setForm(models::EvaluationForm *form);
    void refresh();                   // after the form changed scorecard or editability
    void setSelectedLine(int lineNo); // the transcript's selection; 0: none
    void setCurrentCriterion(int flat);

    QTreeView *list() const { return m_list; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *criterionBox() const { return m_criterion; }
    QRadioButton *lineAnchor() const { return m_atLine; }
    QRadioButton *timeAnchor() const { return m_atTime; }
    QString problem() const;

    // Adds the annotation described by the fields; false, with the reason shown, when it is not valid.
    bool addFromFields();

Q_SIGNALS:
    void annotationActivated(const core::Annotation &annotation);

private:
    QWidget *createFields();
    void removeSelected();
    void showProblem(const QString &problem);
    void activate(const QModelIndex &index);

    models::EvaluationForm *m_form = nullptr;
    QTreeView *m_list;
    QRadioButton *m_atLine;
    QRadioButton *m_atTime;
    QLineEdit *m_time;
    QComboBox *m_criterion;
    QLineEdit *m_note;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    int m_selectedLine = 0;
};

} // namespace huddle::ui
