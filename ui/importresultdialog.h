#pragma once

#include "importers/importjob.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace huddle::ui {

class RejectionModel;

// What an import did: its counts, the rows it rejected (sortable, exportable as CSV) and how long it took.
// In Confirm mode nothing has been written yet: too many rows were rejected and the user decides whether
// to import the others (accept) or not (reject).
class ImportResultDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Done, Confirm };

    ImportResultDialog(const importers::ImportReport &report, double rejectThreshold, Mode mode,
                       const QString &fileName, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const importers::ImportReport &report() const { return m_report; }
    RejectionModel *rejections() const { return m_rejections; }
    QTableView *rejectionView() const { return m_view; }
    // Writes the rejected rows as CSV; an error text, empty on success.
    QString exportRejections(const QString &path) const;

private:
    QString headline(double rejectThreshold) const;
    QWidget *createCounts();
    QWidget *createRejectionTable();
    void chooseExportFile();

    importers::ImportReport m_report;
    Mode m_mode;
    QString m_fileName;
    RejectionModel *m_rejections;
    QTableView *m_view = nullptr;
};

} // namespace huddle::ui
