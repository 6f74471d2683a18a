#pragma once

#include "core/records.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;

namespace huddle::ui {

// An evaluation's answers, one row per criterion (name, weight, critical mark, answer), for an arbitrator
// re-scoring a disputed evaluation. The contested criterion is highlighted; in a dispute of one criterion
// only that one can change.
class CriterionAnswersEdit : public QWidget {
    Q_OBJECT
public:
    explicit CriterionAnswersEdit(QWidget *parent = nullptr);

    // `criteria` and `answers` in flatCriteria() order; `contested` -1 for the whole evaluation.
    void setAnswers(const QList<core::CriterionDefinition> &criteria,
                    const QList<core::CriterionAnswer> &answers, int contested);
    void setEditable(bool editable);
    void restore(); // back to the answers as given
    QList<core::CriterionAnswer> answers() const;
    QComboBox *answerBox(int criterion) const { return m_boxes.value(criterion); }

Q_SIGNALS:
    void answersChanged();

private:
    QComboBox *answerCombo(const core::Criterion &criterion, const core::CriterionAnswer &answer);

    QGridLayout *m_grid;
    QList<QComboBox *> m_boxes;
    QList<core::CriterionAnswer> m_given;
    int m_contested = -1;
};

} // namespace huddle::ui
