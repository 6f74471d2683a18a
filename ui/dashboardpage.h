#pragma once

#include "models/dashboarddata.h"
#include "page.h"

class QLabel;
class QListView;

namespace huddle::models {
class ReviewNoteModel;
}

namespace huddle::ui {

class CsatAhtChart;
class KpiCard;

// The heart of the console: CSAT against AHT over time for the selected team or agent, the period's
// headline numbers (AHT always beside CSAT), and the review notes on the same conversations beside it.
class DashboardPage : public Page {
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setScopeTitle(const QString &title) { m_scopeTitle = title; }
    CsatAhtChart *chart() const { return m_chart; }
    QListView *notesView() const { return m_notesView; }
    const models::DashboardData &data() const { return m_data; }

protected:
    void refresh() override;

private:
    QWidget *createCards();
    QWidget *createNotesPanel();
    void display(const core::Result<models::DashboardData> &data);
    void showCards();
    void onNoteSelected();

    models::DashboardData m_data;
    QString m_scopeTitle;
    CsatAhtChart *m_chart;
    models::ReviewNoteModel *m_notes;
    QListView *m_notesView = nullptr;
    QLabel *m_notesTitle = nullptr;
    QLabel *m_message;
    KpiCard *m_csatCard = nullptr;
    KpiCard *m_ahtCard = nullptr;
    KpiCard *m_fcrCard = nullptr;
    KpiCard *m_handledCard = nullptr;
    KpiCard *m_qaCard = nullptr;
    KpiCard *m_quadrantCard = nullptr;
};

} // namespace huddle::ui
