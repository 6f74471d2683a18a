#include "evaluationdialog.h"

#include "annotationpanel.h"
#include "conversationpanel.h"
#include "criterionlistview.h"
#include "criterionpanel.h"
#include "evaluationheader.h"
#include "models/annotationmodel.h"
#include "models/evaluationform.h"
#include "models/evaluationformmodel.h"
#include "models/scorehistorymodel.h"
#include "models/sitetimezone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

EvaluationDialog::EvaluationDialog(const storage::Database &database, const EvaluationRequest &request,
                                   const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_form(new models::EvaluationForm(database, user, this))
    , m_historyModel(new models::ScoreHistoryModel(this))
{
    setObjectName(QStringLiteral("evaluationDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(createBody(), 1);
    auto *help = new QLabel(CriterionListView::keyHelp(), this);
    help->setObjectName(QStringLiteral("keyHelp"));
    help->setStyleSheet(QStringLiteral("color: palette(mid)"));
    help->setWordWrap(true);
    layout->addWidget(help);
    layout->addWidget(createButtons());
    addShortcuts();
    resize(1280, 720);

    m_historyModel->setTimeZone(models::siteTimeZone(database));
    m_conversation->setForm(m_form, models::siteTimeZone(database));
    m_criteria->setFormModel(m_form->criteria());
    m_annotations->setForm(m_form);
    connect(m_form->criteria(), &models::EvaluationFormModel::scoreChanged, this,
            &EvaluationDialog::updateScore);
    connect(m_form, &models::EvaluationForm::stateChanged, this, &EvaluationDialog::updateState);
    connect(m_form, &models::EvaluationForm::saved, this, &EvaluationDialog::evaluationSaved);
    connect(m_conversation, &ConversationPanel::selectedLineChanged, m_annotations,
            &AnnotationPanel::setSelectedLine);
    connect(m_criteria->view(), &CriterionListView::currentCriterionChanged, m_annotations,
            &AnnotationPanel::setCurrentCriterion);
    connect(m_criteria->view(), &CriterionListView::answerRefused, this,
            [this](const QString &why) { showMessage(why, true); });
    connect(m_annotations, &AnnotationPanel::annotationActivated, this, &EvaluationDialog::showAnnotation);
    connect(m_form->annotations(), &QAbstractItemModel::rowsInserted, this, &EvaluationDialog::updateState);
    connect(m_form->annotations(), &QAbstractItemModel::rowsRemoved, this, &EvaluationDialog::updateState);
    openRequest(request);
}

EvaluationDialog::~EvaluationDialog()
{
    // The children outlive this part of the object: what they signal while being destroyed must not reach it.
    for (QObject *sender : std::initializer_list<QObject *>{m_form, m_form->criteria(), m_form->annotations(),
                                                            m_criteria->view()})
        sender->disconnect(this);
}

QWidget *EvaluationDialog::createHeader()
{
    m_header = new EvaluationHeader(m_form, this);
    connect(m_header, &EvaluationHeader::scorecardChosen, this, &EvaluationDialog::chooseScorecard);
    return m_header;
}

QWidget *EvaluationDialog::createBody()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_conversation = new ConversationPanel(splitter);
    auto *right = new QSplitter(Qt::Vertical, splitter);
    m_criteria = new CriterionPanel(right);
    m_tabs = new QTabWidget(right);
    m_annotations = new AnnotationPanel(m_tabs);
    m_history = new QTableView(m_tabs);
    m_history->setObjectName(QStringLiteral("scoreHistory"));
    m_history->setModel(m_historyModel);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_annotations, tr("Annotations"));
    m_tabs->addTab(m_history, tr("Score history"));
    right->addWidget(m_criteria);
    right->addWidget(m_tabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    splitter->addWidget(m_conversation);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 780}); // the transcript wants room to read
    return splitter;
}

QWidget *EvaluationDialog::createButtons()
{
    auto *row = new QWidget(this);
    m_message = new QLabel(row);
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setWordWrap(true);
    m_edit = new QPushButton(tr("&Edit…"), row);
    m_edit->setObjectName(QStringLiteral("editEvaluation"));
    m_saveDraft = new QPushButton(tr("&Save draft"), row);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_publish = new QPushButton(tr("&Publish"), row);
    m_publish->setObjectName(QStringLiteral("publishEvaluation"));
    m_reload = new QPushButton(tr("&Reload"), row);
    m_reload->setObjectName(QStringLiteral("reloadEvaluation"));
    m_reload->setToolTip(tr("Open the evaluation as it is stored now, with the other change"));
    m_reload->hide();
    m_close = new QPushButton(tr("Close"), row);
    m_close->setObjectName(QStringLiteral("closeEvaluation"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    for (QPushButton *button : {m_reload, m_edit, m_saveDraft, m_publish, m_close}) {
        button->setAutoDefault(false); // Enter belongs to the criteria list
        layout->addWidget(button);
    }
    connect(m_edit, &QPushButton::clicked, this, &EvaluationDialog::editPublished);
    connect(m_saveDraft, &QPushButton::clicked, this, &EvaluationDialog::saveDraft);
    connect(m_publish, &QPushButton::clicked, this, &EvaluationDialog::publish);
    connect(m_reload, &QPushButton::clicked, this, &EvaluationDialog::reload);
    connect(m_close, &QPushButton::clicked, this, &EvaluationDialog::reject);
    return row;
}

void EvaluationDialog::addShortcuts()
{
    // Plain "Undo"/"Redo" buttons; what they would undo goes into the tooltip, not the button's width.
    QUndoStack *stack = m_form->criteria()->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setToolTip(tr("Undo %1 (Ctrl+Z)").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setToolTip(tr("Redo %1 (Ctrl+Shift+Z)").arg(text)); });
    undo->setEnabled(false);
    redo->setEnabled(false);
    addAction(undo);
    addAction(redo);
    m_header->setUndoActions(undo, redo);

    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &EvaluationDialog::saveDraft);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *publish = new QShortcut(keys, this);
        connect(publish, &QShortcut::activated, this, &EvaluationDialog::publish);
    }
}

void EvaluationDialog::openRequest(const EvaluationRequest &request)
{
    const core::Status opened = request.evaluationId != 0
                                    ? m_form->openStored(request.evaluationId)
                                    : m_form->openNew(request.conversationId, request.scorecardVersionId,
                                                      request.kind, request.calibrationSessionId);
    m_opened = bool(opened);
    m_conversation->refresh();
    m_header->fillScorecards();
    m_annotations->refresh();
    updateState();
    updateScore();
    if (!opened) {
        setWindowTitle(EvaluationHeader::kindTitle(request.kind));
        m_header->showFailure(request.kind);
        showMessage(opened.error().toString(), true);
        for (QWidget *part : std::initializer_list<QWidget *>{m_conversation, m_criteria, m_tabs})
            part->setEnabled(false);
        return;
    }
    m_criteria->focusList();
}

qint64 EvaluationDialog::evaluationId() const
{
    return m_form->evaluationId();
}

void EvaluationDialog::chooseScorecard(qint64 versionId)
{
    if (const core::Status changed = m_form->changeScorecard(versionId); !changed) {
        showMessage(changed.error().toString(), true);
        m_header->fillScorecards();
        return;
    }
    m_annotations->refresh();
    m_criteria->focusList();
}

void EvaluationDialog::updateScore()
{
    m_header->showScore();
    updateState();
}

void EvaluationDialog::updateState()
{
    if (!m_opened)
        return;
    const bool editable = m_form->isEditable();
    const bool published = m_form->status() != core::EvaluationStatus::Draft;
    setWindowTitle(m_header->title());
    m_header->refresh();
    m_edit->setVisible(published && !m_form->isEditingPublished());
    m_edit->setEnabled(m_form->editBlocker().isEmpty());
    m_edit->setToolTip(m_form->editBlocker().isEmpty() ? tr("Correct the published evaluation, with a reason")
                                                       : m_form->editBlocker());
    m_saveDraft->setVisible(!published);
    m_saveDraft->setEnabled(editable);
    m_publish->setVisible(editable);
    m_publish->setText(m_form->isEditingPublished() ? tr("Save &changes") : tr("&Publish"));
    const QString blocker = m_form->publishBlocker();
    m_publish->setEnabled(blocker.isEmpty());
    m_publish->setToolTip(blocker.isEmpty() ? tr("Ctrl+Enter") : blocker);
    if (editable && !blocker.isEmpty())
        showMessage(tr("Publish needs every criterion answered: %1").arg(blocker), false);
    else if (editable)
        showMessage(m_form->isEditingPublished() ? tr("Ready to save the changes (Ctrl+Enter).")
                                                 : tr("Ready to publish (Ctrl+Enter)."),
                    false);
    m_historyModel->setHistory(m_form->history());
    const bool showHistory =
        m_form->kind() != core::EvaluationKind::Calibration && !m_form->history().isEmpty();
    m_tabs->setTabVisible(m_tabs->indexOf(m_history), showHistory);
    m_tabs->setTabText(m_tabs->indexOf(m_annotations),
                       tr("Annotations (%1)").arg(m_form->annotations()->rowCount()));
}

void EvaluationDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e") : QString());
}

void EvaluationDialog::saveDraft()
{
    if (!m_opened || m_form->status() != core::EvaluationStatus::Draft)
        return;
    if (const core::Status saved = m_form->saveDraft(); !saved) {
        showSaveFailure(saved.error());
        return;
    }
    showMessage(tr("Draft saved."), false);
}

void EvaluationDialog::publish()
{
    if (!m_opened || !m_form->isEditable())
        return;
    if (const QString blocker = m_form->publishBlocker(); !blocker.isEmpty()) {
        showMessage(tr("Not yet: %1").arg(blocker), true);
        return;
    }
    const bool edit = m_form->isEditingPublished();
    if (const core::Status done = m_form->publish(); !done) {
        showSaveFailure(done.error());
        return;
    }
    m_annotations->refresh();
    showMessage((edit ? tr("Changes saved: %1.") : tr("Published: %1."))
                    .arg(models::liveScoreText(m_form->criteria()->score())),
                false);
    m_criteria->focusList();
}

void EvaluationDialog::editPublished()
{
    if (!m_form->editBlocker().isEmpty())
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Edit a published evaluation"),
                              tr("Why does it change? The reason is kept with the score history "
                                 "and in the audit log."),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        showMessage(tr("An edit of a published evaluation needs a reason."), true);
        return;
    }
    m_form->beginEdit(reason);
    m_annotations->refresh();
    m_criteria->focusList();
}

void EvaluationDialog::showAnnotation(const core::Annotation &annotation)
{
    if (annotation.anchorKind == core::AnchorKind::Line)
        m_conversation->showLine(annotation.anchorValue);
    else
        m_conversation->showSecond(annotation.anchorValue);
    if (annotation.criterionIndex >= 0)
        m_criteria->view()->setCurrentCriterion(annotation.criterionIndex);
}

bool EvaluationDialog::offerToSave()
{
    const bool draft = m_form->status() == core::EvaluationStatus::Draft;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        draft ? tr("Save the evaluation as a draft before closing?") : tr("Save the changes before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const core::Status saved = draft ? m_form->saveDraft() : m_form->publish();
    if (!saved)
        showSaveFailure(saved.error());
    return bool(saved);
}

void EvaluationDialog::showSaveFailure(const core::Error &error)
{
    showMessage(error.toString(), true);
    m_reload->setVisible(m_form->isStale());
}

// The user's unsaved answers give way to the stored evaluation; they see the other change and make theirs
// again on top of it, rather than one of the two being lost unseen.
void EvaluationDialog::reload()
{
    if (m_form->isModified() &&
        QMessageBox::question(this, tr("Reload the evaluation"),
                              tr("Open the evaluation as it is stored now? Your unsaved changes are "
                                 "discarded."),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    EvaluationRequest request;
    request.evaluationId = m_form->evaluationId();
    request.kind = m_form->kind();
    openRequest(request);
    m_reload->hide();
    if (m_opened)
        showMessage(tr("Reloaded: this is the evaluation as it is stored now."), false);
}

void EvaluationDialog::reject()
{
    if (m_opened && m_form->isModified() && !offerToSave())
        return;
    QDialog::reject();
}

} // namespace huddle::ui
