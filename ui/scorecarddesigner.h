#pragma once

#include "storage/database.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace huddle::storage {
struct ScorecardSummary;
}

namespace huddle::models {
class ScorecardEditModel;
class ScorecardListModel;
} // namespace huddle::models

namespace huddle::ui {

class ScorecardEditor;

// The scorecard designer (QA → Scorecards…): list of scorecards; sections and criteria with weights, kinds,
// auto-fail, N/A allowed and guidelines; undo/redo; import/export as JSON. Saving a scorecard that
// evaluations already use stores a new version.
class ScorecardDesigner : public QDialog {
    Q_OBJECT
public:
    ScorecardDesigner(const storage::Database &database, const QString &user, QWidget *parent = nullptr);
    ~ScorecardDesigner() override;

    // The file half of Import JSON… and Export JSON… (the buttons ask for the path first). False, with the
    // reason shown, when the file cannot be read, written or parsed.
    bool importJson(const QString &path);
    bool exportJson(const QString &path);
    bool save();
    // Close, Esc and the window's close button: unsaved edits are offered to be saved first.
    void reject() override;

Q_SIGNALS:
    void scorecardsChanged();

private:
    QWidget *createList();
    QWidget *createEditor();
    void addShortcuts();
    void reloadList(std::optional<qint64> select);
    void openSelected();
    void startNew();
    void toggleRetired();
    void chooseImport();
    void chooseExport();
    void updateState();
    void showMessage(const QString &text, bool problem);
    bool offerToSave();
    const storage::ScorecardSummary *selectedSummary() const;

    const storage::Database *m_database;
    QString m_user;
    models::ScorecardListModel *m_list;
    models::ScorecardEditModel *m_edit;
    QTreeView *m_listView;
    QCheckBox *m_showRetired;
    QPushButton *m_retire;
    ScorecardEditor *m_editor = nullptr;
    QLabel *m_saveEffect;
    QLabel *m_message;
    QPushButton *m_save;
    qint64 m_shownId = 0; // the listed scorecard being edited; 0 for a new or imported one
};

} // namespace huddle::ui
