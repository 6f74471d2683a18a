#include "qapage.h"

#include "calibrationview.h"
#include "disputesview.h"
#include "evaluationsview.h"
#include "mistakesview.h"
#include "peerreviewsview.h"
#include "queueview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace huddle::ui {

QaPage::QaPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_queue(new QueueView(this))
    , m_evaluations(new EvaluationsView(this))
    , m_mistakes(new MistakesView(this))
    , m_calibration(new CalibrationView(this))
    , m_disputes(new DisputesView(this))
    , m_peerReviews(new PeerReviewsView(this))
{
    m_tabs->setObjectName(QStringLiteral("qaTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_queue, tr("Queue"));
    m_tabs->addTab(m_evaluations, tr("Evaluations"));
    m_tabs->addTab(m_mistakes, tr("Mistakes"));
    m_tabs->addTab(m_calibration, tr("Calibration"));
    m_tabs->addTab(m_disputes, tr("Disputes"));
    m_tabs->addTab(m_peerReviews, tr("Peer Reviews"));
    m_tabs->setTabToolTip(QueueTab, tr("Conversations waiting for a QA evaluation"));
    m_tabs->setTabToolTip(EvaluationsTab, tr("QA evaluations and peer reviews of the period"));
    m_tabs->setTabToolTip(MistakesTab, tr("Failed criteria by points lost: what to coach first"));
    m_tabs->setTabToolTip(CalibrationTab, tr("Evaluators scoring the same conversations blind"));
    m_tabs->setTabToolTip(DisputesTab, tr("Contested evaluations and their decisions"));
    m_tabs->setTabToolTip(PeerReviewsTab, tr("Peer reviews asked of agents: who still owes one"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(busyIndicator());
    layout->addWidget(m_tabs, 1);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = static_cast<QaTab *>(m_tabs->widget(i));
        connect(tab, &QaTab::qaDataChanged, this, [this, tab] { onTabDataChanged(tab); });
        tab->setSignedInSource([this] { return signedIn(); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &QaPage::reloadCurrentTab);
}

void QaPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

// Only the tab on screen reads the database; the others wait until they are shown, so a new scope costs
// one tab's queries rather than five.
void QaPage::refresh()
{
    m_staleTabs.clear();
    for (int i = 0; i < m_tabs->count(); ++i)
        m_staleTabs.append(static_cast<QaTab *>(m_tabs->widget(i)));
    reloadCurrentTab();
}

void QaPage::reloadCurrentTab()
{
    auto *tab = static_cast<QaTab *>(m_tabs->currentWidget());
    if (!tab || !database() || !m_staleTabs.removeOne(tab))
        return;
    tab->reload(database(), scope());
}

void QaPage::release()
{
    m_staleTabs.clear();
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<QaTab *>(m_tabs->widget(i))->reload(nullptr, scope());
}

// The tab that wrote has already reloaded itself; the others show stale figures until they are shown.
void QaPage::onTabDataChanged(QaTab *source)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = static_cast<QaTab *>(m_tabs->widget(i));
        if (tab != source && !m_staleTabs.contains(tab))
            m_staleTabs.append(tab);
    }
    Q_EMIT qaDataChanged();
}

} // namespace huddle::ui
