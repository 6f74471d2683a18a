#pragma once

#include "page.h"

#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace huddle::ui {

class ImportHistoryModel;

// Every import into the database, newest first, with what it did; an import still in effect can be undone
// as a whole.
class ImportHistoryPage : public Page {
    Q_OBJECT
public:
    explicit ImportHistoryPage(QWidget *parent = nullptr);
    ~ImportHistoryPage() override;

    QTableView *view() const { return m_view; }
    ImportHistoryModel *model() const { return m_model; }
    // The import of the current row, 0 when none or it is already undone.
    qint64 selectedImport() const;
    // Undoes an import on a worker thread, without asking; refused undos are reported in a message box.
    void undoImport(qint64 importId);
    bool isUndoing() const { return m_undo != nullptr; }

Q_SIGNALS:
    void importRequested();
    void importUndone(qint64 importId); // the data other pages show has changed

protected:
    void refresh() override;
    void release() override;

private:
    using UndoOutcome = std::optional<core::Status>;
    void confirmUndo();
    void finishUndo(qint64 importId, const UndoOutcome &outcome);
    void updateButtons();

    ImportHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QString m_notice; // what the last action did, shown with the next list
    QPushButton *m_undoButton;
    QPushButton *m_importButton;
    QFutureWatcher<UndoOutcome> *m_undo = nullptr;
};

} // namespace huddle::ui
