#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace huddle::models {
class EvaluationFormModel;
}

namespace huddle::ui {

class CriterionListView;

// The right side of the evaluation form: the criteria (scored from the keyboard) and, below them, the
// current criterion with its guideline and its comment. C in the list focuses the comment; Enter or Esc
// in the comment goes back to the list.
class CriterionPanel : public QWidget {
    Q_OBJECT
public:
    explicit CriterionPanel(QWidget *parent = nullptr);

    void setFormModel(models::EvaluationFormModel *model);
    CriterionListView *view() const { return m_view; }
    QLineEdit *commentEdit() const { return m_comment; }
    void focusList();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCriterion(int flat);
    void focusComment();
    void refreshComment();

    models::EvaluationFormModel *m_form = nullptr;
    CriterionListView *m_view;
    QLabel *m_title;
    QLabel *m_guideline;
    QLineEdit *m_comment;
    int m_shown = -1;
};

} // namespace huddle::ui
