#pragma once

#include "importers/importjob.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

class ImportMappingModel;
class ImportPreviewModel;
class ImportResultDialog;

// Imports one CSV or XLSX file: shows how the file will be read (profile, shape, options, a preview and the
// column → field mapping, all editable), then runs the import on a worker thread with its own database
// connection, with progress and Cancel. Too many rejected rows ask for confirmation first; the result
// dialog lists the rejected rows.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString &path, const storage::Database &database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    const importers::ImportPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    // Why Import is disabled (no plan, a required column missing, the date order to choose); empty when
    // the file can be imported.
    QString problem() const { return m_problem; }
    bool isImporting() const { return m_watcher != nullptr; }
    ImportMappingModel *mappingModel() const { return m_mapping; }
    ImportPreviewModel *previewModel() const { return m_preview; }
    QTableView *mappingView() const { return m_mappingView; }
    // The result or confirmation dialog of the last run, while it is open.
    ImportResultDialog *resultDialog() const { return m_result; }

    void setDateOrder(importers::DateOrder order);
    // Stores the current mapping and options as a named profile; an error text, empty on success.
    QString saveProfile(const QString &name);

public Q_SLOTS:
    void startImport();
    void cancelImport();
    void reject() override; // Esc: stops a running import instead of closing

Q_SIGNALS:
    // A run ended (imported, cancelled, waiting for confirmation); not emitted when it failed.
    void importFinished(const huddle::importers::ImportReport &report);
    // Rows were committed to the database: pages showing it are out of date.
    void imported(const huddle::importers::ImportReport &report);

private:
    using Outcome = std::optional<core::Result<importers::ImportReport>>; // QFuture wants a default value

    QWidget *createOptions();
    QWidget *createTables();
    QWidget *createFooter();
    void chainTabOrder();
    void connectOptions();
    void fillProfiles();
    void fillTimeZones();
    void replan(bool keepMapping);
    void showPlan();
    void updateState();
    QString findProblem() const;
    QString readyText() const;
    void chooseProfileName();
    void run(bool acceptRejections);
    void showProgress(const importers::ImportProgress &progress);
    void finishRun(const Outcome &outcome);
    void showResult(const importers::ImportReport &report);
    void setImporting(bool importing);

    QString m_path;
    const storage::Database &m_database;
    importers::ImportOverrides m_overrides;
    std::optional<importers::ImportPlan> m_plan;
    QString m_planError;
    QString m_problem;

    QLabel *m_description;
    QComboBox *m_profile;
    QComboBox *m_shape;
    QLineEdit *m_source;
    QSpinBox *m_csatMin;
    QSpinBox *m_csatMax;
    QComboBox *m_timeZone;
    QComboBox *m_dateOrder;
    QComboBox *m_durationUnit;
    QCheckBox *m_decimalComma;
    QLabel *m_dateWarning;
    ImportMappingModel *m_mapping;
    ImportPreviewModel *m_preview;
    QTableView *m_mappingView;
    QTableView *m_previewView;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_saveProfile;
    QPushButton *m_importButton;
    QDialogButtonBox *m_buttons;
    QWidget *m_options;

    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QElapsedTimer m_clock;
    ImportResultDialog *m_result = nullptr;
};

} // namespace huddle::ui
