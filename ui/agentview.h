#pragma once

#include "core/attendanceladder.h"
#include "core/records.h"
#include "drilldown.h"
#include "models/dashboarddata.h"
#include "page.h"

class QHBoxLayout;
class QLabel;
class QListView;
class QTreeWidget;

namespace huddle::models {
class ReviewNoteModel;
}

namespace huddle::ui {

class AttendanceStrip;
class CsatAhtChart;
class KpiCard;

// What the agent view shows: the agent's dashboard (across every team they worked in) and their shifts.
struct AgentViewData {
    QString name;
    models::DashboardData dashboard;
    QList<core::AttendanceRecord> shifts;
    core::AttendanceLadder ladder;
    core::LadderStage stage; // on the site's today: warnings are a matter of now, not of the period shown
};

// One agent, for a coaching conversation: the weighted KPI score and each weighted KPI's band, the CSAT/AHT
// trend with the review notes and QA evaluations beside it, an attendance calendar and sales, over the
// scope's period. Opened from the Agents page and the quadrant.
class AgentView : public Page {
    Q_OBJECT
public:
    explicit AgentView(QWidget *parent = nullptr);

    void showAgent(qint64 agentId);
    qint64 agentId() const { return m_agentId; }
    const AgentViewData &data() const { return m_data; }
    CsatAhtChart *chart() const { return m_chart; }
    AttendanceStrip *attendance() const { return m_attendance; }
    QListView *notesView() const { return m_notesView; }
    QTreeWidget *evaluationsView() const { return m_evaluations; }
    QString headline() const;
    KpiCard *scoreCard() const { return m_scoreCard; }
    QLabel *ladderStageLabel() const { return m_ladderStage; }
    bool selectNote(qint64 noteId);

Q_SIGNALS:
    void drillDownRequested(const huddle::ui::DrillDown &drill);
    void timelineEventActivated(const huddle::core::TimelineEvent &event);
    void backRequested();
    void planSessionRequested(qint64 agentId);

protected:
    void refresh() override;

private:
    QWidget *createHeader();
    QWidget *createSidePanel();
    QWidget *createFooter();
    QWidget *createAttendancePanel();
    void display(const core::Result<AgentViewData> &data);
    void showHeader();
    void showKpiCards();
    void showEvaluations();
    void showSales();
    void onEventActivated(const core::TimelineEvent &event);
    models::Scope agentScope() const;

    qint64 m_agentId = 0;
    AgentViewData m_data;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_message;
    KpiCard *m_scoreCard;
    QHBoxLayout *m_kpiRow = nullptr;
    QList<KpiCard *> m_kpiCards;
    CsatAhtChart *m_chart;
    models::ReviewNoteModel *m_notes;
    QListView *m_notesView = nullptr;
    QTreeWidget *m_evaluations = nullptr;
    AttendanceStrip *m_attendance = nullptr;
    QLabel *m_sales = nullptr;
    QLabel *m_ladderStage = nullptr;
};

} // namespace huddle::ui
