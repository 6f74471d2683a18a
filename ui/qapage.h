#pragma once

#include "page.h"

#include <QList>

class QTabWidget;

namespace huddle::ui {

class CalibrationView;
class DisputesView;
class EvaluationsView;
class MistakesView;
class PeerReviewsView;
class QaTab;
class QueueView;

// The QA page: tabs for the evaluation queue, evaluations, mistakes by impact, calibration, disputes and the
// peer reviews asked of agents.
class QaPage : public Page {
    Q_OBJECT
public:
    enum Tab { QueueTab, EvaluationsTab, MistakesTab, CalibrationTab, DisputesTab, PeerReviewsTab };

    explicit QaPage(QWidget *parent = nullptr);

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    QueueView *queue() const { return m_queue; }
    EvaluationsView *evaluations() const { return m_evaluations; }
    MistakesView *mistakes() const { return m_mistakes; }
    CalibrationView *calibration() const { return m_calibration; }
    DisputesView *disputes() const { return m_disputes; }
    PeerReviewsView *peerReviews() const { return m_peerReviews; }

Q_SIGNALS:
    void qaDataChanged(); // an evaluation, dispute or calibration changed: the dashboard reloads

protected:
    void refresh() override;
    void release() override;

private:
    void reloadCurrentTab();
    void onTabDataChanged(QaTab *source);

    QTabWidget *m_tabs;
    QueueView *m_queue;
    EvaluationsView *m_evaluations;
    MistakesView *m_mistakes;
    CalibrationView *m_calibration;
    DisputesView *m_disputes;
    PeerReviewsView *m_peerReviews;
    QList<QaTab *> m_staleTabs; // tabs that reload when next shown
};

} // namespace huddle::ui
