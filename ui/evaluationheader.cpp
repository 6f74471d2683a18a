#include "evaluationheader.h"

#include "models/disputetext.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace huddle::ui {

namespace {

QLabel *largeLabel(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EvaluationHeader::EvaluationHeader(models::EvaluationForm *form, QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_title(largeLabel(this, 1.3))
    , m_score(largeLabel(this, 2.0))
    , m_progress(new QLabel(this))
    , m_scorecard(new QComboBox(this))
    , m_undo(new QToolButton(this))
    , m_redo(new QToolButton(this))
{
    m_title->setObjectName(QStringLiteral("evaluationTitle"));
    m_scorecard->setObjectName(QStringLiteral("scorecardChoice"));
    m_scorecard->setAccessibleName(tr("Scorecard"));
    connect(m_scorecard, &QComboBox::activated, this,
            [this](int index) { Q_EMIT scorecardChosen(m_scorecard->itemData(index).toLongLong()); });
    auto *scorecardLabel = new QLabel(tr("Score&card:"), this);
    scorecardLabel->setBuddy(m_scorecard);
    m_score->setObjectName(QStringLiteral("liveScore"));
    m_score->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress->setObjectName(QStringLiteral("scoreProgress"));
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *choice = new QHBoxLayout;
    choice->addWidget(scorecardLabel);
    choice->addWidget(m_scorecard);
    choice->addSpacing(12);
    choice->addWidget(m_undo);
    choice->addWidget(m_redo);
    choice->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_title, 0, 0);
    grid->addLayout(choice, 1, 0);
    grid->addWidget(m_score, 0, 1);
    grid->addWidget(m_progress, 1, 1);
    grid->setColumnStretch(0, 1);
}

QString EvaluationHeader::kindTitle(core::EvaluationKind kind)
{
    switch (kind) {
    case core::EvaluationKind::Calibration:
        return tr("Calibration (blind)");
    case core::EvaluationKind::Peer:
        return tr("Peer review");
    case core::EvaluationKind::Qa:
        break;
    }
    return tr("QA evaluation");
}

QString EvaluationHeader::title() const
{
    const storage::ConversationRow &c = m_form->conversation();
    return tr("%1 — %2 · %3").arg(kindTitle(m_form->kind()), c.externalId, c.agentName);
}

void EvaluationHeader::setUndoActions(QAction *undo, QAction *redo)
{
    m_undo->setDefaultAction(undo);
    m_redo->setDefaultAction(redo);
}

void EvaluationHeader::fillScorecards()
{
    const QSignalBlocker blocker(m_scorecard);
    m_scorecard->clear();
    for (const models::ScorecardOption &option : m_form->scorecardOptions())
        m_scorecard->addItem(option.label, option.versionId);
    if (m_scorecard->findData(m_form->scorecard().versionId) < 0) // calibration: the session's alone
        m_scorecard->addItem(m_form->scorecard().definition.name, m_form->scorecard().versionId);
    m_scorecard->setCurrentIndex(m_scorecard->findData(m_form->scorecard().versionId));
}

void EvaluationHeader::refresh()
{
    const QString state = m_form->isEditingPublished() ? tr("editing a published evaluation")
                                                       : models::evaluationStatusText(m_form->status());
    m_title->setText(QStringLiteral("%1  <span style='font-weight:normal; color:gray'>%2</span>")
                         .arg(title().toHtmlEscaped(), state.toHtmlEscaped()));
    const bool changeable = m_form->canChangeScorecard();
    m_scorecard->setEnabled(changeable);
    m_scorecard->setToolTip(
        changeable ? tr("The scorecard can change while nothing is answered.")
                   : tr("Answers belong to the scorecard they were given on: it no longer changes."));
    if (m_scorecard->currentData().toLongLong() != m_form->scorecard().versionId)
        fillScorecards();
}

void EvaluationHeader::showScore()
{
    const models::LiveScore score = m_form->criteria()->score();
    m_score->setText(models::liveScoreText(score));
    m_score->setStyleSheet(score.failedAutoFail.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
    m_score->setToolTip(models::liveScoreToolTip(score));
    m_progress->setText(models::liveProgressText(score));
    m_progress->setToolTip(m_score->toolTip());
}

void EvaluationHeader::showFailure(core::EvaluationKind kind)
{
    m_title->setText(tr("%1: cannot open this evaluation").arg(kindTitle(kind)));
    m_scorecard->setEnabled(false);
}

} // namespace huddle::ui
