#pragma once

#include <QTreeView>

namespace huddle::models {
class EvaluationFormModel;
}

namespace huddle::ui {

// The criteria of the evaluation form, scored from the keyboard: Up/Down (or K/J) move between criteria,
// Y / N answer yes/no, 1–5 answer a scale, A or 0 is N/A where allowed, Enter jumps to the next unanswered
// criterion and C asks for the current criterion's comment. Section rows are passed over.
class CriterionListView : public QTreeView {
    Q_OBJECT
public:
    explicit CriterionListView(QWidget *parent = nullptr);

    void setFormModel(models::EvaluationFormModel *model);
    int currentCriterion() const; // flat index; -1 when none
    void setCurrentCriterion(int flat);

    // What the scoring keys do, for the help line under the form.
    static QString keyHelp();

Q_SIGNALS:
    void currentCriterionChanged(int flat);
    void commentRequested();
    void answerRefused(const QString &why); // a key the current criterion does not take

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    bool answerWithKey(int key);
    void moveBy(int step);

    models::EvaluationFormModel *m_form = nullptr;
};

} // namespace huddle::ui
