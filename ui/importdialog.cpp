#include "importdialog.h"

#include "currentuser.h"

#include "importlabels.h"
#include "importmappingmodel.h"
#include "importpreviewmodel.h"
#include "importresultdialog.h"
#include "storage/database.h"
#include "storage/importhistory.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace huddle::ui {

namespace {

using importers::DateOrder;
using importers::DurationUnit;
using importers::Field;
using importers::Shape;

constexpr int progressSteps = 1000;
constexpr qint64 progressIntervalMs = 100;
const QString problemStyle = QStringLiteral("color: #b3261e;");
const QString warningStyle = QStringLiteral("QLabel { background: #fff4ce; color: #4d3a00; border: 1px solid "
                                            "#e6c35c; border-radius: 3px; padding: 6px; }");

void selectData(QComboBox *combo, const QVariant &data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(data));
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

// Wide enough for the field labels in bold (required fields), so the combo boxes show them whole, but
// leaving the sample values room on a laptop screen; the longest labels are in the tooltips.
int fieldColumnWidth()
{
    QFont bold = QApplication::font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.horizontalAdvance(ImportMappingModel::fieldLabel(std::nullopt));
    for (int f = 0; f < importers::FieldCount; ++f)
        widest =
            qMax(widest, metrics.horizontalAdvance(ImportMappingModel::fieldLabel(static_cast<Field>(f))));
    QStyleOptionComboBox option;
    const int combo = QApplication::style()
                          ->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(widest, metrics.height()))
                          .width();
    return qMin(combo + 8, metrics.averageCharWidth() * 64);
}

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

ImportDialog::ImportDialog(const QString &path, const storage::Database &database, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_database(database)
    , m_description(new QLabel(this))
    , m_dateWarning(new QLabel(this))
    , m_mapping(new ImportMappingModel(this))
    , m_preview(new ImportPreviewModel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dateWarning->setWordWrap(true);
    m_dateWarning->setStyleSheet(warningStyle);
    m_dateWarning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addWidget(createOptions());
    layout->addWidget(m_dateWarning);
    layout->addWidget(createTables(), 1);
    layout->addWidget(createFooter());
    connectOptions();
    replan(false);
    chainTabOrder();
    resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 0.95));
}

ImportDialog::~ImportDialog()
{
    // The worker reports progress to this object; it must be done before the object goes.
    if (m_watcher) {
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
}

QWidget *ImportDialog::createOptions()
{
    m_options = new QWidget(this);
    m_profile = new QComboBox(m_options);
    m_shape = new QComboBox(m_options);
    for (int s = 0; s <= static_cast<int>(Shape::Attendance); ++s)
        m_shape->addItem(ImportLabels::shape(static_cast<Shape>(s)), s);
    m_source = new QLineEdit(m_options);
    m_source->setToolTip(tr("Conversations are unique per source and conversation id: importing the same "
                            "export again under the same source updates rows instead of adding them."));
    m_csatMin = new QSpinBox(m_options);
    m_csatMax = new QSpinBox(m_options);
    for (QSpinBox *spin : {m_csatMin, m_csatMax}) {
        spin->setRange(0, 100);
        spin->setKeyboardTracking(false); // one re-plan when the number is entered, not per digit
    }
    m_csatMin->setAccessibleName(tr("Lowest CSAT score"));
    m_csatMax->setAccessibleName(tr("Highest CSAT score"));
    m_timeZone = new QComboBox(m_options);
    m_timeZone->setMaxVisibleItems(20);
    m_dateOrder = new QComboBox(m_options);
    for (const DateOrder order : {DateOrder::Ymd, DateOrder::Mdy, DateOrder::Dmy})
        m_dateOrder->addItem(ImportLabels::dateOrder(order), static_cast<int>(order));
    m_dateOrder->setPlaceholderText(tr("Choose…"));
    m_durationUnit = new QComboBox(m_options);
    for (const DurationUnit unit : {DurationUnit::Seconds, DurationUnit::Milliseconds, DurationUnit::Minutes})
        m_durationUnit->addItem(ImportLabels::durationUnit(unit), static_cast<int>(unit));
    m_durationUnit->setToolTip(
        tr("Unit of durations written as plain numbers; H:MM:SS values are read as such."));
    m_decimalComma = new QCheckBox(tr("Decima&l comma (1,5)"), m_options);

    auto *csat = new QHBoxLayout;
    csat->addWidget(m_csatMin);
    csat->addWidget(new QLabel(tr("to"), m_options));
    csat->addWidget(m_csatMax);
    csat->addStretch(1);

    auto *grid = new QGridLayout(m_options);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(tr("&Profile:"), m_profile), 0, 0);
    grid->addWidget(m_profile, 0, 1);
    grid->addWidget(buddyLabel(tr("S&hape:"), m_shape), 0, 2);
    grid->addWidget(m_shape, 0, 3);
    grid->addWidget(buddyLabel(tr("Sou&rce name:"), m_source), 0, 4);
    grid->addWidget(m_source, 0, 5);
    grid->addWidget(buddyLabel(tr("Time &zone:"), m_timeZone), 1, 0);
    grid->addWidget(m_timeZone, 1, 1);
    grid->addWidget(buddyLabel(tr("&Date order:"), m_dateOrder), 1, 2);
    grid->addWidget(m_dateOrder, 1, 3);
    grid->addWidget(buddyLabel(tr("Dur&ations in:"), m_durationUnit), 1, 4);
    grid->addWidget(m_durationUnit, 1, 5);
    grid->addWidget(buddyLabel(tr("&CSAT scale:"), m_csatMin), 2, 0);
    grid->addLayout(csat, 2, 1);
    grid->addWidget(m_decimalComma, 2, 3);
    for (int column : {1, 3, 5})
        grid->setColumnStretch(column, 1);
    return m_options;
}

QWidget *ImportDialog::createTables()
{
    m_mappingView = new QTableView(this);
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ImportMappingModel::FieldColumn,
                                            new FieldDelegate(m_mappingView));
    setupTable(m_mappingView);
    m_mappingView->setAccessibleName(tr("Column mapping"));
    // Rows hold an open combo box each; make them tall enough for it.
    m_mappingView->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);
    m_mappingView->setColumnWidth(ImportMappingModel::FieldColumn, fieldColumnWidth());
    // Keyboard users move through the rows; the current row's combo box takes the focus.
    connect(m_mappingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (QWidget *editor = m_mappingView->indexWidget(
                        m_mapping->index(current.row(), ImportMappingModel::FieldColumn)))
                    editor->setFocus(Qt::TabFocusReason);
            });

    m_previewView = new QTableView(this);
    m_previewView->setModel(m_preview);
    setupTable(m_previewView);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 8);
    m_previewView->setAccessibleName(tr("Preview of the first rows"));

    const auto box = [this](const QString &title, QTableView *view) {
        auto *widget = new QWidget(this);
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(buddyLabel(title, view));
        layout->addWidget(view, 1);
        view->setParent(widget);
        return widget;
    };
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        box(tr("&Map each column of the file to a Huddle field (required fields in bold):"), m_mappingView));
    splitter->addWidget(box(tr("Pre&view of the first rows:"), m_previewView));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget *ImportDialog::createFooter()
{
    auto *footer = new QWidget(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, progressSteps);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();
    m_buttons = new QDialogButtonBox(footer);
    m_saveProfile = new QPushButton(tr("Save pro&file…"), footer);
    m_saveProfile->setToolTip(tr("Remember this mapping and these options for files with the same columns."));
    m_saveProfile->setAutoDefault(false);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_saveProfile, &QPushButton::clicked, this, &ImportDialog::chooseProfileName);
    // Accepting the box starts the import; the dialog closes when the result has been seen.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveProfile);
    buttons->addStretch(1);
    buttons->addWidget(m_buttons);
    layout->addLayout(buttons);
    return footer;
}

void ImportDialog::chainTabOrder()
{
    const QList<QWidget *> chain{m_profile,      m_shape,
                                 m_source,       m_timeZone,
                                 m_dateOrder,    m_durationUnit,
                                 m_csatMin,      m_csatMax,
                                 m_decimalComma, m_mappingView,
                                 m_previewView,  m_saveProfile,
                                 m_importButton, m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ImportDialog::connectOptions()
{
    connect(m_profile, &QComboBox::activated, this, [this] {
        // Another profile brings its own mapping and options; what the user said about the dates stays,
        // it describes the file, not the profile.
        const std::optional<DateOrder> dateOrder = m_overrides.dateOrder;
        m_overrides = {};
        m_overrides.profileName = m_profile->currentText();
        m_overrides.dateOrder = dateOrder;
        replan(false);
    });
    connect(m_shape, &QComboBox::activated, this, [this] {
        m_overrides.shape = static_cast<Shape>(m_shape->currentData().toInt());
        replan(true);
    });
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        if (m_plan && m_source->text().trimmed() == m_plan->settings.source)
            return;
        m_overrides.source = m_source->text().trimmed();
        replan(true);
    });
    for (QSpinBox *spin : {m_csatMin, m_csatMax})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_overrides.csatScale = core::CsatScale{m_csatMin->value(), m_csatMax->value()};
            replan(true);
        });
    connect(m_timeZone, &QComboBox::activated, this, [this] {
        m_overrides.timeZone = m_timeZone->currentData().toString();
        replan(true);
    });
    connect(m_dateOrder, &QComboBox::activated, this,
            [this] { setDateOrder(static_cast<DateOrder>(m_dateOrder->currentData().toInt())); });
    connect(m_durationUnit, &QComboBox::activated, this, [this] {
        m_overrides.durationUnit = static_cast<DurationUnit>(m_durationUnit->currentData().toInt());
        replan(true);
    });
    connect(m_decimalComma, &QCheckBox::toggled, this, [this](bool checked) {
        m_overrides.decimalComma = checked;
        replan(true);
    });
    // Re-planning with the edited mapping also re-checks the date order against the columns now mapped.
    connect(m_mapping, &ImportMappingModel::mappingEdited, this, [this] { replan(true); });
}

void ImportDialog::setDateOrder(DateOrder order)
{
    m_overrides.dateOrder = order;
    replan(true);
}

void ImportDialog::fillProfiles()
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    for (const importers::ImportProfile &profile : importers::builtInProfiles())
        m_profile->addItem(profile.name);
    const auto saved = storage::ImportHistory(m_database).profiles();
    if (saved && !saved.value().isEmpty()) {
        m_profile->insertSeparator(m_profile->count());
        for (const storage::SavedProfile &profile : saved.value())
            m_profile->addItem(profile.name);
    }
}

void ImportDialog::fillTimeZones()
{
    const QSignalBlocker blocker(m_timeZone);
    m_timeZone->clear();
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids.append(QString::fromUtf8(id));
    if (!ids.contains(m_plan->siteTimeZone))
        ids.append(m_plan->siteTimeZone);
    ids.sort();
    for (const QString &id : std::as_const(ids))
        m_timeZone->addItem(id == m_plan->siteTimeZone ? tr("%1 (the site's time zone)").arg(id) : id, id);
    m_timeZone->setToolTip(tr("Time zone of the times in the file. Days are counted in the site's time zone, "
                              "%1.")
                               .arg(m_plan->siteTimeZone));
}

void ImportDialog::replan(bool keepMapping)
{
    m_overrides.mapping = keepMapping ? m_mapping->mapping() : decltype(m_overrides.mapping){};
    auto planned = importers::planImport(m_path, m_database, m_overrides);
    if (!planned) {
        m_plan.reset();
        m_planError = planned.error().toString();
        updateState();
        return;
    }
    const bool newFile = !m_plan || m_plan->headers != planned.value().headers;
    m_plan = std::move(planned.value());
    if (newFile) {
        m_preview->setRows(m_plan->headers, m_plan->sampleRows);
        m_mapping->setFile(m_plan->headers, m_plan->sampleRows);
        fillProfiles();
        fillTimeZones();
    }
    // The plan maps what the profile found plus the user's choices; the user's mapping is the whole truth,
    // including the columns they chose not to import.
    if (keepMapping)
        m_mapping->applyTo(m_plan->settings);
    else
        m_mapping->setMapping(m_plan->settings);
    m_mapping->setRequiredFields(importers::requiredFieldKeys(m_plan->settings.shape));
    if (newFile) {
        for (int row = 0; row < m_mapping->rowCount(); ++row)
            m_mappingView->openPersistentEditor(m_mapping->index(row, ImportMappingModel::FieldColumn));
        m_mappingView->resizeColumnToContents(ImportMappingModel::HeaderColumn);
        m_previewView->resizeColumnsToContents();
    }
    showPlan();
    updateState();
}

void ImportDialog::showPlan()
{
    const importers::ImportSettings &s = m_plan->settings;
    m_description->setText(m_plan->description());
    {
        const QSignalBlocker blocker(m_profile);
        if (m_profile->findText(m_plan->profileName) < 0)
            m_profile->addItem(m_plan->profileName);
        m_profile->setCurrentIndex(m_profile->findText(m_plan->profileName));
    }
    selectData(m_shape, static_cast<int>(s.shape));
    {
        const QSignalBlocker blocker(m_source);
        m_source->setText(s.source);
    }
    for (auto [spin, value] :
         {std::pair{m_csatMin, s.csatScale.min}, std::pair{m_csatMax, s.csatScale.max}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    selectData(m_timeZone, s.timeZone.isEmpty() ? m_plan->siteTimeZone : s.timeZone);
    selectData(m_dateOrder, m_plan->dateOrder ? QVariant(static_cast<int>(*m_plan->dateOrder)) : QVariant());
    selectData(m_durationUnit, static_cast<int>(s.durationUnit));
    {
        const QSignalBlocker blocker(m_decimalComma);
        m_decimalComma->setChecked(m_plan->decimalComma);
    }
    m_dateWarning->setVisible(!m_plan->dateOrder);
    if (!m_plan->dateOrder) {
        const auto column = s.column(Field::Date) ? s.column(Field::Date) : s.column(Field::StartedAt);
        const int index = column ? static_cast<int>(m_plan->headers.indexOf(column->header)) : -1;
        const QString sample =
            index >= 0 && !m_plan->sampleRows.isEmpty() && index < m_plan->sampleRows[0].size()
                ? m_plan->sampleRows[0].at(index)
                : QString();
        m_dateWarning->setText(
            tr("<b>The dates are ambiguous.</b> Every date in the first rows (such as %1) could be read "
               "month-first or day-first. Choose the date order before importing: a wrong guess would put "
               "calls on the wrong days.")
                .arg(sample.isEmpty() ? tr("this one") : sample.toHtmlEscaped()));
    }
}

QString ImportDialog::findProblem() const
{
    if (!m_plan)
        return tr("This file cannot be imported: %1").arg(m_planError);
    if (!m_plan->dateOrder)
        return tr("Choose the date order to import.");
    if (m_plan->settings.source.isEmpty())
        return tr("Enter a source name.");
    if (m_plan->settings.csatScale.min >= m_plan->settings.csatScale.max)
        return tr("The lowest CSAT score must be below the highest.");
    // The converter knows which fields each shape needs; ask it rather than repeat the rules here.
    const auto converter = importers::RowConverter::create(m_plan->headers, m_plan->settings, {});
    if (!converter)
        return tr("Cannot import yet: %1").arg(converter.error().message);
    return {};
}

void ImportDialog::updateState()
{
    m_problem = findProblem();
    const bool importing = isImporting();
    m_options->setEnabled(!importing && m_plan);
    m_mappingView->setEnabled(!importing && m_plan);
    m_saveProfile->setEnabled(!importing && m_plan);
    m_importButton->setEnabled(!importing && m_problem.isEmpty());
    if (!importing) {
        m_status->setStyleSheet(m_problem.isEmpty() ? QString() : problemStyle);
        m_status->setText(m_problem.isEmpty() ? readyText() : m_problem);
    }
}

QString ImportDialog::readyText() const
{
    QStringList skipped;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        if (!m_mapping->fieldOf(row))
            skipped.append(m_mapping->index(row, ImportMappingModel::HeaderColumn).data().toString());
    }
    // A column left out by accident is the mistake most worth catching before the import.
    if (skipped.isEmpty())
        return tr("Ready to import: every column is mapped.");
    return tr("Ready to import. Not imported: %1.").arg(skipped.join(tr(", ")));
}

void ImportDialog::chooseProfileName()
{
    if (!m_plan)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            this, tr("Save profile"),
            tr("Name of the profile. Files with exactly these columns will be read with it:"),
            QLineEdit::Normal, QFileInfo(m_path).completeBaseName(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    for (const importers::ImportProfile &profile : importers::builtInProfiles()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0) {
            QMessageBox::warning(this, tr("Save profile"),
                                 tr("“%1” is a built-in profile; choose another name.").arg(name));
            return;
        }
    }
    if (m_profile->findText(name, Qt::MatchFixedString) >= 0 &&
        QMessageBox::question(this, tr("Save profile"), tr("Replace the saved profile “%1”?").arg(name)) !=
            QMessageBox::Yes)
        return;
    const QString error = saveProfile(name);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save profile"), tr("Could not save the profile: %1").arg(error));
}

QString ImportDialog::saveProfile(const QString &name)
{
    if (!m_plan)
        return m_planError;
    const importers::ImportProfile profile = importers::savedProfile(name, m_plan->settings, m_plan->headers);
    const core::Status saved =
        storage::ImportHistory(m_database).saveProfile({name, importers::profileToJson(profile)});
    if (!saved)
        return saved.error().toString();
    // From now on the plan is this profile's; re-planning reads it back from the database.
    m_overrides.profileName = name;
    m_plan->profileName = name;
    fillProfiles();
    showPlan();
    m_status->setStyleSheet({});
    m_status->setText(tr("Saved the profile “%1”.").arg(name));
    return {};
}

void ImportDialog::startImport()
{
    run(false);
}

void ImportDialog::cancelImport()
{
    if (!m_cancel || !isImporting())
        return;
    m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ImportDialog::reject()
{
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::run(bool acceptRejections)
{
    if (!m_plan || isImporting() || !m_problem.isEmpty())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFutureWatcher<Outcome> *watcher = std::exchange(m_watcher, nullptr);
        watcher->deleteLater();
        setImporting(false);
        finishRun(watcher->result());
    });
    setImporting(true);
    m_clock.start();
    // A database connection belongs to one thread: the worker opens its own on the same file.
    m_watcher->setFuture(QtConcurrent::run([this, plan = *m_plan, path = m_database.path(), cancel = m_cancel,
                                            acceptRejections, actor = currentUserName()]() -> Outcome {
        auto database = storage::Database::open(path, storage::OpenMode::MustExist);
        if (!database)
            return core::Result<importers::ImportReport>(database.error());
        QElapsedTimer sinceReport;
        sinceReport.start();
        importers::RunOptions options;
        options.acceptRejections = acceptRejections;
        options.actor = actor;
        options.cancel = cancel.get();
        options.progress = [this, &sinceReport](const importers::ImportProgress &progress) {
            // The destructor waits for the worker, so `this` outlives every call queued here; a few
            // updates a second are all a person can read.
            if (progress.done < progress.total && sinceReport.elapsed() < progressIntervalMs)
                return;
            sinceReport.restart();
            QMetaObject::invokeMethod(
                this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
        };
        return importers::runImport(plan, *database.value(), options);
    }));
}

void ImportDialog::setImporting(bool importing)
{
    m_progress->setVisible(importing);
    if (importing) {
        m_progress->setRange(0, 0); // busy until the first report says how far it got
        m_status->setStyleSheet({});
        m_status->setText(tr("Importing…"));
    }
    updateState();
}

void ImportDialog::showProgress(const importers::ImportProgress &progress)
{
    if (!isImporting())
        return;
    if (progress.total > 0) {
        m_progress->setRange(0, progressSteps);
        m_progress->setValue(static_cast<int>(progress.done * progressSteps / progress.total));
    }
    const double seconds = qMax(0.001, static_cast<double>(m_clock.elapsed()) / 1000.0);
    if (!m_cancel->load())
        m_status->setText(tr("Importing… %1 rows read, %2 rows/s")
                              .arg(QLocale().toString(progress.rows),
                                   QLocale().toString(static_cast<qint64>(progress.rows / seconds))));
}

void ImportDialog::finishRun(const Outcome &outcome)
{
    if (!outcome || !outcome->ok()) {
        const QString message = outcome ? outcome->error().toString() : tr("the import stopped unexpectedly");
        m_status->setStyleSheet(problemStyle);
        m_status->setText(tr("The import failed and nothing was written: %1").arg(message));
        return;
    }
    const importers::ImportReport &report = outcome->value();
    Q_EMIT importFinished(report);
    if (report.cancelled) {
        m_status->setText(tr("Import cancelled. Nothing was written."));
        return;
    }
    if (!report.needsConfirmation)
        Q_EMIT imported(report);
    showResult(report);
}

void ImportDialog::showResult(const importers::ImportReport &report)
{
    using Mode = ImportResultDialog::Mode;
    const Mode mode = report.needsConfirmation ? Mode::Confirm : Mode::Done;
    auto *dialog = new ImportResultDialog(report, m_plan->settings.rejectThreshold, mode,
                                          QFileInfo(m_path).fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_result = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, mode](int code) {
        if (m_result == dialog)
            m_result = nullptr;
        if (mode == Mode::Done)
            accept(); // imported and seen: nothing left to do here
        else if (code == QDialog::Accepted)
            run(true);
        else
            m_status->setText(
                tr("Nothing was imported. Fix the rejected rows or the mapping and try again."));
    });
    if (mode == Mode::Done)
        m_status->setText(report.summary());
    dialog->open();
}

} // namespace huddle::ui
