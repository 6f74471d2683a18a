#include "coachingfollowupstab.h"

#include "currentuser.h"
#include "models/coachingsessionmodel.h"
#include "qatableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace huddle::ui {

CoachingFollowUpsTab::CoachingFollowUpsTab(CoachingPage *page)
    : CoachingTab(page)
    , m_followUps(new models::FollowUpModel(this))
    , m_actions(new models::OpenActionModel(this))
    , m_followUpView(new QaTableView(m_followUps, models::FollowUpModel::SortRole, this))
    , m_actionView(new QaTableView(m_actions, models::OpenActionModel::SortRole, this))
    , m_openSession(new QPushButton(tr("&Open session"), this))
    , m_markDone(new QPushButton(tr("&Mark done"), this))
    , m_status(new QLabel(this))
{
    m_followUpView->setObjectName(QStringLiteral("followUpTable"));
    m_followUpView->setAccessibleName(tr("Follow-ups"));
    m_actionView->setObjectName(QStringLiteral("openActionTable"));
    m_actionView->setAccessibleName(tr("Open action items"));
    fitColumns(m_followUpView, models::FollowUpModel::Focus);
    fitColumns(m_actionView, models::OpenActionModel::Action);
    m_openSession->setObjectName(QStringLiteral("openFollowUpSession"));
    m_openSession->setToolTip(tr("Open the session the selected follow-up belongs to (Enter)"));
    m_markDone->setObjectName(QStringLiteral("markActionDone"));
    m_markDone->setToolTip(
        tr("Mark the selected action item done today (Space); reopen it from its session"));
    m_status->setObjectName(QStringLiteral("followUpStatus"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(
        createPanel(tr("&Follow-ups — agents due another conversation"), m_followUpView, m_openSession));
    splitter->addWidget(createPanel(tr("Open &action items of the team"), m_actionView, m_markDone));
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_followUpView, &QaTableView::rowActivated, this, &CoachingFollowUpsTab::openSessionOf);
    connect(m_openSession, &QPushButton::clicked, this,
            [this] { openSessionOf(m_followUpView->currentSourceRow()); });
    connect(m_actionView, &QaTableView::rowActivated, this, [this](int row) {
        if (const storage::OpenActionEntry *entry = m_actions->actionAt(row))
            this->page()->openSession(entry->action.sessionId);
    });
    connect(m_markDone, &QPushButton::clicked, this, &CoachingFollowUpsTab::markSelectedDone);
    // Space closes an item where the eye is: on the list, without reaching for the button.
    auto *space =
        new QShortcut(QKeySequence(Qt::Key_Space), m_actionView, nullptr, nullptr, Qt::WidgetShortcut);
    space->setWhatsThis(tr("Mark the selected action done (on the list of actions)"));
    connect(space, &QShortcut::activated, this, &CoachingFollowUpsTab::markSelectedDone);
    connect(m_followUpView, &QaTableView::currentSourceRowChanged, this,
            &CoachingFollowUpsTab::updateButtons);
    connect(m_actionView, &QaTableView::currentSourceRowChanged, this, &CoachingFollowUpsTab::updateButtons);
    updateButtons();
}

// A table with its caption and the button that acts on its selected row above it.
QWidget *CoachingFollowUpsTab::createPanel(const QString &title, QTableView *view, QPushButton *button)
{
    auto *panel = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(heading(title, view), 1);
    top->addWidget(button);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    return panel;
}

// Follow-ups are today's work, not the period's: the scope's team counts, its range does not.
void CoachingFollowUpsTab::reload()
{
    const std::optional<qint64> teamId = scope().teamId;
    const QDate day = today();
    load<FollowUpData>(
        [teamId, day](const storage::Database &db) -> core::Result<FollowUpData> {
            const storage::CoachingRepository coaching(db);
            auto followUps = coaching.followUps(teamId, day);
            if (!followUps)
                return followUps.error();
            auto actions = coaching.openActions(teamId, std::nullopt, day);
            if (!actions)
                return actions.error();
            return FollowUpData{followUps.value(), actions.value(), day};
        },
        [this](const core::Result<FollowUpData> &data) { display(data); });
}

void CoachingFollowUpsTab::release()
{
    m_followUps->setFollowUps({}, {});
    m_actions->setActions({});
    m_status->clear();
    updateButtons();
    Q_EMIT titleChanged();
}

void CoachingFollowUpsTab::display(const core::Result<FollowUpData> &data)
{
    const int followUpRow = m_followUpView->currentSourceRow();
    const int actionRow = m_reselectActionRow >= 0 ? m_reselectActionRow : m_actionView->currentSourceRow();
    m_reselectActionRow = -1;
    m_followUps->setFollowUps(data ? data.value().followUps : QList<storage::FollowUp>{},
                              data ? data.value().today : today());
    m_actions->setActions(data ? data.value().actions : QList<storage::OpenActionEntry>{});
    m_followUpView->selectSourceRowOrFirst(followUpRow);
    m_actionView->selectSourceRowOrFirst(std::min(actionRow, m_actions->rowCount() - 1));
    const QLocale locale;
    if (!data)
        m_status->setText(tr("Could not load the follow-ups: %1").arg(data.error().toString()));
    else
        m_status->setText(
            tr("%1 follow-ups (%2 overdue), %3 open action items (%4 overdue).")
                .arg(locale.toString(m_followUps->rowCount()), locale.toString(m_followUps->overdueCount()),
                     locale.toString(m_actions->rowCount()), locale.toString(m_actions->overdueCount())));
    updateButtons();
    Q_EMIT titleChanged();
}

int CoachingFollowUpsTab::overdueCount() const
{
    return m_followUps->overdueCount() + m_actions->overdueCount();
}

QString CoachingFollowUpsTab::title() const
{
    const int overdue = overdueCount();
    if (overdue > 0)
        return tr("Follow-ups (%1 overdue)").arg(QLocale().toString(overdue));
    const int open = m_followUps->rowCount() + m_actions->rowCount();
    return open > 0 ? tr("Follow-ups (%1)").arg(QLocale().toString(open)) : tr("Follow-ups");
}

void CoachingFollowUpsTab::openSessionOf(int followUpRow)
{
    if (const storage::FollowUp *followUp = m_followUps->followUpAt(followUpRow))
        page()->openSession(followUp->session.id);
}

bool CoachingFollowUpsTab::markSelectedDone()
{
    const int row = m_actionView->currentSourceRow();
    const storage::OpenActionEntry *entry = m_actions->actionAt(row);
    if (!database() || !entry)
        return false;
    const core::Status done = storage::CoachingRepository(*database())
                                  .setActionDone(entry->action.id, true, today(), currentUserName(),
                                                 QDateTime::currentDateTimeUtc());
    if (!done) {
        m_status->setText(
            tr("Could not mark “%1” done: %2").arg(entry->action.body, done.error().toString()));
        return false;
    }
    m_reselectActionRow = row; // the next item moves up into its place
    reload();
    Q_EMIT coachingDataChanged();
    return true;
}

void CoachingFollowUpsTab::updateButtons()
{
    m_openSession->setEnabled(m_followUps->followUpAt(m_followUpView->currentSourceRow()) != nullptr);
    m_markDone->setEnabled(m_actions->actionAt(m_actionView->currentSourceRow()) != nullptr &&
                           roleAllows(QStringLiteral("coaching_actions")));
}

} // namespace huddle::ui
