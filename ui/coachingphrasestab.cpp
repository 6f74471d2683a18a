#include "coachingphrasestab.h"

#include "coachingphrasedialog.h"
#include "coachingphrasefilter.h"
#include "currentuser.h"
#include "models/phrasemodel.h"
#include "qadialogs.h"
#include "storage/phraserepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

CoachingPhrasesTab::CoachingPhrasesTab(CoachingPage *page)
    : CoachingTab(page)
    , m_filter(new CoachingPhraseFilter(this))
    , m_undo(new QUndoStack(this))
    , m_situation(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_showRetired(new QCheckBox(tr("Show &retired"), this))
    , m_add(new QPushButton(tr("&Add phrase…"), this))
    , m_retire(new QPushButton(tr("Re&tire"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_situation->setObjectName(QStringLiteral("phraseSituationFilter"));
    m_situation->setAccessibleName(tr("Situation"));
    m_situation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setObjectName(QStringLiteral("phraseSearch"));
    m_search->setPlaceholderText(tr("Search phrases"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search phrases"));
    m_showRetired->setObjectName(QStringLiteral("showRetiredPhrases"));
    m_showRetired->setToolTip(tr("Also list retired phrases (in grey); sessions that set them keep them"));
    m_add->setObjectName(QStringLiteral("addPhrase"));
    m_retire->setObjectName(QStringLiteral("retirePhrase"));
    m_retire->setToolTip(tr("Retire the selected phrase: it is no longer offered as homework"));
    m_status->setObjectName(QStringLiteral("phraseStatus"));
    m_status->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("phraseCount"));
    m_filter->setDynamicSortFilter(true);
    m_view->setObjectName(QStringLiteral("phraseTable"));
    m_view->setAccessibleName(tr("Phrase library"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the library's order at first
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    createUndoActions();
    layOut();

    m_situation->addItem(tr("All situations"), QString());
    connect(m_situation, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSituation(m_situation->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool show) {
        if (m_model)
            m_model->setShowRetired(show);
    });
    connect(m_add, &QPushButton::clicked, this, &CoachingPhrasesTab::addPhrase);
    connect(m_retire, &QPushButton::clicked, this, &CoachingPhrasesTab::toggleRetired);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoachingPhrasesTab::updateButtons);
    updateButtons();
}

void CoachingPhrasesTab::createUndoActions()
{
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoPhraseEdit"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoPhraseEdit"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *action : {m_undoAction, m_redoAction}) {
        // Only here: the session window has an undo history of its own.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // An undone edit changes the tags in use, too.
    connect(m_undo, &QUndoStack::indexChanged, this, &CoachingPhrasesTab::reloadSituations);
}

void CoachingPhrasesTab::layOut()
{
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(m_undoAction);
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(m_redoAction);
    auto *situationLabel = new QLabel(tr("S&ituation:"), this);
    situationLabel->setBuddy(m_situation);
    auto *top = new QHBoxLayout;
    top->addWidget(situationLabel);
    top->addWidget(m_situation);
    top->addWidget(m_search, 1);
    top->addWidget(m_showRetired);
    top->addWidget(undo);
    top->addWidget(redo);
    top->addWidget(m_add);
    top->addWidget(m_retire);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_count);
    layout->addLayout(bottom);
}

QString CoachingPhrasesTab::title() const
{
    return tr("Phrases");
}

// The model writes through the database it was made with: a new database needs a new model (and the undo
// history of the old one means nothing there).
void CoachingPhrasesTab::ensureModel()
{
    if (m_model && m_modelDatabase == database())
        return;
    release();
    m_model = new models::PhraseModel(*database(), currentUserName(), this);
    m_modelDatabase = database();
    m_model->setUndoStack(m_undo);
    m_model->setShowRetired(m_showRetired->isChecked());
    m_filter->setSourceModel(m_model);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(models::PhraseModel::Longer, QHeaderView::Stretch);
    header->setSectionResizeMode(models::PhraseModel::Shorter, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_model, &models::PhraseModel::writeFailed, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CoachingPhrasesTab::reloadSituations);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoachingPhrasesTab::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CoachingPhrasesTab::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CoachingPhrasesTab::updateCount);
}

// The library is small (a few hundred phrases at most) and edited in place, so the model reads it here;
// the situation list is read on the worker thread with the page's other loads.
void CoachingPhrasesTab::reload()
{
    ensureModel();
    if (const core::Status reloaded = m_model->reload(); !reloaded)
        m_status->setText(tr("Could not load the phrases: %1").arg(reloaded.error().toString()));
    else
        m_status->clear();
    reloadSituations();
    updateButtons();
}

void CoachingPhrasesTab::release()
{
    m_undo->clear();
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_modelDatabase = nullptr;
    showSituations({});
    m_status->clear();
    updateButtons();
}

void CoachingPhrasesTab::reloadSituations()
{
    if (!database())
        return;
    load<QStringList>([](const storage::Database &db) { return storage::PhraseRepository(db).situations(); },
                      [this](const core::Result<QStringList> &situations) {
                          if (situations)
                              showSituations(situations.value());
                          else
                              m_status->setText(
                                  tr("Could not load the situations: %1").arg(situations.error().toString()));
                      });
}

// Keeps the chosen situation while it is still in use.
void CoachingPhrasesTab::showSituations(const QStringList &situations)
{
    m_situations = situations;
    const QString chosen = m_situation->currentData().toString();
    {
        const QSignalBlocker blocker(m_situation);
        m_situation->clear();
        m_situation->addItem(tr("All situations"), QString());
        for (const QString &situation : situations)
            m_situation->addItem(situation, situation);
        m_situation->setCurrentIndex(std::max(0, m_situation->findData(chosen)));
    }
    m_filter->setSituation(m_situation->currentData().toString());
    updateCount();
}

void CoachingPhrasesTab::addPhrase()
{
    if (!m_model)
        return;
    auto *dialog = new CoachingPhraseDialog(m_situations, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { storePhrase(dialog->phrase()); });
    showWindowModal(dialog);
}

bool CoachingPhrasesTab::storePhrase(const storage::Phrase &phrase)
{
    if (!m_model)
        return false;
    storage::Phrase added = phrase;
    added.createdBy = currentUserName();
    added.createdAt = QDateTime::currentDateTimeUtc();
    const core::Result<qint64> id = m_model->addPhrase(added);
    if (!id) {
        m_status->setText(tr("Could not add the phrase: %1").arg(id.error().toString()));
        return false;
    }
    m_status->clear();
    // A filter that hides the new phrase would make it look lost.
    m_search->clear();
    m_situation->setCurrentIndex(0);
    selectPhrase(id.value());
    reloadSituations();
    return true;
}

void CoachingPhrasesTab::toggleRetired()
{
    const int row = selectedRow();
    const storage::Phrase *phrase = m_model ? m_model->phraseAt(row) : nullptr;
    if (!phrase)
        return;
    if (const core::Status changed = m_model->setRetired(row, !phrase->retired); !changed)
        m_status->setText(changed.error().toString());
    updateButtons();
}

int CoachingPhrasesTab::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void CoachingPhrasesTab::selectPhrase(qint64 phraseId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(phraseId), 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void CoachingPhrasesTab::updateButtons()
{
    const storage::Phrase *phrase = m_model ? m_model->phraseAt(selectedRow()) : nullptr;
    const bool writes = roleAllows(QStringLiteral("phrases"));
    m_add->setEnabled(m_model != nullptr && writes);
    m_retire->setEnabled(phrase != nullptr && writes);
    m_retire->setText(phrase && phrase->retired ? tr("Re&store") : tr("Re&tire"));
    m_retire->setToolTip(phrase && phrase->retired
                             ? tr("Restore the selected phrase: it is offered as homework again")
                             : tr("Retire the selected phrase: it is no longer offered as homework"));
}

void CoachingPhrasesTab::updateCount()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const QLocale locale;
    const int shown = m_filter->rowCount();
    const int listed = m_model->rowCount();
    m_count->setText(shown == listed
                         ? tr("%1 phrases").arg(locale.toString(listed))
                         : tr("%1 of %2 phrases").arg(locale.toString(shown), locale.toString(listed)));
}

} // namespace huddle::ui
