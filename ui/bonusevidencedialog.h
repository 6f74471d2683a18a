#pragma once

#include "reports/bonusrun.h"
#include "storage/database.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace huddle::models {
class BonusEvidenceModel;
}

namespace huddle::ui {

// The rows behind one bonus line (double-click an amount on the Bonus page): the line's sentence on top, then
// the agent's surveys, sales, attendance days, evaluations or KPI parts of the month it was computed from
// (storage::BonusEvidenceReader), sortable. For a locked month the amount is the frozen one but the rows are
// read today, and the dialog says so.
class BonusEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    BonusEvidenceDialog(const storage::Database &database, const reports::AgentBonusRow &agent,
                        const core::BonusLine &line, const reports::BonusMonth &month,
                        QWidget *parent = nullptr);

    models::BonusEvidenceModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString explanation() const;
    QString frozenNote() const; // empty for an open month
    QString status() const;     // "5 rows", why there are none, or the read error

private:
    void readRows(const storage::Database &database, qint64 agentId, QDate month,
                  core::BonusEvidence evidence, const core::MoneyFormat &money);

    models::BonusEvidenceModel *m_model;
    QTableView *m_table;
    QLabel *m_explanation;
    QLabel *m_frozen;
    QLabel *m_status;
};

} // namespace huddle::ui
