#include "importhistorypage.h"

#include "importhistorymodel.h"
#include "storage/importhistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace huddle::ui {

ImportHistoryPage::ImportHistoryPage(QWidget *parent)
    : Page(parent)
    , m_model(new ImportHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_undoButton(new QPushButton(tr("&Undo import…"), this))
    , m_importButton(new QPushButton(tr("&Import…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportHistoryModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportHistoryModel::Id, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // file names differ at the end more often than at the start
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Imports"));
    m_status->setWordWrap(true);
    m_undoButton->setToolTip(
        tr("Remove what the selected import added and restore what it changed (Delete)."));
    m_importButton->setToolTip(tr("Import a CSV or Excel file (Ctrl+I)."));

    auto *undoKey =
        new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    undoKey->setWhatsThis(tr("Undo the selected import"));
    connect(undoKey, &QShortcut::activated, this, &ImportHistoryPage::confirmUndo);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportHistoryPage::confirmUndo);
    connect(m_importButton, &QPushButton::clicked, this, &ImportHistoryPage::importRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportHistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportHistoryPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(busyIndicator());
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    updateButtons();
}

ImportHistoryPage::~ImportHistoryPage()
{
    // An undo is one transaction on its own connection; let it finish rather than kill it half-way.
    if (m_undo)
        m_undo->waitForFinished();
}

void ImportHistoryPage::refresh()
{
    load<QList<storage::ImportEntry>>(
        [](const storage::Database &database) { return storage::ImportHistory(database).entries(); },
        [this](const core::Result<QList<storage::ImportEntry>> &entries) {
            if (!entries) {
                m_status->setText(
                    tr("Could not read the import history: %1").arg(entries.error().toString()));
                return;
            }
            const qint64 selected =
                m_view->currentIndex().data(ImportHistoryModel::ImportIdRole).toLongLong();
            m_model->setEntries(entries.value());
            m_view->resizeColumnsToContents();
            // Long file names are in the tooltip; the counts and the state matter more on a laptop screen.
            const int fileWidth = m_view->fontMetrics().averageCharWidth() * 32;
            if (m_view->columnWidth(ImportHistoryModel::File) > fileWidth)
                m_view->setColumnWidth(ImportHistoryModel::File, fileWidth);
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const QModelIndex index = m_proxy->index(row, 0);
                if (row == 0 || index.data(ImportHistoryModel::ImportIdRole).toLongLong() == selected)
                    m_view->setCurrentIndex(index);
            }
            const QString summary =
                entries.value().isEmpty()
                    ? tr("No imports yet. Use Import… or drop a CSV or Excel file on the window.")
                    : tr("Imports: %1").arg(QLocale().toString(entries.value().size()));
            m_status->setText(std::exchange(m_notice, {}) + summary);
        });
}

void ImportHistoryPage::release()
{
    m_model->setEntries({});
}

qint64 ImportHistoryPage::selectedImport() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.data(ImportHistoryModel::UndoneRole).toBool())
        return 0;
    return current.data(ImportHistoryModel::ImportIdRole).toLongLong();
}

void ImportHistoryPage::updateButtons()
{
    m_undoButton->setEnabled(selectedImport() != 0 && !isUndoing() && database());
    m_importButton->setEnabled(database() != nullptr);
}

void ImportHistoryPage::confirmUndo()
{
    const qint64 id = selectedImport();
    if (id == 0 || isUndoing())
        return;
    const QModelIndex current = m_view->currentIndex();
    const QString file = current.siblingAtColumn(ImportHistoryModel::File).data().toString();
    const QString imported = current.siblingAtColumn(ImportHistoryModel::Imported).data().toString();
    const QString updated = current.siblingAtColumn(ImportHistoryModel::Updated).data().toString();
    const bool changedNothing = current.siblingAtColumn(ImportHistoryModel::Imported)
                                        .data(ImportHistoryModel::SortRole)
                                        .toLongLong() == 0 &&
                                current.siblingAtColumn(ImportHistoryModel::Updated)
                                        .data(ImportHistoryModel::SortRole)
                                        .toLongLong() == 0;
    const QString effect =
        changedNothing
            ? tr("It added and changed no rows; undoing it only marks it undone.")
            : tr("The %1 rows it added are deleted and the %2 rows it updated get their earlier "
                 "values back. Agents and teams it created go too, unless something else refers to "
                 "them.")
                  .arg(imported, updated);
    const auto answer = QMessageBox::question(this, tr("Undo import"),
                                              tr("Undo import %1 of “%2”?").arg(QString::number(id), file) +
                                                  QStringLiteral("\n\n") + effect,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        undoImport(id);
}

void ImportHistoryPage::undoImport(qint64 importId)
{
    if (!database() || isUndoing())
        return;
    m_undo = new QFutureWatcher<UndoOutcome>(this);
    connect(m_undo, &QFutureWatcherBase::finished, this, [this, importId] {
        QFutureWatcher<UndoOutcome> *watcher = std::exchange(m_undo, nullptr);
        watcher->deleteLater();
        finishUndo(importId, watcher->result());
    });
    m_status->setText(tr("Undoing import %1…").arg(importId));
    updateButtons();
    // Undo deletes and restores every row of the import: on a worker, with a connection of its own.
    m_undo->setFuture(QtConcurrent::run([path = database()->path(), importId]() -> UndoOutcome {
        auto database = storage::Database::open(path, storage::OpenMode::MustExist);
        if (!database)
            return core::Status(database.error());
        return storage::ImportHistory(*database.value()).undo(importId);
    }));
}

void ImportHistoryPage::finishUndo(qint64 importId, const UndoOutcome &outcome)
{
    updateButtons();
    if (!outcome || !outcome->ok()) {
        const QString message = outcome ? outcome->error().toString() : tr("the undo stopped unexpectedly");
        m_status->setText(tr("Import %1 was not undone.").arg(importId));
        QMessageBox::warning(this, tr("Undo import"),
                             tr("Import %1 cannot be undone: %2").arg(QString::number(importId), message));
        return;
    }
    m_notice = tr("Import %1 undone.").arg(importId) + QLatin1Char(' ');
    if (database())
        refresh();
    Q_EMIT importUndone(importId);
}

} // namespace huddle::ui
