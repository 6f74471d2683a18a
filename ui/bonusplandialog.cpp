#include "bonusplandialog.h"

#include "bonusplaneditor.h"
#include "bonusversionheader.h"
#include "core/month.h"
#include "models/bonusplaneditmodel.h"
#include "models/bonusplanlistmodel.h"
#include "models/sitetimezone.h"
#include "reports/bonusrun.h"
#include "rowtable.h"
#include "storage/bonusplanrepository.h"
#include "storage/directoryrepository.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace huddle::ui {

using models::BonusPlanListModel;

namespace {

QString jsonFilter()
{
    return BonusPlanDialog::tr("Bonus plans (*.json);;All files (*)");
}

// The whole file, or why it cannot be read (the caller names the file).
core::Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{file.errorString(), {}};
    return file.readAll();
}

// All or nothing: QSaveFile replaces the file only once every byte is written.
core::Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{file.errorString(), QFileInfo(path).fileName()};
    return core::Done{};
}

} // namespace

BonusPlanDialog::BonusPlanDialog(const storage::Database &database, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_actor(actor)
    , m_list(new BonusPlanListModel(this))
    , m_edit(new models::BonusPlanEditModel(this))
    , m_message(new QLabel(this))
    , m_discard(new QPushButton(tr("&Discard draft"), this))
    , m_save(new QPushButton(tr("&Save version"), this))
{
    setWindowTitle(tr("Bonus plans"));
    m_list->setTimeZone(models::siteTimeZone(database));
    m_edit->setMoneyFormat(reports::moneyFormatFor(database, QLocale()));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createList());
    splitter->addWidget(createEditor());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({500, 866});
    m_message->setObjectName(QStringLiteral("planMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_save->setObjectName(QStringLiteral("savePlan"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *button : {m_discard, m_save, close})
        button->setAutoDefault(false);
    connect(m_discard, &QPushButton::clicked, this, &BonusPlanDialog::discardDraft);
    connect(m_save, &QPushButton::clicked, this, &BonusPlanDialog::save);
    connect(close, &QPushButton::clicked, this, &BonusPlanDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    addShortcuts();
    resize(1366, 800);

    connect(m_edit, &models::BonusPlanEditModel::planChanged, this, &BonusPlanDialog::updateState);
    if (reloadList() && m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(0, 0));
    updateState();
}

BonusPlanDialog::~BonusPlanDialog()
{
    // The list outlives this part of the object: a change of its current row while it is deleted must not
    // reach openSelected.
    m_listView->selectionModel()->disconnect(this);
}

QWidget *BonusPlanDialog::createList()
{
    auto *box = new QWidget(this);
    m_listView = makeRowTable(m_list, QStringLiteral("planVersions"), tr("Bonus plan versions"), box,
                              BonusPlanListModel::Note);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BonusPlanDialog::openSelected);
    m_newVersion = new QPushButton(tr("&New version…"), box);
    m_newVersion->setObjectName(QStringLiteral("newVersion"));
    m_newVersion->setToolTip(
        tr("Copies the selected plan into a draft to change and save as a new version."));
    auto *import = new QPushButton(tr("&Import JSON…"), box);
    auto *exportButton = new QPushButton(tr("E&xport JSON…"), box);
    connect(m_newVersion, &QPushButton::clicked, this, &BonusPlanDialog::startNewVersion);
    connect(import, &QPushButton::clicked, this, [this] {
        if (const QString path =
                QFileDialog::getOpenFileName(this, tr("Import a bonus plan"), {}, jsonFilter());
            !path.isEmpty())
            importJson(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString name = m_edit->plan().name.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
        if (const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the bonus plan"), name.toLower() + QStringLiteral(".json"), jsonFilter());
            !path.isEmpty())
            exportJson(path);
    });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_newVersion, import, exportButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *title =
        new QLabel(tr("<b>Plan versions</b> — a team without a plan of its own uses the site's."), box);
    title->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_listView, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget *BonusPlanDialog::createEditor()
{
    auto *box = new QWidget(this);
    m_header = new BonusVersionHeader(box);
    m_editor = new BonusPlanEditor(m_edit, box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
    return box;
}

void BonusPlanDialog::addShortcuts()
{
    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    new QShortcut(QKeySequence::Undo, this, [this] { m_edit->undoStack()->undo(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this,
                  [this] { m_edit->undoStack()->redo(); });
}

bool BonusPlanDialog::reloadList()
{
    if (!refreshListKeepingDraft())
        return false;
    m_header->setTeams(m_teams);
    return true;
}

bool BonusPlanDialog::refreshListKeepingDraft()
{
    auto versions = storage::BonusPlanRepository(*m_database).versions();
    auto teams = storage::DirectoryRepository(*m_database).teams();
    if (!versions || !teams) {
        showMessage(!versions ? versions.error().toString() : teams.error().toString(), true);
        return false;
    }
    const BonusPlanListModel::Entry *shown = m_list->entryAt(m_shownRow);
    const qint64 shownId = shown ? shown->version.id : -1;
    const QSignalBlocker blocker(m_listView->selectionModel());
    m_list->setVersions(versions.value(), teams.value());
    m_teams = teams.value();
    // Rows move when a version is added above: the draft's row is found again by its version.
    if (m_shownRow >= 0)
        m_shownRow = std::max(m_list->rowOfVersion(shownId), 0);
    return true;
}

void BonusPlanDialog::openSelected()
{
    const int row = m_listView->currentIndex().row();
    if (row == m_shownRow && !m_draft)
        return;
    const bool hadDraft = m_draft;
    if (!mayDropDraft()) {
        // Back to the draft's row, once the list's selection has finished changing.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const QSignalBlocker blocker(m_listView->selectionModel());
                m_listView->setCurrentIndex(m_list->index(m_shownRow, 0));
            },
            Qt::QueuedConnection);
        return;
    }
    if (hadDraft && !m_draft)
        return; // saved: the list was reloaded and shows the new version
    showRow(row);
}

void BonusPlanDialog::showRow(int row)
{
    const BonusPlanListModel::Entry *entry = m_list->entryAt(row);
    if (!entry)
        return;
    m_shownRow = row;
    m_draft = false;
    m_edit->setPlan(entry->version.plan);
    m_edit->setReadOnly(true);
    m_header->showVersion(m_list->titleText(row), m_list->detailText(row));
    updateState();
}

void BonusPlanDialog::startNewVersion()
{
    if (!mayDropDraft())
        return;
    if (m_draft) // a saved or discarded draft: copy what the list shows
        showRow(m_shownRow);
    startDraft({});
    showMessage(tr("A draft copy: change it, choose who it is for and from which month, then save."), false);
}

void BonusPlanDialog::startDraft(const QString &note)
{
    const BonusPlanListModel::Entry *entry = m_list->entryAt(m_shownRow);
    const core::BonusPlan plan = m_edit->plan();
    m_draft = true;
    m_edit->setReadOnly(false);
    m_edit->setPlan(plan, false);
    m_header->showDraft(entry ? entry->version.teamId : std::nullopt, QDate::currentDate(), note);
    m_editor->nameEdit()->setFocus();
    updateState();
}

void BonusPlanDialog::discardDraft()
{
    if (!m_draft)
        return;
    showRow(m_shownRow);
    showMessage(tr("Draft discarded."), false);
}

bool BonusPlanDialog::save()
{
    if (!m_draft)
        return false;
    if (const core::Status valid = m_edit->validation(); !valid) {
        showMessage(tr("Not saved: %1").arg(valid.error().toString()), true);
        m_editor->showProblem(models::bonusPlanProblem(valid.error().message));
        return false;
    }
    const std::optional<qint64> scope = m_header->scope();
    const int seen = m_list->newestVersion(scope);
    auto stored = storage::BonusPlanRepository(*m_database)
                      .save(scope, m_header->validFrom(), m_edit->plan(), m_actor, m_header->note(), seen);
    if (!stored) {
        showMessage(tr("Not saved: %1").arg(stored.error().toString()), true);
        // Somebody else saved a version meanwhile: list it beside the draft, which stays as it is.
        if (refreshListKeepingDraft() && m_list->newestVersion(scope) != seen)
            showMessage(tr("Not saved: %1. The list now shows that version; your draft is unchanged.")
                            .arg(stored.error().toString()),
                        true);
        return false;
    }
    m_plansChanged = true;
    m_edit->markSaved();
    reloadList();
    const int row = m_list->rowOfVersion(stored->id);
    {
        const QSignalBlocker blocker(m_listView->selectionModel());
        m_listView->setCurrentIndex(m_list->index(row, 0));
    }
    showRow(row);
    showMessage(tr("Saved version %1 for %2, valid from %3.")
                    .arg(QLocale().toString(stored->version), m_list->scopeName(scope),
                         core::monthCode(stored->validFrom)),
                false);
    return true;
}

bool BonusPlanDialog::importJson(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto bytes = readFile(path);
    auto plan =
        bytes ? core::BonusPlan::fromJson(bytes.value()) : core::Result<core::BonusPlan>(bytes.error());
    if (!plan) {
        showMessage(tr("Not imported from %1: %2").arg(name, plan.error().toString()), true);
        return false;
    }
    if (!mayDropDraft())
        return false;
    m_edit->setPlan(plan.value());
    startDraft(tr("Imported from %1").arg(name));
    showMessage(tr("Imported “%1” from %2 as a draft: choose who it is for and from which month, then save.")
                    .arg(plan->name, name),
                false);
    return true;
}

bool BonusPlanDialog::exportJson(const QString &path)
{
    if (const core::Status written = writeFile(path, m_edit->plan().toJson()); !written) {
        showMessage(tr("Not exported: %1").arg(written.error().toString()), true);
        return false;
    }
    showMessage(tr("Exported “%1” to %2.").arg(m_edit->plan().name, QFileInfo(path).fileName()), false);
    return true;
}

void BonusPlanDialog::updateState()
{
    m_save->setEnabled(m_draft);
    m_save->setVisible(m_draft);
    m_discard->setVisible(m_draft);
}

QString BonusPlanDialog::message() const
{
    return m_message->text();
}

void BonusPlanDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e") : QString());
}

bool BonusPlanDialog::mayDropDraft()
{
    if (!m_draft || !m_edit->isModified())
        return true;
    switch (QMessageBox::question(
        this, tr("Unsaved draft"),
        tr("Save the draft of “%1” as a new version first?").arg(m_edit->plan().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void BonusPlanDialog::reject()
{
    if (mayDropDraft())
        QDialog::reject();
}

} // namespace huddle::ui
