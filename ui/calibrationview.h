#pragma once

#include "qatab.h"

#include <QTimeZone>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace huddle::models {
class CalibrationSessionModel;
}

namespace huddle::ui {

class CalibrationResultsView;
class CalibrationWorklist;

// Calibration sessions: create one (N conversations × M evaluators), score blind from one's own worklist,
// close it, then read the results (Krippendorff's α, per-criterion agreement, strictest / most lenient
// evaluators, widest-spread conversations).
class CalibrationView : public QaTab {
    Q_OBJECT
public:
    explicit CalibrationView(QWidget *parent = nullptr);
    void reload(const storage::Database *database, const models::Scope &scope) override;

private:
    void reloadSessions(qint64 selectId);
    qint64 selectedSessionId() const;
    void showSelected();
    void newSession();
    void confirmClose();
    void closeSession(qint64 sessionId);

    const storage::Database *m_database = nullptr;
    models::Scope m_scope;
    QTimeZone m_zone = QTimeZone::utc();
    models::CalibrationSessionModel *m_sessions;
    QTableView *m_sessionView;
    QPushButton *m_new;
    QPushButton *m_close;
    QLabel *m_message;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    CalibrationWorklist *m_worklist;
    CalibrationResultsView *m_results;
    bool m_reloading = false;
};

} // namespace huddle::ui
