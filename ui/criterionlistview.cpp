#include "criterionlistview.h"

#include "models/evaluationformmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace huddle::ui {

namespace {

// A scoring key: not one (empty), or the answer it gives a criterion of that kind — which may still be one
// the criterion does not take (Y on a scale, 3 on a yes/no, N/A where it is not allowed).
struct ScoringKey {
    bool isScoringKey = false;
    std::optional<core::CriterionAnswer> answer;
};

ScoringKey scoringKey(int key, core::CriterionKind kind)
{
    const bool yesNo = kind == core::CriterionKind::YesNo;
    switch (key) {
    case Qt::Key_Y:
    case Qt::Key_N:
        return {true,
                yesNo ? std::optional(core::CriterionAnswer{false, key == Qt::Key_Y ? 1 : 0}) : std::nullopt};
    case Qt::Key_A:
    case Qt::Key_0:
        return {true, core::CriterionAnswer{true, 0}};
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
    case Qt::Key_5:
        return {true, yesNo ? std::nullopt : std::optional(core::CriterionAnswer{false, key - Qt::Key_0})};
    default:
        return {};
    }
}

QString acceptedKeys(const core::Criterion &criterion)
{
    const QString answers = criterion.kind == core::CriterionKind::YesNo ? CriterionListView::tr("Y or N")
                                                                         : CriterionListView::tr("1 to 5");
    return criterion.naAllowed ? CriterionListView::tr("%1, or A for N/A").arg(answers)
                               : CriterionListView::tr("%1 (N/A is not allowed)").arg(answers);
}

} // namespace

CriterionListView::CriterionListView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("criteria"));
    setAccessibleName(tr("Criteria"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // answers come from the scoring keys
    setToolTip(keyHelp());
}

void CriterionListView::setFormModel(models::EvaluationFormModel *model)
{
    m_form = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    expandAll();
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(models::EvaluationFormModel::Name, QHeaderView::Stretch);
    for (int column : {models::EvaluationFormModel::Weight, models::EvaluationFormModel::Critical,
                       models::EvaluationFormModel::Answer})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(models::EvaluationFormModel::Comment, QHeaderView::Stretch);
}

int CriterionListView::currentCriterion() const
{
    return m_form ? m_form->flatIndex(currentIndex()) : -1;
}

void CriterionListView::setCurrentCriterion(int flat)
{
    if (!m_form || flat < 0 || flat >= m_form->criterionCount())
        return;
    const QModelIndex index = m_form->criterionIndex(flat);
    setCurrentIndex(index);
    scrollTo(index);
}

QString CriterionListView::keyHelp()
{
    return tr("Keys: ↑/↓ or K/J move · Y/N yes or no · 1–5 scale · A or 0 N/A · Enter next unanswered · "
              "C comment · Ctrl+Z undo · Ctrl+S save draft · Ctrl+Enter publish");
}

void CriterionListView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (!m_form || !plain) {
        QTreeView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_K:
        moveBy(-1);
        return;
    case Qt::Key_Down:
    case Qt::Key_J:
        moveBy(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const int next = m_form->nextUnanswered(currentCriterion()); next >= 0)
            setCurrentCriterion(next);
        return;
    case Qt::Key_C:
        Q_EMIT commentRequested();
        return;
    default:
        break;
    }
    if (answerWithKey(event->key()))
        return;
    QTreeView::keyPressEvent(event);
}

bool CriterionListView::answerWithKey(int key)
{
    const int flat = currentCriterion();
    if (flat < 0)
        return false;
    const core::CriterionDefinition &criterion = m_form->criterion(flat);
    const ScoringKey scoring = scoringKey(key, criterion.criterion.kind);
    if (!scoring.isScoringKey)
        return false;
    if (m_form->isReadOnly())
        Q_EMIT answerRefused(tr("This evaluation is read-only."));
    else if (!scoring.answer || !m_form->setAnswer(flat, scoring.answer))
        Q_EMIT answerRefused(tr("“%1” takes %2.").arg(criterion.name, acceptedKeys(criterion.criterion)));
    return true;
}

void CriterionListView::moveBy(int step)
{
    const int count = m_form->criterionCount();
    if (count == 0)
        return;
    const int current = currentCriterion();
    const int target = current < 0 ? 0 : std::clamp(current + step, 0, count - 1);
    setCurrentCriterion(target);
}

void CriterionListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    // Landing on a section row (a click, Home) moves on to its first criterion.
    if (m_form && current.isValid() && m_form->flatIndex(current) < 0) {
        const QPersistentModelIndex first = m_form->index(0, 0, current.siblingAtColumn(0));
        if (first.isValid()) // later: not from inside the selection model's own signal
            QMetaObject::invokeMethod(
                this, [this, first] { setCurrentIndex(first); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT currentCriterionChanged(currentCriterion());
}

} // namespace huddle::ui
