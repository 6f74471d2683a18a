#include "coachingpage.h"

#include "coachingattendancetab.h"
#include "coachingeffecttab.h"
#include "coachingfollowupstab.h"
#include "coachingphrasestab.h"
#include "coachingsessionstab.h"
#include "models/sitetimezone.h"
#include "plansessiondialog.h"
#include "qadialogs.h"
#include "sessiondialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QVBoxLayout>

namespace huddle::ui {

CoachingPage::CoachingPage(QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_followUps(new CoachingFollowUpsTab(this))
    , m_sessions(new CoachingSessionsTab(this))
    , m_effect(new CoachingEffectTab(this))
    , m_phrases(new CoachingPhrasesTab(this))
    , m_attendance(new CoachingAttendanceTab(this))
{
    m_tabs->setObjectName(QStringLiteral("coachingTabs"));
    m_tabs->setDocumentMode(true);
    for (CoachingTab *tab : allTabs())
        m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(FollowUpsTab, tr("Follow-ups due and overdue, and the team's open action items"));
    m_tabs->setTabToolTip(SessionsTab, tr("Coaching sessions of the period: plan, run and close them"));
    m_tabs->setTabToolTip(EffectTab, tr("Which focus areas moved most after coaching"));
    m_tabs->setTabToolTip(PhrasesTab, tr("The shared library of script rewrites, set as homework"));
    m_tabs->setTabToolTip(AttendanceTab,
                          tr("Attendance violations per agent and month, and the warning ladder"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(busyIndicator());
    layout->addWidget(m_tabs, 1);

    for (CoachingTab *tab : allTabs()) {
        connect(tab, &CoachingTab::titleChanged, this, &CoachingPage::updateTitles);
        connect(tab, &CoachingTab::coachingDataChanged, this, [this, tab] { onDataChanged(tab); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &CoachingPage::reloadCurrentTab);
}

void CoachingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

QList<CoachingTab *> CoachingPage::allTabs() const
{
    return {m_followUps, m_sessions, m_effect, m_phrases, m_attendance};
}

CoachingTab *CoachingPage::currentTab() const
{
    return static_cast<CoachingTab *>(m_tabs->currentWidget());
}

// Read each time: one setting, and the agent view plans sessions before this page has ever been shown.
QDate CoachingPage::today() const
{
    const QTimeZone zone = database() ? models::siteTimeZone(*database()) : QTimeZone::utc();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

// Only the tab on screen reads the database; the others wait until they are shown, so a new scope costs one
// tab's queries rather than five.
void CoachingPage::refresh()
{
    m_staleTabs = allTabs();
    reloadCurrentTab();
}

void CoachingPage::reloadCurrentTab()
{
    CoachingTab *tab = currentTab();
    if (!tab || !database() || !m_staleTabs.removeOne(tab))
        return;
    tab->reload();
}

// A newer load supersedes an older one (Page::load): a tab whose read was dropped on the way must read again
// when it is next shown.
void CoachingPage::noteLoading(CoachingTab *tab)
{
    if (isLoading() && m_loadingTab && m_loadingTab != tab && !m_staleTabs.contains(m_loadingTab))
        m_staleTabs.append(m_loadingTab);
    m_loadingTab = tab;
}

void CoachingPage::release()
{
    // Session windows and the page's other dialogs use the database that is about to close.
    // Guarded: deleting a dialog deletes the dialogs it opened, which are in the list too.
    QList<QPointer<QDialog>> dialogs;
    for (QDialog *dialog : findChildren<QDialog *>())
        dialogs.append(dialog);
    for (const QPointer<QDialog> &dialog : std::as_const(dialogs))
        delete dialog.data();
    m_staleTabs.clear();
    m_loadingTab = nullptr;
    for (CoachingTab *tab : allTabs())
        tab->release();
}

// The tab that wrote has already reloaded itself (a null source: none has); the others show stale figures
// until they are shown.
void CoachingPage::onDataChanged(CoachingTab *source)
{
    for (CoachingTab *tab : allTabs())
        if (tab != source && !m_staleTabs.contains(tab))
            m_staleTabs.append(tab);
    reloadCurrentTab();
    Q_EMIT coachingDataChanged();
}

void CoachingPage::updateTitles()
{
    const QList<CoachingTab *> tabs = allTabs();
    for (int i = 0; i < tabs.size(); ++i)
        m_tabs->setTabText(i, tabs[i]->title());
}

SessionDialog *CoachingPage::openSession(qint64 sessionId)
{
    if (!database() || sessionId <= 0)
        return nullptr;
    auto *dialog = new SessionDialog(*database(), sessionId, this);
    connect(dialog, &SessionDialog::sessionChanged, this, [this] { onDataChanged(nullptr); });
    connect(dialog, &SessionDialog::conversationRequested, this, &CoachingPage::showConversation);
    showWindowModal(dialog);
    return dialog;
}

// Its day and its platform id: exactly one row, however busy that day was.
void CoachingPage::showConversation(qint64 conversationId)
{
    const auto row = storage::ConversationRepository(*database()).byId(conversationId);
    if (!row) {
        QMessageBox::warning(this, tr("Open conversation"), row.error().toString());
        return;
    }
    DrillDown drill;
    drill.filter.range = {row.value().day, row.value().day};
    drill.filter.search = row.value().externalId;
    drill.description = tr("Conversation %1, discussed in a coaching session").arg(row.value().externalId);
    drill.selectConversation = conversationId;
    Q_EMIT drillDownRequested(drill);
}

void CoachingPage::planSession(qint64 agentId, std::function<void(qint64)> planned)
{
    if (!database())
        return;
    auto *dialog = new PlanSessionDialog(*database(), agentId, today(), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, planned] {
        if (planned)
            planned(dialog->sessionId());
        onDataChanged(nullptr);
    });
    showWindowModal(dialog);
}

} // namespace huddle::ui
