#pragma once

#include "models/calibrationworklistmodel.h"
#include "storage/database.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace huddle::ui {

// An open calibration session as one evaluator sees it: their own worklist and progress, and how many
// scores all evaluators have given together — never whose, never what. "Score" (or Enter on a row) opens
// the evaluation form in blind calibration mode.
class CalibrationWorklist : public QWidget {
    Q_OBJECT
public:
    explicit CalibrationWorklist(QWidget *parent = nullptr);

    void showSession(const storage::Database &database, const storage::CalibrationSessionSummary &session,
                     const QString &viewer);
    void clear();

    QTableView *view() const { return m_view; }
    QPushButton *scoreButton() const { return m_score; }
    const models::CalibrationWorklistModel *model() const { return m_model; }
    QString summaryText() const;

Q_SIGNALS:
    void scoresChanged(); // the viewer saved or published a score: the session's progress changed

private:
    void reloadItems();
    void updateSummary();
    void scoreCurrent();

    const storage::Database *m_database = nullptr;
    storage::CalibrationSessionSummary m_session;
    QString m_viewer;
    models::CalibrationWorklistModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_score;
};

} // namespace huddle::ui
