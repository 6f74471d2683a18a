#pragma once

#include "storage/directoryrepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace huddle::ui {

// Chooses the agents drawn side by side on the trend chart. More than four lines on one chart stop being
// readable, so a fifth tick is refused with a message instead of silently dropping one.
class ComparePicker : public QDialog {
    Q_OBJECT
public:
    static constexpr int MaxAgents = 4;

    ComparePicker(const QList<storage::AgentEntry> &agents, const QList<qint64> &chosen,
                  QWidget *parent = nullptr);

    // The ticked agents in the order they were ticked (the chart's line order).
    QList<qint64> chosen() const { return m_chosen; }
    QListWidget *list() const { return m_list; }
    QString message() const;

private:
    void onItemChanged(QListWidgetItem *item);
    void filter(const QString &text);
    void updateSummary();

    QList<qint64> m_chosen;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_summary;
    QLabel *m_refusal;
};

} // namespace huddle::ui
