#pragma once

#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::models {
class AuditLogModel;
}

namespace huddle::ui {

// File → Audit Trail…: who changed what and when (evaluations, disputes, scorecards, calibration, coaching,
// attendance, bonus plans and locks), newest first, filtered by kind of record and by text, exported as CSV
// or XLSX, and its hash chain verified on request, so a changed or deleted entry shows.
class AuditTrailDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditTrailDialog(const storage::Database &database, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *textFilter() const { return m_text; }
    QString status() const;
    // Walks the chain and shows the result under the table; returns whether it is intact.
    bool verifyChain();
    // Rereads the log (after a change elsewhere).
    void reload();

private:
    void applyFilters();
    void exportTable();

    const storage::Database *m_database;
    models::AuditLogModel *m_model;
    QSortFilterProxyModel *m_byKind;
    QSortFilterProxyModel *m_byText;
    QTableView *m_table;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QLabel *m_status;
};

} // namespace huddle::ui
