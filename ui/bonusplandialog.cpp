#include "bonusplandialog.h"

// Stub: filled in by the owner of this file (issue 8).
namespace huddle::ui {

BonusPlanDialog::BonusPlanDialog(const storage::Database &database, const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_database(&database)
    , m_actor(actor)
{
    setWindowTitle(tr("Bonus plans"));
}

} // namespace huddle::ui
