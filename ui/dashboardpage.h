#pragma once

#include "drilldown.h"
#include "models/dashboarddata.h"
#include "page.h"

class QLabel;
class QListView;
class QTabWidget;

namespace huddle::models {
class ReviewNoteModel;
}

namespace huddle::ui {

class CsatAhtChart;
class KpiCard;
class QuadrantChart;
class ScorecardView;

// The heart of the console: the period's headline numbers with their bands and the weighted KPI score,
// then three views of the same scope: the CSAT/AHT trend with the review notes beside it, the CSAT-vs-AHT
// quadrant of the team's agents, and the KPI scorecard per agent. Every figure drills down to the
// conversations behind it.
class DashboardPage : public Page {
    Q_OBJECT
public:
    enum Tab { TrendTab, QuadrantTab, ScorecardTab };

    explicit DashboardPage(QWidget *parent = nullptr);

    void setScopeTitle(const QString &title) { m_scopeTitle = title; }
    CsatAhtChart *chart() const { return m_chart; }
    QuadrantChart *quadrant() const { return m_quadrant; }
    ScorecardView *scorecard() const { return m_scorecard; }
    QTabWidget *tabs() const { return m_tabs; }
    QListView *notesView() const { return m_notesView; }
    KpiCard *scoreCard() const { return m_scoreCard; }
    KpiCard *csatCard() const { return m_csatCard; }
    const models::DashboardData &data() const { return m_data; }
    void showTab(Tab tab);
    // Selects the review note with this id in the notes list (a note marker was clicked); false if absent.
    bool selectNote(qint64 noteId);

Q_SIGNALS:
    void drillDownRequested(const huddle::ui::DrillDown &drill);
    void agentActivated(qint64 agentId);
    // A QA evaluation or coaching marker was clicked (notes are shown here, beside the chart).
    void timelineEventActivated(const huddle::core::TimelineEvent &event);

protected:
    void refresh() override;

private:
    QWidget *createCards();
    QWidget *createTrendTab();
    QWidget *createNotesPanel();
    void display(const core::Result<models::DashboardData> &data);
    void showCards();
    void showBandCard(KpiCard *card, core::KpiId kpi, const QString &detail, const QString &tooltip);
    void onNoteSelected();
    void onEventActivated(const core::TimelineEvent &event);
    void drillCard(core::KpiId kpi);
    void drillHandled();
    void drillBucket(const core::DateRange &range, qint64 agentId);
    QString scopeName() const;

    models::DashboardData m_data;
    QString m_scopeTitle;
    CsatAhtChart *m_chart;
    QuadrantChart *m_quadrant;
    ScorecardView *m_scorecard;
    QTabWidget *m_tabs;
    models::ReviewNoteModel *m_notes;
    QListView *m_notesView = nullptr;
    QLabel *m_notesTitle = nullptr;
    QLabel *m_message;
    KpiCard *m_scoreCard = nullptr;
    KpiCard *m_csatCard = nullptr;
    KpiCard *m_ahtCard = nullptr;
    KpiCard *m_fcrCard = nullptr;
    KpiCard *m_qaCard = nullptr;
    KpiCard *m_attendanceCard = nullptr;
    KpiCard *m_salesCard = nullptr;
    KpiCard *m_quadrantCard = nullptr;
};

} // namespace huddle::ui
