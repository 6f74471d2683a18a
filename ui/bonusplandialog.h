#pragma once

#include "storage/directoryrepository.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableView;

namespace huddle::models {
class BonusPlanEditModel;
class BonusPlanListModel;
} // namespace huddle::models

namespace huddle::ui {

class BonusPlanEditor;
class BonusVersionHeader;

// The bonus plan editor: the stored versions per scope (site, teams), a form to edit a plan's components,
// gates and cap, saving as a new version valid from a month, and JSON import/export.
class BonusPlanDialog : public QDialog {
    Q_OBJECT
public:
    // `actor`: the name written into the audit log when a version is saved.
    BonusPlanDialog(const storage::Database &database, const QString &actor, QWidget *parent = nullptr);
    ~BonusPlanDialog() override;

    // Whether a version was saved while the dialog was open (the bonus page then recomputes).
    bool plansChanged() const { return m_plansChanged; }

    // New version…: the plan shown becomes a draft for its scope, valid from this month.
    void startNewVersion();
    // The file half of Import JSON… and Export JSON… (the buttons ask for the path first). False, with the
    // reason and the file's name shown, when the file cannot be read, written or parsed.
    bool importJson(const QString &path);
    bool exportJson(const QString &path);
    // Validates the draft and stores it as its scope's next version; refused, with the message naming the
    // field and the offending row selected, when the plan is invalid.
    bool save();
    // Close, Esc and the window's close button: an unsaved draft is offered to be saved first.
    void reject() override;

    BonusPlanEditor *editor() const { return m_editor; }
    BonusVersionHeader *header() const { return m_header; }
    QTableView *versionList() const { return m_listView; }
    QString message() const;

private:
    QWidget *createList();
    QWidget *createEditor();
    void addShortcuts();
    bool reloadList();
    // The list takes in versions saved elsewhere; the header's teams, and so a draft's scope, stay.
    bool refreshListKeepingDraft();
    void openSelected();
    void showRow(int row);
    void startDraft(const QString &note);
    void discardDraft();
    void updateState();
    void showMessage(const QString &text, bool problem);
    // True when nothing unsaved would be lost: no draft, or the user saved or discarded it.
    bool mayDropDraft();

    const storage::Database *m_database;
    QString m_actor;
    bool m_plansChanged = false;
    models::BonusPlanListModel *m_list;
    models::BonusPlanEditModel *m_edit;
    QTableView *m_listView = nullptr;
    BonusVersionHeader *m_header = nullptr;
    BonusPlanEditor *m_editor = nullptr;
    QLabel *m_message;
    QPushButton *m_newVersion = nullptr;
    QPushButton *m_discard;
    QPushButton *m_save;
    int m_shownRow = -1;               // the list row shown or copied into the draft
    QList<storage::TeamEntry> m_teams; // as last read, for the header
    bool m_draft = false;
};

} // namespace huddle::ui
