#include "criterionpanel.h"

#include "criterionlistview.h"
#include "models/evaluationformmodel.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace huddle::ui {

namespace {

QString kindText(const core::Criterion &criterion)
{
    QString text = criterion.kind == core::CriterionKind::YesNo ? CriterionPanel::tr("yes / no")
                                                                : CriterionPanel::tr("scale 1–5");
    if (criterion.naAllowed)
        text += CriterionPanel::tr(", N/A allowed");
    if (criterion.autoFail)
        text += CriterionPanel::tr(", <b style='color:#b3261e'>auto-fail</b>");
    return text;
}

} // namespace

CriterionPanel::CriterionPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new CriterionListView(this))
    , m_title(new QLabel(this))
    , m_guideline(new QLabel(this))
    , m_comment(new QLineEdit(this))
{
    m_title->setObjectName(QStringLiteral("criterionTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_guideline->setObjectName(QStringLiteral("criterionGuideline"));
    m_guideline->setWordWrap(true);
    m_guideline->setTextFormat(Qt::PlainText);
    m_guideline->setMinimumHeight(m_guideline->fontMetrics().lineSpacing() * 2);
    m_guideline->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_comment->setObjectName(QStringLiteral("criterionComment"));
    m_comment->setPlaceholderText(tr("Comment on this criterion (C) — Enter or Esc returns to the list"));
    m_comment->setClearButtonEnabled(true);
    m_comment->installEventFilter(this);

    auto *details = new QFormLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(m_title);
    details->addRow(m_guideline);
    auto *commentLabel = new QLabel(tr("Co&mment:"), this);
    commentLabel->setBuddy(m_comment);
    details->addRow(commentLabel, m_comment);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(details);

    connect(m_view, &CriterionListView::currentCriterionChanged, this, &CriterionPanel::showCriterion);
    connect(m_view, &CriterionListView::commentRequested, this, &CriterionPanel::focusComment);
    connect(m_comment, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_form && m_shown >= 0)
            m_form->setComment(m_shown, text);
    });
}

void CriterionPanel::setFormModel(models::EvaluationFormModel *model)
{
    m_form = model;
    m_view->setFormModel(model);
    connect(model, &QAbstractItemModel::dataChanged, this, &CriterionPanel::refreshComment);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setCurrentCriterion(std::max(0, m_form->nextUnanswered(-1)));
        showCriterion(m_view->currentCriterion());
    });
    m_view->setCurrentCriterion(0);
    showCriterion(m_view->currentCriterion());
}

void CriterionPanel::focusList()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void CriterionPanel::showCriterion(int flat)
{
    m_shown = flat;
    if (!m_form || flat < 0) {
        m_title->clear();
        m_guideline->clear();
        m_comment->clear();
        m_comment->setEnabled(false);
        return;
    }
    const core::CriterionDefinition &definition = m_form->criterion(flat);
    m_title->setText(tr("<b>%1</b> · %2 · weight %3 · %4")
                         .arg(m_form->sectionName(flat).toHtmlEscaped(), definition.name.toHtmlEscaped(),
                              QLocale().toString(definition.criterion.weight, 'g', 6),
                              kindText(definition.criterion)));
    m_guideline->setText(definition.guideline.isEmpty() ? tr("No guideline for this criterion.")
                                                        : definition.guideline);
    refreshComment();
}

void CriterionPanel::refreshComment()
{
    if (!m_form || m_shown < 0)
        return;
    m_comment->setEnabled(!m_form->isReadOnly());
    const QString stored = m_form->comment(m_shown);
    if (m_comment->text() != stored) // not while typing: the cursor would jump
        m_comment->setText(stored);
}

void CriterionPanel::focusComment()
{
    if (m_comment->isEnabled()) {
        m_comment->setFocus(Qt::ShortcutFocusReason);
        m_comment->selectAll();
    }
}

bool CriterionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool plain = static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier ||
                           static_cast<QKeyEvent *>(event)->modifiers() == Qt::KeypadModifier;
        if (plain && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape)) {
            focusList(); // Esc must not close the dialog from here
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace huddle::ui
