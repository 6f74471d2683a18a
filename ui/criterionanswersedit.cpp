#include "criterionanswersedit.h"

#include "models/disputetext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace huddle::ui {

namespace {

// A combo item's data: the points, or NotApplicable.
constexpr int NotApplicable = -2;

int answerKey(const core::CriterionAnswer &answer)
{
    return answer.notApplicable ? NotApplicable : answer.points;
}

core::CriterionAnswer answerOfKey(int key)
{
    return key == NotApplicable ? core::CriterionAnswer{true, 0} : core::CriterionAnswer{false, key};
}

QString weightText(const core::Criterion &criterion)
{
    const QString weight = CriterionAnswersEdit::tr("weight %1").arg(QLocale().toString(criterion.weight));
    return criterion.autoFail ? CriterionAnswersEdit::tr("%1 · critical").arg(weight) : weight;
}

} // namespace

CriterionAnswersEdit::CriterionAnswersEdit(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(0, 1);
}

void CriterionAnswersEdit::setAnswers(const QList<core::CriterionDefinition> &criteria,
                                      const QList<core::CriterionAnswer> &answers, int contested)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_boxes.clear();
    m_given = answers;
    m_contested = contested;
    for (int i = 0; i < criteria.size() && i < answers.size(); ++i) {
        const core::CriterionDefinition &definition = criteria[i];
        auto *name = new QLabel(definition.name, this);
        name->setToolTip(definition.guideline);
        if (i == contested) {
            name->setText(tr("%1 (contested)").arg(definition.name));
            name->setStyleSheet(QStringLiteral("font-weight: bold; background: #fff0b3; padding: 2px"));
        }
        QComboBox *box = answerCombo(definition.criterion, answers[i]);
        box->setAccessibleName(definition.name);
        name->setBuddy(box);
        m_grid->addWidget(name, i, 0);
        m_grid->addWidget(new QLabel(weightText(definition.criterion), this), i, 1);
        m_grid->addWidget(box, i, 2);
        m_boxes << box;
    }
    setEditable(true);
}

QComboBox *CriterionAnswersEdit::answerCombo(const core::Criterion &criterion,
                                             const core::CriterionAnswer &answer)
{
    auto *box = new QComboBox(this);
    QList<core::CriterionAnswer> choices = models::answerChoices(criterion);
    if (answer.notApplicable && !criterion.naAllowed)
        choices.append(answer); // as scored, even where the scorecard no longer allows it
    for (const core::CriterionAnswer &choice : choices)
        box->addItem(models::answerText(criterion, choice), answerKey(choice));
    box->setCurrentIndex(std::max(0, box->findData(answerKey(answer))));
    connect(box, &QComboBox::currentIndexChanged, this, &CriterionAnswersEdit::answersChanged);
    return box;
}

void CriterionAnswersEdit::setEditable(bool editable)
{
    for (int i = 0; i < m_boxes.size(); ++i)
        m_boxes[i]->setEnabled(editable && (m_contested < 0 || m_contested == i));
}

void CriterionAnswersEdit::restore()
{
    for (int i = 0; i < m_boxes.size(); ++i) {
        const QSignalBlocker blocker(m_boxes[i]);
        m_boxes[i]->setCurrentIndex(std::max(0, m_boxes[i]->findData(answerKey(m_given[i]))));
    }
    Q_EMIT answersChanged();
}

QList<core::CriterionAnswer> CriterionAnswersEdit::answers() const
{
    QList<core::CriterionAnswer> result;
    for (const QComboBox *box : m_boxes)
        result << answerOfKey(box->currentData().toInt());
    return result;
}

} // namespace huddle::ui
