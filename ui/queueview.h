#pragma once

#include "qatab.h"
#include "storage/qaqueuerepository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace huddle::models {
class QaQueueModel;
}

namespace huddle::ui {

class QaTableView;

// The evaluation queue: conversations of the scope that no QA evaluation covers yet, from a source — the
// weekly random sample per agent, low CSAT, long handle time or a sale. Enter (or double-click, or
// Evaluate) opens the evaluation form; once it is saved the conversation leaves the queue.
class QueueView : public QaTab {
    Q_OBJECT
public:
    static constexpr int Limit = 500; // newest first; a coach never works through more in one sitting

    explicit QueueView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

    // For tests and callers.
    QaTableView *view() const { return m_view; }
    models::QaQueueModel *model() const { return m_model; }
    QComboBox *sourceBox() const { return m_source; }
    QSpinBox *sampleBox() const { return m_sample; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    bool isLoading() const { return m_loading; } // the queue is being read on a worker thread
    // Opens the evaluation form for the selected conversation; null when none is selected.
    QWidget *evaluateSelected();

Q_SIGNALS:
    void loaded(); // a read of the queue finished and is on screen

private:
    void fillSources();
    void layOut();
    storage::QueueSource currentSource() const;
    void reloadQueue();
    void showEntries(const core::Result<QList<storage::QueueEntry>> &queued);
    void readSampleSize();
    void saveSampleSize(int perWeek);
    void updateCount();
    QString countText() const;
    QString emptyText() const;

    const storage::Database *m_database = nullptr;
    models::Scope m_scope;
    models::QaQueueModel *m_model;
    QComboBox *m_source;
    QSpinBox *m_sample;
    QLineEdit *m_filter;
    QPushButton *m_evaluate;
    QaTableView *m_view;
    QLabel *m_count;
    QString m_failure;    // why the queue could not be loaded or the sample size saved
    int m_generation = 0; // of the latest read: older ones finishing late are dropped
    bool m_loading = false;
};

} // namespace huddle::ui
