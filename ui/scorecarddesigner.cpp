#include "scorecarddesigner.h"

#include "core/scorecardjson.h"
#include "models/scorecardeditmodel.h"
#include "models/scorecardlistmodel.h"
#include "scorecardeditor.h"
#include "storage/scorecardrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

// Return types below are unqualified so that lupdate files their tr() calls right (core/namespacetr.h).
using core::ScorecardDefinition;

using models::ScorecardEditModel;

namespace {

ScorecardDefinition blankScorecard()
{
    core::ScorecardDefinition definition;
    definition.name = ScorecardDesigner::tr("New scorecard");
    definition.sections = {{ScorecardDesigner::tr("Opening"), {{ScorecardDesigner::tr("Greeting"), {}, {}}}}};
    return definition;
}

} // namespace

ScorecardDesigner::ScorecardDesigner(const storage::Database &database, const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_user(user)
    , m_list(new models::ScorecardListModel(this))
    , m_edit(new ScorecardEditModel(this))
{
    setWindowTitle(tr("Scorecards"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createList());
    splitter->addWidget(createEditor());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 820});
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("designerMessage"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveScorecard"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *button : {m_save, close})
        button->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ScorecardDesigner::save);
    connect(close, &QPushButton::clicked, this, &ScorecardDesigner::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    addShortcuts();
    resize(1280, 720);

    connect(m_edit, &ScorecardEditModel::definitionChanged, this, &ScorecardDesigner::updateState);
    connect(m_edit->undoStack(), &QUndoStack::cleanChanged, this, &ScorecardDesigner::updateState);
    reloadList(std::nullopt);
    if (m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(0, 0));
    else
        startNew();
}

ScorecardDesigner::~ScorecardDesigner()
{
    // The children outlive this part of the object: what they signal while being destroyed must not reach it.
    for (QObject *sender :
         std::initializer_list<QObject *>{m_listView->selectionModel(), m_edit, m_edit->undoStack()})
        sender->disconnect(this);
}

QWidget *ScorecardDesigner::createList()
{
    auto *box = new QWidget(this);
    m_listView = new QTreeView(box);
    m_listView->setObjectName(QStringLiteral("scorecardList"));
    m_listView->setAccessibleName(tr("Scorecards"));
    m_listView->setRootIsDecorated(false);
    m_listView->setModel(m_list);
    m_listView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listView->header()->setSectionResizeMode(models::ScorecardListModel::Name, QHeaderView::Stretch);
    m_listView->header()->setStretchLastSection(false);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScorecardDesigner::openSelected);
    m_showRetired = new QCheckBox(tr("Show &retired"), box);
    m_showRetired->setObjectName(QStringLiteral("showRetired"));
    connect(m_showRetired, &QCheckBox::toggled, this,
            [this] { reloadList(m_shownId != 0 ? std::optional(m_shownId) : std::nullopt); });
    auto *newButton = new QPushButton(tr("N&ew"), box);
    auto *import = new QPushButton(tr("&Import JSON…"), box);
    auto *exportButton = new QPushButton(tr("E&xport JSON…"), box);
    m_retire = new QPushButton(tr("Re&tire"), box);
    m_retire->setObjectName(QStringLiteral("retireScorecard"));
    connect(newButton, &QPushButton::clicked, this, &ScorecardDesigner::startNew);
    connect(import, &QPushButton::clicked, this, &ScorecardDesigner::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &ScorecardDesigner::chooseExport);
    connect(m_retire, &QPushButton::clicked, this, &ScorecardDesigner::toggleRetired);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {newButton, import, exportButton, m_retire}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Scorecards</b>"), box);
    layout->addWidget(title);
    layout->addWidget(m_listView, 1);
    layout->addWidget(m_showRetired);
    layout->addLayout(buttons);
    return box;
}

QWidget *ScorecardDesigner::createEditor()
{
    auto *box = new QWidget(this);
    m_editor = new ScorecardEditor(m_edit, box);
    m_saveEffect = new QLabel(box);
    m_saveEffect->setObjectName(QStringLiteral("saveEffect"));
    m_saveEffect->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_saveEffect);
    return box;
}

void ScorecardDesigner::addShortcuts()
{
    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    new QShortcut(QKeySequence::Undo, this, [this] { m_edit->undoStack()->undo(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this,
                  [this] { m_edit->undoStack()->redo(); });
}

void ScorecardDesigner::reloadList(std::optional<qint64> select)
{
    auto scorecards = storage::ScorecardRepository(*m_database).list(m_showRetired->isChecked());
    if (!scorecards) {
        showMessage(scorecards.error().toString(), true);
        return;
    }
    const QSignalBlocker blocker(m_listView->selectionModel());
    m_list->setScorecards(scorecards.value());
    const int row = select ? m_list->rowOf(*select) : -1;
    if (row >= 0)
        m_listView->setCurrentIndex(m_list->index(row, 0));
    updateState();
}

const storage::ScorecardSummary *ScorecardDesigner::selectedSummary() const
{
    const int row = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    const storage::ScorecardSummary *summary = m_list->scorecardAt(row);
    return summary && summary->scorecardId == m_shownId ? summary : nullptr;
}

void ScorecardDesigner::openSelected()
{
    const storage::ScorecardSummary *summary = m_list->scorecardAt(m_listView->currentIndex().row());
    if (!summary || summary->scorecardId == m_shownId)
        return;
    const qint64 wanted = summary->scorecardId;
    if (m_edit->isModified() && !offerToSave()) {
        // Back to the one being edited, once the list's selection has finished changing.
        const std::optional<qint64> editing = m_shownId != 0 ? std::optional(m_shownId) : std::nullopt;
        QMetaObject::invokeMethod(
            this, [this, editing] { reloadList(editing); }, Qt::QueuedConnection);
        return;
    }
    auto stored = storage::ScorecardRepository(*m_database).latest(wanted);
    if (!stored) {
        showMessage(stored.error().toString(), true);
        return;
    }
    m_shownId = wanted;
    m_edit->setScorecard(wanted, stored->definition);
    showMessage({}, false);
}

void ScorecardDesigner::startNew()
{
    if (m_edit->isModified() && !offerToSave())
        return;
    m_shownId = 0;
    m_listView->clearSelection();
    m_listView->setCurrentIndex({});
    m_edit->setScorecard(std::nullopt, blankScorecard(), false);
    showMessage(tr("A new scorecard: name it, add sections and criteria, then save."), false);
    m_editor->nameEdit()->setFocus();
    m_editor->nameEdit()->selectAll();
}

void ScorecardDesigner::toggleRetired()
{
    const storage::ScorecardSummary *summary = selectedSummary();
    if (!summary)
        return;
    const qint64 id = summary->scorecardId;
    const bool retire = !summary->retired;
    if (const core::Status done = storage::ScorecardRepository(*m_database).setRetired(id, retire, m_user);
        !done) {
        showMessage(done.error().toString(), true);
        return;
    }
    if (retire && !m_showRetired->isChecked())
        m_showRetired->setChecked(true); // keep the retired one in sight, greyed
    reloadList(id);
    showMessage(retire ? tr("Retired: no longer offered for new evaluations.") : tr("Restored."), false);
    Q_EMIT scorecardsChanged();
}

bool ScorecardDesigner::save()
{
    if (const core::Status valid = m_edit->validation(); !valid) {
        showMessage(tr("Not saved: %1").arg(valid.error().toString()), true);
        return false;
    }
    auto stored =
        storage::ScorecardRepository(*m_database).save(m_edit->scorecardId(), m_edit->definition(), m_user);
    if (!stored) {
        showMessage(tr("Not saved: %1").arg(stored.error().toString()), true);
        return false;
    }
    m_shownId = stored->scorecardId;
    m_edit->markSaved(stored->scorecardId, stored->definition.version);
    reloadList(m_shownId);
    showMessage(tr("Saved “%1” as version %2.").arg(stored->definition.name).arg(stored->definition.version),
                false);
    Q_EMIT scorecardsChanged();
    return true;
}

bool ScorecardDesigner::importJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    auto definition = core::scorecardFromJson(file.readAll(), QFileInfo(path).fileName());
    if (!definition) {
        showMessage(tr("Not imported: %1").arg(definition.error().toString()), true);
        return false;
    }
    if (m_edit->isModified() && !offerToSave())
        return false;
    m_shownId = 0;
    m_listView->setCurrentIndex({});
    m_edit->setScorecard(std::nullopt, definition.value(), false);
    showMessage(
        tr("Imported “%1” from %2: save to add it.").arg(definition->name, QFileInfo(path).fileName()),
        false);
    return true;
}

bool ScorecardDesigner::exportJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(core::scorecardToJson(m_edit->definition())) < 0 || !file.flush()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    showMessage(tr("Exported “%1” to %2.").arg(m_edit->definition().name, QFileInfo(path).fileName()), false);
    return true;
}

void ScorecardDesigner::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a scorecard"), QString(),
                                                      tr("Scorecards (*.json);;All files (*)"));
    if (!path.isEmpty())
        importJson(path);
}

void ScorecardDesigner::chooseExport()
{
    const QString suggested =
        m_edit->definition().name.simplified().replace(QLatin1Char(' '), QLatin1Char('-')).toLower();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the scorecard"), suggested + QStringLiteral(".json"), tr("Scorecards (*.json)"));
    if (!path.isEmpty())
        exportJson(path);
}

void ScorecardDesigner::updateState()
{
    m_editor->refresh();
    const storage::ScorecardSummary *summary = selectedSummary();
    m_saveEffect->setText(m_edit->scorecardId() ? (summary ? models::saveEffectText(*summary) : QString())
                                                : tr("Saves a new scorecard, version 1."));
    m_save->setEnabled(m_edit->isModified() && bool(m_edit->validation()));
    m_retire->setEnabled(summary != nullptr);
    m_retire->setText(summary && summary->retired ? tr("Res&tore") : tr("Re&tire"));
}

void ScorecardDesigner::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e") : QString());
}

bool ScorecardDesigner::offerToSave()
{
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to “%1” first?").arg(m_edit->definition().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void ScorecardDesigner::reject()
{
    if (m_edit->isModified() && !offerToSave())
        return;
    QDialog::reject();
}

} // namespace huddle::ui
