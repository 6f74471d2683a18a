#pragma once

#include "core/kpiplan.h"
#include "storage/coachingeffectreader.h"

#include <QDate>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;

namespace huddle::models {
class SessionEffectModel;
}

namespace huddle::storage {
class Database;
}

namespace huddle::ui {

class EffectChart;
class FocusTrendChart;

// The numbers beside a session: the focus KPIs week by week around the session day (FocusTrendChart) and
// the measured effect — each focus KPI over the N days before vs after, with both n, as a table and a small
// before/after chart per KPI. CSAT is measured beside an AHT focus, as the trend draws it. Both are read on a
// worker thread with a connection of its own, so the dialog opens at once however much data the site has; a
// newer load supersedes an older one.
class SessionEffectPanel : public QWidget {
    Q_OBJECT
public:
    explicit SessionEffectPanel(QWidget *parent = nullptr);

    struct Request {
        qint64 sessionId = 0;
        qint64 agentId = 0;
        QList<core::KpiId> focus;
        QDate day;
        QDate today; // in the site's zone: the after window never reaches past it
    };
    void load(const storage::Database &database, const Request &request);
    bool isLoading() const { return m_loading; }
    // The last effect shown (no focus rows before the first load finishes).
    const storage::SessionEffect &effect() const;
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }

    FocusTrendChart *trendChart() const { return m_trend; }
    models::SessionEffectModel *effectModel() const { return m_model; }
    QList<EffectChart *> effectCharts() const { return m_charts; }

Q_SIGNALS:
    void loaded();

private:
    struct Measured;
    // Runs on the worker thread: the effect and the weekly trend, each failing on its own.
    static Measured measure(const storage::Database &database, const Request &request);
    void show(const Measured &measured, const Request &request);
    void showEffectCharts(const storage::SessionEffect &effect, qint64 smallSample);

    FocusTrendChart *m_trend;
    models::SessionEffectModel *m_model;
    QTableView *m_table;
    QLabel *m_windows;
    QHBoxLayout *m_chartRow;
    QList<EffectChart *> m_charts;
    QList<core::KpiId> m_focus; // the session's, without the CSAT measured beside AHT
    int m_generation = 0;
    bool m_loading = false;
    qint64 m_lastLoadMs = 0;
};

} // namespace huddle::ui
