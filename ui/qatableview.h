#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace huddle::ui {

// A read-only list of the QA page: whole rows, one at a time, sorted by clicking a header through a proxy
// that sorts on the model's numeric `sortRole`, and filtered by text. Enter or a double-click activates the
// current row. Callers talk in rows of the source model, whatever the sort.
class QaTableView : public QTableView {
    Q_OBJECT
public:
    QaTableView(QAbstractItemModel *source, int sortRole, QWidget *parent = nullptr);

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    int currentSourceRow() const; // -1 when nothing is selected
    void selectSourceRow(int row);
    // Keeps the selection on the row it was on, else on the first row (none when empty).
    void selectSourceRowOrFirst(int row);

Q_SIGNALS:
    void rowActivated(int sourceRow);
    void currentSourceRowChanged(int sourceRow);

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace huddle::ui
