#pragma once

#include <QDialog>
#include <QString>

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

// The bonus plan editor: the stored versions per scope (site, teams), a form to edit a plan's components,
// gates and cap, saving as a new version valid from a month, and JSON import/export.
class BonusPlanDialog : public QDialog {
    Q_OBJECT
public:
    // `actor`: the name written into the audit log when a version is saved.
    BonusPlanDialog(const storage::Database &database, const QString &actor, QWidget *parent = nullptr);

    // Whether a version was saved while the dialog was open (the bonus page then recomputes).
    bool plansChanged() const { return m_plansChanged; }

private:
    const storage::Database *m_database;
    QString m_actor;
    bool m_plansChanged = false;
};

} // namespace huddle::ui
