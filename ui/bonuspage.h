#pragma once

#include "bonuslockdialog.h"
#include "page.h"
#include "reports/bonusexport.h"

#include <QDate>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QToolButton;
class QTreeView;

namespace huddle::models {
class BonusMonthFilter;
class BonusMonthModel;
} // namespace huddle::models

namespace huddle::ui {

class BonusEvidenceDialog;
class BonusExporter;
class BonusMonthPicker;
class BonusPlanDialog;

// The Bonus page: one month's bonus for every agent (team → agent → line, each line with the sentence that
// explains it), totals per team and site, whether the month is locked, and the actions of a payroll review:
// Lock month… (Ctrl+L), Unlock…, Export ▸ PDF/XLSX/CSV (Ctrl+E), Edit plans…, the rows behind an amount
// (double-click or Enter), a filter by agent name (Ctrl+F) and team, F5 to recompute. The month is computed
// (or, when locked, read back) on a worker thread; it defaults to last month.
class BonusPage : public Page {
    Q_OBJECT
public:
    explicit BonusPage(QWidget *parent = nullptr);

    // Any day of the month to show; recomputed at once when the page is on screen.
    void setMonth(QDate month);
    QDate month() const;
    // The site's calendar day, which decides the default month and whether a month has ended. Tests fix it;
    // invalid: the clock in the site's time zone.
    void setToday(QDate today);
    QDate today() const;
    // Computes the month again from today's data (F5); a locked month is read back from its lock.
    void recompute();

    // The month on screen; null before the first load, while none could be computed, or after release.
    const reports::BonusMonth *shownMonth() const;

    // The dialogs, window-modal and deleted when closed; null when they do not apply (nothing on screen,
    // already locked, not locked, not a line).
    BonusLockDialog *openLockDialog();
    BonusLockDialog *openUnlockDialog();
    // `index` is an index of tree(): a line of an agent.
    BonusEvidenceDialog *openEvidence(const QModelIndex &index);
    BonusPlanDialog *openPlanDialog();

    BonusMonthPicker *picker() const { return m_picker; }
    QTreeView *tree() const { return m_tree; }
    models::BonusMonthModel *model() const { return m_model; }
    models::BonusMonthFilter *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QComboBox *teamFilter() const { return m_teams; }
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *editPlansButton() const { return m_editPlans; }
    QToolButton *exportButton() const { return m_export; }
    BonusExporter *exporter() const { return m_exporter; }
    QString bannerText() const;
    QString summaryText() const;
    QString exportStatus() const;

protected:
    void refresh() override;
    void release() override;

private:
    void setUpTree();
    QWidget *createToolBar();
    void addShortcuts();
    void connectControls();
    void expandTree();
    void showDefaultMonth();
    void showMonth(const core::Result<reports::BonusMonth> &result);
    void fillTeams();
    void updateBanner();
    void updateSummary();
    void updateActions();
    void onActivated(const QModelIndex &index);
    BonusLockDialog *openLockDialogFor(BonusLockDialog::Mode mode);
    reports::BonusExportOptions exportOptions() const;
    bool monthEnded(QDate month) const;

    BonusMonthPicker *m_picker;
    QComboBox *m_teams;
    QLineEdit *m_filterEdit;
    QPushButton *m_editPlans;
    QToolButton *m_export;
    QPushButton *m_lock;
    QPushButton *m_unlock;
    QLabel *m_banner;
    QTreeView *m_tree;
    QLabel *m_summary;
    models::BonusMonthModel *m_model;
    models::BonusMonthFilter *m_filter;
    BonusExporter *m_exporter;
    QDate m_today;              // fixed by tests; invalid: the clock
    bool m_monthChosen = false; // otherwise last month, decided when the database is known
    bool m_shown = false;       // the model holds a computed month
    QString m_error;            // why the month could not be computed
};

} // namespace huddle::ui
